import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A gnome-keyring of a test's own, on a D-Bus session bus of its own, so one test can lock it
 * mid-flow without locking the keyring every other spec of the run shares (with-keyring.sh's).
 * The app's host joins it through `env` (libsecret finds the Secret Service on the session bus).
 *
 * gnome-keyring 42 offers no headless unlock of a running daemon: `--unlock` and `--login` against
 * it return 0 and leave the collection locked, and Secret Service's Unlock needs a prompt. So
 * `restartUnlocked()` stops the daemon and starts a new one with the same password and home:
 * it reloads login.keyring from disk, unlocked, with every entry written before the lock.
 */
export interface PrivateKeyring {
  /** For the host: its session bus. */
  env: NodeJS.ProcessEnv;
  /** Locks the login collection, as the screen locker or a user does. */
  lock(): void;
  restartUnlocked(): Promise<void>;
  /** Freezes the daemon (SIGSTOP): every keychain call made meanwhile waits for its answer, as behind a hung keyring. */
  pause(): void;
  resume(): void;
  /** Bytes of D-Bus messages sent to the daemon and not read by it yet (`ss`): above 0 while a call waits on a paused daemon. */
  unreadBytes(): number;
  /** The value stored under keytar's attributes, read by libsecret's own tool in a fresh process; null when absent or locked. */
  lookup(service: string, account: string): string | null;
  close(): Promise<void>;
}

const LOGIN_COLLECTION = '/org/freedesktop/secrets/collection/login';

export async function startPrivateKeyring(): Promise<PrivateKeyring> {
  const root = mkdtempSync(join(tmpdir(), 'scim-wizard-keyring-'));
  const home = join(root, 'home');
  const runtime = join(root, 'run');
  mkdirSync(home, { mode: 0o700 });
  mkdirSync(runtime, { mode: 0o700 });
  // This password protects a keyring that lives only as long as the test.
  const password = randomBytes(16).toString('hex');
  const base: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, '.local', 'share'), XDG_RUNTIME_DIR: runtime };
  // Without a display no unlock prompt can open and wait for a person: a locked keyring fails at once.
  delete base.DISPLAY;
  delete base.WAYLAND_DISPLAY;
  delete base.DBUS_SESSION_BUS_ADDRESS;
  delete base.GNOME_KEYRING_CONTROL;

  const bus: ChildProcess = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { env: base, stdio: ['ignore', 'pipe', 'ignore'] });
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('dbus-daemon printed no address')), 10_000);
    bus.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    bus.once('exit', (code) => reject(new Error(`dbus-daemon exited with ${code}`)));
  });
  const env: NodeJS.ProcessEnv = { ...base, DBUS_SESSION_BUS_ADDRESS: address };
  const busCall = (...args: string[]) => execFileSync('dbus-send', ['--session', '--print-reply', ...args], { env, encoding: 'utf8', timeout: 10_000 });
  const keyringPid = (): number | null => {
    try {
      const reply = busCall(
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.GetConnectionUnixProcessID',
        'string:org.freedesktop.secrets',
      );
      const pid = /uint32 (\d+)/.exec(reply)?.[1];
      return pid ? Number(pid) : null;
    } catch {
      return null;
    }
  };
  const waitFor = async (condition: () => boolean, what: string) => {
    for (let i = 0; i < 100; i++) {
      if (condition()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`private keyring: ${what} did not happen within 10 s`);
  };
  const startDaemon = async () => {
    // It forks and keeps running; its pid is asked of the bus (as with-keyring.sh does).
    const started = spawnSync('gnome-keyring-daemon', ['--unlock', '--components=secrets'], {
      env,
      input: password,
      // The forked daemon must not hold our pipes open: spawnSync would wait for them.
      stdio: ['pipe', 'ignore', 'ignore'],
      timeout: 10_000,
    });
    if (started.status !== 0) throw new Error(`gnome-keyring-daemon failed to start (${started.status})`);
    await waitFor(() => keyringPid() !== null, 'org.freedesktop.secrets on the private bus');
  };
  await startDaemon();
  let daemon = keyringPid();

  const runningDaemon = (): number => {
    if (daemon === null) throw new Error('private keyring: the daemon is not running');
    return daemon;
  };

  const stopDaemon = async () => {
    if (daemon === null) return;
    try {
      // A paused daemon (pause()) would hold the SIGTERM until it runs again.
      process.kill(daemon, 'SIGCONT');
      process.kill(daemon, 'SIGTERM');
    } catch {
      // already gone
    }
    await waitFor(() => keyringPid() === null, 'the keyring daemon stopping');
    daemon = null;
  };

  return {
    env: { DBUS_SESSION_BUS_ADDRESS: address },
    lock: () =>
      void busCall('--dest=org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', `array:objpath:${LOGIN_COLLECTION}`),
    restartUnlocked: async () => {
      await stopDaemon();
      await startDaemon();
      daemon = keyringPid();
    },
    pause: () => process.kill(runningDaemon(), 'SIGSTOP'),
    resume: () => process.kill(runningDaemon(), 'SIGCONT'),
    unreadBytes: () => {
      const pid = runningDaemon();
      // Unix sockets with their owners; column 3 is the receive queue.
      const sockets = execFileSync('ss', ['-x', '-p', '-n'], { encoding: 'utf8', timeout: 10_000 }).split('\n');
      return sockets.filter((line) => line.includes(`pid=${pid},`)).reduce((sum, line) => sum + (Number(line.trim().split(/\s+/)[2]) || 0), 0);
    },
    lookup: (service, account) => {
      const found = spawnSync('secret-tool', ['lookup', 'service', service, 'account', account], { env, encoding: 'utf8', timeout: 10_000 });
      return found.status === 0 ? found.stdout : null;
    },
    close: async () => {
      await stopDaemon().catch(() => undefined);
      if (bus.exitCode === null) {
        const exited = new Promise((r) => bus.once('exit', r));
        bus.kill('SIGTERM');
        await exited;
      }
    },
  };
}
