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

/** Reads `#token=` once, keeps it for this tab only, and removes it from the address bar. */
function takeHostToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
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
