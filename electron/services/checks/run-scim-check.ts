import type { ProbeStyle } from '../../../shared/integrations/types';
import { exchangeAccessKey, keyPairSecrets } from './access-key-exchange';
import type { CheckVerdict } from './check-verdict';
import { scrubVerdict } from './secret-scrub';
import { testScimConnection } from './scim-connection-test';

/** A credential with its values read from the keychain (in memory only, for this one check). */
export type ResolvedCredential = { kind: 'bearer'; token: string } | { kind: 'access-key'; accessKeyId: string; accessKeySecret: string; tokenUrl: string };

export interface ScimCheckOptions {
  baseUrl: string;
  credential: ResolvedCredential;
  probe: ProbeStyle;
  signal?: AbortSignal;
  /** Each exchange's own limit (token endpoint, then SCIM server), body included; 15 s by default. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export type ScimCheckResult = CheckVerdict & { stage: 'token-exchange' | 'scim'; elapsedMs: number };

/**
 * One live check: a bearer token goes straight to the SCIM server; an access key pair is
 * first exchanged for a token (never stored), then that token is tried the same way.
 * `stage` says which exchange the outcome is about. No credential, the exchanged token
 * included, appears in any string of the result.
 */
export async function runScimCheck(options: ScimCheckOptions): Promise<ScimCheckResult> {
  const started = performance.now();
  const elapsedMs = () => Math.round(performance.now() - started);
  const common = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
  };
  const { credential } = options;
  if (credential.kind === 'bearer') {
    const { elapsedMs: _scimMs, ...verdict } = await testScimConnection({
      ...common,
      probe: options.probe,
      tenantUrl: options.baseUrl,
      token: credential.token,
    });
    return { ...verdict, stage: 'scim', elapsedMs: elapsedMs() };
  }

  const keyPair = keyPairSecrets(credential.accessKeyId, credential.accessKeySecret);
  const exchanged = await exchangeAccessKey({
    ...common,
    tokenUrl: credential.tokenUrl,
    accessKeyId: credential.accessKeyId,
    accessKeySecret: credential.accessKeySecret,
  });
  if (!exchanged.ok) return { ...scrubVerdict(exchanged.verdict, keyPair), stage: 'token-exchange', elapsedMs: elapsedMs() };

  const token = { value: exchanged.accessToken, label: 'token' };
  const { elapsedMs: _scimMs, ...verdict } = await testScimConnection({
    ...common,
    probe: options.probe,
    tenantUrl: options.baseUrl,
    token: token.value,
    alsoRemove: keyPair,
  });
  return { ...scrubVerdict(verdict, [token, ...keyPair]), stage: 'scim', elapsedMs: elapsedMs() };
}
