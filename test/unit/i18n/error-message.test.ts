import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { createI18n } from '../../../shared/i18n';
import { en } from '../../../shared/i18n/en';
import { errorContext, errorMessage } from '../../../shared/i18n/error-message';
import { keychainFixKey } from '../../../shared/i18n/keychain-fix';
import { ko } from '../../../shared/i18n/ko';

const HANGUL = /[\uAC00-\uD7A3]/;
const i18nKo = createI18n('ko');
const i18nEn = createI18n('en');
const tKo = (key: string, options?: Record<string, unknown>) => i18nKo.t(key, options);
const tEn = (key: string, options?: Record<string, unknown>) => i18nEn.t(key, options);

describe('errors from main are written by the renderer, from code and params', () => {
  it('has a sentence for every error code in both languages', () => {
    for (const code of [...ERROR_CODES, 'NETWORK']) {
      expect(en.errors, code).toHaveProperty([code]);
      expect(ko.errors, code).toHaveProperty([code]);
    }
  });

  it("no sentence shows main's English message: none interpolates {{message}}", () => {
    for (const [lang, errors] of [
      ['en', en.errors],
      ['ko', ko.errors],
    ] as const) {
      const leaking = Object.entries(errors).filter(([, text]) => /\{\{\s*message\b/.test(text));
      expect(leaking, lang).toEqual([]);
    }
  });

  it('ignores the English message even when main sends one', () => {
    const text = errorMessage(tKo, {
      code: 'CAPTURE_FAILED',
      message: 'Could not listen on port 3000 (EACCES).',
      params: { variant: 'listen', port: 3000, code: 'EACCES' },
    });
    expect(text).toMatch(HANGUL);
    expect(text).not.toContain('Could not');
    expect(text).toContain('포트 3000');
  });

  it.each([
    [
      'VALIDATION_FAILED',
      { reason: 'no-secret', secretId: 'cxone-bearer-token' },
      '이 확인에 필요한 비밀 값이 키체인에 없습니다. 해당 단계에서 먼저 저장한 뒤 다시 확인하세요.',
      'A secret this check needs is not in the keychain: store it in its step first, then run the check again.',
    ],
    ['VALIDATION_FAILED', { reason: 'earlier-steps-open', stepId: 'org-id' }, '앞 단계를 먼저 마치세요.', 'Finish the earlier steps first.'],
    ['VALIDATION_FAILED', { reason: 'something-new' }, '아직 마치지 않은 항목이 있습니다.', 'Something is not finished yet.'],
    [
      'NOT_FOUND',
      { captureId: 'abc' },
      '이 로그인은 더 이상 대기 중이 아닙니다. 로그인을 다시 시작하세요.',
      'This sign-in is no longer pending. Start it again.',
    ],
    [
      'NOT_FOUND',
      { secretId: 'webex-bearer-token' },
      '이 비밀 값이 키체인에 없습니다(저장한 적이 없거나 앱 밖에서 삭제됨). 해당 단계에서 다시 저장하세요.',
      'This secret is not in the keychain (never stored, or removed outside the app). Store it again in its step.',
    ],
    ['KEYCHAIN_REJECTED', { variant: 'too-large', size: 9000, limit: 8192 }, '값이 9000바이트로', 'The value is 9000 bytes'],
    ['SCHEMA_REJECTED', { variant: 'not-json', line: 3, column: 14, position: 40 }, '3번째 줄, 14번째 문자', 'line 3, column 14'],
    ['SCHEMA_REJECTED', { variant: 'not-json' }, '올바른 JSON이 아니므로', 'is not valid JSON, so'],
    [
      'SCHEMA_REJECTED',
      { variant: 'bad-attribute-mapping', path: 'synchronizationRules[0].objectMappings[1].attributeMappings[2]' },
      '위치에 있는 속성 매핑',
      'The attribute mapping at',
    ],
    [
      'SETTINGS_UNWRITABLE',
      { folder: '/home/kim/설정', reason: 'EACCES' },
      '폴더 /home/kim/설정을 읽거나 쓸 수 없습니다(EACCES)',
      'the folder /home/kim/설정 cannot be read',
    ],
  ] as const)('%s %j', (code, params, koText, enText) => {
    expect(errorMessage(tKo, { code, message: 'English for the log', params })).toContain(koText);
    expect(errorMessage(tEn, { code, message: 'English for the log', params })).toContain(enText);
  });

  it("keychain errors end with the fix for the admin's system, in the language on screen", () => {
    const locked = errorMessage(tKo, { code: 'KEYCHAIN_LOCKED', params: { problem: 'locked', platform: 'linux' } });
    expect(locked).toBe(`시스템 키체인이 잠겨 있습니다(다른 곳에도 기록하지 않았습니다). ${ko.keychain.fix['linux-locked']}`);
    const windows = errorMessage(tEn, { code: 'KEYCHAIN_UNAVAILABLE', params: { problem: 'unavailable', platform: 'win32' } });
    expect(windows).toContain(en.keychain.fix.win32);
    // A problem this build does not know still gets the general fix for the platform.
    expect(errorMessage(tKo, { code: 'KEYCHAIN_UNAVAILABLE', params: { problem: 'brand-new', platform: 'darwin' } })).toContain(
      ko.keychain.fix['darwin-unavailable'],
    );
  });

  it('picks the fix by platform and problem', () => {
    expect(keychainFixKey('linux', 'no-keyring')).toBe('linux-no-keyring');
    expect(keychainFixKey('darwin', 'module')).toBe('module');
    expect(keychainFixKey('darwin', 'no-keyring')).toBe('darwin-unavailable');
    expect(keychainFixKey('win32', 'locked')).toBe('win32');
    expect(keychainFixKey('freebsd', 'locked')).toBe('other');
    expect(keychainFixKey('linux', 'rejected')).toBe('rejected');
  });

  it('names the sentence by variant first, then by reason (VALIDATION_FAILED) or by the missing id (NOT_FOUND)', () => {
    expect(errorContext('CAPTURE_FAILED', { variant: 'provider', reason: 'x' })).toBe('provider');
    expect(errorContext('VALIDATION_FAILED', { reason: 'no-secret' })).toBe('no-secret');
    expect(errorContext('SETTINGS_UNWRITABLE', { reason: 'EACCES' })).toBeUndefined();
    expect(errorContext('NOT_FOUND', { profileId: 'x' })).toBe('profile');
    expect(errorContext('NOT_FOUND', { profileId: 'x', secretId: 'webex-bearer-token' })).toBe('secret');
    expect(errorContext('NOT_FOUND', { integrationId: 'x' })).toBeUndefined();
  });

  it('every Korean error sentence renders whole and in Korean, whatever params main sends', () => {
    const params = {
      port: 3000,
      process: 'node',
      fix: 'x',
      size: 1,
      limit: 2,
      folder: '/tmp/a',
      reason: 'EACCES',
      line: 1,
      column: 2,
      path: 'p',
      length: 3,
      max: 4,
    };
    for (const key of Object.keys(ko.errors)) {
      const [code, context] = key.split(/_(?=[a-z])/);
      const text = tKo(`errors.${code}`, {
        ...params,
        objectMapping: 'm',
        detail: 'd',
        code: 'E',
        writtenBy: '1',
        found: 2,
        supported: 1,
        appVersion: '0.1',
        file: 'f',
        permission: 'Application.ReadWrite.All',
        graphCode: 'Request_ResourceNotFound',
        template: 'Cisco Webex',
        retryAfterSeconds: 7,
        status: 403,
        host: 'graph.microsoft.com',
        ...(context ? { context } : {}),
      });
      expect(text, key).toMatch(HANGUL);
      expect(text, key).not.toMatch(/\{\{|errors\./);
    }
  });
});
