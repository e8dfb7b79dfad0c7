// Bundles Electron main (ESM sources → one CommonJS file) and the sandboxed preload (CommonJS, as a
// sandboxed preload must be). The renderer is built by Vite.
import { build } from 'esbuild';
import { mainOptions, preloadOptions } from './esbuild-options.ts';

await build({ ...mainOptions, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...preloadOptions, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs' });
console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');
