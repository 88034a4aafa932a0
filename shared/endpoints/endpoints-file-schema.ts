import { z } from 'zod';
import { MICROSOFT_LOGIN_HOSTS } from './graph-endpoints';

/** The test endpoints file (--endpoints FILE or SCIM_WIZARD_ENDPOINTS), validated by main before use. */

const httpUrl = z
  .string()
  .url()
  .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be an http or https URL');

/** One override block; every key optional. Unknown keys are refused so typos do not pass silently. */
const webexEndpointsOverrideSchema = z
  .object({
    authorizeUrl: httpUrl.optional(),
    clientId: z.string().min(1).max(512).optional(),
    scopes: z.array(z.string().min(1).max(200)).min(1).max(50).optional(),
    responseType: z
      .string()
      .regex(/^[a-z_]+( [a-z_]+)*$/)
      .optional(),
    extraParams: z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), z.string().max(512)).optional(),
    loopbackPort: z.number().int().min(1024).max(65535).optional(),
    scimBaseUrl: httpUrl.refine((u) => !u.endsWith('/'), 'no trailing slash').optional(),
    /** The People API base (`<base>/people/me` tells whose token was captured); the token travels, so http only on loopback. */
    peopleApiBaseUrl: z
      .string()
      .max(2048)
      .refine((raw) => isTokenSafeBase(raw), 'must be an https URL, or http on 127.0.0.1, localhost or [::1], without user, query, fragment or trailing slash')
      .optional(),
  })
  .strict();

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A base a bearer token may be sent to: https, or http on loopback only; nothing but scheme, host, port and path. */
function isTokenSafeBase(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash || raw.includes('?') || raw.includes('#') || raw.endsWith('/')) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** https anywhere, http only on loopback; `{area}` (the region code) may appear and is checked as `na1`. */
function areaTemplateUrl(options: { noQuery?: boolean } = {}) {
  return z
    .string()
    .max(2048)
    .refine((raw) => {
      let url: URL;
      try {
        url = new URL(raw.split('{area}').join('na1'));
      } catch {
        return false;
      }
      if (url.username || url.password || url.hash) return false;
      if (options.noQuery && (url.search || raw.endsWith('/'))) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    }, 'must be an https URL, or http on 127.0.0.1, localhost or [::1], without user, fragment (and for apiBaseUrl: query or trailing slash)');
}

/** CXone: the API origin per area (SCIM bases and token endpoint), and the OAuth endpoints shown to the IdP. */
const cxoneEndpointsOverrideSchema = z
  .object({
    apiBaseUrl: areaTemplateUrl({ noQuery: true }).optional(),
    accessKeyTokenUrl: areaTemplateUrl().optional(),
    oauthTokenUrl: areaTemplateUrl().optional(),
    oauthAuthorizeUrl: areaTemplateUrl().optional(),
  })
  .strict();

/** Microsoft sign-in and Graph (shared/endpoints/graph-endpoints.ts). msal-node takes only an https authority. */
const graphEndpointsOverrideSchema = z
  .object({
    authority: z
      .string()
      .max(2048)
      .refine(
        (raw) => URL.canParse(raw) && new URL(raw).protocol === 'https:' && !new URL(raw).username && !new URL(raw).search && !new URL(raw).hash,
        'must be an https URL without user, query or fragment',
      )
      .optional(),
    graphBaseUrl: z
      .string()
      .max(2048)
      .refine((raw) => isTokenSafeBase(raw), 'must be an https URL, or http on 127.0.0.1, localhost or [::1], without user, query, fragment or trailing slash')
      .optional(),
    clientId: z.string().min(1).max(512).optional(),
    /**
     * Asked instead of the Graph permission scopes (msal-node adds openid, profile and offline_access), for a
     * test provider that knows only OpenID scopes. Each an RFC 6749 §3.3 scope token.
     */
    scopes: z
      .array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]{1,200}$/, 'must be one scope token (RFC 6749 §3.3): no spaces, quotes or backslashes'))
      .min(1)
      .max(50)
      .optional(),
    /** Sent instead of 'select_account'; oidc-provider issues a refresh token only when the prompt is 'consent'. */
    prompt: z.enum(['select_account', 'consent', 'login']).optional(),
  })
  .strict()
  .superRefine((graph, ctx) => {
    // Against Microsoft the app must ask for the Graph permissions and let the admin pick the account:
    // `scopes` and `prompt` exist for a test provider only, so they need an authority that is not Microsoft's.
    const testAuthority = graph.authority !== undefined && URL.canParse(graph.authority) && !MICROSOFT_LOGIN_HOSTS.has(new URL(graph.authority).hostname);
    for (const key of ['scopes', 'prompt'] as const) {
      if (graph[key] !== undefined && !testAuthority) {
        ctx.addIssue({ code: 'custom', path: [key], message: "only with an `authority` that is not one of Microsoft's login hosts (a test provider)" });
      }
    }
  });

export const endpointsFileSchema = z
  .object({
    webex: webexEndpointsOverrideSchema.optional(),
    cxone: cxoneEndpointsOverrideSchema.optional(),
    graph: graphEndpointsOverrideSchema.optional(),
  })
  .strict();
export type EndpointsFile = z.infer<typeof endpointsFileSchema>;
