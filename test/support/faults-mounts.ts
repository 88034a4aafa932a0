import { execFileSync } from 'node:child_process';

/**
 * Real file-system faults where the machine allows them: a small tmpfs (a disk
 * that fills up) remounted read-only on demand. Mounting needs root (and, in a
 * container, CAP_SYS_ADMIN); where it is refused the tests fall back to faults
 * injected at the fs layer (faults-settings-child.ts) and skip these with the reason.
 */
function run(args: string[]): boolean {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Mounts a tmpfs of `sizeKb` on the (existing, empty) folder; false if this machine does not allow it. */
export function mountSmallTmpfs(dir: string, sizeKb: number): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return run(['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir]);
}

export function remount(dir: string, mode: 'ro' | 'rw'): void {
  if (!run(['-o', `remount,${mode}`, dir])) throw new Error(`could not remount ${dir} ${mode}`);
}

export function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'ignore' });
}

/** Whether a tmpfs can be mounted here at all (probed once, on a scratch folder). */
export function canMountTmpfs(scratch: string): boolean {
  if (!mountSmallTmpfs(scratch, 64)) return false;
  unmount(scratch);
  return true;
}
