import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, IPC_PREFIX, type Envelope } from '../../shared/ipc/contract';
import { dispatch, type DispatchLog, type HandlerTable } from '../services/dispatch';

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: "This call did not come from the app's own window and was refused." },
};

/**
 * One ipcMain.handle per contract channel, each behind the trusted-sender
 * check; the request is then validated and run by the same dispatch() the
 * browser-mode host uses. Nothing here logs a payload.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  table: HandlerTable,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: DispatchLog,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, payload: unknown) => {
      if (!trusted(isTrustedSender, event)) {
        log.warn(`refused ${channel}: the sender is not the app's own page in the main window`);
        return FORBIDDEN;
      }
      return dispatch(table, channel, payload, { host: 'electron' }, log);
    });
  }
}

/** A check that throws (e.g. reading a frame being torn down) counts as untrusted, never as a crash in main. */
function trusted(check: (event: IpcMainInvokeEvent) => boolean, event: IpcMainInvokeEvent): boolean {
  try {
    return check(event);
  } catch {
    return false;
  }
}
