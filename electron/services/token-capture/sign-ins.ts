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

/**
 * Work that belongs to a stored token before its sign-in answers (e.g. asking whose token it is).
 * It returns the outcome to answer with (its profile may have moved on); a hook that throws is
 * skipped, since the token is stored either way.
 */
export type AfterStored = (info: SignInInfo, outcome: SignInOutcome) => Promise<SignInOutcome>;

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
  /** Sets the hook of this name (setting it again replaces it) that every later stored token goes through. */
  setAfterStored(name: string, hook: AfterStored): void;
}

export function createSignIns(): SignIns {
  let latest: Entry | null = null;
  const hooks = new Map<string, AfterStored>();
  const afterStored = async (info: SignInInfo, stored: SignInOutcome): Promise<SignInOutcome> => {
    let current = stored;
    for (const hook of hooks.values()) {
      try {
        current = await hook(info, current);
      } catch {
        // The hook reports its own failures; the sign-in itself succeeded.
      }
    }
    return current;
  };
  return {
    add(info, stored) {
      const outcome = stored.then((answer) => afterStored(info, answer));
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
    setAfterStored(name, hook) {
      hooks.set(name, hook);
    },
  };
}
