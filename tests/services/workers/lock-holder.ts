// A process that races others for the data folder's lock: waits for a shared start time, holds the
// lock for a while, and prints when it held it (one JSON line) for the overlap check.
import { acquireDataLock } from '../../../electron/services/data-lock.ts';

const [dir, startAt, holdMs] = process.argv.slice(2);
while (Date.now() < Number(startAt)) { /* spin, so every holder starts at the same instant */ }
const lock = await acquireDataLock(dir, 'cli', 30_000);
const t0 = Date.now();
await new Promise((r) => setTimeout(r, Number(holdMs)));
const t1 = Date.now();
await lock.release();
console.log(JSON.stringify({ pid: process.pid, t0, t1 }));
