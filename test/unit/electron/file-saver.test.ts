import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Electron's save dialog, answered by each test. */
const dialog = vi.hoisted(() => ({ showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>() }));
vi.mock('electron', async () => {
  const mod = { ...(await import('../../support/electron-double')).electronModule(), dialog };
  return { ...mod, default: mod };
});
import { createFileSaver } from '../../../electron/app/electron-host-capabilities';

const PDF_BYTES = Buffer.from('%PDF-1.7\n% report bytes \u00e9\n%%EOF\n', 'latin1');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-saver-'));
  dialog.showSaveDialog.mockReset();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeWindow() {
  const printToPDF = vi.fn(async (_options: unknown) => PDF_BYTES);
  return { window: { webContents: { printToPDF } } as unknown as Electron.BrowserWindow, printToPDF };
}

describe('Electron file saver', () => {
  it('savePdf prints the window as A4 with backgrounds, then offers the suggested name, and writes the exact bytes', async () => {
    const { window, printToPDF } = fakeWindow();
    const target = join(dir, 'chosen.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(createFileSaver(() => window).savePdf('scim-setup-report-acme-2026-03-10.pdf')).resolves.toBe('saved');
    expect(printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'scim-setup-report-acme-2026-03-10.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    // Printed before the dialog: the PDF is the page the admin saw when clicking.
    expect(printToPDF.mock.invocationCallOrder[0]).toBeLessThan(dialog.showSaveDialog.mock.invocationCallOrder[0]!);
    expect(readFileSync(target).equals(PDF_BYTES)).toBe(true);
  });

  it('savePdf writes nothing and answers cancelled when the dialog is cancelled', async () => {
    const { window } = fakeWindow();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(createFileSaver(() => window).savePdf('r.pdf')).resolves.toBe('cancelled');
  });

  it('savePdf without a window is NOT_FOUND, and no dialog opens', async () => {
    await expect(createFileSaver(() => undefined).savePdf('r.pdf')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('saveText offers the name with the kind’s filter and writes the text as UTF-8', async () => {
    const { window } = fakeWindow();
    const target = join(dir, 'report.md');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const text = '# 설정 보고서: Acme\n\n| a | b |\n';
    await expect(createFileSaver(() => window).saveText('scim-setup-report-acme-2026-03-10.md', text, 'markdown')).resolves.toBe('saved');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'scim-setup-report-acme-2026-03-10.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    expect(readFileSync(target, 'utf8')).toBe(text);
  });

  it('saveText of a hand-off file offers JSON; a cancelled dialog writes nothing', async () => {
    const { window } = fakeWindow();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(createFileSaver(() => window).saveText('acme.scim-handoff.json', '{}', 'handoff')).resolves.toBe('cancelled');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, { defaultPath: 'acme.scim-handoff.json', filters: [{ name: 'JSON', extensions: ['json'] }] });
  });
});
