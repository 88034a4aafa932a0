import type { Channel, Envelope } from '../../../shared/ipc/contract';

/**
 * How a call reaches main. In Electron the preload exposes `window.scimWizard`
 * (one function per channel); in browser mode calls go over HTTP to the
 * host with the per-launch token. Components never see which one is used.
 */
export type Transport = (channel: Channel, request: unknown) => Promise<Envelope<unknown>>;

const TOKEN_KEY = 'scim-wizard-host-token';

interface Bridge {
  [channel: string]: (request: unknown) => Promise<Envelope<unknown>>;
}

function electronTransport(bridge: Bridge): Transport {
  return (channel, request) => {
    const fn = bridge[channel];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `No bridge for ${channel}` } });
    return fn(request);
  };
}

/** At the latest this long after start-up, a token taken from the address is kept and the address cleared. */
const KEEP_TOKEN_LATEST_MS = 3000;
let tokenToKeep: string | null = null;

/**
 * Reads `#token=` once; `keepHostToken` then keeps it for this tab only and removes it from the address bar.
 * The first calls use it at once: on a cold start the first `sessionStorage` call waits on the browser
 * process while it loads the page (12.9 ms of the start-up path in a profile, 3 to 5 ms on an idle page).
 * A reload before it is kept still finds the token in the address.
 */
function takeHostToken(): string | null {
  const fromAddress = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
  if (!fromAddress) return sessionStorage.getItem(TOKEN_KEY);
  tokenToKeep = fromAddress;
  // Even if no screen ever shows (its files failed to load), the address does not keep the token.
  setTimeout(keepHostToken, KEEP_TOKEN_LATEST_MS);
  return fromAddress;
}

/** Keeps the token taken from the address for this tab and clears the address; the app calls it once its first screen is up. */
export function keepHostToken(): void {
  if (tokenToKeep === null) return;
  sessionStorage.setItem(TOKEN_KEY, tokenToKeep);
  tokenToKeep = null;
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

function httpTransport(token: string | null): Transport {
  return async (channel, request) => {
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'NETWORK' } };
    }
    if (response.status === 401)
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This page is not authorised: open the address the host printed.' } };
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `Unexpected answer (${response.status}) from the host.` } };
    }
  };
}

export function detectTransport(): Transport {
  const bridge = (window as unknown as { scimWizard?: Bridge }).scimWizard;
  return bridge ? electronTransport(bridge) : httpTransport(takeHostToken());
}
