#!/usr/bin/env node
// The `meja` command line. It runs the TypeScript sources directly on Node 24 (type stripping), so
// it never runs stale code; on an older Node it says what it needs in one line.
const major = Number(process.versions.node.split('.')[0]);
if (major < 23) {
  process.stderr.write(`meja: needs Node 24 (the project pins it: run it through "npm run meja --"), found ${process.versions.node}\n`);
  process.exit(2);
}
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
