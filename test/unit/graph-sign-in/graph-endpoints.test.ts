import { describe, expect, it } from 'vitest';
import { endpointsFileSchema } from '../../../shared/endpoints/endpoints-file-schema';
import { graphClientIdProblem, resolveGraphEndpoints } from '../../../shared/endpoints/graph-endpoints';

describe('resolveGraphEndpoints', () => {
  it('uses Microsoft in production, in msal-node AAD mode', () => {
    expect(resolveGraphEndpoints(null)).toEqual({
      authority: 'https://login.microsoftonline.com/organizations',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      clientId: null,
      protocol: 'AAD',
      knownAuthorities: [],
    });
    expect(resolveGraphEndpoints({ graph: { authority: 'https://login.microsoftonline.us/organizations' } }).protocol).toBe('AAD');
  });

  it('treats any other authority as a generic OpenID provider it must know by host', () => {
    const endpoints = resolveGraphEndpoints({
      graph: { authority: 'https://127.0.0.1:4443', graphBaseUrl: 'http://127.0.0.1:5200/v1.0', clientId: 'test-client' },
    });
    expect(endpoints).toEqual({
      authority: 'https://127.0.0.1:4443',
      graphBaseUrl: 'http://127.0.0.1:5200/v1.0',
      clientId: 'test-client',
      protocol: 'OIDC',
      knownAuthorities: ['127.0.0.1:4443'],
    });
  });
});

describe('graph block of the endpoints file', () => {
  it('accepts the documented keys', () => {
    const file = { graph: { authority: 'https://127.0.0.1:4443/tenant', graphBaseUrl: 'http://127.0.0.1:5200/v1.0', clientId: 'wizard-test' } };
    expect(endpointsFileSchema.safeParse(file).success).toBe(true);
  });

  it('accepts test scopes and prompt beside a test authority', () => {
    const graph = { authority: 'https://127.0.0.1:4443', graphBaseUrl: 'http://127.0.0.1:5200/v1.0', scopes: ['openid'], prompt: 'consent' };
    expect(endpointsFileSchema.safeParse({ graph }).success).toBe(true);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ authority: 'http://127.0.0.1:4443' }, 'an http authority (msal-node needs https)'],
    [{ graphBaseUrl: 'http://graph.example.com/v1.0' }, 'http Graph base off loopback (the token would travel in clear)'],
    [{ graphBaseUrl: 'https://graph.microsoft.com/v1.0/' }, 'a trailing slash'],
    [{ scopes: ['openid'] }, 'test scopes while the authority is Microsoft’s (the app needs the Graph permissions there)'],
    [{ authority: 'https://login.microsoftonline.com/organizations', prompt: 'consent' }, 'a test prompt against Microsoft'],
    [{ authority: 'https://127.0.0.1:4443', scopes: ['open id'] }, 'a scope that is not an RFC 6749 scope token'],
    [{ authority: 'https://127.0.0.1:4443', prompt: 'none' }, 'a prompt msal-node is not asked for'],
    [{ tokenEndpoint: 'https://127.0.0.1:4443/token' }, 'an unknown key'],
  ])('refuses %j: %s', (graph) => {
    expect(endpointsFileSchema.safeParse({ graph }).success).toBe(false);
  });
});

describe('graphClientIdProblem', () => {
  it('wants a GUID', () => {
    expect(graphClientIdProblem(' 3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b ')).toBeNull();
    expect(graphClientIdProblem('')).toBe('empty');
    expect(graphClientIdProblem('my-app')).toBe('not-guid');
  });
});
