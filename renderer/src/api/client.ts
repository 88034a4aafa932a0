import type { AppErrorShape } from '../../../shared/errors';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { detectTransport, type Transport } from './transport';

/** A typed error from main, ready to be translated with `errors.<code>`. */
export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
}

let transport: Transport | null = null;

/** The renderer's only way to reach main: typed by the shared contract. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  transport ??= detectTransport();
  const envelope = await transport(channel, request);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as ResponseOf<C>;
}

export function newRequestId(): string {
  return crypto.randomUUID();
}
