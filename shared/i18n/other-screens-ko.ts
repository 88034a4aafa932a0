// The particle rule these texts' {{x, josa(...)}} need (es-hangul), loaded with them.
import './josa';
import { identityKo } from './identity-ko';
import { graphKo } from './graph-ko';
import { handoffKo } from './handoff-ko';
import { reportKo } from './report-ko';
import type { otherScreensEn } from './other-screens-en';
import type { TextsLike } from './texts-shape';

/**
 * The Korean texts of every screen but the first (ko.ts merges them with
 * first-screen-ko.ts). Same keys and {{placeholders}} as other-screens-en.ts
 * (checked by its type and by test/unit/i18n/messages.test.ts).
 *
 * Terminology follows the Korean vendor procedures (Webex Help Center, NICE CXone)
 * where it matches what an admin sees on screen today: 테넌트 URL, 전달자 토큰,
 * 조직 ID, 사용자 및 그룹, 속성 매핑, 시크릿 창; Microsoft's current Korean UI for
 * 엔터프라이즈 애플리케이션, 프로비저닝, Microsoft Entra ID. Portal labels that
 * often stay English are quoted in English with a Korean gloss.
 */
export const otherScreensKo: TextsLike<typeof otherScreensEn> = {
  wizard: {
    steps: '단계',
    progress: '전체 {{total}}단계 중 {{done}}단계 완료',
    progressWithSkipped: '전체 {{total}}단계 중 {{done}}단계 완료, {{skipped}}단계 건너뜀',
    skippedNote: '이 단계를 건너뛰었습니다. 단계는 닫혔지만 안내된 작업은 하지 않았습니다. 해당되는 경우 지금 진행한 뒤 다음을 누르세요.',
    completeWithSkipped:
      '모든 단계를 닫았습니다. 건너뛰어서 진행하지 않은 단계: {{steps}}. 이 프로필을 유지하세요. 목록에서 언제든 단계를 다시 열 수 있고, 만료되는 토큰은 갱신할 때가 되면 여기에서 알려 줍니다.',
    unmetMany: '위에서 아직 마치지 않은 항목 {{count}}개',
    unmetFieldRefused: '‘{{label}}’ 값 수정(무엇이 잘못되었는지는 입력란 아래에 나와 있습니다)',
    stepOf: '전체 {{total}}단계 중 {{index}}단계',
    back: '이전',
    next: '다음',
    finish: '완료',
    complete: '모든 단계를 마쳤습니다. 이 프로필을 유지하세요. 목록에서 언제든 단계를 다시 열 수 있고, 만료되는 토큰은 갱신할 때가 되면 여기에서 알려 줍니다.',
    skip: '이 단계 건너뛰기',
    skippableHint: '다음에 해당하면 이 단계를 건너뛸 수 있습니다: {{reason}}',
    unmet: '계속하려면 다음을 마치세요: {{items}}',
    unmetField: '‘{{label}}’ 입력',
    unmetCheckbox: '‘{{label}}’ 체크',
    unmetChoice: '‘{{label}}’ 선택',
    unmetSecret: '‘{{label}}’ 값을 키체인에 저장하기',
    unmetAction: '‘{{label}}’ 성공적으로 실행',
    status: {
      done: '완료',
      skipped: '건너뜀',
      current: '현재 단계',
      attention: '확인 필요',
      todo: '시작 전',
    },
    saved: '변경 사항을 모두 저장했습니다',
    saving: '저장 중…',
    cancel: '취소',
  },
  field: {
    normalisedTo: '{{value, josa(으로/로)}} 저장했습니다.',
    notSavedInvalid: '저장하지 않았습니다. {{message}}',
    notSavedKeepsSaved: '저장하지 않았습니다. {{message}} 이전에 저장한 값이 그대로 남아 있으며, 다음을 누르면 이 값으로 진행합니다: {{saved}}',
    revert: '저장된 값으로 되돌리기',
    required: '필수',
    optional: '선택',
  },
  copy: {
    copied: '클립보드에 복사했습니다.',
    secretCopied: '토큰을 복사했습니다. {{seconds}}초 후에도 클립보드에 남아 있으면 자동으로 지워집니다.',
    failed: '클립보드에 복사할 수 없습니다. 이 페이지에 클립보드 사용을 허용하거나, 값을 직접 선택해 복사하세요.',
  },
  token: {
    none: '저장된 전달자 토큰이 아직 없습니다.',
    stored: '전달자 토큰이 시스템 키체인에 저장되어 있습니다({{date}} 저장).',
    expiresAt: '{{date}}에 만료됩니다.',
    expiryUnknown: '로그인 응답에 만료 시점이 없었습니다.',
    expiresSoon: '토큰이 {{date}}에 만료됩니다({{days}}일 남음). 그 전에 갱신하세요. 토큰이 만료되면 Entra가 프로비저닝을 격리(quarantine) 상태로 전환합니다.',
    expiresToday: '토큰이 {{date}}에 만료됩니다(하루도 남지 않음). 지금 갱신하세요. 토큰이 만료되면 Entra가 프로비저닝을 격리(quarantine) 상태로 전환합니다.',
    expired: '토큰이 {{date}}에 만료되었습니다. 지금 갱신하세요. Entra가 프로비저닝을 이미 격리했거나 곧 격리합니다.',
    openerLabel: '로그인 페이지를 열 위치',
    facts: '토큰은 365일 동안 유효하며, 로그인한 사람의 권한으로 동작합니다. 평소 쓰는 계정이 아니라 조직의 전체 관리자 계정으로 로그인하세요.',
    opener: {
      'in-app-private': '이 앱의 시크릿 창(권장: 기존 로그인 세션을 재사용하지 않음)',
      'system-browser': '기본 브라우저(다른 계정으로 로그인되어 있다면 시크릿 창을 사용하세요)',
      'new-tab': '이 브라우저의 새 탭(이 브라우저에 이미 로그인된 Webex 계정을 그대로 사용함)',
      'copy-link': '직접 여는 시크릿 창(로그인 링크를 복사해서 사용)',
    },
    browserModeNote:
      '브라우저 모드에서는 시크릿 창을 대신 열어 드릴 수 없습니다. 이 브라우저에 로그인된 계정이 아닌 다른 계정으로 로그인하려면 두 번째 항목을 선택하고, 링크를 시크릿 창에 붙여 넣으세요(Chrome·Edge: Ctrl+Shift+N, Firefox: Ctrl+Shift+P, Safari: Shift+Command+N).',
    waiting: '로그인이 끝나기를 기다리는 중… ({{time}}까지 {{redirectUri}}에서 대기)',
    openLink: '로그인 페이지 열기',
    openLinkHint: '창이 열리지 않았다면 다음 링크를 사용하세요:',
    cancel: '로그인 취소',
    captured: '전달자 토큰을 받아 시스템 키체인에 저장했습니다.',
    copyLinkHint: '로그인 링크를 복사해 시크릿 창에서 열거나, 여기에서 바로 여세요:',
    copyLink: '로그인 링크 복사',
    linkCopied: '로그인 링크를 복사했습니다. 시크릿 창의 주소 표시줄에 붙여 넣으세요.',
    linkCopyFailed: '브라우저가 복사를 허용하지 않았습니다. ‘로그인 페이지 열기’를 마우스 오른쪽 버튼으로 클릭해 링크 주소를 복사하세요.',
    paste: {
      open: '토큰 직접 붙여 넣기',
      title: '가지고 있는 토큰 붙여 넣기',
      help: '위의 로그인을 이 컴퓨터에서 마칠 수 없을 때(3000번 포트를 다른 프로그램이 쓰고 있거나 정책상 로컬 수신이 막혀 있을 때), 또는 이미 토큰이 있을 때 사용하세요. 주소에서 access_token=과 &token_type= 사이의 부분만 복사하세요. 토큰은 곧바로 시스템 키체인에 저장됩니다.',
      label: '전달자 토큰',
      expiryLabel: '언제 만료되나요?',
      expiryDefault: '모름: 공급업체 안내대로 오늘부터 {{days}}일 후로 설정',
      expiryKnown: '만료 날짜를 알고 있습니다',
      expiryDate: '만료 날짜',
      save: '키체인에 토큰 저장',
      close: '닫기',
      saved: '토큰을 시스템 키체인에 저장했습니다. {{date}}에 만료됩니다.',
    },
    remove: {
      button: '이 컴퓨터에서 토큰 삭제',
      title: '이 컴퓨터에서 토큰을 삭제하시겠습니까?',
      body: '시스템 키체인에서 토큰을 삭제하고, 마법사에 기록된 날짜도 지웁니다. Entra에 붙여 넣은 토큰은 그대로 남으며, 이 컴퓨터만 정리합니다. 연결을 다시 테스트하려면 새 토큰이 필요합니다.',
      confirm: '토큰 삭제',
      done: '이 컴퓨터에서 토큰을 삭제했습니다.',
    },
  },
  secretField: {
    stored: '시스템 키체인에 저장되어 있습니다({{date}} 저장).',
    inputHelp: '값을 붙여 넣으세요. 설정 파일이 아니라 시스템 키체인에 바로 저장되며, 저장하고 나면 이 칸은 비워집니다.',
    save: '키체인에 저장',
    saving: '저장하는 중…',
    reveal: '표시',
    hide: '숨기기',
    revealedNote: '{{seconds}}초 동안 표시한 뒤 다시 숨깁니다.',
    copy: '복사',
    copied: '복사했습니다. {{seconds}}초 후에도 클립보드에 남아 있으면 자동으로 지워집니다.',
    replace: '교체',
    replaceTitle: '‘{{label}}’ 값을 교체할까요?',
    replaceBody:
      '새 값을 저장하면 저장된 값을 덮어씁니다. 이 값은 공급업체 화면에서 한 번만 표시되므로, 지금 가지고 있지 않다면 이전 값은 되살릴 수 없습니다. 지금 가지고 있는 값으로만 교체하세요.',
    replaceConfirm: '교체하기',
    keep: '그대로 두기',
    cancelReplace: '저장된 값 유지',
    missing: '설정에는 저장했다고 되어 있지만 키체인에 값이 없습니다(앱 밖에서 삭제됨). 다시 붙여 넣으세요.',
  },
  values: {
    copy: '복사',
    copyLabel: '{{label}} 복사',
    notYet: '아직 알 수 없습니다. 앞 단계에 먼저 답하세요.',
  },
  summary: {
    title: '요약',
    none: '없음',
    notSet: '—',
    secretStored: '{{date}}에 키체인에 저장함',
    secretStoredExpires: '{{date}}에 키체인에 저장함, {{expires}}에 만료',
    secretMissing: '저장되지 않음',
    passedAt: '{{time}} 확인 성공',
    failedAt: '{{time}} 확인 실패',
  },
  test: {
    running: '연결을 테스트하는 중… ({{seconds}}초)',
    cancel: '테스트 취소',
    outcome: {
      ok: '연결에 성공했습니다. ID 공급자가 보내는 것과 같은 조회에 서버가 SCIM 목록으로 응답했습니다.',
      'ok_users-found':
        '연결에 성공했습니다. 서버가 토큰을 받아들이고 Entra가 보내는 것과 같은 조회에 응답했지만, 예상한 빈 사용자 목록은 아니었습니다(아래 경고 참고).',
      unauthorized: '서버가 토큰을 거부했습니다(401). 토큰이 유효하지 않거나 만료되었습니다. 해당 단계에서 새 토큰을 저장하세요.',
      forbidden: '서버가 액세스를 거부했습니다(403). 이 토큰의 계정에는 사용자를 관리할 권한이 없습니다. 관리자의 토큰을 사용하세요.',
      'not-found': '서버가 이 주소를 알지 못합니다(404). URL을 확인하세요.',
      dns: '서버 이름을 확인할 수 없습니다(DNS, {{code}}). URL과 네트워크 또는 프록시 설정을 확인하세요.',
      tls: '보안 연결에 실패했습니다. 서버 인증서가 거부되었습니다({{code}}). HTTPS 트래픽을 검사하는 프록시나 잘못된 호스트가 흔한 원인입니다.',
      timeout: '서버가 제한 시간 내에 응답하지 않았습니다. 다시 시도하고, 문제가 계속되면 네트워크 또는 프록시를 확인하세요.',
      timeout_deadline: '{{seconds}}초 안에 응답을 끝까지 받지 못했습니다. 다시 시도하고, 문제가 계속되면 네트워크 또는 프록시를 확인하세요.',
      timeout_code: '서버가 제한 시간 내에 응답하지 않았습니다({{code}}). 다시 시도하고, 문제가 계속되면 네트워크 또는 프록시를 확인하세요.',
      'connection-refused': '연결이 거부되었습니다({{code}}). 이 호스트와 포트에서 연결을 받는 서비스가 없습니다. URL과 네트워크 또는 프록시를 확인하세요.',
      'not-scim': '서버가 응답했지만 SCIM 응답이 아닙니다(프록시 또는 로그인 페이지일 수 있음). URL을 확인하세요.',
      'not-scim_too-large':
        '응답 크기가 {{mib}}MiB를 넘습니다. 알 수 없는 사용자 한 명을 찾는 SCIM 검색의 응답은 수백 바이트이므로 SCIM API의 응답이 아닙니다. URL을 확인하세요.',
      'not-scim_html':
        '서버가 SCIM JSON이 아닌 웹 페이지(HTML)로 응답했습니다. URL이 SCIM API가 아니라 웹사이트, 로그인 페이지 또는 프록시를 가리키고 있습니다. URL을 확인하세요.',
      'not-scim_content-type': '서버가 SCIM JSON이 아닌 형식으로 응답했습니다(콘텐츠 유형: {{type}}). URL을 확인하세요.',
      'not-scim_not-json': '서버가 JSON이 아닌 내용으로 응답했으므로 SCIM 응답이 아닙니다. URL을 확인하세요.',
      'not-scim_not-list-response': '서버가 JSON으로 응답했지만 SCIM ListResponse가 아닙니다. URL을 확인하세요.',
      'http-error': '서버가 예상하지 못한 상태로 응답했습니다. URL을 확인하세요.',
      'http-error_status': '서버가 예상하지 못한 상태로 응답했습니다(HTTP {{status}}). 나중에 다시 시도하고, 문제가 계속되면 URL을 확인하세요.',
      'http-error_redirect':
        '서버가 테스트 요청을 다른 주소로 보냈습니다(HTTP {{status}}, 대상 호스트: {{host}}). 리디렉션은 따라가지 않으므로 토큰은 그곳으로 전송되지 않았습니다. URL을 확인하세요.',
      'http-error_redirect-no-location':
        '서버가 리디렉션으로 응답했지만(HTTP {{status}}) 이동할 주소를 알려 주지 않았습니다. 리디렉션은 따라가지 않습니다. URL을 확인하세요.',
      'http-error_redirect-unreadable': '서버가 읽을 수 없는 주소로 리디렉션했습니다(HTTP {{status}}). 리디렉션은 따라가지 않습니다. URL을 확인하세요.',
      network: '응답을 받기 전에 연결에 실패했습니다. 네트워크 또는 프록시를 확인하세요.',
      'network_bad-url': 'URL이 올바른 http(s) 주소가 아니어서 아무것도 보내지 않았습니다. URL을 확인하세요.',
      network_code: '연결에 실패했습니다({{code}}). 네트워크 또는 프록시를 확인하세요.',
      network_unknown: '응답을 받기 전에 연결에 실패했습니다. 네트워크 또는 프록시를 확인하세요.',
      cancelled: '테스트를 취소했습니다.',
    },
    exchange: {
      unauthorized:
        '토큰 엔드포인트가 액세스 키를 거부했습니다(401). 액세스 키 ID와 비밀 키가 서로 바뀌지 않았는지, 끝까지 복사되었는지, 직원 계정을 이메일에서 활성화했는지 확인하세요.',
      forbidden: '토큰 엔드포인트가 액세스 키를 거부했습니다(403). 이 키의 직원에게 이 용도로 만든 역할이 없거나 계정이 비활성 상태일 수 있습니다.',
      'not-found': '토큰 엔드포인트를 찾을 수 없습니다(404). 지역 코드를 확인하세요. CXone 로그인 주소에 있는 코드여야 합니다.',
      dns: '토큰 엔드포인트의 서버 이름을 확인할 수 없습니다({{code}}). 없는 지역 코드일 수 있으니 코드를 확인한 뒤 네트워크 또는 프록시를 확인하세요.',
      tls: '토큰 엔드포인트와의 보안 연결에 실패했습니다({{code}}). HTTPS 트래픽을 검사하는 프록시가 흔한 원인입니다.',
      timeout: '토큰 엔드포인트가 제한 시간 내에 응답하지 않았습니다. 다시 시도하고, 문제가 계속되면 네트워크 또는 프록시를 확인하세요.',
      timeout_deadline:
        '토큰 엔드포인트에서 {{seconds}}초 안에 응답을 끝까지 받지 못했습니다. 다시 시도하고, 문제가 계속되면 네트워크 또는 프록시를 확인하세요.',
      timeout_code: '토큰 엔드포인트가 제한 시간 내에 응답하지 않았습니다({{code}}). 다시 시도하고, 문제가 계속되면 네트워크 또는 프록시를 확인하세요.',
      'connection-refused': '토큰 엔드포인트가 연결을 거부했습니다({{code}}). 지역 코드와 네트워크 또는 프록시를 확인하세요.',
      'bad-token-response': '토큰 엔드포인트가 액세스 토큰 없이 응답했습니다. 지역 코드를 확인하세요.',
      'bad-token-response_html':
        '토큰 엔드포인트가 토큰이 아닌 웹 페이지(HTML)로 응답했습니다. 프록시나 로그인 페이지가 중간에 있거나 지역 코드가 잘못되었습니다.',
      'bad-token-response_not-json': '토큰 엔드포인트가 JSON이 아닌 내용으로 응답해 토큰을 받지 못했습니다. 지역 코드를 확인하세요.',
      'bad-token-response_no-access-token': '토큰 엔드포인트가 응답했지만 access_token이 없습니다. 지역 코드를 확인하고, 맞다면 새 액세스 키를 만드세요.',
      'bad-token-response_too-large': '토큰 엔드포인트의 응답이 {{mib}}MiB를 넘습니다. 토큰 엔드포인트가 아닙니다. 지역 코드를 확인하세요.',
      'http-error': '토큰 엔드포인트가 예상하지 못한 상태로 응답했습니다. 나중에 다시 시도하세요.',
      'http-error_status':
        '토큰 엔드포인트가 예상하지 못한 상태로 응답했습니다(HTTP {{status}}). 나중에 다시 시도하고, 문제가 계속되면 NICE 지원팀에 문의하세요.',
      'http-error_redirect':
        '토큰 엔드포인트가 요청을 다른 주소로 보냈습니다(HTTP {{status}}, 대상 호스트: {{host}}). 리디렉션은 따라가지 않으므로 액세스 키는 그곳으로 전송되지 않았습니다.',
      'http-error_redirect-no-location':
        '토큰 엔드포인트가 리디렉션으로 응답했지만(HTTP {{status}}) 이동할 주소를 알려 주지 않았습니다. 리디렉션은 따라가지 않습니다.',
      'http-error_redirect-unreadable': '토큰 엔드포인트가 읽을 수 없는 주소로 리디렉션했습니다(HTTP {{status}}). 리디렉션은 따라가지 않습니다.',
      network: '응답을 받기 전에 토큰 엔드포인트와의 연결에 실패했습니다. 네트워크 또는 프록시를 확인하세요.',
      'network_bad-url': '토큰 엔드포인트가 올바른 http(s) 주소가 아니어서 아무것도 보내지 않았습니다. 지역 코드를 확인하세요.',
      network_code: '토큰 엔드포인트와의 연결에 실패했습니다({{code}}). 네트워크 또는 프록시를 확인하세요.',
      network_unknown: '응답을 받기 전에 토큰 엔드포인트와의 연결에 실패했습니다. 네트워크 또는 프록시를 확인하세요.',
      cancelled: '확인을 취소했습니다.',
    },
    serverSaid: '서버가 보낸 메시지:',
    warning: {
      'users-found_one':
        '경고: 아무도 찾지 못해야 하는 임의의 사용자 이름으로 검색했는데 사용자 {{count}}명이 검색되었습니다. 서버가 검색 필터를 무시하는 것일 수 있으며, 그러면 프로비저닝이 엉뚱한 사용자와 연결됩니다. 먼저 테스트 사용자 한 명만 프로비저닝하고 올바른 계정과 연결되는지 확인하세요.',
      'users-found_other':
        '경고: 아무도 찾지 못해야 하는 임의의 사용자 이름으로 검색했는데 사용자 {{count}}명이 검색되었습니다. 서버가 검색 필터를 무시하는 것일 수 있으며, 그러면 프로비저닝이 엉뚱한 사용자와 연결됩니다. 먼저 테스트 사용자 한 명만 프로비저닝하고 올바른 계정과 연결되는지 확인하세요.',
    },
    lastRun: '마지막 테스트: {{time}}, {{result}}',
    passed: '성공',
    failed: '실패',
  },
  mapping: {
    tableCaption: '권장 속성 매핑(Entra ID 속성 → Webex 속성)',
    source: 'Entra ID 속성(소스)',
    target: 'Webex 속성(대상)',
    kind: '구분',
    kindDefault: '기본',
    kindOptional: '추가(선택)',
    status: '내 스키마',
    statusOk: '권장대로 매핑됨',
    statusMissing: '없음',
    statusDifferent: '{{source}}에서 매핑됨',
    statusUnknown: '확인 안 함',
    loadHint:
      '선택 사항: Entra에서 프로비저닝 > 매핑 > “Show advanced options”(고급 옵션 표시) > “Review your schema”(스키마 검토)를 열어 JSON을 저장한 다음, 여기에서 불러오면 비교할 수 있습니다.',
    analysed: '“{{name}}” 매핑과 비교했습니다. 누락된 속성은 {{missing}}개, 다른 속성에서 매핑된 속성은 {{different}}개입니다.',
  },
  diagnostics: {
    title: '지원용 진단 정보',
    app: '앱',
    host: '실행 환경',
    hostElectron: '데스크톱 앱(Electron)',
    hostBrowser: '브라우저 모드',
    versions: '버전',
    platform: '플랫폼',
    dataDir: '데이터 폴더',
    settingsFile: '설정 파일',
    keychainNamespace: '이 데이터 폴더의 키체인 네임스페이스',
    keychainNamespaceNone: '알 수 없음(설정 파일을 사용할 수 없음)',
    endpoints: '엔드포인트',
    endpointsProduction: '운영(기본 내장)',
    endpointsTest: '{{file}}의 테스트용 엔드포인트',
    keychain: '시스템 키체인',
    keychainChecking: '확인 중…',
    keychainOk: '사용 가능({{backend}})',
    keychainProblem: {
      unavailable: '연결할 수 없음',
      locked: '잠겨 있음',
      'no-keyring': '기본 키링 없음',
      module: '키체인 모듈을 불러오지 못함',
    },
    keychainFix: '해결 방법: {{fix}}',
    systemDetail: '시스템 메시지',
    backend: {
      linux: 'libsecret 기반 시크릿 서비스',
      darwin: 'macOS 키체인',
      win32: 'Windows 자격 증명 관리자',
    },
    recheck: '다시 확인',
    copy: '진단 정보 복사',
  },
  keychain: {
    fix: {
      'linux-unavailable':
        'gnome-keyring과 libsecret-1-0을 설치하고(Debian/Ubuntu: sudo apt-get install gnome-keyring libsecret-1-0) 데스크톱 세션이나 D-Bus 세션 버스를 시작하세요. DBUS_SESSION_BUS_ADDRESS가 실행 중인 세션 버스를 가리켜야 합니다.',
      'linux-locked': '로그인 키링의 잠금을 해제한 후 다시 시도하세요. 예를 들어 “암호 및 키”(Seahorse)를 열고 “로그인” 키링의 잠금을 해제합니다.',
      'linux-no-keyring':
        '기본 키링을 만든 후 다시 시도하세요. “암호 및 키”(Seahorse)에서 새 키링 “로그인”을 만들어 기본값으로 지정하거나, 키링의 잠금을 해제해 주는 데스크톱 세션으로 로그인하면 됩니다.',
      'linux-module':
        'gnome-keyring과 libsecret-1-0을 설치하고(Debian/Ubuntu: sudo apt-get install gnome-keyring libsecret-1-0) 데스크톱 세션이나 D-Bus 세션 버스를 시작하세요. 이미 설치되어 있다면 앱을 다시 설치하세요.',
      module: '앱을 다시 설치하세요. 키체인 모듈이 없거나 다른 시스템용으로 빌드되었습니다.',
      'darwin-locked': '“키체인 접근” 앱에서 로그인 키체인의 잠금을 해제한 후(파일 > 키체인 “login” 잠금 해제) 다시 시도하세요.',
      'darwin-unavailable': '“키체인 접근” 앱에서 로그인 키체인이 있는지, 잠금이 해제되어 있는지, 기본 키체인으로 지정되어 있는지 확인하세요.',
      win32:
        '자격 증명 관리자(제어판 > 자격 증명 관리자 > Windows 자격 증명)를 열어 현재 계정에서 제대로 작동하는지 확인하세요. 임시 프로필이 아닌 일반 사용자 프로필로 로그인해야 합니다.',
      other: '운영 체제의 키체인 서비스가 설치되어 있고, 실행 중이며, 잠금이 해제되어 있는지 확인하세요.',
      rejected: '값을 확인한 후 다시 시도하세요. 아무것도 저장하지 않았습니다.',
    },
  },
  errors: {
    INVALID_REQUEST: '앱이 잘못된 형식의 요청을 보냈습니다. 진단 정보를 첨부해 이 문제를 알려 주세요.',
    UNKNOWN_CHANNEL: '앱이 없는 기능을 요청했습니다. 진단 정보를 첨부해 이 문제를 알려 주세요.',
    FORBIDDEN_SENDER: '마법사 창에서 보낸 요청이 아니어서 거부했습니다.',
    VALIDATION_FAILED: '아직 마치지 않은 항목이 있습니다.',
    'VALIDATION_FAILED_no-integration': '먼저 연결할 통합을 선택하세요.',
    'VALIDATION_FAILED_not-available': '이 통합은 아직 준비 중입니다.',
    'VALIDATION_FAILED_no-base-url': '확인할 주소를 아직 알 수 없습니다. 앞 단계(조직 ID 또는 지역)에 먼저 답하세요.',
    'VALIDATION_FAILED_no-secret': '이 확인에 필요한 비밀 값이 키체인에 없습니다. 해당 단계에서 먼저 저장한 뒤 다시 확인하세요.',
    'VALIDATION_FAILED_no-token-url': '토큰 엔드포인트를 아직 알 수 없습니다. 먼저 지역을 선택하세요.',
    'VALIDATION_FAILED_no-sign-in': '이 통합에는 시작할 로그인이 없습니다.',
    'VALIDATION_FAILED_last-profile': '마지막 프로필은 삭제할 수 없습니다. 먼저 다른 프로필을 만드세요.',
    'VALIDATION_FAILED_earlier-steps-open': '앞 단계를 먼저 마치세요.',
    'VALIDATION_FAILED_not-skippable': '이 단계는 건너뛸 수 없습니다.',
    'VALIDATION_FAILED_requirements-unmet': '이 단계를 아직 마치지 않았습니다.',
    PRESENTING: '화면 공유 모드에서는 비밀 값을 표시하거나 복사하지 않습니다. 먼저 헤더의 “화면 공유”를 끄세요.',
    GRAPH_PERMISSION_MISSING:
      'Microsoft Graph가 이 작업을 거부했습니다. 로그인한 계정이나 앱 등록에 권한({{permission}})이 없습니다. 앱 등록에 이 권한의 관리자 동의를 부여하고, 계정이 애플리케이션 관리자 또는 클라우드 애플리케이션 관리자인지 확인한 뒤 Microsoft에 다시 로그인하고 다시 시도하세요.',
    GRAPH_NOT_FOUND:
      'Microsoft Graph에 해당 개체가 더 이상 없습니다({{graphCode}}). Azure Portal에서 삭제되었을 수 있습니다. 앱을 다시 만들거나 선택한 뒤 다시 시도하세요.',
    GRAPH_NOT_FOUND_template:
      '이 테넌트의 갤러리에 애플리케이션 템플릿 {{template, josa(이/가)}} 없습니다. 엔드포인트 파일의 Graph 주소를 확인하거나 이 단계를 Azure Portal에서 직접 진행하세요.',
    GRAPH_NOT_FOUND_app: '이 프로필에 기록된 엔터프라이즈 앱이 Entra ID에 더 이상 없습니다. 앱을 다시 만들거나 기존 앱을 선택하세요.',
    GRAPH_NOT_FOUND_job: '이 프로필에 기록된 프로비저닝 작업이 더 이상 없습니다. 프로비저닝을 다시 설정하세요.',
    GRAPH_NOT_FOUND_principal: '이 사용자 또는 그룹이 Entra ID에 더 이상 없습니다. 다시 검색해 다른 항목을 선택하세요.',
    GRAPH_NOT_FOUND_assignment: '이 할당은 이미 Entra ID에서 삭제되었습니다. 되돌릴 것이 없습니다.',
    GRAPH_NOT_FOUND_sync: '앱에 프로비저닝(동기화) 템플릿이 없어 Entra가 프로비저닝할 수 없습니다. 앱을 올바른 템플릿으로 만들었는지 확인하세요.',
    GRAPH_THROTTLED: 'Microsoft Graph가 요청을 제한하고 있습니다. {{retryAfterSeconds}}초 기다린 뒤 다시 시도하세요.',
    GRAPH_CREDENTIALS_REJECTED:
      'Entra ID가 이 테넌트 URL과 토큰으로 SCIM 서비스에 연결하지 못했습니다({{graphCode}}): “{{detail}}”. 테넌트 URL(조직 ID)을 확인하고 새 토큰을 받은 뒤 다시 시도하세요.',
    GRAPH_REQUEST_FAILED: 'Microsoft Graph가 요청을 거부했습니다(HTTP {{status}}, {{graphCode}}). 다시 시도하고, 다시 발생하면 진단 정보를 첨부해 알려 주세요.',
    GRAPH_REQUEST_FAILED_unauthorized: 'Microsoft Graph가 Microsoft 로그인을 받아들이지 않았습니다(HTTP 401). Microsoft에 다시 로그인한 뒤 다시 시도하세요.',
    GRAPH_UNREACHABLE: 'Microsoft Graph({{host}})에 연결하지 못했습니다. 네트워크나 프록시를 확인한 뒤 다시 시도하세요.',
    'VALIDATION_FAILED_graph-not-available': '이 통합에는 Microsoft Graph 설정이 없습니다. Entra ID 단계를 직접 진행하세요.',
    'VALIDATION_FAILED_graph-no-app': '먼저 엔터프라이즈 앱을 만들거나 선택하세요.',
    'VALIDATION_FAILED_graph-not-created-here': '마법사가 만든 앱만 여기서 삭제할 수 있습니다. 원래 있던 앱은 Microsoft Entra 관리 센터에서 삭제하세요.',
    'VALIDATION_FAILED_graph-no-job': '먼저 프로비저닝을 설정하세요(작업을 만들고 자격 증명을 저장합니다).',
    'VALIDATION_FAILED_graph-no-base-url': '테넌트 URL을 아직 알 수 없습니다. 먼저 조직 ID 단계에 답하세요.',
    'VALIDATION_FAILED_graph-no-user': '먼저 테스트 사용자를 할당한 뒤 그 사용자를 프로비저닝하세요.',
    'VALIDATION_FAILED_graph-bad-email': '알림을 받을 올바른 이메일 주소 하나를 입력하세요.',
    IDENTITY_UNAUTHORIZED: '토큰의 소유자를 공급업체에 확인하는 중 토큰이 거부되었습니다(HTTP 401). 토큰이 만료되었거나 취소되었습니다. 새 토큰을 받으세요.',
    IDENTITY_FORBIDDEN:
      '공급업체가 이 토큰의 소유자를 알려 주지 않았습니다(HTTP 403). 계정에 자신의 프로필을 읽을 권한이나 라이선스가 없을 수 있습니다. 전체 관리자 계정으로 다시 로그인하세요.',
    IDENTITY_UNREACHABLE:
      '토큰의 소유자를 확인하려고 공급업체에 연결하지 못했습니다. 네트워크나 프록시를 확인한 뒤 다시 확인하세요. 토큰 자체는 저장되어 있습니다.',
    IDENTITY_BAD_RESPONSE: '공급업체의 응답에 토큰 소유자 정보가 없어 누구의 토큰인지 알 수 없습니다. 나중에 다시 확인하세요. 토큰 자체는 저장되어 있습니다.',
    IDENTITY_NOT_AVAILABLE: '테스트 엔드포인트가 로그인을 바꾸었지만 People API(webex.peopleApiBaseUrl)를 지정하지 않아 토큰의 소유자를 확인하지 않습니다.',
    SECRET_IN_FILE: '파일에 이 프로필의 비밀 값이 들어 있어 저장하지 않았습니다. 아무 파일도 쓰지 않았습니다.',
    'VALIDATION_FAILED_nothing-to-export':
      '이 프로필은 아직 통합을 선택하지 않아 인계할 내용이 없습니다. 프로필을 열어 통합을 선택하고 미리 준비할 수 있는 답변을 입력한 뒤 내보내세요.',
    NOT_FOUND: '요청한 항목을 앱에서 찾을 수 없습니다. 페이지를 새로 고치고, 다시 발생하면 진단 정보를 첨부해 알려 주세요.',
    NOT_FOUND_capture: '이 로그인은 더 이상 대기 중이 아닙니다. 로그인을 다시 시작하세요.',
    NOT_FOUND_profile: '이 프로필은 더 이상 없습니다. 다른 창에서 삭제되었을 수 있습니다. 목록에 남아 있는 프로필 중에서 선택하세요.',
    NOT_FOUND_secret: '이 비밀 값이 키체인에 없습니다(저장한 적이 없거나 앱 밖에서 삭제됨). 해당 단계에서 다시 저장하세요.',
    KEYCHAIN_UNAVAILABLE: '시스템 키체인을 사용할 수 없어 비밀 정보를 안전하게 저장할 수 없습니다(다른 곳에도 기록하지 않았습니다). {{fix}}',
    KEYCHAIN_LOCKED: '시스템 키체인이 잠겨 있습니다(다른 곳에도 기록하지 않았습니다). {{fix}}',
    KEYCHAIN_REJECTED: '시스템 키체인이 값을 거부하여 아무것도 저장하지 않았습니다. 값을 확인한 후 다시 시도하세요.',
    KEYCHAIN_REJECTED_empty: '값이 비어 있어 아무것도 저장하지 않았습니다.',
    KEYCHAIN_REJECTED_nul: '값에 키체인이 잘라 버리는 NUL 문자가 있어 아무것도 저장하지 않았습니다. 값을 다시 복사하세요.',
    KEYCHAIN_REJECTED_surrogate: '값에 잘못된 유니코드 문자(짝이 없는 서로게이트)가 있어 아무것도 저장하지 않았습니다. 값을 다시 복사하세요.',
    'KEYCHAIN_REJECTED_too-large':
      '값이 {{size}}바이트로 키체인이 받을 수 있는 {{limit}}바이트를 넘어서 아무것도 저장하지 않았습니다. 토큰만 복사했는지 확인하세요.',
    SETTINGS_UNWRITABLE:
      '진행 상황을 저장할 수 없습니다. 폴더 {{folder, josa(을/를)}} 읽거나 쓸 수 없습니다({{reason}}). 폴더가 있는지, 현재 계정에 쓰기 권한이 있는지 확인하세요. 또는 --data-dir 옵션으로 쓸 수 있는 폴더를 지정해 앱을 시작하세요.',
    'SETTINGS_UNWRITABLE_disk-full':
      '진행 상황을 저장할 수 없습니다. 폴더 {{folder, josa(이/가)}} 있는 디스크가 가득 찼습니다. 공간을 확보한 후 다시 시도하거나, --data-dir 옵션으로 다른 디스크의 폴더를 지정해 앱을 시작하세요. 마지막으로 저장한 진행 상황은 그대로 남아 있습니다.',
    'SETTINGS_UNWRITABLE_read-only':
      '진행 상황을 저장할 수 없습니다. 폴더 {{folder, josa(이/가)}} 읽기 전용 드라이브에 있습니다. --data-dir 옵션으로 쓸 수 있는 폴더를 지정해 앱을 시작하세요. 마지막으로 저장한 진행 상황은 그대로 남아 있습니다.',
    SETTINGS_TOO_NEW:
      '이 설정 파일은 더 새로운 버전인 SCIM 설정 마법사 {{writtenBy}}에서 저장되었습니다(설정 형식 {{found}}). 지금 실행한 버전({{appVersion}})은 설정 형식 {{supported}}까지만 읽을 수 있으므로 파일을 그대로 두고 아무것도 저장하지 않습니다. 새 버전으로 실행하거나, 이 버전을 실행할 때 --data-dir 옵션으로 다른 폴더를 지정하세요. 파일: {{file}}',
    'SETTINGS_TOO_NEW_unknown-writer':
      '이 설정 파일은 더 새로운 버전의 SCIM 설정 마법사에서 저장되었습니다(설정 형식 {{found}}). 지금 실행한 버전({{appVersion}})은 설정 형식 {{supported}}까지만 읽을 수 있으므로 파일을 그대로 두고 아무것도 저장하지 않습니다. 새 버전으로 실행하거나, 이 버전을 실행할 때 --data-dir 옵션으로 다른 폴더를 지정하세요. 파일: {{file}}',
    PORT_IN_USE:
      '{{process, josa(이/가)}} 포트 {{port, josa(을/를)}} 사용하고 있습니다. 그 프로그램을 닫고 다시 시도하세요. 로그인 리디렉션 주소는 http://localhost:{{port}}/auth/code로 고정되어 있습니다.',
    'PORT_IN_USE_unknown-owner':
      '다른 프로그램이 포트 {{port, josa(을/를)}} 사용하고 있습니다. 그 프로그램을 닫고 다시 시도하세요. 로그인 리디렉션 주소는 http://localhost:{{port}}/auth/code로 고정되어 있습니다.',
    CAPTURE_TIMEOUT: '제한 시간 안에 로그인이 끝나지 않았습니다. 준비되면 다시 시작하세요.',
    CAPTURE_CANCELLED: '로그인을 취소했습니다.',
    CAPTURE_FAILED: '로그인했지만 토큰을 받지 못했습니다. 다시 시도하세요.',
    CAPTURE_FAILED_provider: '로그인했지만 토큰을 받지 못했습니다. ID 공급자의 응답은 다음과 같습니다: “{{detail}}”',
    'CAPTURE_FAILED_no-token-missing': '로그인 결과에 액세스 토큰이 없습니다. 로그인 요청의 응답 유형(response type)이 “token”인지 확인한 후 다시 시도하세요.',
    'CAPTURE_FAILED_no-token-repeated': '로그인 결과에 액세스 토큰이 두 개 이상 있어 어느 것도 받지 않았습니다. 다시 시도하세요.',
    'CAPTURE_FAILED_no-token-malformed': '로그인 리디렉션에 담긴 액세스 토큰의 형식이 잘못되어 저장하지 않았습니다. 다시 시도하세요.',
    CAPTURE_FAILED_listen:
      '포트 {{port}}에서 로그인 리디렉션을 기다릴 수 없습니다({{code}}). 이 포트를 쓰는 프로그램을 닫거나 로컬 방화벽 규칙을 확인한 후 다시 시도하세요.',
    CANCELLED: '취소했습니다.',
    URL_NOT_ALLOWED: '이 주소는 앱이 열 수 있는 사이트 목록에 없습니다.',
    SCHEMA_REJECTED:
      '이 파일은 Entra 프로비저닝 스키마가 아닙니다. Entra에서 프로비저닝 > 매핑 > “Show advanced options”(고급 옵션 표시) > “Review your schema”(스키마 검토)를 열고 JSON 전체를 저장하세요.',
    'SCHEMA_REJECTED_too-large': '이 파일은 Entra 프로비저닝 스키마라고 하기에는 너무 큽니다({{length}}자, 최대 {{max}}자). 스키마 JSON만 불러오세요.',
    'SCHEMA_REJECTED_not-json':
      '이 파일은 올바른 JSON이 아니므로 Entra 프로비저닝 스키마가 아닙니다(첫 오류 위치: {{line}}번째 줄, {{column}}번째 문자). “Review your schema”(스키마 검토)에서 JSON 전체를 다시 저장하세요.',
    'SCHEMA_REJECTED_not-json-unplaced':
      '이 파일은 올바른 JSON이 아니므로 Entra 프로비저닝 스키마가 아닙니다. “Review your schema”(스키마 검토)에서 JSON 전체를 다시 저장하세요.',
    'SCHEMA_REJECTED_not-synchronization-schema':
      '이 파일은 Entra 프로비저닝 스키마의 형식이 아닙니다(올바른 synchronizationRules 목록이 없습니다). 다른 개체가 아니라 “Review your schema”(스키마 검토)의 JSON 전체를 저장했는지 확인하세요.',
    'SCHEMA_REJECTED_no-user-mapping':
      '이 스키마에는 Entra 사용자(소스 개체 “User”) 매핑이 없어 비교할 내용이 없습니다. Cisco Webex 앱의 스키마를 저장했는지 확인하세요.',
    'SCHEMA_REJECTED_user-mapping-disabled':
      '“{{objectMapping}}” 사용자 매핑이 꺼져 있어 Entra가 사용자를 프로비저닝하지 않습니다. 프로비저닝 > 매핑에서 이 매핑을 사용으로 설정한 후 스키마를 다시 불러오세요.',
    'SCHEMA_REJECTED_bad-attribute-mapping':
      '이 스키마의 {{path}} 위치에 있는 속성 매핑이 올바르지 않습니다. “Review your schema”(스키마 검토)에서 JSON 전체를 다시 저장하세요.',
    GRAPH_SIGN_IN_REQUIRED: '먼저 이 프로필로 Microsoft에 로그인하세요. 로그인이 만료되었거나 삭제되었다면 다시 로그인하세요.',
    GRAPH_SIGN_IN_CANCELLED: 'Microsoft 로그인을 취소했습니다.',
    GRAPH_SIGN_IN_TIMEOUT: '제한 시간 안에 Microsoft 로그인이 완료되지 않았습니다. 준비가 되면 다시 시작하세요.',
    GRAPH_CONSENT_REQUIRED:
      '이 앱에 필요한 Microsoft Graph 권한이 부여되지 않았습니다. 관리자(전역 관리자, 권한 있는 역할 관리자 또는 클라우드 애플리케이션 관리자)가 Microsoft Entra 관리 센터 > 앱 등록 > 해당 앱 > API 사용 권한에서 “관리자 동의 허용”을 눌러 부여합니다. 그런 다음 다시 로그인하세요.',
    GRAPH_CONSENT_REQUIRED_denied:
      'Microsoft 창에서 로그인 또는 권한 요청이 거부되었습니다. 다시 로그인해 수락하세요. 계정에 동의 권한이 없으면 관리자에게 앱 등록 > 해당 앱 > API 사용 권한에서 관리자 동의를 허용해 달라고 요청하세요.',
    GRAPH_CLIENT_ID_INVALID:
      'Microsoft가 이 애플리케이션(클라이언트) ID를 받아들이지 않습니다. 이 테넌트에 있는 앱 등록의 개요 페이지에 표시된 ID인지, 인증에서 “퍼블릭 클라이언트 흐름 허용”이 “예”인지, “모바일 및 데스크톱 애플리케이션”에 리디렉션 URI(http://127.0.0.1/graph-sign-in)가 등록되어 있는지 확인하세요.',
    GRAPH_CLIENT_ID_INVALID_empty: '먼저 앱 등록의 애플리케이션(클라이언트) ID를 입력하세요(Microsoft Entra 관리 센터 > 앱 등록 > 해당 앱 > 개요).',
    'GRAPH_CLIENT_ID_INVALID_not-guid':
      '애플리케이션(클라이언트) ID가 GUID 형식이 아닙니다. Microsoft Entra 관리 센터 > 앱 등록 > 해당 앱 > 개요에서 복사하세요.',
    GRAPH_AUTHORITY_UNREACHABLE:
      'Microsoft 로그인 서비스에 연결하지 못했습니다. 네트워크 연결과 프록시 또는 방화벽 설정을 확인한 뒤(login.microsoftonline.com에 연결할 수 있어야 합니다) 다시 시도하세요.',
    GRAPH_AUTHORITY_UNREACHABLE_configuration:
      '사용 중인 Microsoft 로그인 주소(테스트 엔드포인트 파일의 graph.authority)를 쓸 수 없습니다. 엔드포인트 파일을 고친 뒤 앱을 다시 시작하세요.',
    GRAPH_SIGN_IN_FAILED: 'Microsoft 로그인이 완료되지 않았습니다. 다시 시도하고, 다시 발생하면 진단 정보를 첨부해 알려 주세요.',
    GRAPH_SIGN_IN_FAILED_provider:
      'Microsoft가 로그인을 거부했습니다. 다시 시도하고, 다시 발생하면 진단 정보(Microsoft의 오류 코드 포함)를 첨부해 알려 주세요.',
    'GRAPH_SIGN_IN_FAILED_no-code': 'Microsoft 로그인 응답에 인증 코드가 없습니다. 로그인을 다시 시작하세요.',
    'GRAPH_SIGN_IN_FAILED_no-account': 'Microsoft 로그인 결과에 계정이 없습니다. 테넌트의 회사 계정으로 다시 로그인하세요.',
    GRAPH_SIGN_IN_FAILED_library:
      'Microsoft 로그인 라이브러리가 요청을 거부했습니다. 다시 시도하고, 다시 발생하면 진단 정보(라이브러리의 오류 코드 포함)를 첨부해 알려 주세요.',
    'NOT_FOUND_graph-sign-in': '이 Microsoft 로그인은 더 이상 대기 중이 아닙니다. 로그인을 다시 시작하세요.',
    INTERNAL: '앱 내부에서 문제가 생겼습니다. 저장한 내용은 그대로 있습니다. 다시 발생하면 진단 정보를 첨부해 알려 주세요.',
  },
  identity: identityKo,
  graph: graphKo,
  handoff: handoffKo,
  report: reportKo,
};
