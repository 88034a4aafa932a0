import type { Profile } from '../../../shared/settings/schema';
import type { GraphAccount, StartedGraphSignIn } from './graph-sign-in';

/**
 * The Microsoft sign-in under way (one at a time, as GraphSignIn allows) and what it became.
 * Main exchanges the code the moment the redirect arrives, whoever is waiting, so a page that
 * was reloaded meanwhile still gets the same answer from `outcome()`; the same shape as the
 * Webex capture's token-capture/sign-ins.ts.
 */
export interface GraphSignInOutcome {
  account: GraphAccount;
  profile: Profile;
}

interface Entry {
  started: StartedGraphSignIn;
  profileId: string;
  outcome: Promise<GraphSignInOutcome>;
  settled: boolean;
}

export interface GraphSignInSessions {
  add(started: StartedGraphSignIn, profileId: string, outcome: Promise<GraphSignInOutcome>): void;
  /** The outcome of the latest sign-in this launch started; undefined for any other id. */
  outcome(signInId: string): Promise<GraphSignInOutcome> | undefined;
  /** The id of the sign-in still waiting for this profile, if any. */
  pendingFor(profileId: string): string | null;
}

export function createGraphSignInSessions(): GraphSignInSessions {
  let latest: Entry | null = null;
  return {
    add(started, profileId, outcome) {
      const entry: Entry = { started, profileId, outcome, settled: false };
      latest = entry;
      const settle = () => {
        entry.settled = true;
      };
      // Handled here so a sign-in nobody waits for (the page was closed) is not an unhandled rejection.
      outcome.then(settle, settle);
    },
    outcome: (signInId) => (latest?.started.signInId === signInId ? latest.outcome : undefined),
    pendingFor: (profileId) => (latest && !latest.settled && latest.profileId === profileId ? latest.started.signInId : null),
  };
}
