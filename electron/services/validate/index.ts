// Validation of exports against the official schemas (copied in `schemas/`, see PROVENANCE.md):
// NITF 3.6 and NewsML-G2 2.35 with libxml2's XSD validator (xmllint-wasm, no native install), ninjs 3.1
// with ajv (draft 2020-12, GeoJSON registered locally), and WXR by the WordPress importer's own rules.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import type { ValidateFunction } from 'ajv';
import type * as Xmllint from 'xmllint-wasm';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

const require = createRequire(import.meta.url);

// From the source tree: <root>/electron/services/validate → <root>/schemas. In a bundle (where
// import.meta.dirname is not set) the app calls setSchemaDir with its resources folder.
let schemaRoot = import.meta.dirname
  ? path.resolve(import.meta.dirname, '..', '..', '..', 'schemas')
  : path.resolve(process.cwd(), 'schemas');

/** Where the schemas live (the packaged app points this into its resources). */
export function setSchemaDir(dir: string): void {
  schemaRoot = dir;
  xsdCache.clear();
  ninjsValidator = null;
}

export function schemaDir(): string {
  return schemaRoot;
}

interface XmlFile { fileName: string; contents: string }
interface XsdSet { schema: XmlFile; preload: XmlFile[] }

/** Which XSD (and its includes/imports) validates which format. */
const XSD_SETS: Record<'nitf' | 'newsml', { dir: string; main: string; preload: string[] }> = {
  nitf: { dir: 'nitf-3.6', main: 'nitf-3-6.xsd', preload: ['nitf-3-6-ruby-include.xsd', 'xml.xsd'] },
  newsml: { dir: 'newsml-g2-2.35', main: 'NewsML-G2_2.35-spec-All-Power.xsd', preload: ['xml.xsd'] },
};

// The schema texts are read once. xmllint-wasm compiles the XSD on each call (it runs the xmllint
// command line in a worker); batching many documents into one call (validateXmlBatch) amortizes it.
const xsdCache = new Map<string, XsdSet>();

function xsdSet(kind: keyof typeof XSD_SETS): XsdSet {
  let set = xsdCache.get(kind);
  if (!set) {
    const { dir, main, preload } = XSD_SETS[kind];
    const read = (f: string): XmlFile => ({ fileName: f, contents: fs.readFileSync(path.join(schemaRoot, dir, f), 'utf8') });
    set = { schema: read(main), preload: preload.map(read) };
    xsdCache.set(kind, set);
  }
  return set;
}

type XmllintModule = typeof Xmllint;
let xmllint: XmllintModule | null = null;
function lint(): XmllintModule {
  xmllint ??= require('xmllint-wasm') as XmllintModule;
  return xmllint;
}

function messages(errors: readonly { message: string; loc: { lineNumber: number } | null }[], raw: string): string[] {
  const out = errors.map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message)).filter((m) => m.trim());
  return out.length ? out : raw.split('\n').filter((l) => l.trim());
}

/**
 * Validate several documents of one kind in one xmllint run. Each gets its own result: xmllint
 * reports errors per file name, so they are attributed back by name.
 */
export async function validateXmlBatch(kind: 'nitf' | 'newsml', xmls: string[]): Promise<ValidationResult[]> {
  if (xmls.length === 0) return [];
  const { schema, preload } = xsdSet(kind);
  const files = xmls.map((x, i) => ({ fileName: `doc${i}.xml`, contents: x }));
  const res = await lint().validateXML({ xml: files, schema: [schema], preload, maxMemoryPages: 16384 });
  if (res.valid) return xmls.map(() => ({ valid: true, errors: [] }));
  return files.map((f) => {
    const errs = res.errors.filter((e) => e.loc?.fileName === f.fileName || e.rawMessage.startsWith(f.fileName + ':'));
    const failed = errs.length > 0 || res.rawOutput.split('\n').some((l) => l.startsWith(`${f.fileName} fails to validate`));
    return { valid: !failed, errors: messages(errs, failed ? `${f.fileName} fails to validate` : '') };
  });
}

async function validateXsd(kind: 'nitf' | 'newsml', xml: string): Promise<ValidationResult> {
  const [r] = await validateXmlBatch(kind, [xml]);
  return r;
}

/** NITF 3.6 against `nitf-3-6.xsd`. */
export function validateNitf(xml: string): Promise<ValidationResult> {
  return validateXsd('nitf', xml);
}

