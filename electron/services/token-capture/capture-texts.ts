/**
 * What the redirect page tells the admin, in English and Korean. One table for
 * both the server-rendered page and its inline script, so the two never drift.
 * `reason` values are also the `data-reason` attribute tests and testers read.
 */
export type CaptureOutcome = 'pending' | 'captured' | 'error' | 'rejected';

export const CAPTURE_REASONS = ['pending', 'captured', 'provider-error', 'no-token', 'bad-state', 'replayed', 'empty', 'refused', 'unreachable'] as const;
export type CaptureReason = (typeof CAPTURE_REASONS)[number];

export interface BilingualText {
  en: string;
  ko: string;
}

export const CAPTURE_TEXTS: Record<CaptureReason, BilingualText> = {
  pending: { en: 'Finishing sign-in…', ko: '로그인을 마무리하는 중입니다…' },
  // Korean names the app as its Korean screens do (app.title in shared/i18n/ko.ts).
  captured: { en: 'Signed in. The token went straight to SCIM Setup Wizard.', ko: '로그인했습니다. 토큰을 SCIM 설정 마법사로 바로 전달했습니다.' },
  'provider-error': {
    en: 'Sign-in failed. Return to SCIM Setup Wizard and try again.',
    ko: '로그인하지 못했습니다. SCIM 설정 마법사로 돌아가 다시 시도하세요.',
  },
  'no-token': {
    en: 'The sign-in page sent no token. Return to SCIM Setup Wizard and try again.',
    ko: '로그인 페이지가 토큰을 보내지 않았습니다. SCIM 설정 마법사로 돌아가 다시 시도하세요.',
  },
  'bad-state': {
    en: 'This sign-in does not match the one SCIM Setup Wizard is waiting for. Start the sign-in again from the app.',
    ko: '이 로그인은 SCIM 설정 마법사가 기다리는 로그인과 다릅니다. 앱에서 로그인을 다시 시작하세요.',
  },
  replayed: { en: 'This sign-in was already completed.', ko: '이미 끝난 로그인입니다.' },
  empty: {
    en: 'This page has no sign-in data. Start the sign-in again from SCIM Setup Wizard.',
    ko: '이 페이지에는 로그인 정보가 없습니다. SCIM 설정 마법사에서 로그인을 다시 시작하세요.',
  },
  refused: { en: 'SCIM Setup Wizard refused this request.', ko: 'SCIM 설정 마법사가 이 요청을 거부했습니다.' },
  unreachable: {
    en: 'SCIM Setup Wizard is no longer waiting for this sign-in. Start it again from the app.',
    ko: 'SCIM 설정 마법사가 이 로그인을 더 이상 기다리지 않습니다. 앱에서 다시 시작하세요.',
  },
};

export const CLOSE_HINT: BilingualText = {
  en: 'You can close this tab and return to SCIM Setup Wizard.',
  ko: '이 탭을 닫고 SCIM 설정 마법사로 돌아가도 됩니다.',
};

export const OUTCOME_OF: Record<CaptureReason, CaptureOutcome> = {
  pending: 'pending',
  captured: 'captured',
  'provider-error': 'error',
  'no-token': 'error',
  'bad-state': 'rejected',
  replayed: 'rejected',
  empty: 'rejected',
  refused: 'rejected',
  unreachable: 'error',
};
