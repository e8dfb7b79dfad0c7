// The archive index's integrity check off the caller's thread. FTS5's 'integrity-check' reads every
// posting (about 6 s for 100,000 stories); run in Electron's main process it would freeze the window
// that long. A worker thread runs it on a connection of its own, one index table per statement, so
// the app's own writes (WAL mode, busy timeout) wait at most one table's check, not the whole.
import { Worker } from 'node:worker_threads';

// Kept as source text (an `eval` worker): main is bundled into one file, and a worker needs no file
// of its own this way. CommonJS, as eval workers run.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
let sound = true;
let db = null;
try {
  db = new DatabaseSync(workerData.file);
  db.exec('PRAGMA busy_timeout = 5000');
  for (const sql of workerData.statements) db.exec(sql);
} catch {
  sound = false;
} finally {
  try { db && db.close(); } catch {}
}
parentPort.postMessage(sound);
`;

/**
 * Runs `statements` (the index tables' integrity checks) on `file` in a worker thread: true when
 * every one passed. When no worker can be started, `fallback` (the same check on the caller's
 * connection) answers instead.
 */
export function checkInWorker(file: string, statements: readonly string[], fallback: () => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, statements: [...statements] } });
    } catch {
      resolve(fallback());
      return;
    }
    let answered = false;
    worker.once('message', (sound: boolean) => {
      answered = true;
      resolve(sound === true);
    });
    worker.once('error', () => {
      if (!answered) resolve(fallback());
      answered = true;
    });
    worker.once('exit', () => {
      if (!answered) resolve(fallback());
    });
  });
}
