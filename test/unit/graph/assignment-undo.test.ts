import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../electron/services/graph/graph-client';
import { unassignPrincipal } from '../../../electron/services/graph/app-assignments';
import { PROFILE, readyWebexRig, type GraphRig } from './graph-rig';

/**
 * Undoing an assignment: DELETE /servicePrincipals/{id}/appRoleAssignedTo/{appRoleAssignment-id}, 204
 * (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-delete-approleassignedto).
 */

let rig: GraphRig | null = null;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await rig?.close();
  rig = null;
  for (const close of closers.splice(0)) await close();
});

const p = { profileId: PROFILE };

describe('unassign: the undo of an assignment', () => {
  it('sends the documented DELETE with the bearer token and a client-request-id, and reads 204 as done', async () => {
    const seen: Array<{ method: string; url: string; authorization: string | undefined; clientRequestId: string | undefined }> = [];
    const server = createServer((req, res) => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        clientRequestId: req.headers['client-request-id'] as string | undefined,
      });
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
    const client = createGraphClient({ baseUrl: base, accessToken: () => Promise.resolve('token-for-delete') });
    await unassignPrincipal(client, 'sp-1', '-WmtM5na7Uus0D8kI1yylpU9Mdo0Pb9OoBJvd3T5eKc');
    expect(seen).toEqual([
      {
        method: 'DELETE',
        url: '/v1.0/servicePrincipals/sp-1/appRoleAssignedTo/-WmtM5na7Uus0D8kI1yylpU9Mdo0Pb9OoBJvd3T5eKc',
        authorization: 'Bearer token-for-delete',
        clientRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    ]);
  });

  it('through the channel: the assignment leaves the tenant and the profile; a second undo finds it gone', async () => {
    rig = await readyWebexRig();
    await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    const user = (await rig.data('graph.searchPrincipals', { ...p, query: 'alex' })).principals[0]!;
    const { assignment } = await rig.data('graph.assign', { ...p, principalId: user.id, principalType: 'User' });
    expect(await rig.data('graph.unassign', { ...p, assignmentId: assignment.id })).toMatchObject({ removed: true });
    expect(rig.graph.store.appRoleAssignments).toEqual([]);
    expect(rig.profile().graphProgress?.assignments).toEqual([]);
    const second = await rig.data('graph.unassign', { ...p, assignmentId: assignment.id });
    expect(second.removed).toBe(false);
  });
});
