/** Where the CLI writes, injected so tests run it in-process and read every byte. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** package.json's version; the bin passes it, otherwise it is read at run time. */
  version?: string;
}

/** Exit codes: 0 done/valid, 1 the value is invalid, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
