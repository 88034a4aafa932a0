import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Issue 10, 2.6: which side may import what. Relative paths only (there are no path aliases); type-only
// imports are refused too, since a type the two sides share belongs in shared/ (the IPC contract).
const NODE_BUILTIN = `^(node:|(${builtinModules.join('|')})(/|$))`;
const boundary = (patterns, paths = []) => ['error', { paths, patterns }];

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/artifacts/**', 'test/fixtures/electronegativity/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type-aware rules: a promise nobody awaits or catches is a save or a sign-in that can fail silently.
      parserOptions: {
        // scripts/*.mjs and scripts/bench/*.mjs are in their own projects (scripts/tsconfig.json, scripts/bench/tsconfig.json).
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.mjs', 'scripts/bench/bare-react/*.mjs', 'test/unit/security/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Secrets must never reach a log: console output is allowed only through the host loggers.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': boundary(
        [{ regex: '^(\\.\\./)+(electron|renderer)(/|$)', message: 'shared/ serves main and the renderer alike: it imports neither electron/ nor renderer/.' }],
        [{ name: 'electron', message: 'shared/ runs in the renderer and in plain Node too: no Electron.' }],
      ),
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': boundary(
        [
          { regex: '^(\\.\\./)+electron(/|$)', message: 'The renderer reaches main only through the contract (shared/ipc): no import from electron/.' },
          { regex: NODE_BUILTIN, message: 'The renderer runs in a sandboxed page: no Node built-ins (Vite would ship them as empty objects).' },
          {
            regex: '^(\\.\\./)+shared/integrations(/(index|cxone|webex-entra))?$',
            message:
              'The page loads one integration definition at a time (shared/integrations/load-definition.ts): a wizard must not fetch the other integration.',
          },
        ],
        [{ name: 'electron', message: 'The renderer has no Electron: it calls the contract through the preload bridge.' }],
      ),
      // Browser mode sends no Cross-Origin-Opener-Policy (README, Decisions): a page we open never gets a handle on ours.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='window'][callee.property.name='open']:not(:has(Literal[value=/noopener/]))",
          message: "window.open needs 'noopener' in its features: the opened page must get no handle on the wizard.",
        },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', 'bin/**', 'electron/cli/**', 'electron/browser-mode/main.ts'],
    rules: { 'no-console': 'off' },
  },
);
