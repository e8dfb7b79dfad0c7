// Every export format, one module each, listed once (Pandoc's `writers` table).
import type { Exporter, ExporterId } from './types.ts';
import * as html from './html.ts';
import * as markdown from './markdown.ts';
import * as text from './text.ts';
import * as wxr from './wxr.ts';
import * as wpJson from './wp-json.ts';
import * as nitf from './nitf.ts';
import * as newsml from './newsml.ts';
import * as ninjs from './ninjs.ts';
import * as json from './json.ts';

export type { Exporter, ExporterId, ExportOptions } from './types.ts';
export { parseMejaJson, mejaJsonArticle, isMejaJson, MejaJsonError } from './json.ts';

export const EXPORTERS: Readonly<Record<ExporterId, Exporter>> = {
  html: html satisfies Exporter,
  markdown: markdown satisfies Exporter,
  text: text satisfies Exporter,
  wxr: wxr satisfies Exporter,
  'wp-json': wpJson satisfies Exporter,
  nitf: nitf satisfies Exporter,
  newsml: newsml satisfies Exporter,
  ninjs: ninjs satisfies Exporter,
  json: json satisfies Exporter,
};

export const EXPORTER_IDS = Object.keys(EXPORTERS) as ExporterId[];

export function isExporterId(id: string): id is ExporterId {
  return Object.hasOwn(EXPORTERS, id);
}

/** The exporter for an id; throws on an unknown id (the command line reports it as a usage error). */
export function getExporter(id: string): Exporter {
  if (!isExporterId(id)) throw new Error(`unknown export format "${id}" (known: ${EXPORTER_IDS.join(', ')})`);
  return EXPORTERS[id];
}
