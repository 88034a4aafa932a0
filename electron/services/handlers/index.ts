import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { appHandlers } from './app-handlers';
import { mappingHandlers } from './mapping-handlers';
import { profileHandlers } from './profile-handlers';
import { profilesHandlers } from './profiles-handlers';
import { secretHandlers } from './secret-handlers';
import { checkHandlers } from './check-handlers';
import { signInHandlers } from './sign-in-handlers';
import { handoffHandlers } from './handoff-handlers';
import { fileHandlers } from './file-handlers';
import { graphSignInHandlers } from './graph-sign-in-handlers';
import { graphHandlers } from './graph-handlers';
import { tokenIdentityHandlers } from './token-identity-handlers';

/** The one handler table, served by Electron IPC and by the browser-mode HTTP host alike. */
export function createHandlerTable(services: AppServices): HandlerTable {
  return {
    ...appHandlers(services),
    ...profileHandlers(services),
    ...profilesHandlers(services),
    ...secretHandlers(services),
    ...signInHandlers(services),
    ...checkHandlers(services),
    ...mappingHandlers(services),
    ...handoffHandlers(services),
    ...fileHandlers(services),
    ...graphSignInHandlers(services),
    ...graphHandlers(services),
    ...tokenIdentityHandlers(services),
  };
}
