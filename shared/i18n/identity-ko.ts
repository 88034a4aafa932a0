import type { identityEn } from './identity-en';

/** 토큰 소유자 확인 문구(ko.ts의 `identity` 항목). */
export const identityKo: typeof identityEn = {
  title: '토큰 소유자',
  checking: '토큰 소유자를 확인하는 중…',
  notChecked: '아직 확인하지 않았습니다.',
  name: '로그인한 사용자',
  email: '이메일',
  org: '조직(Org ID)',
  roles: '역할',
  noRoles: '관리자 역할 없음',
  checkedAt: '{{date}}에 확인',
  fullAdmin: '전체 관리자입니다. 이 토큰으로 사용자를 만들고 수정할 수 있습니다.',
  notFullAdmin:
    '{{name}} 계정은 전체 관리자가 아니어서 이 토큰으로는 사용자를 만들 수 없고 프로비저닝이 실패합니다. 조직의 전체 관리자 계정으로 로그인해 새 토큰을 받으세요. 브라우저가 {{name}} 계정으로 다시 로그인하지 않도록 시크릿 창을 사용하세요.',
  signInAgain: '시크릿 창에서 새 토큰 받기',
  signInAgainBrowser: '아래에서 “직접 여는 시크릿 창”을 선택하고 로그인을 시작한 다음, 로그인 링크를 새 시크릿 창에 붙여 넣으세요.',
  orgMatches: '마법사에 입력한 Org ID와 같습니다.',
  orgDiffers:
    '이 토큰은 {{tokenOrg}} 조직의 토큰인데 마법사에는 Org ID {{answerOrg, josa(이/가)}} 입력되어 있습니다. Entra는 이 테넌트 URL을 저장한 뒤 404 오류로 실패하고 작업을 격리합니다. 토큰의 조직을 사용하거나 올바른 조직의 토큰을 받으세요.',
  adoptTokenOrg: '토큰의 조직 사용',
  orgUpdated: 'Org ID를 토큰의 조직으로 바꾸었습니다.',
  recheck: '다시 확인',
  failure: {
    IDENTITY_UNAUTHORIZED: '마지막 확인이 거부되었습니다. 토큰이 만료되었거나 취소되었습니다. 새 토큰을 받으세요.',
    IDENTITY_FORBIDDEN: '마지막 확인이 거부되었습니다. 이 계정은 자신의 프로필을 읽을 수 없습니다. 전체 관리자 계정으로 다시 로그인하세요.',
    IDENTITY_UNREACHABLE: '마지막 확인에서 공급업체에 연결하지 못했습니다. 네트워크를 확인한 뒤 “다시 확인”을 선택하세요.',
    IDENTITY_BAD_RESPONSE: '마지막 확인의 응답에 토큰 소유자 정보가 없었습니다. 나중에 “다시 확인”을 선택하세요.',
    IDENTITY_NOT_AVAILABLE: '확인하지 않음: 사용 중인 테스트 엔드포인트에 People API가 없습니다.',
  },
  role: {
    id_full_admin: '전체 관리자',
    id_user_admin: '사용자 관리자',
    id_readonly_admin: '읽기 전용 관리자',
    id_device_admin: '장치 관리자',
    'atlas-portal.support': '지원 관리자',
  },
};
