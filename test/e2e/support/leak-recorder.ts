import type { BrowserContext, Response } from '@playwright/test';

/** What the browser received from the app and what its pages printed, named for `findLeaks`. */
export interface LeakRecorder {
  /** Every response from the app's origins, URL and body (`<n> <method> <origin><path>`), and every console message (`console <n>`). */
  texts(): Promise<Record<string, string | Buffer>>;
  /** How many responses from the app's origins were seen, how many bodies could not be read, and how many console messages. */
  counts(): Promise<{ responses: number; unreadBodies: number; consoleMessages: number }>;
}

/**
 * Records, from now on, every response any page of `context` (the wizard and the sign-in tab)
 * received from `origins` (the host and the loopback redirect URI), with its body, and every
 * console message. `origins` is read at each response, so a host started later can be added.
 * A body is read as soon as its response arrives; one that cannot be read (a redirect, a closed
 * tab) is counted, and its URL is still scanned.
 */
export function recordLeakSurfaces(context: BrowserContext, origins: string[]): LeakRecorder {
  const responses: Array<Promise<[string, Buffer]>> = [];
  const consoleLines: string[] = [];
  let unread = 0;
  const fromApp = (response: Response) => origins.includes(new URL(response.url()).origin);

  context.on('response', (response) => {
    if (!fromApp(response)) return;
    // Named without the query (a query holding a secret would print it in a failure); the whole URL is scanned with the body.
    const url = new URL(response.url());
    const name = `${responses.length + 1} ${response.request().method()} ${url.origin}${url.pathname}`;
    const scanned = (body: Buffer): [string, Buffer] => [name, Buffer.concat([Buffer.from(`${response.url()}\n`), body])];
    responses.push(
      response
        .body()
        .then(scanned)
        .catch(() => {
          unread += 1;
          return scanned(Buffer.alloc(0));
        }),
    );
  });
  context.on('console', (message) => {
    // The location too: a message from a page whose URL holds a token is a leak as well.
    consoleLines.push(`${message.type()} ${message.location().url} ${message.text()}`);
  });

  return {
    async texts() {
      const read = await Promise.all(responses);
      return { ...Object.fromEntries(read), ...Object.fromEntries(consoleLines.map((line, i) => [`console ${i + 1}`, line])) };
    },
    async counts() {
      await Promise.all(responses);
      return { responses: responses.length, unreadBodies: unread, consoleMessages: consoleLines.length };
    },
  };
}
