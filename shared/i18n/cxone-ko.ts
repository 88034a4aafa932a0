import type { cxoneEn } from './cxone-en';
import type { TextsLike } from './texts-shape';

/**
 * Korean texts of the CXone integration: the same keys as cxone-en.ts. CXone's screen labels are quoted as NICE's
 * Korean help page writes them (seed 000: 보안 > 역할 및 권한, 직원 생성, 액세스 키 추가, 테넌트 구성 > 계정 설정,
 * SCIM 토큰), each followed by the English label of NICE's English help, “새 역할”(New Role), so that an admin whose
 * CXone is in English finds it too. Okta's admin console is English only: its field names stay English and quoted, with
 * a Korean gloss only where the English does not say which value goes there (the Okta card's label column is narrow).
 * Entra's Korean portal names (테넌트 URL, 비밀 토큰, 프로비저닝) are used as they are.
 */
export const cxoneKo: TextsLike<typeof cxoneEn> = {
  fields: {
    idp: {
      label: 'CXone Mpower에 사용자를 프로비저닝할 ID 공급자(IdP)',
      help: '선택한 IdP에 따라 만들어야 할 자격 증명이 달라집니다. Okta와 대부분의 IdP는 액세스 키(OAuth 2)로, Entra ID는 베어러 토큰으로 인증합니다.',
      okta: 'Okta',
      entra: 'Microsoft Entra ID(Azure AD)',
      other: 'SCIM 2.0을 지원하는 기타 IdP',
    },
    environment: {
      label: '테넌트가 속한 CXone Mpower 환경',
      help: 'FedRAMP는 CXone Mpower의 미국 정부용 클라우드입니다. 선택하면 IdP에 입력할 OAuth 엔드포인트가 cxone.niceincontact.com 대신 cxone-gov.niceincontact.com 주소로 바뀝니다. 테넌트가 FedRAMP 환경이 아니라면 표준을 선택하세요.',
      standard: '표준',
      fedramp: 'FedRAMP(미국 정부용)',
    },
    accessKeyId: {
      label: '액세스 키 ID',
      help: 'CXone에서 액세스 키용 직원 프로필의 “보안”(Security) 탭에 있는 “액세스 키”(Access Keys)에 표시되는 ID입니다. 시스템 키체인에만 저장되며 설정 파일이나 로그에는 기록되지 않습니다.',
      optional: 'Entra ID를 사용하면 입력하지 않아도 됩니다. Entra ID는 베어러 토큰으로만 인증하고 액세스 키는 쓰지 않습니다.',
    },
    accessKeySecret: {
      label: '비밀 액세스 키',
      help: '액세스 키를 추가한 뒤 “암호 키 표시”(Show Secret Key)를 클릭하면 CXone이 한 번만 보여 주는 키입니다. 시스템 키체인에만 저장되며 설정 파일이나 로그에는 기록되지 않습니다.',
      optional: 'Entra ID를 사용하면 입력하지 않아도 됩니다. Entra ID는 베어러 토큰으로만 인증하고 액세스 키는 쓰지 않습니다.',
    },
    keyActivated: {
      label: '초대 이메일의 안내에 따라 직원 계정을 활성화했습니다',
      help: '“초대”(Invite)를 클릭하면 CXone이 액세스 키용 직원 프로필의 이메일 주소로 계정 활성화 이메일을 보냅니다.',
    },
    bearerToken: {
      label: '베어러 토큰',
      help: 'CXone의 “테넌트 구성 > 계정 설정”(Tenant Configuration > Account Settings)에 있는 “SCIM 토큰”(SCIM Tokens) 섹션에서 생성한 토큰입니다. 시스템 키체인에만 저장되며 설정 파일이나 로그에는 기록되지 않습니다.',
      optional:
        'Okta와 기타 IdP를 사용하면 입력하지 않아도 됩니다. 이들 IdP는 액세스 키(OAuth 2)로 인증합니다. IdP에서 베어러 토큰을 쓸 때만 저장하세요. 저장하면 실시간 확인에서 토큰도 테스트합니다.',
    },
    region: {
      label: '테넌트의 CXone 지역',
      help: 'CXone Mpower 테넌트가 호스팅되는 지역으로, API 주소의 첫 부분입니다(예: https://na1.nice-incontact.com의 na1). 목록에 없으면 “다른 지역 코드”를 선택하세요.',
      na1: 'NA1(북미)',
      au1: 'AU1(호주)',
      eu1: 'EU1(유럽)',
      other: '다른 지역 코드',
    },
    regionCode: {
      label: '지역 코드',
      help: 'CXone 주소의 맨 앞처럼 영문자 다음에 숫자가 오는 코드입니다(예: https://na2.nice-incontact.com의 na2). 기본 URL 전체를 붙여 넣어도 마법사가 지역 코드를 찾아냅니다.',
      placeholder: 'na2',
    },
  },
  actions: {
    openCxone: 'CXone Mpower 열기',
    checkAccessKey: '액세스 키 테스트',
    checkBearerToken: '베어러 토큰 테스트',
  },
  values: {
    baseUrls: {
      title: '선택한 지역의 SCIM 기본 URL',
      scimBaseUrl: 'SCIM 기본 URL',
      scimBaseUrlNote: '액세스 키(OAuth 2)로 인증할 때 쓰는 주소입니다. Okta와 대부분의 IdP가 사용합니다.',
      oauthScimBaseUrl: '베어러 토큰용 SCIM 기본 URL',
      oauthScimBaseUrlNote:
        '베어러 토큰으로 인증할 때 쓰는 주소로, /scim 앞에 /oauth가 붙습니다. Entra ID에는 이 주소를 “테넌트 URL”(Tenant URL)에 입력합니다.',
    },
    // Row labels: a gloss is joined with no-break spaces (\u00a0) so that a narrow label column wraps the English name, never
    // the gloss: “Authentication Mode”(인증 / 모드) read badly.
    okta: {
      title: 'Okta에 입력할 값: “Provisioning” > “Integration”',
      intro:
        'Okta 관리 콘솔에서 CXone Mpower용 SCIM 앱을 열고 “Provisioning”(프로비저닝) > “Integration”(통합)으로 이동한 뒤 “Edit”(편집) 버튼을 클릭합니다. 아래 값을 같은 이름의 입력란에 각각 입력하고 “Save”(저장) 버튼을 클릭하세요.',
      baseUrl: '“SCIM connector base URL”',
      uniqueIdentifier: '“Unique identifier field for users”',
      provisioningActions: '“Supported provisioning actions”',
      provisioningActionsValue: '“Push New Users”(신규 사용자 푸시), “Push Profile Updates”(프로필 업데이트 푸시)',
      authMode: '“Authentication Mode”',
      tokenEndpoint: '“Access token endpoint URI”',
      authorizeEndpoint: '“Authorization endpoint URI”',
      clientId: '“Client ID”(액세스\u00a0키\u00a0ID)',
      clientSecret: '“Client Secret”(비밀\u00a0액세스\u00a0키)',
      toApp: '“To App”(앱으로\u00a0보내기)',
      toAppValue: '“Create Users”(사용자 생성), “Update User Attributes”(사용자 속성 업데이트), “Deactivate Users”(사용자 비활성화)',
      toAppNote: 'Okta의 “Provisioning” > “To App” > “Edit”에서 이 세 가지를 켜고 “Save”(저장) 버튼을 클릭하세요.',
    },
    entra: {
      title: 'Entra ID에 입력할 값: “프로비저닝” > “관리자 자격 증명”',
      intro:
        'Microsoft Entra 관리 센터에서 CXone Mpower 엔터프라이즈 애플리케이션을 열고 “프로비저닝”(Provisioning)으로 이동합니다. “프로비저닝 모드”(Provisioning Mode)를 “자동”(Automatic)으로 설정하고 “관리자 자격 증명”(Admin Credentials)에 아래 두 값을 입력한 뒤, “연결 테스트”(Test Connection)를 클릭하고 저장하세요.',
      tenantUrl: '테넌트 URL',
      secretToken: '비밀 토큰',
    },
    other: {
      title: 'IdP에 입력할 SCIM 설정',
      intro:
        'IdP의 SCIM 프로비저닝 설정에 아래 값을 입력하세요. 이름은 NICE 문서의 표현이라 IdP 화면에서는 조금 다르게 표시될 수 있습니다. 베어러 토큰 관련 항목은 IdP에서 베어러 토큰을 쓸 때만 입력합니다.',
      baseUrl: '기본 URL',
      bearerBaseUrl: '베어러 토큰용 기본 URL',
      uniqueIdentifier: '고유 식별자(사용자 이름)',
      provisioningActions: 'IdP가 지원해야 하는 프로비저닝 작업',
      provisioningActionsValue: '신규 사용자 푸시, 기존 사용자에게 업데이트 푸시, 사용자 속성 업데이트, 사용자 비활성화',
      authType: '인증 유형',
      tokenEndpoint: '액세스 토큰 엔드포인트(URI)',
      authorizeEndpoint: '권한 부여 엔드포인트(URI)',
      accessKeyId: '액세스 키 ID',
      accessKeySecret: '비밀 액세스 키',
      bearerToken: '베어러 토큰',
    },
  },
  summaryPanel: {
    idp: 'ID 공급자(IdP)',
    environment: '환경',
    region: '지역',
    scimBaseUrl: 'SCIM 기본 URL',
    oauthScimBaseUrl: '베어러 토큰용 SCIM 기본 URL',
    accessKeyId: '액세스 키 ID',
    accessKeySecret: '비밀 액세스 키',
    bearerToken: '베어러 토큰',
    checkAccessKey: '액세스 키 테스트',
    checkBearerToken: '베어러 토큰 테스트',
    skipped: '건너뛴 단계',
  },
  steps: {
    'before-you-start': {
      title: '시작하기 전에',
      intro:
        '이 마법사는 SCIM을 사용하여 NICE CXone Mpower를 ID 공급자(IdP)와 연결합니다. 연결하면 IdP에서 생성, 변경, 비활성화한 사용자가 CXone Mpower에 그대로 반영됩니다. 먼저 IdP와 CXone 환경을 선택하세요. 이에 따라 만들어야 할 자격 증명과 IdP에 입력할 주소가 정해집니다.',
      needs: '관리자 권한이 있는 CXone Mpower 계정, 본인이 소유한 이메일 주소(액세스 키용 직원 계정에 사용), 그리고 20분 정도의 시간이 필요합니다.',
      oktaAlternative:
        'NICE는 Okta 통합 페이지에서 Okta용 앱 등록 방법도 안내합니다. Okta의 SCIM용 OAuth 2 모드가 권한 부여 코드 방식만 지원하기 때문입니다. 이 마법사의 단계로도 Okta와 통합할 수 있습니다.',
    },
    'access-key-role': {
      title: '액세스 키용 역할',
      skippable: 'IdP가 Entra ID인 경우입니다. Entra ID는 베어러 토큰만 사용하므로 액세스 키도, 그에 필요한 역할과 직원 프로필도 필요하지 않습니다.',
      body1: 'CXone Mpower에서 앱 선택기를 클릭하고 “관리자”(Admin)를 선택합니다.',
      body2: '“보안 > 역할 및 권한”(Security > Roles and Permissions)으로 이동하여 “새 역할”(New Role)을 클릭합니다.',
      body3: '역할에 용도를 알 수 있는 이름을 지정합니다. 예를 들어 “SCIM 액세스 키”라고 지정할 수 있습니다.',
      body4:
        '“권한”(Permissions) 탭을 클릭하고 왼쪽의 “관리자”(Admin) 탭을 선택한 다음 “직원”(Employees)의 “생성”(Create) 및 “편집”(Edit) 권한을 활성화합니다. “보기”(View) 권한은 자동으로 활성화됩니다.',
      body5: '“저장 및 활성화”(Save & Activate)를 클릭합니다.',
      checklist: {
        opened: '“보안 > 역할 및 권한”(Security > Roles and Permissions)에서 “새 역할”(New Role)을 클릭했습니다',
        named: '역할에 용도를 알 수 있는 이름을 지정했습니다(예: SCIM 액세스 키)',
        permissions: '“권한”(Permissions) > “관리자”(Admin) 탭에서 “직원”(Employees)의 “생성”(Create) 및 “편집”(Edit) 권한을 활성화했습니다',
        saved: '“저장 및 활성화”(Save & Activate)를 클릭했습니다',
      },
    },
    'access-key-employee': {
      title: '액세스 키용 직원 프로필',
      skippable: 'IdP가 Entra ID인 경우입니다. Entra ID는 베어러 토큰만 사용하므로 액세스 키용 직원 프로필이 필요하지 않습니다.',
      body1: '앱 선택기를 클릭하고 “관리자”(Admin)를 선택한 다음 “직원”(Employees)을 클릭합니다.',
      body2: '“직원 생성”(Create Employee)을 클릭합니다.',
      body3: '본인이 소유한 이메일 주소를 입력합니다. 나중에 이 주소로 받은 이메일에서 계정을 활성화합니다.',
      body4: '용도를 알 수 있는 이름과 성을 지정합니다. 예를 들면 “SCIM AccessKey”입니다.',
      body5: '“기본 역할”(Primary Role) 드롭다운에서 방금 만든 역할을 선택합니다.',
      body6: '“속성”(Attributes) 드롭다운에서 모든 확인란을 선택 취소합니다.',
      body7: '“보안”(Security) 탭을 클릭하고 “로그인 인증기”(Login Authenticator)에서 인증기를 선택합니다.',
      body8: '“생성”(Create)을 클릭합니다.',
      billable:
        '“속성”(Attributes) 드롭다운의 확인란은 모두 선택 취소하세요. 요금이 청구되는 속성이 선택되어 있으면 이 인증 전용 계정에도 일반 사용자처럼 요금이 청구됩니다.',
      checklist: {
        email: '본인이 소유한 이메일 주소를 입력했습니다',
        name: '용도를 알 수 있는 이름과 성을 지정했습니다(예: SCIM AccessKey)',
        primaryRole: '“기본 역할”(Primary Role)로 방금 만든 역할을 지정했습니다',
        attributesCleared: '“속성”(Attributes)의 확인란을 모두 선택 취소했습니다',
        authenticator: '“보안”(Security) 탭의 “로그인 인증기”(Login Authenticator)에서 인증기를 선택했습니다',
        created: '“생성”(Create)을 클릭했습니다',
      },
    },
    'access-key': {
      title: '액세스 키',
      skippable: 'IdP가 Entra ID인 경우입니다. Entra ID는 베어러 토큰만 사용하므로 액세스 키가 필요하지 않습니다.',
      body1: '“직원”(Employees) 테이블에서 방금 만든 직원 프로필을 클릭하여 열고 “보안”(Security) 탭을 클릭합니다.',
      body2: '“액세스 키”(Access Keys)에서 “액세스 키 추가”(Add Access Key)를 클릭합니다.',
      body3: '액세스 키 ID를 복사하여 아래에 붙여 넣습니다.',
      body4: '“암호 키 표시”(Show Secret Key)를 클릭하고 비밀 액세스 키를 복사하여 아래에 붙여 넣습니다.',
      body5: '“저장”(Save)을 클릭합니다.',
      body6: '“직원”(Employees) 테이블로 돌아가 새 직원 프로필 옆의 “초대”(Invite)를 클릭하고, 계정 활성화 이메일을 받으면 안내에 따라 계정을 활성화합니다.',
      body7: '액세스 키는 이 서비스를 사용할 사람에게만 공유합니다.',
      shownOnce: 'CXone은 비밀 액세스 키를 한 번만 보여 줍니다. 잃어버리면 새 액세스 키를 만들어 다시 공유해야 합니다.',
    },
    'bearer-token': {
      title: '베어러 토큰',
      body1:
        'CXone Mpower에서 앱 선택기를 클릭하고 “관리자”(Admin)를 선택한 다음 “테넌트 구성 > 계정 설정”(Tenant Configuration > Account Settings)으로 이동합니다.',
      body2: '“SCIM 토큰”(SCIM Tokens) 섹션까지 아래로 스크롤합니다.',
      body3: '“사용자”(User) 드롭다운에서 토큰을 연결할 사용자 프로필을 선택하고 “생성”(Generate)을 클릭합니다.',
      body4: '“토큰 표시”(Show Token) 위에 마우스를 올리고 복사 아이콘을 클릭한 다음 아래에 붙여 넣습니다.',
      body5: '“저장”(Save)을 클릭합니다.',
      shownOnce:
        '보안상의 이유로 CXone은 토큰을 한 번만 보여 줍니다. 페이지를 벗어나면 토큰을 다시 확인할 수 없으니 그 전에 아래에 붙여 넣으세요. 잃어버렸다면 새 토큰을 생성하세요.',
      userRights:
        '토큰은 선택한 사용자의 권한으로 동작하며, 토큰으로 변경한 내용은 모두 그 사용자가 한 것으로 처리됩니다. 토큰은 SCIM API 전용이라 다른 API나 서비스에는 접근할 수 없습니다. 관리자마다 토큰을 따로 만들어도 되고 여러 명이 하나를 함께 써도 됩니다.',
    },
    'region-check': {
      title: '지역 선택과 실시간 확인',
      body1:
        '테넌트의 지역을 선택하면 마법사가 두 SCIM 기본 URL을 만듭니다. 그런 다음 IdP가 사용할 자격 증명을 테스트하세요. “액세스 키 테스트”는 지역의 토큰 엔드포인트에서 액세스 키 쌍을 토큰으로 교환한 뒤, IdP가 보낼 것과 같은 SCIM 요청을 /scim/v2로 보냅니다. “베어러 토큰 테스트”는 같은 요청을 토큰과 함께 /oauth/scim/v2로 보냅니다.',
      body2:
        'IdP가 사용할 자격 증명이 모두 테스트를 통과해야 이 단계가 끝납니다. Okta와 기타 IdP는 액세스 키, Entra ID는 베어러 토큰이 대상이며, 기타 IdP에서도 베어러 토큰을 저장했다면 토큰까지 통과해야 합니다. 지역이나 자격 증명을 바꾸면 이전 결과는 지워집니다.',
    },
    'idp-settings': {
      title: 'IdP 설정',
      body1:
        'IdP의 SCIM 설정을 열고 아래 값을 IdP 화면에 표시된 이름의 입력란에 입력하세요. 복사 버튼으로 값을 하나씩 복사할 수 있으며, 비밀 정보는 60초 뒤 클립보드에서 지워집니다. 입력을 마치면 설정을 저장하고, IdP의 안내에 따라 CXone Mpower 인증을 시작한 뒤 IdP 자체 테스트를 실행하고 항목마다 체크하세요.',
      userNameEmail: 'CXone Mpower의 사용자 이름은 이메일 주소여야 합니다. IdP가 userName으로 보내는 속성에 각 사용자의 이메일 주소가 들어 있는지 확인하세요.',
      requiredAttributes:
        'CXone에서 사용자를 만들려면 사용자 이름, 이름, 성, 이메일 네 가지 속성이 필요합니다. IdP가 네 가지를 모두 보내야 하며, 생성된 뒤에는 IdP에서만 바꿀 수 있습니다.',
      agentRole:
        '다른 기본 역할을 지정하지 않았다면 새 사용자에게는 CXone의 “Agent” 역할이 할당됩니다. 테넌트에 “Agent” 역할이 없으면 사용자가 생성되지 않습니다. 사용자의 역할은 생성된 뒤 CXone에서 바꿀 수 있습니다.',
      checklist: {
        valuesEntered: 'IdP에 이 값들을 입력했습니다',
        saved: 'IdP에서 설정을 저장했습니다',
        testRun: 'Okta의 “Test Connector Configuration”(커넥터 구성 테스트), Entra ID의 “연결 테스트”(Test Connection) 등 IdP 자체 테스트에 성공했습니다',
      },
    },
    done: {
      title: '완료',
      body1:
        '이제 CXone Mpower에서 SCIM 프로비저닝을 받을 준비가 끝났습니다. IdP가 사용할 자격 증명은 시스템 키체인에 저장되어 실시간 확인을 통과했고, IdP에는 선택한 지역의 기본 URL과 엔드포인트가 입력되었습니다. 설정한 내용은 아래 요약에서 확인할 수 있습니다. 먼저 IdP에서 테스트 사용자 한 명만 할당하고, CXone의 “직원”(Employees) 목록에 나타나는지 확인하세요.',
      body2:
        '나중에 비밀 정보를 바꾸려면 단계 목록에서 해당 단계(액세스 키 또는 베어러 토큰)를 선택하고 새 값을 붙여 넣은 뒤 “지역 선택과 실시간 확인”에서 다시 테스트하세요. CXone은 비밀 정보를 한 번만 보여 주므로 잃어버리면 되찾을 수 없습니다. CXone에서 새로 생성해 여기에서 바꾸고, IdP에서도 바꾸세요.',
    },
  },
  test: {
    outcome: {
      unauthorized:
        'CXone이 토큰을 거부했습니다(401). “SCIM 토큰”(SCIM Tokens) 섹션에서 다시 생성했거나 삭제한 베어러 토큰은 더 이상 쓸 수 없습니다. 새 토큰을 생성해 베어러 토큰 단계에서 교체하세요.',
      forbidden:
        'CXone이 액세스를 거부했습니다(403). 토큰을 연결한 사용자(또는 액세스 키용 직원)에게 직원을 생성하고 편집할 권한이 없을 수 있습니다. 이 권한이 있는 역할을 지정하세요(액세스 키용 역할 단계 참고).',
      'not-found':
        'CXone이 이 주소를 알지 못합니다(404). 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요. CXone 주소 맨 앞에 있는 코드(예: na1)여야 합니다.',
      dns: '이 지역의 CXone 서버 이름을 확인할 수 없습니다(DNS, {{code}}). 없는 지역 코드일 수 있으니 위에서 선택한 지역이나 입력한 지역 코드를 확인한 뒤 네트워크 또는 프록시 설정을 확인하세요.',
      'connection-refused':
        '연결이 거부되었습니다({{code}}). 이 지역의 주소에서 연결을 받는 서비스가 없습니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인한 뒤 네트워크 또는 프록시를 확인하세요.',
      'not-scim': '서버가 응답했지만 SCIM 응답이 아닙니다(프록시 또는 로그인 페이지일 수 있음). 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'not-scim_too-large':
        '응답 크기가 {{mib}}MiB를 넘습니다. 알 수 없는 사용자 한 명을 찾는 SCIM 검색의 응답은 수백 바이트이므로 CXone SCIM API의 응답이 아닙니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'not-scim_html':
        '서버가 SCIM JSON이 아닌 웹 페이지(HTML)로 응답했습니다. 이 지역의 주소가 CXone SCIM API가 아니라 웹사이트, 로그인 페이지 또는 프록시로 연결됩니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'not-scim_content-type': '서버가 SCIM JSON이 아닌 형식으로 응답했습니다(콘텐츠 유형: {{type}}). 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'not-scim_not-json': '서버가 JSON이 아닌 내용으로 응답했으므로 SCIM 응답이 아닙니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'not-scim_not-list-response': '서버가 JSON으로 응답했지만 SCIM ListResponse가 아닙니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'http-error': '서버가 예상하지 못한 상태로 응답했습니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'http-error_status':
        '서버가 예상하지 못한 상태로 응답했습니다(HTTP {{status}}). 나중에 다시 시도하고, 문제가 계속되면 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'http-error_redirect':
        '서버가 테스트 요청을 다른 주소로 보냈습니다(HTTP {{status}}, 대상 호스트: {{host}}). 리디렉션은 따라가지 않으므로 토큰은 그곳으로 전송되지 않았습니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'http-error_redirect-no-location':
        '서버가 리디렉션으로 응답했지만(HTTP {{status}}) 이동할 주소를 알려 주지 않았습니다. 리디렉션은 따라가지 않습니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      'http-error_redirect-unreadable':
        '서버가 읽을 수 없는 주소로 리디렉션했습니다(HTTP {{status}}). 리디렉션은 따라가지 않습니다. 위에서 선택한 지역이나 입력한 지역 코드를 확인하세요.',
      network: '응답을 받기 전에 연결에 실패했습니다. 네트워크 또는 프록시를 확인하세요.',
      'network_bad-url':
        '지역 코드로 만든 주소가 올바른 http(s) 주소가 아니어서 아무것도 보내지 않았습니다. 위에서 입력한 지역 코드를 확인하세요(영문자 다음에 숫자, 예: na2).',
      network_code: '연결에 실패했습니다({{code}}). 네트워크 또는 프록시를 확인하세요.',
      network_unknown: '응답을 받기 전에 연결에 실패했습니다. 네트워크 또는 프록시를 확인하세요.',
    },
  },
};
