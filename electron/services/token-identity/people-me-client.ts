import type { ErrorParams } from '../../../shared/errors';
import type { IdentityErrorCode } from '../../../shared/token-identity/identity-record';
import { parseWebexPeopleMe, type WebexPerson } from '../../../shared/token-identity/webex-people-me';
import type { CheckVerdict } from '../checks/check-verdict';
import { discardBody, isRedirect, parseJson, readLimited, withDeadline } from '../checks/http-exchange';

/**
 * One `GET <base>/people/me` with the token, as Webex documents it
 * (https://developer.webex.com/docs/api/v1/people/get-my-own-details). The token goes in the
 * Authorization header only and never comes back: not in a result, a param or a log line
 * (nothing from the body is returned except what the parser reads). Redirects are refused,
 * never followed (the header would go along); one deadline covers the body too.
 */

export const PEOPLE_ME_TIMEOUT_MS = 10_000;
/** The documented answer is about 2 kB; a much larger one is not it. */
const MAX_ANSWER_BYTES = 256 * 1024;

export interface PeopleMeRequest {
  /** The People API base, e.g. https://webexapis.com/v1 (no trailing slash). */
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

export type PeopleMeOutcome = { ok: true; person: WebexPerson } | { ok: false; code: IdentityErrorCode; params: ErrorParams };

export async function fetchWebexPeopleMe(request: PeopleMeRequest): Promise<PeopleMeOutcome> {
  let url: URL;
  try {
    url = new URL(`${request.baseUrl.replace(/\/+$/, '')}/people/me`);
  } catch {
    return { ok: false, code: 'IDENTITY_BAD_RESPONSE', params: { host: '', reason: 'bad-url' } };
  }
  const host = url.host;
  const answer = await withDeadline(
    { timeoutMs: request.timeoutMs ?? PEOPLE_ME_TIMEOUT_MS, ...(request.signal ? { signal: request.signal } : {}) },
    async (deadline) => {
      const response = await (request.fetchImpl ?? fetch)(url, {
        method: 'GET',
        headers: { Authorization: `Bearer ${request.token}`, Accept: 'application/json' },
        redirect: 'manual',
        signal: deadline,
      });
      return judge(response, host);
    },
  );
  return isVerdict(answer) ? unreachable(answer, host) : answer;
}

async function judge(response: Response, host: string): Promise<PeopleMeOutcome> {
  const status = response.status;
  if (status === 401 || status === 403) {
    await discardBody(response);
    return { ok: false, code: status === 401 ? 'IDENTITY_UNAUTHORIZED' : 'IDENTITY_FORBIDDEN', params: { host, status } };
  }
  if (status !== 200) {
    await discardBody(response);
    return { ok: false, code: 'IDENTITY_BAD_RESPONSE', params: { host, status, reason: isRedirect(status) ? 'redirect' : 'status' } };
  }
  const text = await readLimited(response, MAX_ANSWER_BYTES);
  if (text === null) return { ok: false, code: 'IDENTITY_BAD_RESPONSE', params: { host, status, reason: 'too-large' } };
  const json = parseJson(text);
  if (json === undefined) return { ok: false, code: 'IDENTITY_BAD_RESPONSE', params: { host, status, reason: 'not-json' } };
  const parsed = parseWebexPeopleMe(json);
  if (!parsed.ok)
    return { ok: false, code: 'IDENTITY_BAD_RESPONSE', params: { host, status, reason: parsed.reason, ...(parsed.field ? { field: parsed.field } : {}) } };
  return { ok: true, person: parsed.person };
}

function isVerdict(value: PeopleMeOutcome | CheckVerdict): value is CheckVerdict {
  return 'outcome' in value;
}

/** No answer at all: the network outcome (dns, tls, timeout, connection-refused, network, cancelled) and its code. */
function unreachable(verdict: CheckVerdict, host: string): PeopleMeOutcome {
  const code = verdict.params?.code;
  return { ok: false, code: 'IDENTITY_UNREACHABLE', params: { host, outcome: verdict.outcome, ...(typeof code === 'string' ? { networkCode: code } : {}) } };
}
