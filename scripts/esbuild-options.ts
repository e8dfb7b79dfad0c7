// esbuild settings for Electron's main process, shared by the build and by the test that runs the
// bundled services under Node (so a bundling mistake shows up without an Electron binary).
// The sources are ES modules that use import.meta (createRequire, their own folder); in the CommonJS
// bundle those come from the bundle file itself.
import type { BuildOptions } from 'esbuild';

export const mainOptions: BuildOptions = {
  bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning',
  external: ['electron'],
  define: { 'import.meta.url': '__mejaImportMetaUrl', 'import.meta.dirname': '__dirname' },
  banner: { js: 'const __mejaImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

// The sandboxed preload may require only 'electron' (and a few web-safe modules).
export const preloadOptions: BuildOptions = {
  bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning',
  external: ['electron'],
};
