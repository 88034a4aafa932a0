import type { HostCapabilities } from '../services/host-capabilities';

/**
 * Browser mode has no windows or clipboard of its own: the page opens the
 * sign-in tab and places copied values itself. Everything else is the same
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
  };
}
