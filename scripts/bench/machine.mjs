// The machine a run measured, written beside the figures so two runs can be compared honestly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';

function osName() {
  if (!existsSync('/etc/os-release')) return `${type()} ${release()}`;
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
  return `${pretty?.[1] ?? type()} (kernel ${release()})`;
}

function gitCommit() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
  if (head.status !== 0) return 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' (with uncommitted changes)' : ''}`;
}

export function describeMachine(chromiumVersion) {
  const cpuList = cpus();
  return {
    cpuModel: cpuList[0]?.model ?? 'unknown',
    cpuCount: cpuList.length,
    memoryGiB: +(totalmem() / 1024 ** 3).toFixed(1),
    os: osName(),
    node: process.version,
    chromium: chromiumVersion,
    gitCommit: gitCommit(),
  };
}
