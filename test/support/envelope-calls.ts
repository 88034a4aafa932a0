import type { AppErrorShape } from '../../shared/errors';
import type { Channel, Envelope, RequestOf, ResponseOf } from '../../shared/ipc/contract';

/** A raw call through the handler table, as either host would make it. */
export type RawCall = (channel: Channel, payload: unknown) => Promise<Envelope<unknown>>;

export interface EnvelopeCalls {
  /** The data of a successful call (fails the test on an error envelope). */
  data<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>>;
  /** The error of a refused call (fails the test on a success). */
  error(channel: Channel, payload: unknown): Promise<AppErrorShape>;
}

/** Unwraps envelopes for handler tests: a test reads data or an error, never both. */
export function envelopeCalls(call: RawCall): EnvelopeCalls {
  return {
    async data<C extends Channel>(channel: C, payload: RequestOf<C>) {
      const envelope = await call(channel, payload);
      if (!envelope.ok) throw new Error(`${channel} answered ${envelope.error.code}: ${envelope.error.message}`);
      return envelope.data as ResponseOf<C>;
    },
    async error(channel, payload) {
      const envelope = await call(channel, payload);
      if (envelope.ok) throw new Error(`${channel} succeeded where a refusal was expected: ${JSON.stringify(envelope.data)}`);
      return envelope.error;
    },
  };
}
