import { describe, expect, it } from 'vitest';
import { LAUNCHER_TEXTS, launcherMessage, pickLanguage, reasonSentence } from '../../../scripts/start/launcher-messages.mjs';
import type { FallbackReason, Language, LauncherMessageKey } from '../../../scripts/start/launcher-types';

/** One reason of every code, with params as the launcher fills them. */
const REASONS: FallbackReason[] = [
  { code: 'unsupported-platform', platform: 'aix' },
  { code: 'no-display' },
  { code: 'electron-not-installed' },
  { code: 'binary-missing', path: '/opt/electron/electron' },
  { code: 'download-failed', detail: 'fetch failed' },
  { code: 'download-timed-out', seconds: 600 },
  { code: 'spawn-failed', detail: 'EACCES' },
  { code: 'exited-at-once', exitCode: 1, signal: null, detail: 'Missing X server or $DISPLAY' },
  { code: 'exited-at-once', exitCode: null, signal: 'SIGTRAP', detail: '' },
];
const LANGUAGES: Language[] = ['en', 'ko'];
const HANGUL = /[\uAC00-\uD7A3]/;

describe('pickLanguage', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(pickLanguage({ LANG: 'ko_KR.UTF-8' }, 'en-US')).toBe('ko');
    expect(pickLanguage({ LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }, 'ko-KR')).toBe('en');
    expect(pickLanguage({ LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('ko');
    expect(pickLanguage({ LC_ALL: '', LANG: 'ko' }, 'en-US')).toBe('ko');
  });

  it("uses the system's locale where no variable is set (Windows)", () => {
    expect(pickLanguage({}, 'ko-KR')).toBe('ko');
    expect(pickLanguage({}, 'en-GB')).toBe('en');
  });

  it('is English for anything else, including names that only start with "ko"', () => {
    expect(pickLanguage({ LANG: 'kok_IN' }, 'ko-KR')).toBe('en');
    expect(pickLanguage({ LANG: 'POSIX' }, 'ko-KR')).toBe('en');
  });
});

describe('reasonSentence', () => {
  it('has a sentence for every reason in English and Korean, with the same codes in both', () => {
    expect(Object.keys(LAUNCHER_TEXTS.ko.reasons).sort()).toEqual(Object.keys(LAUNCHER_TEXTS.en.reasons).sort());
    expect(new Set(REASONS.map((reason) => reason.code))).toEqual(new Set(Object.keys(LAUNCHER_TEXTS.en.reasons)));
  });

  for (const language of LANGUAGES) {
    it(`says each reason in one ${language} sentence on one line, every placeholder filled`, () => {
      for (const reason of REASONS) {
        const sentence = reasonSentence(reason, language);
        expect(sentence, sentence).not.toMatch(/[{}\n]/);
        expect(sentence, sentence).toMatch(/\.$/);
        if (language === 'ko') expect(sentence, sentence).toMatch(HANGUL);
        else expect(sentence, sentence).toMatch(/^The desktop window cannot open because .+, so the wizard starts in browser mode instead\.$/);
      }
    });
  }

  it('names the details that matter', () => {
    expect(reasonSentence({ code: 'no-display' }, 'en')).toBe(
      'The desktop window cannot open because there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the wizard starts in browser mode instead.',
    );
    expect(reasonSentence({ code: 'download-failed', detail: 'fetch failed' }, 'en')).toBe(
      'The desktop window cannot open because the Electron binary is not installed and could not be downloaded (fetch failed), so the wizard starts in browser mode instead.',
    );
    expect(reasonSentence({ code: 'exited-at-once', exitCode: 1, signal: null, detail: 'Missing X server or $DISPLAY' }, 'en')).toContain(
      'Electron exited at once (exit code 1: Missing X server or $DISPLAY)',
    );
    expect(reasonSentence({ code: 'exited-at-once', exitCode: null, signal: 'SIGTRAP', detail: '' }, 'ko')).toBe(
      'Electron이 시작하자마자 종료되어(신호 SIGTRAP) 데스크톱 창 대신 브라우저 모드로 마법사를 시작합니다.',
    );
    expect(reasonSentence({ code: 'no-display' }, 'ko')).toBe(
      '디스플레이가 없어(DISPLAY와 WAYLAND_DISPLAY 모두 설정되지 않음) 데스크톱 창 대신 브라우저 모드로 마법사를 시작합니다.',
    );
  });

  it('quotes a detail holding braces as it is', () => {
    expect(reasonSentence({ code: 'spawn-failed', detail: 'bad {path}' }, 'en')).toContain('(bad {path})');
  });
});

describe('launcherMessage', () => {
  const PARAMS: Record<LauncherMessageKey, Record<string, string | number>> = {
    downloading: { minutes: 10 },
    'not-built': { file: 'dist/node/browser-host.mjs' },
    'ignored-args': { args: '--no-sandbox' },
    'browser-open-failed': { detail: 'ENOENT' },
    'no-display-for-browser': { port: 4321 },
  };

  it('has every message in both languages, every placeholder filled', () => {
    expect(Object.keys(LAUNCHER_TEXTS.ko.messages).sort()).toEqual(Object.keys(LAUNCHER_TEXTS.en.messages).sort());
    expect(Object.keys(PARAMS).sort()).toEqual(Object.keys(LAUNCHER_TEXTS.en.messages).sort());
    for (const language of LANGUAGES) {
      for (const [key, params] of Object.entries(PARAMS)) {
        const text = launcherMessage(language, key as LauncherMessageKey, params);
        expect(text, text).not.toMatch(/[{}\n]/);
        if (language === 'ko') expect(text, text).toMatch(HANGUL);
      }
    }
  });

  it('tells how to reach the address from another computer when there is no display', () => {
    expect(launcherMessage('en', 'no-display-for-browser', { port: 4321 })).toContain('ssh -L 4321:127.0.0.1:4321');
    expect(launcherMessage('ko', 'no-display-for-browser', { port: 4321 })).toContain('ssh -L 4321:127.0.0.1:4321');
  });
});
