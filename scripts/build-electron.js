// Bundles Electron main (ESM sources → one CommonJS file) and the sandboxed preload (CommonJS, as a
// sandboxed preload must be). The renderer is built by Vite.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron'] });
await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');
