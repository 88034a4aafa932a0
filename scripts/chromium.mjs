// The one Chromium every browser run here uses: Debian's (no browser can be downloaded on these machines),
// with the same switches for the end-to-end tests, the benchmark and the unit tests that drive a page.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  // Containers run as root without user namespaces.
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  // Nothing but the servers a test starts may be contacted.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // /dev/shm is 64 MB in many containers: too small for Chromium's shared memory.
  '--disable-dev-shm-usage',
];
