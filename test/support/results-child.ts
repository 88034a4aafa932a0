import { spawn } from 'node:child_process';

/**
 * Fault tests run the app's stores in a child process: a fresh one per case (libsecret keeps its bus
 * connection for the life of a process; a settings store must be killed mid-save). The child runs a
 * script that prints one `RESULTS <json>` line; `wrapper` puts it inside another command (a nested
 * with-keyring.sh: a keyring of its own that it may lock). Killed after 25 s if it hangs.
 */

/** For a child's script: locks the login collection, as a screen locker does. */
export const LOCK_LOGIN_COLLECTION = `execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets',
      'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login'], { stdio: 'ignore' });`;

export function runResultsChild<Result>(options: {
  script: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  wrapper?: string[];
}): Promise<{ results: Result[]; output: string }> {
  const env: NodeJS.ProcessEnv = { ...options.env };
  // A display would let gnome-keyring show an unlock prompt and wait for a person.
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const command = [...(options.wrapper ?? []), process.execPath, '--input-type=module', '-e', options.script];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = output.split('\n').find((candidate) => candidate.startsWith('RESULTS '));
      if (!line) return reject(new Error(`child exited ${code} without results:\n${output}`));
      resolvePromise({ results: JSON.parse(line.slice('RESULTS '.length)) as Result[], output });
    });
  });
}
