import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { JOSA_OPTIONS, pickJosa, withJosa, type JosaOption } from '../../../shared/i18n/josa';

const cases = (rows: Array<[string, JosaOption, string]>) => rows;

describe('withJosa: the particle follows the sound of the word before it', () => {
  it.each(
    cases([
      // Hangul: 받침 or not.
      ['사과', '을/를', '사과를'],
      ['책', '을/를', '책을'],
      ['토큰', '이/가', '토큰이'],
      ['키체인', '은/는', '키체인은'],
      ['마법사', '은/는', '마법사는'],
      ['테넌트 URL', '와/과', '테넌트 URL과'],
      ['파일', '와/과', '파일과'],
      ['포트', '와/과', '포트와'],
      ['조직 ID', '이라/라', '조직 ID라'],
    ]),
  )('Hangul %s + %s → %s', (word, option, expected) => {
    expect(withJosa(word, option)).toBe(expected);
  });

  it.each(
    cases([
      // ㄹ-받침 takes 로, like no 받침; any other 받침 takes 으로.
      ['서울', '으로/로', '서울로'],
      ['파일', '으로/로', '파일로'],
      ['집', '으로/로', '집으로'],
      ['화면', '으로/로', '화면으로'],
      ['바다', '으로/로', '바다로'],
      ['연결', '으로부터/로부터', '연결로부터'],
    ]),
  )('ㄹ-받침 %s + %s → %s', (word, option, expected) => {
    expect(withJosa(word, option)).toBe(expected);
  });

  it.each(
    cases([
      // Capitals are spelt out (URL → 엘, ID → 디, SCIM → 엠, API → 아이).
      ['URL', '으로/로', 'URL로'],
      ['URL', '을/를', 'URL을'],
      ['ID', '을/를', 'ID를'],
      ['SCIM', '이/가', 'SCIM이'],
      ['API', '으로/로', 'API로'],
      ['Org ID', '이/가', 'Org ID가'],
      // Loanwords: m/n/ng close the syllable, l is ㄹ, a silent e is skipped.
      ['Webex', '을/를', 'Webex를'],
      ['Cisco Webex', '와/과', 'Cisco Webex와'],
      ['Azure', '으로/로', 'Azure로'],
      ['Control Hub', '이/가', 'Control Hub가'],
      ['settings.json', '으로/로', 'settings.json으로'],
      ['api.ciscospark.com', '으로/로', 'api.ciscospark.com으로'],
      ['userName', '은/는', 'userName은'],
      ['keyring', '을/를', 'keyring을'],
      ['mail', '으로/로', 'mail로'],
      ['file', '을/를', 'file을'],
      // Hex ids are spelt letter by letter.
      ['a35bfbc6-ccbd-4a17-a488-72ef46c5420c', '이/가', 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c가'],
      ['evil.example.xn--p1ai', '으로/로', 'evil.example.xn--p1ai로'],
    ]),
  )('Latin %s + %s → %s', (word, option, expected) => {
    expect(withJosa(word, option)).toBe(expected);
  });

  it.each(
    cases([
      // Numbers as read in Sino-Korean: the last spoken word decides.
      ['3000', '을/를', '3000을'], // 삼천
      ['3000', '으로/로', '3000으로'],
      ['443', '을/를', '443을'], // 사백사십삼
      ['1', '으로/로', '1로'], // 일
      ['7', '이/가', '7이'], // 칠
      ['8', '으로/로', '8로'], // 팔
      ['2', '을/를', '2를'], // 이
      ['5', '와/과', '5와'], // 오
      ['6', '이/가', '6이'], // 육
      ['0', '은/는', '0은'], // 영
      ['10', '이/가', '10이'], // 십
      ['100', '으로/로', '100으로'], // 백
      ['20000', '이/가', '20000이'], // 이만
      ['1,000,000', '을/를', '1,000,000을'], // 백만
      ['127.0.0.1', '으로/로', '127.0.0.1로'],
      ['localhost:3999', '으로/로', 'localhost:3999로'], // 구
    ]),
  )('digits %s + %s → %s', (word, option, expected) => {
    expect(withJosa(word, option)).toBe(expected);
  });

  it.each(
    cases([
      // Closing quotes, brackets and a trailing gloss in parentheses are not read.
      ['“Cisco Webex”', '을/를', '“Cisco Webex”를'],
      ["'g'", '은/는', "'g'는"],
      ['Webex(상용)', '을/를', 'Webex(상용)를'],
      ['[::1]', '으로/로', '[::1]로'],
      ['/v1/scim/', '으로/로', '/v1/scim/으로'],
      ['C:\\Users\\kim\\settings.corrupt-2026.json', '으로/로', 'C:\\Users\\kim\\settings.corrupt-2026.json으로'],
      ["' '(공백)", '은/는', "' '(공백)은"],
      ['', '을/를', '를'],
    ]),
  )('marks %j + %s → %s', (word, option, expected) => {
    expect(withJosa(word, option)).toBe(expected);
  });

  it('knows every option es-hangul knows, each as "with 받침/without"', () => {
    for (const option of JOSA_OPTIONS) {
      const [closed, open] = option.split('/');
      expect(pickJosa('책', option), option).toBe(option === '와/과' ? open : closed);
      expect(pickJosa('사과', option), option).toBe(option === '와/과' ? closed : open);
    }
  });
});

describe('the josa formatter in i18next', () => {
  it('is registered by createI18n and interpolates the word with its particle', () => {
    const i18n = createI18n('ko');
    const t = (template: string, values: Record<string, string | number>) => {
      i18n.addResource('ko', 'translation', 'probe', template);
      return i18n.t('probe', values);
    };
    expect(t('{{file, josa(으로/로)}} 옮겼습니다.', { file: 'settings.json' })).toBe('settings.json으로 옮겼습니다.');
    expect(t('{{file, josa(으로/로)}} 옮겼습니다.', { file: '서울' })).toBe('서울로 옮겼습니다.');
    expect(t('포트 {{port, josa(을/를)}} 씁니다.', { port: 3000 })).toBe('포트 3000을 씁니다.');
    expect(t('{{name, josa(이/가)}} 있습니다.', { name: 'URL' })).toBe('URL이 있습니다.');
  });
});