/** NewsML-G2 2.35 against the Power XSD. */
export function validateNewsml(xml: string): Promise<ValidationResult> {
  return validateXsd('newsml', xml);
}

// ---- ninjs -------------------------------------------------------------------------------

let ninjsValidator: ValidateFunction | null = null;

function ninjsValidate(): ValidateFunction {
  if (ninjsValidator) return ninjsValidator;
  // CommonJS packages: their ES default is the `default` property of module.exports.
  const Ajv2020 = (require('ajv/dist/2020.js') as { default: typeof Ajv2020Class }).default;
  const addFormats = (require('ajv-formats') as { default: FormatsPlugin }).default;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(schemaRoot, 'ninjs', f), 'utf8'));
  // ninjs 3.x points at https://geojson.org/schema/GeoJSON.json: the local copy answers that id.
  ajv.addSchema(readJson('GeoJSON-schema.json'));
  const validate = ajv.compile(readJson('ninjs-schema_3.1.json'));
  ninjsValidator = validate;
  return validate;
}

/** ninjs 3.1 against the official JSON Schema. Takes the parsed object or the JSON text. */
export async function validateNinjs(obj: unknown): Promise<ValidationResult> {
  let doc = obj;
  if (typeof obj === 'string') {
    try {
      doc = JSON.parse(obj);
    } catch (e) {
      return { valid: false, errors: [`not JSON: ${(e as Error).message}`] };
    }
  }
  const validate = ninjsValidate();
  const valid = validate(doc) as boolean;
  return {
    valid,
    errors: valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()),
  };
}

// ---- WXR ---------------------------------------------------------------------------------

const WP_NS_PREFIX = 'http://wordpress.org/export/';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

/**
 * WordPress importer rules (wordpress-importer's class-wxr-parser-simplexml.php, which parses with
 * libxml2): well-formed XML, no DOCTYPE, `/rss/channel/wp:wxr_version` matching `^\d+\.\d+$`, and
 * `content:encoded` carried as CDATA. Well-formedness is checked with libxml2 itself (xmllint-wasm).
 */
export async function checkWxr(xml: string): Promise<ValidationResult> {
  const errors: string[] = [];
  const wf = await lint().validateXML({
    xml: [{ fileName: 'wxr.xml', contents: xml }],
    normalization: 'format',
    // Parse only: no reformatted copy is needed.
    modifyArguments: (args) => args.map((a) => (a === '--format' ? '--noout' : a)),
  }).catch((e: Error & { code?: number }) => ({ valid: false, errors: [], rawOutput: e.message, normalized: '' }));
  if (!wf.valid) {
    return { valid: false, errors: ['not well-formed XML', ...wf.rawOutput.split('\n').filter((l) => l.trim()).slice(0, 5)] };
  }
  const doc = new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml');
  if (doc.doctype) errors.push('DOCTYPE is not allowed (the WordPress importer rejects it)');
  const root = doc.documentElement;
  if (!root || root.localName !== 'rss') {
    errors.push('root element must be <rss>');
    return { valid: false, errors };
  }
  const elements = (n: XmlNode): XmlElement[] => Array.from(n.childNodes).filter((c): c is XmlElement => c.nodeType === 1);
  const channel = elements(root).find((n) => n.localName === 'channel');
  if (!channel) errors.push('missing <channel>');
  const version = channel
    ? elements(channel).find((n) => n.localName === 'wxr_version' && (n.namespaceURI ?? '').startsWith(WP_NS_PREFIX))
    : undefined;
  if (!version) errors.push('missing wp:wxr_version in the channel');
  else if (!/^\d+\.\d+$/.test((version.textContent ?? '').trim())) errors.push(`wp:wxr_version "${version.textContent}" is not N.N`);
  const encoded = Array.from(doc.getElementsByTagNameNS(CONTENT_NS, 'encoded'));
  encoded.forEach((el, i) => {
    const kids = Array.from(el.childNodes);
    const textOutsideCdata = kids.some((k) => (k.nodeType === 3 && (k.nodeValue ?? '').trim() !== '') || k.nodeType === 1);
    if (textOutsideCdata) errors.push(`content:encoded #${i + 1} is not in CDATA`);
  });
  return { valid: errors.length === 0, errors };
}
