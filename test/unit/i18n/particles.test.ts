import { describe, expect, it } from 'vitest';
import { CAPTURE_TEXTS, CLOSE_HINT } from '../../../electron/services/token-capture/capture-texts';
import { createI18n } from '../../../shared/i18n';
import { isJosaOption } from '../../../shared/i18n/josa';
import { ko } from '../../../shared/i18n/ko';
import { validationKo } from '../../../shared/i18n/validation-ko';
import { formatValidationMessage } from '../../../shared/validators/validation-message';
import { validateWebexOrgId } from '../../../shared/validators/webex-org-id';
import { validateWebexTenantUrl } from '../../../shared/validators/webex-tenant-url';

/** Every Korean string the app can show, as [where, text]. */
function strings(tree: unknown, prefix: string): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, `${prefix}.${key}`));
}

const KOREAN: Array<[string, string]> = [
  ...strings(ko, 'ko'),
  ...strings(validationKo, 'validation-ko'),
  ...Object.entries(CAPTURE_TEXTS).map(([reason, text]): [string, string] => [`capture-texts.${reason}`, text.ko]),
  ['capture-texts.CLOSE_HINT', CLOSE_HINT.ko],
];

/** A particle written for both cases at once: 은(는), (으)로, 이(가), 와(과), (이)라, 를(을)... */
const BRACKET_PARTICLE = /[은는을를이가와과]\([은는을를이가와과]\)|\((?:으|이)\)(?:로|라|나|란|며|에요)?/;
/**
 * A particle that depends on the word before it, written after a placeholder (or its closing quote) by hand
 * instead of with josa(). After a gloss in parentheses, "버전({{appVersion}})은", it belongs to the word before the gloss.
 */
