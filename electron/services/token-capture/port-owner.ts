import { execFile } from 'node:child_process';

/**
 * Which program holds a TCP port, so "port 3000 is busy" can say who to close.
 * Best effort: each OS tool gets a short timeout, and any failure (tool
 * missing, no permission, odd output) just means null. Never throws.
 */
export type RunCommand = (file: string, args: string[]) => Promise<string | null>;

const TOOL_TIMEOUT_MS = 2000;

const runTool: RunCommand = (file, args) =>
  new Promise((resolve) => {
    try {
      execFile(file, args, { timeout: TOOL_TIMEOUT_MS, windowsHide: true, maxBuffer: 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
        resolve(error ? null : stdout);
      });
    } catch {
      resolve(null);
    }
  });

function describe(name: string, pid: string): string | null {
  const clean = name
    .replace(/[^\x20-\x7E]/g, '')
    .trim()
    .slice(0, 64);
  return clean && /^\d{1,10}$/.test(pid) ? `${clean} (pid ${pid})` : null;
}

/** `ss -ltnpH` line: ... users:(("node",pid=1234,fd=21)) */
export function parseSsOwner(output: string): string | null {
  const match = /users:\(\("((?:[^"\\]|\\.)*)",pid=(\d+)/.exec(output);
  return match ? describe(match[1] ?? '', match[2] ?? '') : null;
}

/** `lsof -Fpc`: a `p<pid>` line followed by its `c<command>` line. */
export function parseLsofOwner(output: string): string | null {
  let pid: string | null = null;
  for (const line of output.split(/\r?\n/)) {
    if (line.startsWith('p')) pid = line.slice(1);
    else if (line.startsWith('c') && pid) return describe(line.slice(1), pid);
  }
  return null;
}

/**
 * `netstat -ano` row of a listening socket on `port`. Matched by the foreign address (0.0.0.0:0 or [::]:0),
 * not the state column, which Windows translates ("LISTENING", "ABHÖREN", ...).
 */
export function parseNetstatPid(output: string, port: number): string | null {
  for (const line of output.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0]?.toUpperCase() !== 'TCP' || cols.length < 5) continue;
    const local = cols[1] ?? '';
    const foreign = cols[2] ?? '';
    const pid = cols[cols.length - 1] ?? '';
    if (local.endsWith(`:${port}`) && (foreign === '0.0.0.0:0' || foreign === '[::]:0') && /^\d+$/.test(pid) && pid !== '0') return pid;
  }
  return null;
}

/** `tasklist /FO CSV /NH` row: "node.exe","1234",... */
export function parseTasklistName(output: string): string | null {
  const match = /^"([^"]+)","\d+"/m.exec(output.trim());
  return match?.[1] ?? null;
}

async function viaLsof(port: number, run: RunCommand): Promise<string | null> {
  const out = await run('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc']);
  return out ? parseLsofOwner(out) : null;
}

async function viaWindows(port: number, run: RunCommand): Promise<string | null> {
  const netstat = await run('netstat', ['-ano']);
  const pid = netstat ? parseNetstatPid(netstat, port) : null;
  if (!pid) return null;
  const tasks = await run('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH']);
  const name = tasks ? parseTasklistName(tasks) : null;
  return (name && describe(name, pid)) ?? `a process (pid ${pid})`;
}

export async function findPortOwner(port: number, deps: { platform?: NodeJS.Platform; run?: RunCommand } = {}): Promise<string | null> {
  const platform = deps.platform ?? process.platform;
  const run = deps.run ?? runTool;
  try {
    if (platform === 'win32') return await viaWindows(port, run);
    if (platform === 'linux') {
      const ss = await run('ss', ['-ltnpH', `sport = :${port}`]);
      const owner = ss ? parseSsOwner(ss) : null;
      if (owner) return owner;
    }
    return await viaLsof(port, run);
  } catch {
    return null;
  }
}
