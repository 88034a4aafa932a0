import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import type { FileSaveOutcome, HostCapabilities } from '../../../electron/services/host-capabilities';
import { createMemoryKeychain } from '../../support/memory-keychain';

/** A Webex bearer token shaped as the validator wants (the seed's format: base64 part, `_PF84_`, Org ID). */
const TOKEN = 'MzQ5YjA2ZTEtMGY3Ni00YmQ5LWE0ZWQtZmFrZXRva2Vu_PF84_1eb65fdf-9643-417f-9974-ad72cae0e10f';
const CONTEXT = { host: 'electron' as const };

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function rig(outcome: FileSaveOutcome = 'saved') {
  const dataDir = mkdtempSync(join(tmpdir(), 'file-handlers-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const saveText = vi.fn(async (_name: string, _text: string, _kind: 'markdown' | 'handoff') => outcome);
  const savePdf = vi.fn(async (_name: string) => outcome);
  const capabilities: HostCapabilities = {
    host: 'electron',
    versions: {},
    osLocale: 'en-US',
    signInOpener: { open: async () => 'main', closeAll: () => undefined },
    clipboard: { place: () => 'main' },
    externalOpener: { open: async () => true },
    fileSaver: { saveText, savePdf },
  };
  const logLines: string[] = [];
  const keychain = createMemoryKeychain();
  const services = createAppServices({ dataDir, keychain, capabilities, log: { info: (line) => void logLines.push(line) } });
  const table = createHandlerTable(services);
  const call = (channel: string, payload: unknown) => dispatch(table, channel, payload, CONTEXT);
  return { saveText, savePdf, logLines, keychain, call };
}

async function withStoredToken(r: ReturnType<typeof rig>) {
  const stored = await r.call('secrets.save', { profileId: 'default', secretId: 'webex-bearer-token', value: TOKEN, expiresAt: null });
  expect(stored).toMatchObject({ ok: true, data: { ok: true } });
}

const request = (text: string) => ({ profileId: 'default', suggestedName: 'scim-setup-report-default-2026-03-10.md', text, kind: 'markdown' });

describe('files.saveText', () => {
  it('hands a clean text to the host’s file saver and answers what it did', async () => {
    const r = rig('saved');
    await withStoredToken(r);
    await expect(r.call('files.saveText', request('# Setup report\nStored in the keychain on 1 March.'))).resolves.toEqual({
      ok: true,
      data: { savedBy: 'main', saved: true },
    });
    expect(r.saveText).toHaveBeenCalledWith('scim-setup-report-default-2026-03-10.md', '# Setup report\nStored in the keychain on 1 March.', 'markdown');
    expect(r.logLines).toContain('markdown file for profile default: saved');
  });

  it('answers saved: false when the admin cancels the dialog, and renderer in browser mode', async () => {
    await expect(rig('cancelled').call('files.saveText', request('text'))).resolves.toEqual({ ok: true, data: { savedBy: 'main', saved: false } });
    await expect(rig('renderer').call('files.saveText', request('text'))).resolves.toEqual({ ok: true, data: { savedBy: 'renderer', saved: false } });
  });

  const base64 = Buffer.from(TOKEN).toString('base64').replace(/=+$/, '');
  const forms: Array<[string, string]> = [
    ['raw', TOKEN],
    ['JSON-escaped', JSON.stringify(TOKEN).slice(1, -1)],
    ['base64', base64],
    ['base64url', Buffer.from(TOKEN).toString('base64url')],
  ];
  it.each(forms)('refuses a text holding the stored secret (%s) with SECRET_IN_FILE, writes nothing, names no value', async (_form, leaked) => {
    const r = rig();
    await withStoredToken(r);
    const answer = await r.call('files.saveText', request(`Report\n\ntoken: ${leaked}\n`));
    expect(answer).toMatchObject({ ok: false, error: { code: 'SECRET_IN_FILE', params: { secretId: 'webex-bearer-token' } } });
    expect(r.saveText).not.toHaveBeenCalled();
    const seen = JSON.stringify(answer) + r.logLines.join('\n');
    for (const [, form] of forms) expect(seen).not.toContain(form);
  });

  it('refuses a text holding the stored secret URL-encoded (a value that encoding changes)', async () => {
    const r = rig();
    // An access key secret: base32 with "=" padding, which URL-encoding changes.
    const secret = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRST====';
    const stored = await r.call('secrets.save', { profileId: 'default', secretId: 'cxone-access-key-secret', value: secret, expiresAt: null });
    expect(stored).toMatchObject({ ok: true, data: { ok: true } });
    const encoded = encodeURIComponent(secret);
    expect(encoded).not.toBe(secret);
    await expect(r.call('files.saveText', request(`?key=${encoded}`))).resolves.toMatchObject({ ok: false, error: { code: 'SECRET_IN_FILE' } });
    expect(r.saveText).not.toHaveBeenCalled();
  });

  it('saves when the secret was removed from the keychain outside the app (nothing left to leak)', async () => {
    const r = rig();
    await withStoredToken(r);
    r.keychain.entries.clear();
    await expect(r.call('files.saveText', request(`token: ${TOKEN}`))).resolves.toEqual({ ok: true, data: { savedBy: 'main', saved: true } });
  });

  it('a profile with no stored secret needs no keychain at all', async () => {
    const r = rig();
    r.keychain.mode = 'unavailable';
    await expect(r.call('files.saveText', request('nothing secret'))).resolves.toEqual({ ok: true, data: { savedBy: 'main', saved: true } });
  });

  it('refuses to save when the keychain cannot be read to check (fails closed)', async () => {
    const r = rig();
    await withStoredToken(r);
    r.keychain.mode = 'locked';
    await expect(r.call('files.saveText', request('text'))).resolves.toMatchObject({ ok: false, error: { code: 'KEYCHAIN_LOCKED' } });
    expect(r.saveText).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND for an unknown profile and refuses a file name with a folder in it', async () => {
    const r = rig();
    await expect(r.call('files.saveText', { ...request('x'), profileId: 'nobody' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(r.call('files.saveText', { ...request('x'), suggestedName: '../report.md' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(r.saveText).not.toHaveBeenCalled();
  });
});

describe('report.savePdf', () => {
  it('asks the host for the PDF with the suggested name and answers what it did', async () => {
    const r = rig('saved');
    await expect(r.call('report.savePdf', { profileId: 'default', suggestedName: 'scim-setup-report-default-2026-03-10.pdf' })).resolves.toEqual({
      ok: true,
      data: { savedBy: 'main', saved: true },
    });
    expect(r.savePdf).toHaveBeenCalledWith('scim-setup-report-default-2026-03-10.pdf');
    expect(r.logLines).toContain('report PDF for profile default: saved');
  });

  it('cancelled and browser mode', async () => {
    await expect(rig('cancelled').call('report.savePdf', { profileId: 'default', suggestedName: 'r.pdf' })).resolves.toEqual({
      ok: true,
      data: { savedBy: 'main', saved: false },
    });
    await expect(rig('renderer').call('report.savePdf', { profileId: 'default', suggestedName: 'r.pdf' })).resolves.toEqual({
      ok: true,
      data: { savedBy: 'renderer', saved: false },
    });
  });

  it('answers NOT_FOUND for an unknown profile without printing', async () => {
    const r = rig();
    await expect(r.call('report.savePdf', { profileId: 'nobody', suggestedName: 'r.pdf' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.savePdf).not.toHaveBeenCalled();
  });
});
