// Runs @doyensec/electronegativity's scanner in-process, network-free, over main, preload and the
// page (electron/ and renderer/ together), and prints its findings and parse errors as JSON.
//
// Why not its CLI: on every start the CLI fetches updated translations with `got`; offline that
// request fails and its retry throws an uncaught p-cancelable error that kills the process about a
// second in, racing the report. Here `got` answers "offline" at once, so the bundled en-US strings
// are used and the scan always finishes. The one check that needs the network
// (AvailableSecurityFixesGlobalCheck: Electron's release list) is left out; docs/SECURITY.md says so.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const mod = Module as unknown as { prototype: { require: (id: string) => unknown } };
const realRequire = mod.prototype.require;
mod.prototype.require = function patched(this: unknown, id: string) {
  if (id === 'got') return () => Promise.reject(new Error('offline: electronegativity uses its bundled strings'));
  return realRequire.call(this, id);
};

// One folder holding exactly what ships: main and preload sources, the page's HTML and sources.
const scanRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'meja-electronegativity-'));
fs.cpSync(path.join(ROOT, 'electron'), path.join(scanRoot, 'electron'), { recursive: true });
fs.mkdirSync(path.join(scanRoot, 'renderer'));
fs.cpSync(path.join(ROOT, 'renderer', 'index.html'), path.join(scanRoot, 'renderer', 'index.html'));
fs.cpSync(path.join(ROOT, 'renderer', 'src'), path.join(scanRoot, 'renderer', 'src'), { recursive: true });

const run = createRequire(import.meta.url)(path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js')) as (o: object) => Promise<{
  issues: { id: string; severity: { name: string }; confidence: { name: string }; file: string; location: { line: number; column: number }; sample: string }[];
  errors: unknown[];
  globalChecks: number;
  atomicChecks: number;
}>;
const silence = console.log;
console.log = () => undefined; // the "could not retrieve translations" line
const res = await run({
  input: scanRoot, isRelative: true, isSarif: false, customScan: [], excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  electronVersionOverride: '45.0.0', parserPlugins: [], isVerbose: false,
});
console.log = silence;
fs.rmSync(scanRoot, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({
  atomicChecks: res.atomicChecks,
  globalChecks: res.globalChecks,
  errors: res.errors.map((e) => String((e as { file?: string }).file ?? e)),
  findings: res.issues.map((i) => ({ id: i.id, severity: i.severity.name, confidence: i.confidence.name, file: i.file, line: i.location.line, sample: i.sample ?? null })),
})}\n`);