const FIXED_PARTICLE_AFTER_PLACEHOLDER = /\}\}["'”’]?(?:은|는|을|를|이|가|와|과|으로|로|이나|나|이라|라|이란|란)(?=$|[\s.,:;!?)(])/;

describe('Korean particles', () => {
  it('finds the strings it scans (a scan of nothing would pass)', () => {
    expect(KOREAN.length).toBeGreaterThan(300);
    expect(KOREAN.some(([, text]) => text.includes('josa('))).toBe(true);
  });

  it('no string writes a particle for both cases, e.g. 은(는), (으)로, 이(가), 와(과)', () => {
    expect(KOREAN.filter(([, text]) => BRACKET_PARTICLE.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  it('the scan recognises every such pattern', () => {
    for (const bad of ['파일은(는)', '{{file}}을(를)', '{{x}}(으)로', '{{x}}이(가)', '{{x}}와(과)', '{{x}}과(와)', '{{x}}(이)라고', '{{x}}(이)나']) {
      expect(BRACKET_PARTICLE.test(bad), bad).toBe(true);
    }
    for (const fine of ['포트(3000)를', '확인(필수)', '조직 ID(Org ID)', '(예: 1)']) expect(BRACKET_PARTICLE.test(fine), fine).toBe(false);
  });

  it('no particle after a placeholder is fixed by hand: it comes from josa()', () => {
    const fixed = KOREAN.filter(([, text]) => FIXED_PARTICLE_AFTER_PLACEHOLDER.test(text)).map(([where, text]) => `${where}: ${text}`);
    expect(fixed).toEqual([]);
    for (const bad of ['{{file}}을 여세요', '{{host}}로 갑니다', '"{{value}}"은 없습니다', '{{port}}이 사용 중']) {
      expect(FIXED_PARTICLE_AFTER_PLACEHOLDER.test(bad), bad).toBe(true);
    }
    for (const fine of ['{{date}}에 만료', '{{total}}단계', '{{file, josa(을/를)}} 여세요', '{{port}}번 포트', '{{seconds}}초']) {
      expect(FIXED_PARTICLE_AFTER_PLACEHOLDER.test(fine), fine).toBe(false);
    }
  });

  it('every josa() names a particle pair es-hangul knows', () => {
    const options = KOREAN.flatMap(([where, text]) => [...text.matchAll(/\{\{\s*\w+\s*,\s*josa\(([^)]*)\)\s*\}\}/g)].map((m) => [where, m[1] ?? '']));
    expect(options.length).toBeGreaterThan(10);
    expect(options.filter(([, option]) => !isJosaOption(option ?? ''))).toEqual([]);
  });
});

describe('particles in rendered Korean sentences', () => {
  const i18n = createI18n('ko');

  it.each([
    ['C:\\Users\\kim\\AppData\\settings.corrupt-2026-11-25.json', 'settings.corrupt-2026-11-25.json으로 옮겨'],
    ['/home/kim/.config/scim/설정 백업', '설정 백업으로 옮겨'],
    ['/home/kim/.config/scim/보관', '보관으로 옮겨'],
    ['/srv/backup/서울', '서울로 옮겨'],
  ])('a moved settings file: %s', (movedTo, expected) => {
    expect(i18n.t('notices.settings-corrupt-moved', { movedTo })).toContain(expected);
  });

  it('the port and the program that holds it', () => {
    expect(i18n.t('errors.PORT_IN_USE', { port: 3000, process: 'node (PID 4242)' })).toMatch(/^node \(PID 4242\)가 포트 3000을 사용하고/);
    expect(i18n.t('errors.PORT_IN_USE', { port: 3001, process: '크롬' })).toMatch(/^크롬이 포트 3001을 사용하고/);
    expect(i18n.t('errors.PORT_IN_USE', { context: 'unknown-owner', port: 8080 })).toMatch(/포트 8080을 사용하고/);
    expect(i18n.t('errors.PORT_IN_USE', { context: 'unknown-owner', port: 3002 })).toMatch(/포트 3002를 사용하고/);
  });

  it('a saved, normalised value', () => {
    expect(i18n.t('field.normalisedTo', { value: 'https://api.ciscospark.com/v1/scim/a35bfbc6-ccbd-4a17-a488-72ef46c5420c' })).toBe(
      'https://api.ciscospark.com/v1/scim/a35bfbc6-ccbd-4a17-a488-72ef46c5420c로 저장했습니다.',
    );
  });

  it('validator refusals: hosts, characters, offers', () => {
    const ko = (result: ReturnType<typeof validateWebexOrgId>) => (result.ok ? '' : formatValidationMessage(validationKo, result.code, result.params));
    const id = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
    expect(ko(validateWebexOrgId('a35bfbc6-ccbd-4a17-a488-72gf46c5420c'))).toContain("27번째 문자 'g'는 쓸 수 없습니다");
    expect(ko(validateWebexOrgId(`a35bfbc6 ccbd-4a17-a488-72ef46c5420c`))).toContain("' '(공백)은 쓸 수 없습니다");
    expect(ko(validateWebexTenantUrl(`https://api.ciscospark.com@evil.example/v1/scim/${id}`, { offer: 'commercial' }))).toContain('evil.example로 연결됩니다');
    expect(ko(validateWebexTenantUrl(`https://evil.example.com/v1/scim/${id}`, { offer: 'commercial' }))).toContain('evil.example.com으로 연결됩니다');
    expect(ko(validateWebexTenantUrl(`https://api.ciscospark.com.evil.example/v1/scim/${id}`, { offer: 'commercial' }))).toMatch(
      /^호스트 api\.ciscospark\.com\.evil\.example은 api\.ciscospark\.com을 포함하지만/,
    );
    expect(ko(validateWebexTenantUrl(`https://api.ciscosprk.co/v1/scim/${id}`, { offer: 'commercial' }))).toContain('api.ciscospark.com과 2자 다릅니다');
    expect(ko(validateWebexTenantUrl(`https://api-usgov.webex.com/v1/scim/${id}`, { offer: 'commercial' }))).toContain(
      '첫 단계에서 Webex for Government를 선택하거나',
    );
    expect(ko(validateWebexTenantUrl(`https://api.ciscospark.com/v1/scim/${id}`, { offer: 'government' }))).toContain('첫 단계에서 Webex(상용)를 선택하거나');
  });
});
