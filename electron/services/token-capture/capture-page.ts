import { createHash } from 'node:crypto';
import { CAPTURE_TEXTS, CLOSE_HINT, OUTCOME_OF, type CaptureReason } from './capture-texts';

/**
 * The redirect page. The token arrives in the URL fragment, which browsers
 * never send to a server, so this page reads `location.hash` and posts it
 * back. Its script and style are inline, allowed by their SHA-256 in the CSP
 * (PAGE_CSP, below them) and by nothing else: one response, no second round
 * trip before the POST (issue 10, token capture against its floor).
 */
/** On every response: nothing cached, nothing leaked in a Referer, nothing framed or sniffed. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `reason` is 'pending' for a normal redirect; anything else was decided by the server (an error in the query). */
export function renderCapturePage(reason: CaptureReason = 'pending', detail = ''): string {
  const text = CAPTURE_TEXTS[reason];
  const settled = reason !== 'pending';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SCIM Setup Wizard · Sign-in</title>
<style>${CAPTURE_STYLE}</style>
</head>
<body>
<main>
<h1>SCIM Setup Wizard</h1>
<div id="capture-status" role="status" aria-live="polite" data-outcome="${OUTCOME_OF[reason]}" data-reason="${reason}">
<p id="capture-message-en" lang="en">${escapeHtml(text.en)}</p>
<p id="capture-message-ko" lang="ko">${escapeHtml(text.ko)}</p>
<p id="capture-detail"${detail ? '' : ' hidden'}>${escapeHtml(detail)}</p>
</div>
<div id="capture-close-hint"${settled ? '' : ' hidden'}>
<p lang="en">${escapeHtml(CLOSE_HINT.en)}</p>
<p lang="ko">${escapeHtml(CLOSE_HINT.ko)}</p>
</div>
<noscript><p>This page needs JavaScript to hand the sign-in to SCIM Setup Wizard. / 이 페이지는 로그인 정보를 SCIM Setup Wizard에 전달하기 위해 JavaScript가 필요합니다.</p></noscript>
</main>
<script>${CAPTURE_SCRIPT}</script>
</body>
</html>
`;
}

/** JSON that cannot end the inline script it sits in (`</script>`, `<!--`). */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

// Runs in the browser, at the end of the page's body. Written for any current browser; JSON-embedded tables keep one source of texts.
export const CAPTURE_SCRIPT = `(() => {
  'use strict';
  const TEXTS = ${scriptJson(CAPTURE_TEXTS)};
  const OUTCOME_OF = ${scriptJson(OUTCOME_OF)};
  const status = document.getElementById('capture-status');
  const detailLine = document.getElementById('capture-detail');
  const hint = document.getElementById('capture-close-hint');
  const show = (reason, detail) => {
    const known = Object.prototype.hasOwnProperty.call(TEXTS, reason) ? reason : 'refused';
    status.dataset.outcome = OUTCOME_OF[known];
    status.dataset.reason = known;
    document.getElementById('capture-message-en').textContent = TEXTS[known].en;
    document.getElementById('capture-message-ko').textContent = TEXTS[known].ko;
    detailLine.textContent = detail || '';
    detailLine.hidden = !detail;
    hint.hidden = false;
  };
  if (status.dataset.outcome !== 'pending') return;
  const fragment = location.hash.slice(1);
  // Take the token out of the address bar and history before anything else can read or bookmark it.
  history.replaceState(null, '', location.pathname);
  if (!fragment) { show('empty'); return; }
  fetch('/auth/capture', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    body: fragment,
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'error',
    // The page is no-referrer; under that policy spec-following browsers send this POST with "Origin: null", which the listener refuses.
    referrerPolicy: 'same-origin',
  }).then(async (response) => {
    let body = {};
    try { body = await response.json(); } catch { body = {}; }
    show(typeof body.reason === 'string' ? body.reason : (response.ok ? 'captured' : 'refused'), typeof body.detail === 'string' ? body.detail : '');
  }, () => show('unreachable'));
})();
`;

export const CAPTURE_STYLE = `body { font-family: system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; margin: 0; background: #f5f6f8; color: #1d1f23; }
main { max-width: 36rem; margin: 10vh auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
h1 { font-size: 1.25rem; margin-top: 0; }
#capture-status[data-outcome="captured"] { color: #1b6e2e; }
#capture-status[data-outcome="error"], #capture-status[data-outcome="rejected"] { color: #a4262c; }
#capture-detail { font-family: ui-monospace, monospace; font-size: .9rem; color: #444; overflow-wrap: anywhere; }
#capture-close-hint { border-top: 1px solid #ddd; margin-top: 1.5rem; padding-top: .5rem; }
`;

const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's own script and style, by hash; no other script or style, and connections only back to the listener. */
export const PAGE_CSP = `default-src 'none'; script-src ${cspHash(CAPTURE_SCRIPT)}; connect-src 'self'; style-src ${cspHash(CAPTURE_STYLE)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
