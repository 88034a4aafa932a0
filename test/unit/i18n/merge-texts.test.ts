import { describe, expect, it } from 'vitest';
import { en, ko } from '../../../shared/i18n';
import { firstScreenEn } from '../../../shared/i18n/first-screen-en';
import { mergeTexts } from '../../../shared/i18n/merge-texts';
import { cxoneEn } from '../../../shared/i18n/cxone-en';
import { otherScreensEn } from '../../../shared/i18n/other-screens-en';
import { webexEntraEn } from '../../../shared/i18n/webex-entra-en';

describe('the two halves of a language', () => {
  it('merge branch by branch', () => {
    expect(mergeTexts({ a: { x: '1' }, b: '2' }, { a: { y: '3' }, c: '4' })).toEqual({ a: { x: '1', y: '3' }, b: '2', c: '4' });
  });

  it('refuse a text both halves write, naming it', () => {
    expect(() => mergeTexts({ a: { x: '1' } }, { a: { x: '2' } })).toThrow('Both halves of the texts define a.x');
    expect(() => mergeTexts({ a: '1' }, { a: { x: '2' } })).toThrow('define a');
  });

  it('en and ko are the merged parts (the integration titles with the first screen, their steps in their own part)', () => {
    expect(en.picker).toBe(firstScreenEn.picker);
    expect(en.wizard).toBe(otherScreensEn.wizard);
    expect(en.integrations.cxone.title).toBe(firstScreenEn.integrations.cxone.title);
    expect(en.integrations.cxone.steps).toBe(cxoneEn.steps);
    expect(en.integrations['webex-entra'].steps).toBe(webexEntraEn.steps);
    // Neither integration's own texts come with the other screens' part.
    expect(Object.keys(otherScreensEn)).not.toContain('integrations');
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });
});
