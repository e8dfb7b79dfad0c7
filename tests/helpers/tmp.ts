// A fresh data folder per test, removed afterwards.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

export async function tempDir(prefix = 'meja-test-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  after(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SEED = path.join(ROOT, 'tests', 'fixtures', 'antara-nato-brussel.txt');
