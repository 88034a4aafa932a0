import { oncePerKey } from '../once-per-key';
import type { IntegrationDefinition } from './types';

/**
 * Each integration's steps, fields and validators as a part of their own, for the page: a wizard loads only its
 * own integration's definition, not the other's (issue 10). Main, the CLI and the tests use index.ts, which holds
 * them all at once. A unit test checks that each id here loads the definition index.ts has for it.
 */
const LOADERS: Readonly<Record<string, () => Promise<IntegrationDefinition>>> = {
  'webex-entra': () => import('./webex-entra').then((module) => module.webexEntraIntegration),
  cxone: () => import('./cxone').then((module) => module.cxoneIntegration),
};

/**
 * The definition of integration `id` (undefined for an id no integration has), loaded once: the same promise for
 * every later call (../once-per-key.ts).
 */
export const loadIntegrationDefinition: (id: string) => Promise<IntegrationDefinition | undefined> = oncePerKey((id) =>
  // An own key only: an id like "constructor" must not reach Object.prototype.
  Object.hasOwn(LOADERS, id) ? LOADERS[id]!() : Promise.resolve(undefined),
);

/** The ids this module can load (for the test that compares them with the catalogue). */
export const LOADABLE_INTEGRATION_IDS: readonly string[] = Object.keys(LOADERS);
