import { describe, expect, it } from 'vitest';
import { endpointsFileSchema } from '../../../shared/endpoints/endpoints-file-schema';
import { PRODUCTION_WEBEX_PEOPLE_API, resolveWebexPeopleApiBase, resolveWebexEndpoints } from '../../../shared/endpoints/webex-endpoints';
import { createSignIns, type SignInInfo, type SignInOutcome } from '../../../electron/services/token-capture/sign-ins';
import { emptyProfile } from '../../../shared/settings/schema';

const accepts = (peopleApiBaseUrl: unknown) => endpointsFileSchema.safeParse({ webex: { peopleApiBaseUrl } }).success;

describe('endpoints file: webex.peopleApiBaseUrl', () => {
  it.each(['http://127.0.0.1:4100/v1', 'http://localhost:4100/v1', 'http://[::1]:4100/v1', 'https://people.example.test/v1', 'https://webexapis.com/v1'])(
    'accepts %s',
    (url) => {
      expect(accepts(url)).toBe(true);
    },
  );

  it.each([
    ['http off loopback (the token would travel in clear)', 'http://people.example.test/v1'],
    ['a trailing slash', 'http://127.0.0.1:4100/v1/'],
    ['a query', 'https://people.example.test/v1?x=1'],
    ['a fragment', 'https://people.example.test/v1#x'],
    ['a user', 'https://user:pw@people.example.test/v1'],
    ['another scheme', 'ftp://127.0.0.1/v1'],
    ['not a URL', 'people api'],
    ['a number', 4100],
  ])('refuses %s', (_label, url) => {
    expect(accepts(url)).toBe(false);
  });

  it('sits beside the existing keys, and a typo of it is still refused', () => {
    const file = {
      webex: { authorizeUrl: 'http://127.0.0.1:4000/auth', scimBaseUrl: 'http://127.0.0.1:5000/v1/scim', peopleApiBaseUrl: 'http://127.0.0.1:4100/v1' },
    };
    expect(endpointsFileSchema.parse(file)).toEqual(file);
    expect(endpointsFileSchema.safeParse({ webex: { peopleApiBaseURL: 'http://127.0.0.1:4100/v1' } }).success).toBe(false);
  });
});

describe('the People API base in force', () => {
  it('production per offer: webexapis.com, and the Webex for Government API host', () => {
    expect(PRODUCTION_WEBEX_PEOPLE_API).toEqual({ commercial: 'https://webexapis.com/v1', government: 'https://api-usgov.webex.com/v1' });
    expect(resolveWebexPeopleApiBase('commercial', null)).toBe('https://webexapis.com/v1');
    expect(resolveWebexPeopleApiBase('government', null)).toBe('https://api-usgov.webex.com/v1');
  });

  it('the file replaces it for both offers', () => {
    const file = endpointsFileSchema.parse({ webex: { peopleApiBaseUrl: 'http://127.0.0.1:4100/v1' } });
    expect(resolveWebexPeopleApiBase('commercial', file)).toBe('http://127.0.0.1:4100/v1');
    expect(resolveWebexPeopleApiBase('government', file)).toBe('http://127.0.0.1:4100/v1');
  });

  it('a file that replaces the sign-in without a People API has none: a test token never goes to Webex', () => {
    const file = endpointsFileSchema.parse({ webex: { authorizeUrl: 'http://127.0.0.1:4000/auth' } });
    expect(resolveWebexPeopleApiBase('commercial', file)).toBeNull();
    // Other blocks leave the production API in place.
    expect(resolveWebexPeopleApiBase('commercial', endpointsFileSchema.parse({ cxone: {} }))).toBe('https://webexapis.com/v1');
    expect(resolveWebexPeopleApiBase('commercial', endpointsFileSchema.parse({ webex: { scimBaseUrl: 'http://127.0.0.1:5000/v1/scim' } }))).toBe(
      'https://webexapis.com/v1',
    );
  });

  it('the sign-in endpoints are unchanged by the new key', () => {
    const file = endpointsFileSchema.parse({ webex: { peopleApiBaseUrl: 'http://127.0.0.1:4100/v1' } });
    expect(resolveWebexEndpoints('commercial', file)).toEqual(resolveWebexEndpoints('commercial', null));
  });
});

describe('sign-ins: the hook after a stored token', () => {
  const info: SignInInfo = {
    captureId: 'c1',
    profileId: 'default',
    authorizeUrl: 'http://x',
    redirectUri: 'http://localhost:3000/auth/code',
    openedBy: 'renderer',
    timeoutAt: '',
  };
  const stored: SignInOutcome = { expiresAt: null, tokenType: 'Bearer', profile: emptyProfile('default', 'Default') };

  it('answers with what the hook returns, and stays pending until the hook is done', async () => {
    const signIns = createSignIns();
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    signIns.setAfterStored('test', async (_info, outcome) => {
      await gate;
      return { ...outcome, profile: { ...outcome.profile, revision: 7 } };
    });
    signIns.add(info, Promise.resolve(stored));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(signIns.pending('default')?.captureId).toBe('c1');
    finish();
    expect((await signIns.outcome('c1'))?.profile.revision).toBe(7);
    expect(signIns.pending('default')).toBeNull();
  });

  it('a hook that throws does not fail the sign-in; setting a name again replaces its hook', async () => {
    const signIns = createSignIns();
    const calls: string[] = [];
    signIns.setAfterStored('a', async () => {
      calls.push('first');
      throw new Error('boom');
    });
    signIns.setAfterStored('a', async (_info, outcome) => {
      calls.push('second');
      throw new Error(`boom ${outcome.tokenType ?? ''}`);
    });
    signIns.add(info, Promise.resolve(stored));
    expect(await signIns.outcome('c1')).toEqual(stored);
    expect(calls).toEqual(['second']);
  });

  it('a failed sign-in never reaches the hook', async () => {
    const signIns = createSignIns();
    let called = false;
    signIns.setAfterStored('a', async (_info, outcome) => {
      called = true;
      return outcome;
    });
    signIns.add(info, Promise.reject(new Error('cancelled')));
    await expect(signIns.outcome('c1')).rejects.toThrow('cancelled');
    expect(called).toBe(false);
  });
});
