import { test, type BrowserContext } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './browser-host';
import { startWebexPeers, type WebexPeers, type WebexPeersOptions } from './webex-peers';

/** A browser-mode host wired to a fresh OpenID provider and SCIM server through an endpoints file. */
export interface WebexSession {
  peers: WebexPeers;
  host: RunningHost;
  dataDir: string;
}

/**
 * Call once at the top of a spec file: `start()` brings up a session, and an
 * afterEach stops every session the test started, even when it failed.
 */
export function webexSessions() {
  const running: Array<Partial<WebexSession>> = [];
  test.afterEach(async () => {
    for (const session of running.splice(0)) {
      await session.host?.stop();
      await session.peers?.close();
    }
  });
  return {
    async start(options: { dataDir?: string; peers?: WebexPeersOptions } = {}): Promise<WebexSession> {
      const session: Partial<WebexSession> = { dataDir: options.dataDir ?? newDataDir() };
      running.push(session);
      session.peers = await startWebexPeers(newDataDir(), options.peers);
      session.host = await startBrowserHost({
        dataDir: session.dataDir!,
        endpointsFile: session.peers.endpointsFile,
        // The Graph peers' provider has a self-signed certificate the host must trust.
        ...(session.peers.graph ? { env: session.peers.graph.env } : {}),
      });
      return session as WebexSession;
    },
  };
}

/** The copy buttons write to the clipboard and the tests read it back: both need the page's permission. */
export async function grantClipboard(context: BrowserContext, origin: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}
