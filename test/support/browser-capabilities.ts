import { vi } from 'vitest';
import type { HostCapabilities } from '../../electron/services/host-capabilities';

/**
 * TEST DOUBLE: the host capabilities as the browser-mode host gives them to handlers: the page opens
 * sign-ins, places clipboard values and saves files itself, so every capability answers 'renderer'.
 */
export function browserCapabilitiesStub(): HostCapabilities {
  return {
    host: 'browser',
    versions: { node: process.versions.node },
    osLocale: 'en-US',
    signInOpener: { open: vi.fn(async () => 'renderer' as const), closeAll: vi.fn() },
    clipboard: { place: vi.fn(() => 'renderer' as const) },
    externalOpener: { open: vi.fn(async () => false) },
    fileSaver: { saveText: vi.fn(async () => 'renderer' as const), savePdf: vi.fn(async () => 'renderer' as const) },
  };
}
