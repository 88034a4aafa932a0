import { describe, expect, it } from 'vitest';
import { graphFailureToError, scrubbedText } from '../../../electron/services/graph/graph-errors';
import { GRAPH_OPERATIONS } from '../../../electron/services/graph/graph-operations';
import { GRAPH_PERMISSIONS } from '../../../electron/services/graph-sign-in/graph-permissions';
import { DEFAULT_ACCESS_ROLE_ID, roleToAssign } from '../../../electron/services/graph/app-assignments';

const failure = (status: number, graphCode: string, extra: Partial<Parameters<typeof graphFailureToError>[0]> = {}) => ({
  status,
  graphCode,
  graphMessage: '',
  retryAfter: null,
  requestId: 'req-1',
  clientRequestId: 'client-1',
  ...extra,
});

describe('Graph error mapping', () => {
  it('every permission an operation names is one the Microsoft sign-in asks consent for', () => {
    const consented = new Set(GRAPH_PERMISSIONS.flatMap((row) => row.scopes));
    for (const operation of Object.values(GRAPH_OPERATIONS)) expect(consented, operation.id).toContain(operation.permission);
  });

  it('429 takes Retry-After in seconds or as an HTTP date, and a default when absent', () => {
    const now = new Date('2026-11-26T06:00:00Z');
    const seconds = (retryAfter: string | null) =>
      graphFailureToError(failure(429, 'TooManyRequests', { retryAfter }), GRAPH_OPERATIONS.assign, [], now).params;
    expect(seconds('12')).toMatchObject({ retryAfterSeconds: 12 });
    expect(seconds('Thu, 26 Nov 2026 06:00:30 GMT')).toMatchObject({ retryAfterSeconds: 30 });
    expect(seconds(null)).toMatchObject({ retryAfterSeconds: 10 });
  });

  it('a malformed-request 400 from validateCredentials is a request failure, not rejected credentials', () => {
    expect(graphFailureToError(failure(400, 'Request_BadRequest'), GRAPH_OPERATIONS.validateCredentials, []).code).toBe('GRAPH_REQUEST_FAILED');
    expect(
      graphFailureToError(failure(400, 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable'), GRAPH_OPERATIONS.validateCredentials, []).code,
    ).toBe('GRAPH_CREDENTIALS_REJECTED');
    // Elsewhere the same 400 is just a failed request with its code and status.
    expect(graphFailureToError(failure(400, 'Whatever'), GRAPH_OPERATIONS.createJob, [])).toMatchObject({
      code: 'GRAPH_REQUEST_FAILED',
      params: { status: 400, graphCode: 'Whatever', requestId: 'req-1', clientRequestId: 'client-1' },
    });
  });

  it("the SCIM side's words keep no secret: a token echoed in them, Bearer credentials and long opaque strings are cut", () => {
    const token = 'NWEzYjZkZjAtYWU4Ni00YzE5_PF84_7f9a2a3e';
    const message = `Invalid credentials. Details: server said token ${token} is wrong`;
    const error = graphFailureToError(
      failure(400, 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable', { graphMessage: message }),
      GRAPH_OPERATIONS.validateCredentials,
      [token],
    );
    expect(JSON.stringify(error.toShape())).not.toContain(token);
    expect(error.params?.detail).toBe('Invalid credentials. Details: server said token […]');
    expect(scrubbedText('Authorization: Bearer abc.def-ghi was refused', [])).toBe('Authorization: Bearer […] was refused');
    expect(scrubbedText('refused token=a%2Fb%2Bc%3D%3D here', ['a/b+c=='])).toBe('refused token= […]');
    expect(scrubbedText(`x ${'A'.repeat(60)} y`, [])).toBe('x […] y');
    expect(scrubbedText('line\u0000one\ntwo', [])).toBe('line one two');
  });
});

describe('the role an assignment uses', () => {
  it("prefers the app's enabled User role, then another role for users, and Default Access when the app has none", () => {
    const role = (id: string, displayName: string, extra: Record<string, unknown> = {}) => ({
      id,
      displayName,
      allowedMemberTypes: ['User'],
      isEnabled: true,
      ...extra,
    });
    expect(roleToAssign([role('m', 'msiam_access'), role('u', 'User')])).toBe('u');
    expect(roleToAssign([role('m', 'msiam_access'), role('u', 'User', { isEnabled: false })])).toBe('m');
    expect(roleToAssign([role('a', 'Agent'), role('m', 'msiam_access')])).toBe('a');
    expect(roleToAssign([role('x', 'Daemon', { allowedMemberTypes: ['Application'] })])).toBe(DEFAULT_ACCESS_ROLE_ID);
    expect(roleToAssign(undefined)).toBe(DEFAULT_ACCESS_ROLE_ID);
  });
});
