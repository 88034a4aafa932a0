import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../renderer/src/hooks/format-date-time';

describe('formatDateTime', () => {
  const iso = '2026-11-26T14:05:00.000Z';
  it.each(['en', 'ko'])('writes an instant as %s does, long date and short time', (language) => {
    expect(formatDateTime(iso, language)).toBe(new Date(iso).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' }));
  });

  it('keeps each language its own (a cached formatter is per language)', () => {
    expect(formatDateTime(iso, 'ko')).toMatch(/2026년 11월 26일/);
    expect(formatDateTime(iso, 'en')).toMatch(/November 26, 2026/);
    expect(formatDateTime(iso, 'ko')).toMatch(/2026년 11월 26일/);
  });

  it('shows a stored text that is not a date as it is, instead of throwing', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
