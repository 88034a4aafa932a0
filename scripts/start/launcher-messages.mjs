/**
 * What the launcher says, in English and Korean. The launcher runs before any
 * build, so it cannot use the app's i18n (shared/i18n); like the CLI it speaks
 * the terminal's language: Korean when the locale is Korean, else English.
 *
 * @import { LauncherMessage, LauncherTexts, PickLanguage, ReasonSentence } from './launcher-types.js'
 */

/** @type {LauncherTexts} */
export const LAUNCHER_TEXTS = {
  en: {
    reasons: {
      'unsupported-platform': 'The desktop window cannot open because Electron has no build for this platform ({platform})',
      'no-display': 'The desktop window cannot open because there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)',
      'electron-not-installed': 'The desktop window cannot open because the electron package is not installed (npm install without --omit=dev adds it)',
      'binary-missing': 'The desktop window cannot open because the Electron binary is not at {path}',
      'download-failed': 'The desktop window cannot open because the Electron binary is not installed and could not be downloaded ({detail})',
      'download-timed-out': 'The desktop window cannot open because downloading the Electron binary took longer than {seconds} seconds',
      'spawn-failed': 'The desktop window cannot open because Electron could not be started ({detail})',
      'exited-at-once': 'The desktop window cannot open because Electron exited at once ({exit})',
    },
    instead: '{reason}, so the wizard starts in browser mode instead.',
    exitCode: 'exit code {code}',
    signal: 'signal {signal}',
    messages: {
      downloading: 'Downloading the Electron binary for the first start (this can take up to {minutes} minutes)...',
      'not-built': '{file} is missing: run npm run build first (npm start does).',
      'ignored-args': 'Browser mode ignores these desktop-only arguments: {args}.',
      'browser-open-failed': 'Could not open the default browser ({detail}): open the address above yourself.',
      'no-display-for-browser':
        'There is no display to open a browser on: open the address above in a browser on this computer, or from another computer forward the port first (ssh -L {port}:127.0.0.1:{port} USER@THIS-HOST).',
    },
  },
  ko: {
    reasons: {
      'unsupported-platform': '이 플랫폼({platform})용 Electron 빌드가 없어',
      'no-display': '디스플레이가 없어(DISPLAY와 WAYLAND_DISPLAY 모두 설정되지 않음)',
      'electron-not-installed': 'electron 패키지가 설치되어 있지 않아(--omit=dev 없이 npm install을 실행하면 설치됨)',
      'binary-missing': 'Electron 실행 파일이 {path}에 없어',
      'download-failed': 'Electron 실행 파일이 설치되어 있지 않고 내려받지도 못해({detail})',
      'download-timed-out': 'Electron 실행 파일을 {seconds}초 안에 내려받지 못해',
      'spawn-failed': 'Electron을 실행하지 못해({detail})',
      'exited-at-once': 'Electron이 시작하자마자 종료되어({exit})',
    },
    instead: '{reason} 데스크톱 창 대신 브라우저 모드로 마법사를 시작합니다.',
    exitCode: '종료 코드 {code}',
    signal: '신호 {signal}',
    messages: {
      downloading: '처음 시작이라 Electron 실행 파일을 내려받고 있습니다(최대 {minutes}분 걸릴 수 있음)...',
      'not-built': '{file} 파일이 없습니다. 먼저 npm run build를 실행하세요(npm start는 빌드부터 합니다).',
      'ignored-args': '브라우저 모드에서는 데스크톱 전용 인수를 무시합니다: {args}',
      'browser-open-failed': '기본 브라우저를 열지 못했습니다({detail}). 위 주소를 직접 여세요.',
      'no-display-for-browser':
        '브라우저를 띄울 디스플레이가 없습니다. 이 컴퓨터의 브라우저에서 위 주소를 열거나, 다른 컴퓨터에서 열려면 먼저 포트를 전달하세요(ssh -L {port}:127.0.0.1:{port} 사용자@이-호스트).',
    },
  },
};

/**
 * POSIX order (LC_ALL, then LC_MESSAGES, then LANG), else the system's locale
 * (Windows has no LANG). "C" and "POSIX" are English.
 * @type {PickLanguage}
 */
export const pickLanguage = (env, systemLocale) => {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale;
  return /^ko(?:[_.@-]|$)/i.test(locale) ? 'ko' : 'en';
};

/** @type {ReasonSentence} */
export const reasonSentence = (reason, language) => {
  const texts = LAUNCHER_TEXTS[language];
  /** @type {Record<string, string | number>} */
  const params = {};
  for (const [key, value] of Object.entries(reason)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  if (reason.code === 'exited-at-once') {
    const how = reason.signal !== null ? fill(texts.signal, { signal: reason.signal }) : fill(texts.exitCode, { code: String(reason.exitCode) });
    params.exit = reason.detail ? `${how}: ${reason.detail}` : how;
  }
  return fill(texts.instead, { reason: fill(texts.reasons[reason.code], params) });
};

/** @type {LauncherMessage} */
export const launcherMessage = (language, key, params = {}) => fill(LAUNCHER_TEXTS[language].messages[key], params);

/**
 * Replaces each `{name}` with its param in one pass, so a value holding braces stays as it is.
 * @param {string} template
 * @param {Readonly<Record<string, string | number>>} params
 * @returns {string}
 */
function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, /** @type {string} */ name) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
