// The particle rule these texts' {{x, josa(...)}} need (es-hangul), loaded with them.
import './josa';
import { presentingKo } from './presenting-ko';
import { profilesKo } from './profiles-ko';
import type { firstScreenEn } from './first-screen-en';
import type { TextsLike } from './texts-shape';

/**
 * The texts the first screen shows before anything else loads: the header, the integration picker and
 * notices. The other screens' texts, error sentences included, load with the first screen or error that
 * needs them (locale-packs.ts); en.ts and ko.ts merge both halves for Node and the tests.
 */
export const firstScreenKo: TextsLike<typeof firstScreenEn> = {
  app: {
    title: 'SCIM 설정 마법사',
    skipToContent: '현재 단계로 건너뛰기',
    language: '언어',
    languageAuto: '시스템 설정({{locale}})',
    loading: '불러오는 중…',
    testEndpointsBanner: '테스트용 엔드포인트를 사용하고 있습니다({{file}}). 로그인과 실시간 확인 요청은 공급업체가 아니라 이 파일에 적힌 주소로 전송됩니다.',
    diagnostics: '진단 정보',
    closeDiagnostics: '진단 정보 닫기',
    dismiss: '닫기',
    fatal: '앱을 시작할 수 없습니다. {{reason}}',
    screenLoadFailed: '앱의 이 부분을 불러오지 못했습니다. 다시 불러와서 시도하세요. 저장한 내용은 그대로 있습니다.',
    reload: '다시 불러오기',
    noProfile: '설정 파일에 현재 프로필이 없습니다. 앱을 다시 시작하고, 다시 발생하면 진단 정보를 첨부해 알려 주세요.',
  },
  ui: {
    close: '닫기',
    callout: {
      info: '참고',
      tip: '팁',
      warning: '주의',
      error: '오류',
      success: '완료',
    },
  },
  notices: {
    'settings-corrupt-moved':
      '설정 파일이 손상되어 읽을 수 없었습니다. 기존 파일은 {{movedTo, josa(으로/로)}} 옮겨 보관했고, 마법사는 처음부터 다시 시작합니다. 지원팀이 보관된 파일에서 값을 복구할 수 있습니다.',
    'settings-migrated': '저장된 진행 상황을 현재 버전의 앱에 맞게 업그레이드했습니다.',
    'endpoints-file-loaded': '{{file}}에서 테스트용 엔드포인트를 불러왔습니다.',
  },
  picker: {
    title: '무엇을 연결할까요?',
    intro: '진행할 절차를 고르세요. 진행 상황은 바꿀 때마다 이 컴퓨터에 저장되고, 토큰 같은 비밀 정보는 시스템 키체인에만 저장됩니다.',
    start: '시작',
    comingSoon: '준비 중',
    changeIntegration: '다른 통합 선택',
    confirmChange: '다른 통합으로 바꾸시겠습니까? 이 프로필의 진행 상황이 초기화됩니다. 비밀 정보는 교체하거나 삭제할 때까지 키체인에 남아 있습니다.',
    confirmChangeYes: '변경하고 초기화',
  },
  profiles: profilesKo,
  presenting: presentingKo,
  integrations: {
    'webex-entra': {
      title: 'Cisco Webex Control Hub와 Entra ID(Azure AD)',
      summary: 'Cisco Webex 갤러리 앱을 추가하고 사용자를 할당한 뒤, 테넌트 URL과 전달자 토큰을 받아 연결을 테스트하고 속성 매핑을 검토합니다.',
    },
    cxone: {
      title: 'NICE CXone Mpower와 ID 공급자(IdP)',
      summary: '액세스 키, 베어러 토큰, 그리고 Okta, Entra ID 또는 기타 IdP의 SCIM 설정(지역별 기본 URL, OAuth 2 엔드포인트, 표준 또는 FedRAMP 구성).',
    },
  },
  errors: {
    NETWORK: '마법사의 백엔드가 응답하지 않습니다. 앱이 종료되었을 수 있습니다. 앱을 다시 시작한 뒤 이 페이지를 새로 고치세요. 저장한 내용은 그대로 있습니다.',
  },
};
