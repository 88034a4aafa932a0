/**
 * The host's trail for support: one line per event on stderr, which both the
 * desktop app and browser mode keep. Callers pass codes, ids and times only,
 * never a secret or a payload.
 */
export interface HostLog {
  info(message: string): void;
}

export const stderrHostLog: HostLog = {
  info: (message) => void process.stderr.write(`[scim-wizard] ${message}\n`),
};
