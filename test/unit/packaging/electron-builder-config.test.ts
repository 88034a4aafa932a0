import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run dist` cannot run here (no Electron download, Node 20), so the
 * packaging config is checked the way electron-builder itself reads and
 * validates it, plus what this app needs from it.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const CONFIG_FILE = resolve(ROOT, 'electron-builder.yml');
// electron-builder's own loader and schema check (app-builder-lib ships with the electron-builder devDependency).
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => undefined };

interface BuilderConfig {
  /** electron-builder normalises `files` to file sets. */
  files: Array<{ filter: string[] }>;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: string[] };
  mac: { target: string[] };
  linux: { target: string[] };
}

async function load(): Promise<BuilderConfig> {
  return (await getConfig(ROOT, CONFIG_FILE, null)) as unknown as BuilderConfig;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation, which refuses a misspelt option", async () => {
    const config = await load();
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }, quietLogger)).rejects.toThrow(
      /Invalid configuration/,
    );
  });

  it('packages the main, preload and renderer bundles that package.json starts, and no source maps or browser-mode host', async () => {
    const config = await load();
    const main = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main).toBe('dist/electron/main.cjs');
    const patterns = config.files.flatMap((set) => set.filter);
    expect(patterns).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**', '!**/*.map']));
    expect(patterns.some((pattern) => pattern.startsWith('dist/node') || pattern === 'dist/**')).toBe(false);
  });

  it('builds for Windows, macOS and Linux', async () => {
    const config = await load();
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('keeps the keychain module loadable: native binaries unpacked, prebuilds not rebuilt', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the fuses that close what the app never uses, file:// privileges included (the renderer is served from app://)', async () => {
    const { electronFuses } = await load();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
