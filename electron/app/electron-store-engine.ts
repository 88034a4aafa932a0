import ElectronStore from 'electron-store';
import type { ConfLikeFactory } from '../services/settings-store';

// Bundled to CommonJS, the ES module's default export may come back wrapped once more.
const StoreClass: typeof ElectronStore =
  typeof ElectronStore === 'function' ? ElectronStore : (ElectronStore as unknown as { default: typeof ElectronStore }).default;

/**
 * The desktop app's settings engine: electron-store, on conf, writing the same
 * `<dataDir>/settings.json` as browser mode. Same options as the conf engine;
 * migrations stay ours (schemaVersion), not electron-store's.
 */
export const electronStoreEngine: ConfLikeFactory = ({ cwd, configName, deserialize }) =>
  new StoreClass<Record<string, unknown>>({
    cwd,
    deserialize: deserialize as (text: string) => Record<string, unknown>,
    // electron-store names the file from `name` (it overwrites `configName` with it).
    name: configName,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: 0o600,
  });
