import { describe, expect, it } from 'vitest';
import { ipcContract } from '../../../shared/ipc/contract';

/** The name a save dialog offers comes from the page: it may never name a folder or a character an OS refuses. */
describe('suggestedName of files.saveText and report.savePdf', () => {
  const request = (suggestedName: string) => ({ profileId: 'default', suggestedName, text: 'x', kind: 'markdown' });

  it('accepts the names the app makes, Korean and spaces included', () => {
    for (const name of ['scim-setup-report-default-2026-11-26.md', 'acme-k3x9q2.scim-handoff.json', '설정 보고서.pdf']) {
      expect(ipcContract['files.saveText'].request.safeParse(request(name)).success, name).toBe(true);
      expect(ipcContract['report.savePdf'].request.safeParse({ profileId: 'default', suggestedName: name }).success, name).toBe(true);
    }
  });

  it('refuses folders, reserved characters, control characters, empty and overlong names', () => {
    for (const name of ['../settings.json', 'a/b.md', 'C:\\x.md', 'x:y.md', 'what?.md', 'bell\u0007.md', 'line\nbreak.md', '', 'n'.repeat(121)]) {
      expect(ipcContract['files.saveText'].request.safeParse(request(name)).success, JSON.stringify(name)).toBe(false);
    }
  });
});
