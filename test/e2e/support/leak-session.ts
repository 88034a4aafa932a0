import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { cxoneEndpointsBlock, startCxonePeers, type CxonePeers } from '../../support/cxone-peers';
import { newDataDir, startBrowserHost, type RunningHost } from './browser-host';
import { randomSecrets, type CxoneSecrets } from './cxone-session';
import { startWebexPeers, type WebexPeers } from './webex-peers';

/** One browser-mode host pointed at both integrations' peers, so one run goes through both flows. */
export interface LeakSession {
  webex: WebexPeers;
  cxone: CxonePeers;
  host: RunningHost;
  dataDir: string;
  endpointsFile: string;
  /** The CXone secrets the peers accept, fresh for this run. */
  secrets: CxoneSecrets;
  /** The origins the app serves: the host and the loopback redirect URI (both spellings of loopback). */
  appOrigins: string[];
}

/** Call once at the top of a spec file: `start()` brings up the peers and a host; an afterEach stops them. */
export function leakSessions() {
  const running: Array<Partial<LeakSession>> = [];
  test.afterEach(async () => {
    for (const session of running.splice(0)) {
      await session.host?.stop();
      await session.webex?.close();
      await session.cxone?.close();
    }
  });
  return {
    async start(): Promise<LeakSession> {
      const secrets = randomSecrets();
      const session: Partial<LeakSession> = { dataDir: newDataDir(), secrets };
      running.push(session);
      session.webex = await startWebexPeers(newDataDir());
      session.cxone = await startCxonePeers({ areas: ['na1'], ...secrets });
      // The Webex peers wrote a file with their block; the CXone block joins it (README, "Test endpoints file").
      const both = { ...JSON.parse(readFileSync(session.webex.endpointsFile, 'utf8')), ...cxoneEndpointsBlock(session.cxone) };
      session.endpointsFile = join(newDataDir(), 'endpoints.json');
      writeFileSync(session.endpointsFile, JSON.stringify(both, null, 2));
      session.host = await startBrowserHost({ dataDir: session.dataDir!, endpointsFile: session.endpointsFile });
      const port = session.webex.loopbackPort;
      session.appOrigins = [session.host.origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
      return session as LeakSession;
    },
  };
}
