import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ToolIssue } from './electronegativity-scan';

/**
 * test/security/electronegativity-allow-list.json: the findings judged safe, one entry per finding.
 * An entry waives exactly one finding: its check, its file and, where the tool quotes a source line, that
 * line as quoted (line numbers move with every build). An entry that waives nothing or more than one finding
 * fails the test too, so the list shrinks when code is fixed and never hides a new call.
 */
export const ALLOW_LIST_FILE = resolve(import.meta.dirname, '../../security/electronegativity-allow-list.json');

export interface AllowListEntry {
  check: string;
  file: string;
  /** The flagged line exactly as the tool quotes it (trimmed); left out only when it quotes none. */
  line?: string;
  reason: string;
}

/** LOW and above fail; INFORMATIONAL is the tool's inventory (Electron version, and the like). */
const FAILING_SEVERITIES = new Set(['LOW', 'MEDIUM', 'HIGH']);

export function loadAllowList(file = ALLOW_LIST_FILE): AllowListEntry[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: expected an array of entries`);
  for (const [index, entry] of entries.entries()) {
    const { check, file: path, line, reason } = (entry ?? {}) as Partial<AllowListEntry>;
    const ok = typeof check === 'string' && typeof path === 'string' && (line === undefined || typeof line === 'string') && typeof reason === 'string';
    if (!ok || reason.trim() === '' || reason.includes('\n'))
      throw new Error(`${file}: entry ${index} needs check, file, a one-line reason and optionally line`);
  }
  return entries as AllowListEntry[];
}

export function describeIssue(issue: ToolIssue): string {
  return `${issue.id} ${issue.severity}/${issue.confidence} ${issue.file}:${issue.line}${issue.sample ? `  ${issue.sample}` : ''}`;
}

function waives(entry: AllowListEntry, issue: ToolIssue): boolean {
  return entry.check === issue.id && entry.file === issue.file && (entry.line === undefined ? issue.sample === '' : issue.sample === entry.line);
}

export interface Verdict {
  /** LOW-or-above findings no entry waives: each one fails the scan. */
  unwaived: ToolIssue[];
  /** Entries that waive no finding of these scans, or more than one. */
  staleEntries: AllowListEntry[];
  ambiguousEntries: { entry: AllowListEntry; findings: ToolIssue[] }[];
}

/** Judges the findings of one scan against the entries for the files that scan covers. */
export function judge(issues: ToolIssue[], entries: AllowListEntry[]): Verdict {
  const failing = issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity));
  const verdict: Verdict = { unwaived: [], staleEntries: [], ambiguousEntries: [] };
  for (const entry of entries) {
    const findings = failing.filter((issue) => waives(entry, issue));
    if (findings.length === 0) verdict.staleEntries.push(entry);
    if (findings.length > 1) verdict.ambiguousEntries.push({ entry, findings });
  }
  verdict.unwaived = failing.filter((issue) => !entries.some((entry) => waives(entry, issue)));
  return verdict;
}

export function explain(verdict: Verdict): string {
  return [
    ...verdict.unwaived.map((issue) => `not in the allow-list: ${describeIssue(issue)}`),
    ...verdict.staleEntries.map((entry) => `allow-list entry waives nothing (remove it): ${entry.check} ${entry.file} ${entry.line ?? ''}`),
    ...verdict.ambiguousEntries.map(
      ({ entry, findings }) =>
        `allow-list entry waives ${findings.length} findings (give the line it quotes): ${entry.check} ${entry.file} ${entry.line ?? ''}`,
    ),
  ].join('\n');
}
