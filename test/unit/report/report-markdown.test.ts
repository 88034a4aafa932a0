import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/report-model';
import { emptyProfile } from '../../../shared/settings/schema';
import { SECRET_IDS } from '../../../shared/secrets';
import { cxoneProfile, input, markdown, NOW, ORG_ID, webexProfile } from './report-fixtures';

/** The forms a leaked value would take in a file (as the e2e leak scan checks). */
function leakForms(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64').replace(/=+$/, '');
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), base64, Buffer.from(secret).toString('base64url')];
}

describe('renderReportMarkdown, English', () => {
  const text = markdown(input(webexProfile()));

  it('has a title with the (escaped) profile name and the time it was made', () => {
    expect(text.split('\n')[0]).toBe('# Setup report: Acme \\| Corp \\*HQ\\*');
    expect(text).toContain('Made on March 10, 2026 at 9:30 AM');
  });

  it('names the app, its version, the host and the platform', () => {
    expect(text).toContain('## App');
    expect(text).toContain('| App and version | SCIM Setup Wizard 1.2.3 |');
    expect(text).toContain('| Runs as | Desktop app |');
    expect(text).toContain('| Platform | linux (x64) |');
  });

  it('names the integration and the offer in words', () => {
    expect(text).toContain('| Integration | Cisco Webex Control Hub with Entra ID (Azure AD) |');
    expect(text).toMatch(/\| Webex offer \| [^|]*Commercial[^|]* \|/i);
  });

  it('lists every step in order with its state and, for closed ones, when', () => {
    expect(text).toContain('| No. | Step | State | Closed on |');
    expect(text).toMatch(/\| 1 \| [^|]+ \| Done \| March 1, 2026 at 10:00 AM \|/);
    expect(text).toMatch(/\| 2 \| [^|]+ \| Skipped \| March 1, 2026 at 10:05 AM \|/);
    expect(text).toMatch(/\| 7 \| [^|]+ \| Current step \| — \|/);
    expect(text).toMatch(/\| 9 \| [^|]+ \| To do \| — \|/);
  });

  it('gives the tenant URL as code, the check outcome in the check’s own words with its time', () => {
    expect(text).toContain(`| Tenant URL | \`https://webexapis.com/v1/scim/${ORG_ID}\` |`);
    expect(text).toMatch(/\| Test connection[^|]* \| Passed: Connection works: the server answered[^|]+ \| March 1, 2026 at 10:25 AM \|/);
  });

  it('says the token is stored and when, its expiry and that the reminder is due', () => {
    expect(text).toContain(
      '- **Webex bearer token**: Stored in the keychain on March 1, 2026 at 10:20 AM. Expires on March 30, 2026 at 10:20 AM. Renewal reminder: due. It expires on March 30, 2026 at 10:20 AM, in 21 days: renew it before then.',
    );
    expect(text).toContain('Secret values are never part of this report');
  });
});

