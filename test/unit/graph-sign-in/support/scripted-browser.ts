import { rawRequest, type RawResponse } from './tls-http';

/**
 * Stands in for the admin's browser at oidc-provider's dev interaction pages: follows redirects
 * by hand with a cookie jar, fills the login form, then accepts or refuses consent, and follows
 * the final redirect to the app's loopback listener. Returns that last response.
 */
export interface ScriptedBrowser {
  /** Authorize → login → consent → loopback redirect; `consent: false` presses "abort" instead. */
  signIn(authorizeUrl: string, options: { login: string; consent: boolean }): Promise<{ redirectUrl: string; response: RawResponse }>;
  /** Authorize → login → consent, stopping before the loopback redirect; returns where it would go. */
  signInUntilRedirect(authorizeUrl: string, login: string): Promise<string>;
}

export function createScriptedBrowser(options: { providerOrigin: string; ca: string }): ScriptedBrowser {
  const cookies = new Map<string, string>();
  const isProvider = (url: string) => new URL(url).origin === options.providerOrigin;

  const go = async (url: string, init: { method?: string; body?: string } = {}): Promise<RawResponse> => {
    const headers: Record<string, string> = {};
    if (isProvider(url) && cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await rawRequest(url, { ...init, headers, ca: options.ca });
    const set = response.headers['set-cookie'];
    for (const line of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  };

  const location = (response: RawResponse, base: string): string => {
    const to = response.headers.location;
    if (typeof to !== 'string') throw new Error(`expected a redirect from ${base}, got ${response.status}: ${response.body.slice(0, 300)}`);
    return new URL(to, base).toString();
  };

  /** Follows provider redirects until an interaction page or a URL outside the provider. */
  const follow = async (start: string): Promise<{ url: string; response: RawResponse | null }> => {
    let url = start;
    for (let hops = 0; hops < 10; hops += 1) {
      if (!isProvider(url)) return { url, response: null };
      const response = await go(url);
      if (response.status < 300 || response.status >= 400) return { url, response };
      url = location(response, url);
    }
    throw new Error('too many redirects');
  };

  const submit = async (url: string, form: Record<string, string>): Promise<string> => {
    const response = await go(url, { method: 'POST', body: new URLSearchParams(form).toString() });
    return location(response, url);
  };

  const run = async (authorizeUrl: string, login: string, consent: boolean): Promise<string> => {
    let step = await follow(authorizeUrl);
    if (!step.response?.body.includes('name="login"')) throw new Error(`no login form at ${step.url}: ${step.response?.body.slice(0, 300)}`);
    step = await follow(await submit(step.url, { prompt: 'login', login, password: 'any' }));
    if (!step.response) return step.url;
    if (!consent) return (await follow(`${step.url}/abort`)).url;
    return (await follow(await submit(step.url, { prompt: 'consent' }))).url;
  };

  return {
    async signIn(authorizeUrl, { login, consent }) {
      const redirectUrl = await run(authorizeUrl, login, consent);
      return { redirectUrl, response: await go(redirectUrl) };
    },
    signInUntilRedirect: (authorizeUrl, login) => run(authorizeUrl, login, true),
  };
}
