import { describe, expect, it } from 'vitest';
import {
  findPortOwner,
  parseLsofOwner,
  parseNetstatPid,
  parseSsOwner,
  parseTasklistName,
  type RunCommand,
} from '../../../electron/services/token-capture/port-owner';

const SS = 'LISTEN 0      511        127.0.0.1:3000      0.0.0.0:*    users:(("node",pid=1234,fd=21))\n';
const LSOF = 'p4321\ncnode\nf21\n';
const NETSTAT = [
  '',
  'Active Connections',
  '',
  '  Proto  Local Address          Foreign Address        State           PID',
  '  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1000',
  '  TCP    127.0.0.1:3000         127.0.0.1:51000        ESTABLISHED     77',
  '  TCP    127.0.0.1:30000        0.0.0.0:0              LISTENING       88',
  '  TCP    [::1]:3000             [::]:0                 ABHÖREN         5555',
  '',
].join('\r\n');
const TASKLIST = '"node.exe","5555","Console","1","45.000 K"\r\n';

/** Answers by command name; anything else "fails" like a missing tool. */
function fakeRun(answers: Record<string, string>): { run: RunCommand; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    run: async (file, args) => {
      calls.push([file, ...args].join(' '));
      return answers[file] ?? null;
    },
  };
}

describe('port owner parsers', () => {
  it('reads name and pid from ss, lsof, netstat and tasklist output', () => {
    expect(parseSsOwner(SS)).toBe('node (pid 1234)');
    expect(parseLsofOwner(LSOF)).toBe('node (pid 4321)');
    expect(parseNetstatPid(NETSTAT, 3000)).toBe('5555'); // the listening row, whatever the state is called
    expect(parseTasklistName(TASKLIST)).toBe('node.exe');
  });

  it('gives null for empty or unrelated output', () => {
    expect(parseSsOwner('')).toBeNull();
    expect(parseLsofOwner('')).toBeNull();
    expect(parseNetstatPid(NETSTAT, 4000)).toBeNull();
    expect(parseTasklistName('INFO: No tasks are running which match the specified criteria.')).toBeNull();
  });

  it('keeps control characters out of a process name', () => {
    expect(parseSsOwner('users:(("evil\u001b[31m",pid=1,fd=3))')).toBe('evil[31m (pid 1)');
  });
});

describe('findPortOwner', () => {
  it('asks ss on Linux, with the port filter', async () => {
    const { run, calls } = fakeRun({ ss: SS });
    expect(await findPortOwner(3000, { platform: 'linux', run })).toBe('node (pid 1234)');
    expect(calls).toEqual(['ss -ltnpH sport = :3000']);
  });

  it('falls back to lsof when ss says nothing', async () => {
    const { run, calls } = fakeRun({ lsof: LSOF });
    expect(await findPortOwner(3000, { platform: 'linux', run })).toBe('node (pid 4321)');
    expect(calls[1]).toBe('lsof -nP -iTCP:3000 -sTCP:LISTEN -Fpc');
  });

  it('uses lsof on macOS and netstat + tasklist on Windows', async () => {
    expect(await findPortOwner(3000, { platform: 'darwin', run: fakeRun({ lsof: LSOF }).run })).toBe('node (pid 4321)');
    const windows = fakeRun({ netstat: NETSTAT, tasklist: TASKLIST });
    expect(await findPortOwner(3000, { platform: 'win32', run: windows.run })).toBe('node.exe (pid 5555)');
    expect(windows.calls[1]).toBe('tasklist /FI PID eq 5555 /FO CSV /NH');
  });

  it('returns null, never throws, when the tools fail', async () => {
    expect(await findPortOwner(3000, { platform: 'linux', run: fakeRun({}).run })).toBeNull();
    const throwing: RunCommand = () => Promise.reject(new Error('boom'));
    expect(await findPortOwner(3000, { platform: 'win32', run: throwing })).toBeNull();
  });
});
