import type { HostCapabilities } from '../services/host-capabilities';

/**
 * Browser mode has no windows, clipboard or save dialog of its own: the page opens the
 * sign-in tab, places copied values and saves files itself. Everything else is the same
 * handler table as in Electron.
 */
export function browserModeCapabilities(): HostCapabilities {
  return {
    host: 'browser',
    versions: { node: process.versions.node, v8: process.versions.v8 },
    osLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    signInOpener: { open: async () => 'renderer', closeAll: () => undefined },
    clipboard: { place: () => 'renderer' },
    externalOpener: { open: async () => false },
    // The page downloads the file itself, and prints the report with the browser's own "Save as PDF".
    fileSaver: { saveText: async () => 'renderer', savePdf: async () => 'renderer' },
  };
}
