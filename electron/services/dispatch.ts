import { AppError, toErrorShape } from '../../shared/errors';
import { ipcContract, isChannel, type Channel, type Envelope, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';

/** Who is calling: lets handlers behave per host (e.g. who opens the sign-in page). */
export interface CallContext {
  host: 'electron' | 'browser';
}

export type Handler<C extends Channel> = (request: RequestOf<C>, context: CallContext) => Promise<ResponseOf<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

export interface DispatchLog {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * The single entry point both transports (Electron IPC, browser-mode HTTP) use:
 * unknown channel and schema failures become typed errors, handler errors are
 * reduced to their code and safe message, and nothing here logs a payload
 * (payloads may hold a secret).
 */
export async function dispatch(table: HandlerTable, channel: unknown, payload: unknown, context: CallContext, log?: DispatchLog): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    log?.warn(`refused call to unknown channel ${JSON.stringify(String(channel).slice(0, 80))}`);
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'This call does not exist.' } };
  }
  const parsed = ipcContract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    log?.warn(`refused ${channel}: request does not match the contract at ${where}`);
    return { ok: false, error: { code: 'INVALID_REQUEST', message: `The request for ${channel} is malformed (${where}).`, params: { channel, where } } };
  }
  try {
    const handler = table[channel] as Handler<Channel>;
    const data = await handler(parsed.data as RequestOf<Channel>, context);
    return { ok: true, data };
  } catch (error) {
    if (!(error instanceof AppError)) log?.error(`${channel} failed: ${error instanceof Error ? error.name : 'non-error thrown'}`);
    return { ok: false, error: toErrorShape(error) };
  }
}
