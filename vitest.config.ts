import { defineConfig } from 'vitest/config';

/**
 * unit:     plain Node, no keychain, no network beyond servers tests start on loopback.
 * keychain: needs a real Secret Service (gnome-keyring under dbus-run-session): run through
 *           test/keychain/with-keyring.sh (npm run test:keychain).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Inlined so its `import 'electron'` meets the recording double, not the binary-less package.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      { test: { name: 'keychain', include: ['test/keychain/**/*.test.ts'], environment: 'node', testTimeout: 30_000, fileParallelism: false } },
    ],
  },
});
