/**
 * The small page the browser shows at the end of a Microsoft sign-in. Static text in both
 * languages (the browser is not the app, so the app's language may not be known there),
 * no script, no style: the redirect carries a code, not a fragment, so nothing has to run.
 */
export type RedirectPageKind = 'signed-in' | 'failed' | 'wrong-state' | 'ended';

const TEXTS: Record<RedirectPageKind, { en: string; ko: string }> = {
  'signed-in': {
    en: 'You are signed in to Microsoft. Close this tab and return to SCIM Setup Wizard.',
    ko: 'Microsoft에 로그인했습니다. 이 탭을 닫고 SCIM Setup Wizard로 돌아가십시오.',
  },
  failed: {
    en: 'The Microsoft sign-in did not succeed. Return to SCIM Setup Wizard to see why.',
    ko: 'Microsoft 로그인이 완료되지 않았습니다. 이유는 SCIM Setup Wizard에서 확인하십시오.',
  },
  'wrong-state': {
    en: 'This sign-in answer does not belong to the sign-in SCIM Setup Wizard is waiting for. It was ignored.',
    ko: '이 로그인 응답은 SCIM Setup Wizard가 기다리는 로그인의 것이 아니어서 무시했습니다.',
  },
  ended: {
    en: 'This sign-in has already ended. Start it again from SCIM Setup Wizard if needed.',
    ko: '이 로그인은 이미 끝났습니다. 필요하면 SCIM Setup Wizard에서 다시 시작하십시오.',
  },
};

export function renderRedirectPage(kind: RedirectPageKind): string {
  const text = TEXTS[kind];
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>SCIM Setup Wizard · Microsoft sign-in</title></head>
<body data-outcome="${kind}">
<h1>SCIM Setup Wizard</h1>
<p lang="en">${text.en}</p>
<p lang="ko">${text.ko}</p>
</body>
</html>
`;
}
