import { describe, expect, it } from 'vitest';
import { en, ko } from '../../../shared/i18n';
import { firstScreenEn } from '../../../shared/i18n/first-screen-en';
import { mergeTexts } from '../../../shared/i18n/merge-texts';
import { otherScreensEn } from '../../../shared/i18n/other-screens-en';

describe('the two halves of a language', () => {
  it('merge branch by branch', () => {
    expect(mergeTexts({ a: { x: '1' }, b: '2' }, { a: { y: '3' }, c: '4' })).toEqual({ a: { x: '1', y: '3' }, b: '2', c: '4' });
  });

  it('refuse a text both halves write, naming it', () => {
    expect(() => mergeTexts({ a: { x: '1' } }, { a: { x: '2' } })).toThrow('Both halves of the texts define a.x');
    expect(() => mergeTexts({ a: '1' }, { a: { x: '2' } })).toThrow('define a');
  });

  it('en and ko are the merged halves (the integration titles with the first screen, their steps with the others)', () => {
    expect(en.picker).toBe(firstScreenEn.picker);
    expect(en.wizard).toBe(otherScreensEn.wizard);
    expect(en.integrations.cxone.title).toBe(firstScreenEn.integrations.cxone.title);
    expect(en.integrations.cxone.steps).toBe(otherScreensEn.integrations.cxone.steps);
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });
});
