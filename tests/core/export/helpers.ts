// Shared test material for the exporters: the fixtures (Article JSON) and fixed options.
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../core/model/article.ts';
import type { ExportOptions } from '../../../core/export/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const FIXTURE_DIR = path.join(ROOT, 'tests', 'fixtures', 'export');
export const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden');
export const FIXTURES = ['seed', 'every-role', 'no-quotes', 'special-chars'] as const;

export function loadFixture(name: string): Article {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, `${name}.json`), 'utf8')) as Article;
}

/** The options every golden file is made with: nothing depends on the clock or the machine. */
export const OPTIONS: ExportOptions = {
  now: '2026-11-25T12:00:00+07:00',
  id: 'ant-2026-11-25-0001',
  sequence: 3,
  provider: 'ANTARA',
  baseUrl: 'https://www.antaranews.com',
};
