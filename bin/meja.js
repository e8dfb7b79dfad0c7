#!/usr/bin/env node
// The `meja` command line. It runs the TypeScript sources directly (type stripping), so it never runs
// stale code, and its archive needs Node's built-in SQLite. Both are probed here, before any
// TypeScript loads, so an unsuitable Node gets one clear line instead of a stack trace.
const lacking = [];
if (!process.features?.typescript) lacking.push('TypeScript type stripping');
let sqlite = null;
try {
  sqlite = process.getBuiltinModule?.('node:sqlite') ?? null;
} catch {
  sqlite = null;
}
if (!sqlite) lacking.push('node:sqlite');
if (lacking.length) {
  process.stderr.write(`meja: needs ${lacking.join(' and ')}, which this Node (${process.versions.node}) lacks: use Node 24 as the project pins it ("npm run -s meja -- …")\n`);
  process.exit(2);
}
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
