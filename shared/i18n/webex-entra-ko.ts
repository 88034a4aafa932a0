import type { webexEntraEn } from './webex-entra-en';
import type { TextsLike } from './texts-shape';

/** Korean texts of the Webex Control Hub with Entra ID integration: the same keys as webex-entra-en.ts (wording: other-screens-ko.ts). */
export const webexEntraKo: TextsLike<typeof webexEntraEn> = {
  /** Webex's own words for the outcomes only Webex explains (the generic ones are under test.outcome). */
  test: {
    outcome: {
      ok: '연결에 성공했습니다. Entra가 보내는 것과 같은 조회에 Webex가 빈 사용자 목록으로 응답했습니다.',
      'ok_users-found':
        '연결에 성공했습니다. 서버가 토큰을 받아들이고 Entra가 보내는 것과 같은 조회에 응답했지만, 예상한 빈 사용자 목록은 아니었습니다(아래 경고 참고).',
      unauthorized: 'Webex가 토큰을 거부했습니다(401). 토큰이 유효하지 않거나 만료되었습니다. 5단계에서 새 전달자 토큰을 받으세요.',
      forbidden: 'Webex가 액세스를 거부했습니다(403). 이 토큰은 조직의 전체 관리자가 아닌 계정으로 발급되었습니다. 전체 관리자 계정으로 다시 로그인하세요.',
      'not-found': 'Webex에서 이 조직을 찾을 수 없습니다(404). 4단계에서 조직 ID를 확인하세요.',
    },
  },
  fields: {
    offer: {
      label: '조직에서 사용하는 Webex 오퍼',
      help: '선택한 오퍼에 따라 테넌트 URL과 로그인 서버가 달라집니다.',
      commercial: 'Webex(상용, 기본값)',
      government: 'Webex for Government(정부용 Webex)',
    },
    galleryAdded: { label: '엔터프라이즈 애플리케이션에 Cisco Webex를 추가했습니다' },
    hiddenFromUsers: {
      label: '“사용자에게 표시하시겠습니까?”(Visible to users?)를 아니요로 설정했습니다',
      help: '선택 사항: 동기화 전용 앱이 사용자의 내 앱(My Apps) 포털에 나타나지 않게 합니다.',
    },
    testUserAssigned: { label: '동기화할 사용자 및 그룹을 할당했습니다(처음에는 테스트 사용자 한 명만 할당하는 것이 좋습니다)' },
    tenantUrl: {
      label: '조직 ID 또는 테넌트 URL',
      help: 'Control Hub의 조직 ID, 전체 테넌트 URL, 또는 Webex API가 돌려주는 인코딩된 조직 ID(Y2lzY29zcGFyazovL로 시작) 중 하나를 붙여 넣으세요.',
      placeholder: 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c',
    },
    entraMode: { label: '“Provisioning Mode”(프로비저닝 모드)가 “Automatic”(자동)으로 설정되어 있습니다' },
    entraPasted: { label: '“Admin Credentials”(관리자 자격 증명)에 테넌트 URL과 “Secret Token”(비밀 토큰)을 붙여 넣었습니다' },
    entraTested: { label: 'Entra에서 “Test Connection”(연결 테스트)에 성공했습니다' },
    entraEmail: { label: '알림 이메일을 입력하고 “오류가 발생할 경우 전자 메일 알림 보내기”를 선택했습니다' },
    entraSaved: { label: '저장을 클릭했습니다' },
    mappingReviewed: { label: '속성 매핑을 검토했습니다' },
  },
  actions: {
    openPortal: '엔터프라이즈 애플리케이션 열기(Azure 포털)',
    openControlHub: 'Control Hub 열기',
    captureToken: '토큰 받기',
    renewToken: '토큰 갱신',
    testConnection: '연결 테스트',
    copyTenantUrl: '테넌트 URL 복사',
    copyToken: '토큰 복사',
    loadSchema: '스키마 JSON 불러오기',
  },
  syncFacts: {
    title: '동기화되는 항목과 동기화되지 않는 항목',
    nulls: 'Entra ID는 빈 값(null)을 동기화하지 않습니다. Entra에서 속성 값을 지워도 Webex에서는 지워지지 않습니다.',
    groups: '할당된 그룹에 속한 사용자는 동기화되지만, 그룹 개체 자체는 동기화되지 않습니다.',
    notSynced: '아바타, 회의실, 매핑 표에 없는 속성은 동기화되지 않습니다.',
  },
  tenantPreview: {
    title: '저장될 테넌트 URL',
    empty: '아직 저장된 값이 없습니다.',
    orgId: '조직 ID: {{orgId}}',
  },
  summaryPanel: {
    offer: 'Webex 오퍼',
    tenantUrl: '테넌트 URL',
    token: '전달자 토큰',
    test: '연결 테스트',
    skipped: '건너뛴 단계',
  },
  steps: {
    'before-you-start': {
      title: '시작하기 전에',
      intro:
        '이 마법사는 SCIM을 사용하여 Entra ID(Azure AD)에서 Webex Control Hub로 자동 사용자 프로비저닝을 설정합니다. Entra ID 관리자와 Webex 조직의 전체 관리자가 필요합니다.',
      wizardApp:
        'Cisco가 제공하는 다른 방법도 있습니다. Control Hub의 Azure AD 마법사 앱을 쓰면 Control Hub에서 사용자, 그룹, 아바타 동기화를 설정할 수 있습니다. 이 마법사는 그 대신 갤러리 앱을 사용하는 수동 절차를 따르며, Entra에 값을 넣기 전에 하나하나 확인합니다.',
      verifiedDomains:
        'Webex 조직에서 모든 사용자에게 확인된 도메인을 요구하는 경우, 확인되지 않은 도메인의 사용자는 생성되지 않습니다. 대부분의 Webex for Government(정부용 Webex) 조직은 확인된 도메인을 요구합니다.',
    },
    'add-gallery-app': {
      title: 'Entra 갤러리에서 Cisco Webex 추가',
      skippable: 'Webex가 이미 싱글 사인온(SSO)용으로 Entra ID와 통합되어 있어, 앱이 엔터프라이즈 애플리케이션에 이미 있습니다.',
      body1: '관리자 자격 증명으로 Azure 포털(portal.azure.com)에 로그인합니다.',
      body2: '조직의 Microsoft Entra ID(Azure Active Directory)로 이동합니다.',
      body3: '엔터프라이즈 애플리케이션으로 이동한 후 새 애플리케이션(추가)을 클릭합니다.',
      body4: '갤러리에서 “Cisco Webex”를 검색합니다.',
      body5: '결과에서 Cisco Webex를 선택하고 만들기(추가)를 클릭합니다. 애플리케이션이 추가되었다는 메시지가 나타납니다.',
      body6:
        '선택 사항: 새 앱을 열고 속성으로 이동하여 “사용자에게 표시하시겠습니까?”(Visible to users?)를 아니요로 설정하면, 동기화 전용 앱이 사용자 포털에 표시되지 않습니다.',
    },
    'assign-users': {
      title: '사용자 및 그룹 할당',
      body1: 'Azure 포털에서 Cisco Webex 애플리케이션을 열고 사용자 및 그룹으로 이동합니다.',
      body2: '사용자/그룹 추가(할당 추가)를 클릭합니다.',
      body3: 'Webex에 동기화할 사용자 및/또는 그룹을 찾습니다.',
      body4: '선택을 클릭한 다음 할당을 클릭합니다. 동기화할 사용자와 그룹이 모두 할당될 때까지 반복합니다.',
      groupsNote: '앱에 할당된 사용자와 그룹만 동기화됩니다. 그룹의 구성원은 동기화되지만, 그룹 개체 자체는 동기화되지 않습니다.',
      testUserFirst: '처음에는 테스트 사용자 한 명만 할당하고, 테스트에 성공한 후 나머지 사용자와 그룹을 추가하세요.',
    },
    'org-id': {
      title: '조직 ID와 테넌트 URL',
      body1: 'Control Hub(고객 보기)에서 왼쪽 하단의 조직 이름을 클릭하고 조직 ID를 복사합니다.',
      body2: '아래에 붙여 넣으세요. 마법사가 값을 확인해 선택한 오퍼에 맞는 테넌트 URL을 만들고, 올바른 값만 저장합니다.',
    },
    'bearer-token': {
      title: '전달자 토큰',
      body1: '“토큰 받기”를 클릭하면 Webex 로그인 페이지가 열립니다. 조직의 전체 관리자 계정으로 로그인하세요.',
      body2:
        '로그인하면 Webex가 http://localhost:3000/auth/code로 리디렉션합니다. 마법사가 이 주소에서(이 컴퓨터 안에서만) 대기하다가 리디렉션에서 토큰을 받아 시스템 키체인에 저장합니다. 주소 표시줄에서 아무것도 복사할 필요가 없습니다.',
      body3: '로그인하는 동안에는 다른 프로그램이 포트 3000을 쓰지 않아야 합니다. 토큰은 설정 파일이나 로그에 절대 기록되지 않습니다.',
      fullAdmin:
        '전체 관리자 계정으로 로그인하세요. 브라우저가 이미 권한이 낮은 Webex 계정으로 로그인되어 있으면 그 계정으로 발급된 토큰으로는 사용자를 생성할 수 없으니, 시크릿 창에서 로그인하세요.',
    },
    'test-connection': {
      title: '연결 테스트',
      body1:
        '마법사는 Entra의 “Test Connection”(연결 테스트)과 같은 요청, 즉 전달자 토큰으로 임의의 사용자 이름을 검색하는 요청을 보냅니다. Webex가 빈 사용자 목록으로 응답하면 성공입니다.',
    },
    'hand-over': {
      title: 'Entra ID에서 프로비저닝 설정',
      body1:
        'Azure 포털에서 엔터프라이즈 애플리케이션 > 모든 애플리케이션 > Cisco Webex > 프로비저닝을 열고 “Provisioning Mode”(프로비저닝 모드)를 “Automatic”(자동)으로 설정합니다.',
      body2:
        '“Admin Credentials”(관리자 자격 증명)에 테넌트 URL과 토큰(“Secret Token”, 비밀 토큰)을 붙여 넣고 “Test Connection”(연결 테스트)을 클릭합니다. 알림 이메일을 입력하고 오류 발생 시 이메일 알림 보내기를 선택한 다음 저장을 클릭합니다. 마친 항목마다 체크하세요.',
    },
    'attribute-mapping': {
      title: '속성 매핑',
      body1:
        'Cisco Webex 앱에서 프로비저닝 > 매핑으로 이동하여 “Provision Azure Active Directory Users”(Azure Active Directory 사용자 프로비저닝)를 클릭합니다.',
      body2:
        '“Show advanced options”(고급 옵션 표시)를 선택하고 “Edit attribute list for Cisco Webex”(Cisco Webex의 특성 목록 편집)를 클릭하여 Webex 속성을 선택합니다.',
      body3:
        '“Add New Mapping”(새 매핑 추가)을 클릭하고 매핑 유형으로 직접(Direct)을 선택한 뒤, 소스 속성(Entra)과 대상 속성(Webex)을 고르고 확인을 클릭합니다.',
      body4: '저장한 후 확인합니다. 처음부터 다시 하려면 기본 매핑을 복원할 수 있습니다.',
      userNameWarning:
        'userName은 Control Hub에 등록된 사용자의 이메일 주소여야 합니다. 기본적으로 userPrincipalName(UPN)에서 가져오므로, UPN이 이 이메일 주소와 다르면 Webex는 기존 사용자와 일치시키지 못하고 중복 사용자를 새로 만듭니다. 이 경우 이메일 주소가 들어 있는 다른 Entra 속성을 매핑하세요.',
      notSynced: '기본 매핑은 꼭 필요한 경우에만 변경하세요.',
    },
    done: {
      title: '완료',
      body1:
        '이제 Entra ID가 Webex로 사용자를 프로비저닝하고 동기화할 수 있습니다. 토큰 만료일에 유의하세요. 마법사가 만료 30일 전에 알려 주며, “토큰 갱신”을 클릭하면 다른 설정은 그대로 둔 채 새 토큰을 받을 수 있습니다.',
    },
  },
};
