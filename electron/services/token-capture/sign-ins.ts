import type { Profile } from '../../../shared/settings/schema';

/**
 * The sign-in under way (one at a time: they share the redirect port) and what
 * it became. Main stores the token the moment it arrives, whoever is waiting:
 * a page that was reloaded meanwhile attaches again with `pending()` and
 * `outcome()`, and the answer is the same for every caller.
 */
export interface SignInInfo {
  captureId: string;
  profileId: string;
  authorizeUrl: string;
  redirectUri: string;
  openedBy: 'main' | 'renderer';
  timeoutAt: string;
}

export interface SignInOutcome {
  expiresAt: string | null;
  tokenType: string | null;
  profile: Profile;
}

interface Entry {
  info: SignInInfo;
  outcome: Promise<SignInOutcome>;
  settled: boolean;
}

export interface SignIns {
  add(info: SignInInfo, outcome: Promise<SignInOutcome>): void;
  /** The outcome of a sign-in this launch started (the latest one only); undefined for any other id. */
  outcome(captureId: string): Promise<SignInOutcome> | undefined;
  /** The sign-in still waiting for this profile, if any. */
  pending(profileId: string): SignInInfo | null;
}

export function createSignIns(): SignIns {
  let latest: Entry | null = null;
  return {
    add(info, outcome) {
      const entry: Entry = { info, outcome, settled: false };
      latest = entry;
      const settle = () => {
        entry.settled = true;
      };
      // Handled here so a sign-in nobody waits for (the page was closed) is not an unhandled rejection.
      outcome.then(settle, settle);
    },
    outcome: (captureId) => (latest?.info.captureId === captureId ? latest.outcome : undefined),
    pending: (profileId) => (latest && !latest.settled && latest.info.profileId === profileId ? { ...latest.info } : null),
  };
}
