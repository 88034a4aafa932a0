import type { AppErrorShape } from '../../../shared/errors';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { PROFILE_WRITE_CHANNELS, writeQueueOf } from '../../../shared/ipc/profile-writes';
import { createOrderedQueues } from '../../../shared/ordered-queues';
import { detectTransport, type Transport } from './transport';
import { trackWrite } from './write-tracker';

/** A typed error from main, ready to be translated with `errors.<code>`. */
export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
}

let transport: Transport | null = null;
const enqueue = createOrderedQueues();

async function send<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  transport ??= detectTransport();
  const envelope = await transport(channel, request);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as ResponseOf<C>;
}

/**
 * The renderer's only way to reach main: typed by the shared contract. Writes
 * to one profile are sent one at a time, in the order they were made.
 */
export function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  if (!PROFILE_WRITE_CHANNELS.has(channel)) return send(channel, request);
  return trackWrite(enqueue(writeQueueOf(channel, request), () => send(channel, request)));
}

export function newRequestId(): string {
  return crypto.randomUUID();
}
