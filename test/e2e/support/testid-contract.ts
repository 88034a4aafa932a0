import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * The README's test-id table is a contract for testers. These helpers record
 * every `data-testid` the page ever shows and check each one against that
 * table, so an id cannot appear (or be renamed) without being documented.
 */

/** Starts recording on every page load of `page`; call before the first goto. */
export async function recordTestIds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __seenTestIds: Set<string> }).__seenTestIds = seen;
    const collect = (root: ParentNode) => {
      if (root instanceof Element && root.hasAttribute('data-testid')) seen.add(root.getAttribute('data-testid') ?? '');
      root.querySelectorAll('[data-testid]').forEach((el) => seen.add(el.getAttribute('data-testid') ?? ''));
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === 'attributes' && m.target instanceof Element) collect(m.target);
        m.addedNodes.forEach((node) => node instanceof Element && collect(node));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-testid'] });
  });
}

export async function recordedTestIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __seenTestIds: Set<string> }).__seenTestIds].sort());
}

/** The ids and id patterns (`step-<stepId>` → /^step-.+$/) of the README's test-id table. */
export function documentedTestIds(readme = readFileSync('README.md', 'utf8')): RegExp[] {
  return documentedTokens(readme).map(
    (token) =>
      new RegExp(
        `^${token
          .split(/<[^>]+>/)
          .map(escapeRegExp)
          .join('.+')}$`,
      ),
  );
}

/** The README table's entries as written: `step-<stepId>`, `wizard`, ... */
export function documentedTokens(readme = readFileSync('README.md', 'utf8')): string[] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => /^\|\s*where\s*\|\s*test ids\s*\|/.test(line));
  if (start < 0) throw new Error('README has no "| where | test ids |" table');
  const rows = [];
  for (let i = start + 2; i < lines.length && lines[i]?.startsWith('|'); i++) rows.push(lines[i] ?? '');
  return rows.flatMap((row) => [...row.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? ''));
}

export function undocumented(ids: readonly string[], documented = documentedTestIds()): string[] {
  return ids.filter((id) => !documented.some((pattern) => pattern.test(id)));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** After a test: every id the page showed (recorded since recordTestIds) is in the README's table. */
export async function expectOnlyDocumentedTestIds(page: Page): Promise<void> {
  const seen = await recordedTestIds(page).catch(() => []);
  expect(undocumented(seen)).toEqual([]);
}
