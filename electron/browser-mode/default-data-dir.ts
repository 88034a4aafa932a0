import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron uses as `userData` for this app, so browser mode and the
 * desktop app share one settings file unless --data-dir says otherwise.
 * Electron names it after package.json's productName.
 */
export function defaultDataDir(
  productName: string,
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), productName);
}