describe('renderReportMarkdown, other profiles', () => {
  it('CXone in English: IdP, environment, region, base URLs, the failed check, the key pair stored', () => {
    const text = markdown(input(cxoneProfile()));
    expect(text).toContain('| Identity provider | Okta |');
    expect(text).toMatch(/\| Environment \| Standard \|/);
    expect(text).toMatch(/\| Region \(area code\) \| [^|]*NA1[^|]* \|/i);
    expect(text).toMatch(/\| SCIM base URL \| `https:\/\/[^`]+\/scim\/v2` \|/);
    expect(text).toMatch(/\| OAuth SCIM base URL \| `https:\/\/[^`]+\/oauth\/scim\/v2` \|/);
    expect(text).toContain('| OAuth token endpoint |');
    expect(text).toContain('| OAuth authorization endpoint |');
    expect(text).toMatch(/\| [^|]+ \| Failed: The server refused the token \(401\)[^|]* \| March 2, 2026 at 8:05 AM \|/);
    expect(text).toContain('- **CXone access key ID**: Stored in the keychain on March 2, 2026 at 8:02 AM. No expiry date is known.');
  });

  it('Korean: Korean headings, states, labels and sentences throughout', () => {
    const text = markdown(input(webexProfile()), 'ko');
    expect(text.split('\n')[0]).toBe('# 설정 보고서: Acme \\| Corp \\*HQ\\*');
    for (const heading of ['## 앱', '## 통합', '## 단계', '## 검증된 URL', '## 실시간 확인', '## 비밀 값과 토큰']) expect(text).toContain(heading);
    expect(text).toContain('| 번호 | 단계 | 상태 | 마친 시각 |');
    // Node's ICU writes 오전 or AM depending on its data: the day is what matters here.
    expect(text).toMatch(/\| 1 \| [^|]+ \| 완료 \| 2026년 3월 1일 \S+ 10:00 \|/);
    expect(text).toMatch(/\| 2 \| [^|]+ \| 건너뜀 \|/);
    expect(text).toContain('| 실행 방식 | 데스크톱 앱 |');
    expect(text).toMatch(/\*\*Webex 전달자 토큰\*\*: 2026년 3월 1일 \S+ 10:20에 키체인에 저장했습니다\./);
    expect(text).toContain('| 테넌트 URL |');
    // No English wording of the report's own left over (URLs, product names and the app's name aside).
    expect(text).not.toMatch(/Setup report|Stored in the keychain|Done|Skipped|Current step|To do|Renewal reminder/);
  });

  it('Korean CXone: the check outcome and the region', () => {
    const text = markdown(input(cxoneProfile()), 'ko');
    expect(text).toMatch(/\| [^|]+ \| 실패: [^|]+ \| 2026년 3월 2일 \S+ 8:05 \|/);
    expect(text).toContain('| ID 공급자(IdP) | Okta |');
  });

  it('a profile with nothing done says so in every section, in both languages', () => {
    const en = markdown(input(emptyProfile('new', 'New', NOW)));
    expect(en).toContain('| Integration | No integration chosen yet |');
    expect(en).toContain('No integration chosen yet, so no step has started.');
    expect(en).toContain('No URL is known yet');
    expect(en).toContain('No live check applies yet.');
    expect(en).toContain('No secret is stored for this profile yet.');
    const ko = markdown(input(emptyProfile('new', 'New', NOW)), 'ko');
    expect(ko).toContain('아직 통합을 선택하지 않아 시작한 단계가 없습니다.');
    expect(ko).toContain('이 프로필에 저장한 비밀 값이 아직 없습니다.');
  });

  it('a secret removed outside the app is a call-out saying to enter it again', () => {
    const text = markdown(input(cxoneProfile(), { secretPresence: { 'cxone-access-key-id': true, 'cxone-access-key-secret': false } }));
    expect(text).toContain(
      '> **CXone access key secret**: Recorded as stored on March 2, 2026 at 8:02 AM, but the keychain no longer holds it: enter it again. No expiry date is known.',
    );
    expect(text).toContain('- **CXone access key ID**: Stored in the keychain on');
    const ko = markdown(input(cxoneProfile(), { secretPresence: { 'cxone-access-key-id': true, 'cxone-access-key-secret': false } }), 'ko');
    expect(ko).toMatch(/> \*\*CXone 비밀 액세스 키\*\*: 2026년 3월 2일 \S+ 8:02에 저장한 것으로 기록되어 있지만 키체인에 더 이상 없습니다\. 다시 입력하세요\./);
  });

  it('an expired token and one far from expiry word the reminder accordingly', () => {
    const profile = webexProfile();
    const expired = markdown(
      input({ ...profile, secrets: { 'webex-bearer-token': { savedAt: '2025-01-01T00:00:00.000Z', expiresAt: '2026-03-01T00:00:00.000Z' } } }),
    );
    expect(expired).toContain('Renewal reminder: it expired on March 1, 2026 at 12:00 AM. Renew it now.');
    const far = markdown(
      input({ ...profile, secrets: { 'webex-bearer-token': { savedAt: '2026-03-01T00:00:00.000Z', expiresAt: '2027-03-01T00:00:00.000Z' } } }),
    );
    expect(far).toContain('Renewal reminder: not due yet (356 days left).');
  });
});

describe('no secret can reach the report', () => {
  it('the model takes no secret value: planted values in the keychain-facing inputs never appear, in any form', () => {
    // What a careless implementation might reach for: values beside the metadata, in a field the report does not list, in the presence map.
    const planted = {
      token: 'tok_Zq8vR2mN5xK1pL7wY3sB9dF4hJ6gT0cV',
      keyId: 'KEYIDABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMN====',
      keySecret: 'S3cr3t/Value+With=Marks&More',
    };
    const profile = cxoneProfile();
    const sneaky = {
      ...profile,
      fields: { ...profile.fields, 'cxone.unlisted': planted.keySecret },
      secrets: {
        'cxone-access-key-id': { savedAt: '2026-03-02T08:02:30.000Z', expiresAt: null, value: planted.keyId },
        'cxone-access-key-secret': { savedAt: '2026-03-02T08:02:40.000Z', expiresAt: null },
        'cxone-bearer-token': { savedAt: '2026-03-02T08:02:50.000Z', expiresAt: null, token: planted.token },
      },
    } as typeof profile;
    const presence = Object.fromEntries(SECRET_IDS.map((id) => [id, true]));
    const model = buildReportModel(input(sneaky, { secretPresence: presence }));
    const texts = [JSON.stringify(model), markdown(input(sneaky, { secretPresence: presence })), markdown(input(sneaky, { secretPresence: presence }), 'ko')];
    for (const text of texts) for (const secret of Object.values(planted)) for (const form of leakForms(secret)) expect(text.includes(form)).toBe(false);
    // ...while the report does say each is stored.
    expect(texts[1]).toContain('**CXone bearer token**: Stored in the keychain on');
  });
});
