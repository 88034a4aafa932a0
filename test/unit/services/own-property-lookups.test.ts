import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, ipcContract, type Channel } from '../../../shared/ipc/contract';
import { profileIdSchema } from '../../../shared/settings/schema';
import { ownValue } from '../../../shared/own-property';
import { browserModeCapabilities } from '../../../electron/browser-mode/browser-capabilities';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch, type HandlerTable } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { createMemoryKeychain, type MemoryKeychain } from '../../support/memory-keychain';

/**
 * Profile ids that name Object.prototype's members must find no profile: every
 * channel that takes a profileId, driven through dispatch as both hosts drive it,
 * answers NOT_FOUND (or INVALID_REQUEST where the contract already refuses the
 * id), never INTERNAL, and the settings file stays exactly as it was.
 */
const HOSTILE_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype'];
const SCHEMA = readFileSync(join('test', 'fixtures', 'entra-schema', 'webex-default.json'), 'utf8');
const PASTED_TOKEN = 'MzQ5YjA2ZTEtMGY3Ni00YmQ5LWE0ZWQtZmFrZXRva2Vu_PF84_1eb65fdf-9643-417f-9974-ad72cae0e10f';

/** The rest of each request, valid enough to reach the profile lookup. */
const REST_OF_REQUEST: Readonly<Record<string, Record<string, unknown>>> = {
  'profile.selectIntegration': { integrationId: 'webex-entra' },
  'profile.saveField': { fieldId: 'webex.offer', value: 'commercial' },
  'profile.goToStep': { stepId: 'org-id' },
  'profile.completeStep': { stepId: 'before-you-start' },
  'profile.reset': {},
  'secrets.status': {},
  'secrets.save': { secretId: 'webex-bearer-token', value: PASTED_TOKEN, expiresAt: null },
  'secrets.remove': { secretId: 'webex-bearer-token' },
  'secrets.copyToClipboard': { secretId: 'webex-bearer-token' },
  'secrets.reveal': { secretId: 'webex-bearer-token' },
  'profiles.rename': { name: 'Renamed' },
  'profiles.duplicate': { name: 'Copy' },
  'profiles.delete': {},
  'profiles.setActive': {},
  'signIn.start': { actionId: 'capture-token', opener: 'system-browser' },
  'signIn.pending': {},
  'checks.run': { actionId: 'test-connection', requestId: 'own-property-test' },
  'mapping.analyzeEntraSchema': { json: SCHEMA },
  'handoff.export': {},
  'files.saveText': { suggestedName: 'report.md', text: '# Report', kind: 'markdown' },
  'report.savePdf': { suggestedName: 'report.pdf' },
  'tokenIdentity.check': { secretId: 'webex-bearer-token' },
  'graph.setClientId': { clientId: '7d3c8a1e-2b4f-4c6d-9e8a-1f2b3c4d5e6f' },
  'graph.signIn': { opener: 'system-browser' },
  'graph.signOut': {},
  'graph.status': {},
  'graph.findApp': { nameStartsWith: '' },
  'graph.createApp': { displayName: 'Cisco Webex' },
  'graph.deleteApp': {},
  'graph.pauseProvisioning': {},
  'graph.removeProvisioning': {},
  'graph.useExistingApp': { servicePrincipalId: '0b5d1c2e-3f4a-4b6c-8d7e-9f0a1b2c3d4e' },
  'graph.setHidden': { hidden: true },
  'graph.searchPrincipals': { query: 'alex' },
  'graph.assign': { principalId: '0b5d1c2e-3f4a-4b6c-8d7e-9f0a1b2c3d4e', principalType: 'User' },
  'graph.unassign': { assignmentId: '-WmtM5na7Uus0D8kI1yylpU9Mdo0Pb9OoBJvd3T5eKc' },
  'graph.setUpProvisioning': { notificationEmail: null },
  'graph.startProvisioning': {},
  'graph.provisionOnDemand': { userId: null },
  'graph.readSchema': {},
};

function takesProfileId(channel: Channel): boolean {
  const request = ipcContract[channel].request as { shape?: Record<string, unknown> };
  return request.shape !== undefined && 'profileId' in request.shape;
}

const PROFILE_CHANNELS = CHANNELS.filter(takesProfileId);

let dataDir: string;
let keychain: MemoryKeychain;
let services: AppServices;
let table: HandlerTable;
let before: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'own-property-'));
  keychain = createMemoryKeychain();
  services = createAppServices({ dataDir, keychain, capabilities: browserModeCapabilities() });
  table = createHandlerTable(services);
  // A real profile with some progress, so "intact" means something.
  await dispatch(table, 'profile.selectIntegration', { profileId: 'default', integrationId: 'webex-entra' }, { host: 'browser' });
  await dispatch(table, 'profile.saveField', { profileId: 'default', fieldId: 'webex.offer', value: 'commercial' }, { host: 'browser' });
  before = readFileSync(join(dataDir, 'settings.json'), 'utf8');
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('profile ids that are Object.prototype member names', () => {
  it('covers every channel that takes a profile id', () => {
    expect(PROFILE_CHANNELS.length).toBeGreaterThanOrEqual(10);
    expect(PROFILE_CHANNELS.filter((channel) => !REST_OF_REQUEST[channel])).toEqual([]);
  });

  describe.each(HOSTILE_IDS)('profileId %j', (profileId) => {
    // Lower-case names such as "constructor" pass the id pattern; the others the contract refuses first.
    const expected = profileIdSchema.safeParse(profileId).success ? 'NOT_FOUND' : 'INVALID_REQUEST';

    it.each(PROFILE_CHANNELS)(`%s answers ${expected}, never INTERNAL, and changes nothing`, async (channel) => {
      const envelope = await dispatch(table, channel, { profileId, ...REST_OF_REQUEST[channel] }, { host: 'browser' });
      expect(envelope).toMatchObject({ ok: false, error: { code: expected } });
      expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe(before);
      expect(keychain.entries.size).toBe(0);
    });
  });

  it('leaves the real profile readable afterwards', async () => {
    const settings = await dispatch(table, 'settings.get', {}, { host: 'browser' });
    expect(settings).toMatchObject({ ok: true, data: { profiles: { default: { fields: { 'webex.offer': 'commercial' } } } } });
    expect(Object.keys((settings as { data: { profiles: object } }).data.profiles)).toEqual(['default']);
  });
});

describe('ownValue', () => {
  it('finds own entries only', () => {
    const record: Record<string, number> = { a: 1, constructor: 2 };
    expect(ownValue(record, 'a')).toBe(1);
    expect(ownValue(record, 'constructor')).toBe(2);
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(ownValue({}, '__proto__')).toBeUndefined();
    expect(ownValue({}, 'toString')).toBeUndefined();
    expect(ownValue(Object.create({ inherited: 1 }) as Record<string, number>, 'inherited')).toBeUndefined();
  });
});
