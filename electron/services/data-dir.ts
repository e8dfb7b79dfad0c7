// Where Meja Redaksi keeps its data. The command line and the app resolve it the same way, so they
// share one workspace and one archive: --data, else MEJA_DATA_DIR, else the app's own folder (the
// folder Electron's app.getPath('userData') gives for the product name "Meja Redaksi").
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Meja Redaksi';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  // An empty variable counts as unset (XDG says so); `??` would make the path relative to the cwd.
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), PRODUCT_NAME);
}

export function resolveDataDir(flag?: string | null, env = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.MEJA_DATA_DIR) return path.resolve(env.MEJA_DATA_DIR);
  return defaultDataDir(process.platform, env);
}
