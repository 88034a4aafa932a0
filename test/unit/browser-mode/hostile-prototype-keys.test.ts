import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserModeCapabilities } from '../../../electron/browser-mode/browser-capabilities';
import { startHttpHost, type HttpHost } from '../../../electron/browser-mode/http-host';
import { createAppServices } from '../../../electron/services/app-services';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { createMemoryKeychain } from '../../support/memory-keychain';
import { isReply, prototypeKeys, request, type HostileReply } from '../../support/hostile-client';

/**
 * Issue 10, 2.3: prototype keys (`__proto__`, `constructor`, `prototype`,
 * `hasOwnProperty`...) as channel names, profile ids and JSON keys, sent over
 * HTTP to the browser-mode host wired to the real dispatch and handlers, as
 * browser mode runs them. Nothing may reach a prototype member, pollute
 * Object.prototype, answer INTERNAL, or change the settings file.
 * (Profile ids straight through dispatch: test/unit/services/own-property-lookups.test.ts.)
 */

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

let dataDir: string;
let staticDir: string;
let host: HttpHost;
let settingsBefore: string;
let prototypeBefore: string[];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scim-wizard-hostile-proto-'));
  staticDir = join(dataDir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>page</title>');
  const services = createAppServices({ dataDir: join(dataDir, 'data'), keychain: createMemoryKeychain(), capabilities: browserModeCapabilities() });
  const table = createHandlerTable(services);
  const quiet = { warn: () => undefined, error: () => undefined };
  host = await startHttpHost({ call: (channel, payload) => dispatch(table, channel, payload, { host: 'browser' }, quiet), staticDir });
  // A real profile with one answer, so "unchanged" means something.
  await callApi('profile.selectIntegration', { profileId: 'default', integrationId: 'webex-entra' });
  await callApi('profile.saveField', { profileId: 'default', fieldId: 'webex.offer', value: 'commercial' });
  settingsBefore = readFileSync(join(dataDir, 'data', 'settings.json'), 'utf8');
  prototypeBefore = prototypeKeys();
});

afterAll(async () => {
  await host?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function callApiRaw(channel: string, body: string): Promise<HostileReply> {
  const outcome = await request(host.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body,
  });
  if (!isReply(outcome)) throw new Error(`connection ended with ${outcome.error}`);
  return outcome;
}

async function callApi(channel: string, payload: unknown): Promise<HostileReply> {
  return callApiRaw(channel, JSON.stringify(payload));
}

function errorCode(reply: HostileReply): string | undefined {
  const envelope = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
  return envelope.ok ? undefined : envelope.error?.code;
}

function expectUntouched(): void {
  expect(readFileSync(join(dataDir, 'data', 'settings.json'), 'utf8')).toBe(settingsBefore);
  expect(prototypeKeys()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('prototype keys over the browser-mode host', () => {
  it('positive control: a real channel with the real profile id answers ok', async () => {
    const reply = await callApi('settings.get', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { profiles: { default: expect.any(Object) } } });
  });

  it.each(PROTOTYPE_NAMES)('as a channel name (%s): refused as a path or an unknown channel, never run', async (name) => {
    const reply = await callApi(name, {});
    if (reply.status === 200) expect(errorCode(reply)).toBe('UNKNOWN_CHANNEL');
    else expect(reply.status).toBe(404);
    expectUntouched();
  });

  it.each(PROTOTYPE_NAMES.map((name) => [name, `settings.${name}`] as const))('as part of a channel name (%s)', async (_name, channel) => {
    const reply = await callApi(channel, {});
    if (reply.status === 200) expect(errorCode(reply)).toBe('UNKNOWN_CHANNEL');
    else expect(reply.status).toBe(404);
    expectUntouched();
  });

  it.each(PROTOTYPE_NAMES)('as a profile id (%s): INVALID_REQUEST or NOT_FOUND, never INTERNAL', async (name) => {
    for (const [channel, rest] of [
      ['profile.saveField', { fieldId: 'webex.offer', value: 'government' }],
      ['profiles.setActive', {}],
      ['profiles.rename', { name: 'Taken over' }],
      ['profiles.delete', {}],
      ['secrets.status', {}],
    ] as const) {
      const reply = await callApi(channel, { profileId: name, ...rest });
      expect(reply.status, channel).toBe(200);
      expect(['INVALID_REQUEST', 'NOT_FOUND'], `${channel} ${name}`).toContain(errorCode(reply));
    }
    expectUntouched();
  });

  it.each(PROTOTYPE_NAMES.filter((name) => /^[A-Za-z0-9.-]+$/.test(name)))('as a field id (%s): refused, the profile keeps its answers', async (name) => {
    const reply = await callApi('profile.saveField', { profileId: 'default', fieldId: name, value: 'x' });
    expect(reply.status).toBe(200);
    expect(errorCode(reply)).toBeDefined();
    expect(errorCode(reply)).not.toBe('INTERNAL');
    expectUntouched();
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"polluted":"yes","profileId":"default"},"fieldId":"webex.offer","value":"government"}'],
    ['__proto__ beside real fields', '{"profileId":"default","fieldId":"webex.offer","value":"government","__proto__":{"polluted":"yes"}}'],
    ['constructor.prototype', '{"profileId":"default","fieldId":"webex.offer","value":"government","constructor":{"prototype":{"polluted":"yes"}}}'],
    ['a nested __proto__ in the value', '{"profileId":"default","fieldId":"webex.offer","value":{"__proto__":{"polluted":"yes"}}}'],
    ['prototype and hasOwnProperty keys', '{"profileId":"default","fieldId":"webex.offer","value":"government","prototype":{},"hasOwnProperty":"x"}'],
  ])('as JSON keys in a request body (%s): refused by the contract, nothing polluted', async (_name, body) => {
    const reply = await callApiRaw('profile.saveField', body);
    expect(reply.status).toBe(200);
    expect(errorCode(reply)).toBe('INVALID_REQUEST');
    expectUntouched();
  });

  it('as JSON keys in an empty-request channel: refused by the contract', async () => {
    const reply = await callApiRaw('settings.get', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
    expect(errorCode(reply)).toBe('INVALID_REQUEST');
    expectUntouched();
  });
});
