// The particle rule these texts' {{x, josa(...)}} need (es-hangul), loaded with them.
import './josa';
import { handoffValidationKo } from './handoff-validation-ko';
import type { ValidationTexts } from './validation-en';

/** Korean sentences of validator refusals; same keys and placeholders as validation-en.ts (a unit test checks both). */
export const validationKo: ValidationTexts = {
  ...handoffValidationKo,
  empty: '이 칸은 비워 둘 수 없습니다.',
  'empty_org-id': 'Webex 조직 ID를 입력하세요.',
  'empty_org-input': 'Webex 조직 ID 또는 테넌트 URL을 입력하세요.',
  'empty_tenant-url': '테넌트 URL을 입력하세요.',
  empty_email: '이메일 주소를 입력하세요.',
  empty_token: '토큰을 붙여 넣으세요.',
  empty_expiry: '토큰 만료 날짜를 입력하거나, 공급업체가 안내하는 365일을 선택하세요.',
  'token-has-url-parts': '토큰만 붙여 넣으세요. 주소에서 access_token=과 &token_type= 사이의 부분만 복사하고, 이 두 단어는 빼야 합니다.',
  'token-has-bearer-prefix': '앞에 붙은 “Bearer”는 빼고 토큰만 붙여 넣으세요.',
  'token-has-spaces': '토큰의 {{position}}번째 자리에 공백이나 줄 바꿈이 있습니다. 토큰에는 공백이 없으니 한 번에 다시 복사하세요.',
  'token-bad-character': '{{position}}번째 문자 {{charShown, josa(은/는)}} 토큰에 들어갈 수 없습니다. 토큰을 다시 복사하세요.',
  'token-too-short': '토큰이 {{length}}자뿐입니다(최소 {{min}}자). 복사하다가 잘린 것 같습니다.',
  'token-too-long': '토큰이 {{length}}자로, 토큰의 최대 길이 {{max}}자보다 깁니다. 토큰 외의 내용까지 복사되었습니다.',
  'expiry-not-a-date': '2027-11-25처럼 실제로 있는 날짜를 연-월-일 형식으로 입력하세요.',
  'expiry-in-past': '{{date, josa(은/는)}} 이미 지난 날짜입니다. 만료된 토큰은 쓸 수 없으니 새 토큰을 받으세요.',
  'expiry-too-far': '{{date, josa(은/는)}} 오늘로부터 {{days}}일보다 먼 날짜입니다. 토큰은 그렇게 오래 유효하지 않으니 날짜를 확인하세요.',
  'email-invalid': 'name@example.com 형식의 이메일 주소를 입력하세요.',
  'not-an-option': '"{{value}}" 값은 선택지에 없습니다.',
  'not-a-boolean': '확인란 값은 "true" 또는 "false"여야 합니다.',

  'org-id-bad-character': '{{position}}번째 문자 {{charShown, josa(은/는)}} 쓸 수 없습니다. 조직 ID에는 16진수 문자(0-9, a-f)와 대시(-)만 쓰세요.',
  'org-id-bad-character_lookalike':
    "{{position}}번째 문자 {{charShown, josa(은/는)}} 쓸 수 없습니다. 조직 ID에는 16진수 문자(0-9, a-f)와 대시(-)만 쓰세요. 혹시 '{{suggest}}' 문자를 입력하려던 것인가요?",
  'org-id-group-length': '{{group}}번째 묶음이 {{length}}자입니다. Webex 조직 ID는 8-4-4-4-12자씩 묶어 씁니다.',
  'org-id-group-length_one': '{{group}}번째 묶음이 1자입니다. Webex 조직 ID는 8-4-4-4-12자씩 묶어 씁니다.',
  'org-id-group-count': '조직 ID가 대시(-)로 나뉜 {{groups}}개 묶음입니다. Webex 조직 ID는 16진수를 8-4-4-4-12자씩 5개 묶음으로 씁니다(예: {{example}}).',
  'org-id-group-count_no-dashes': '조직 ID에 대시(-)가 없습니다. Webex 조직 ID는 16진수를 8-4-4-4-12자씩 대시로 나눈 5개 묶음으로 씁니다(예: {{example}}).',
  'org-id-too-long': '조직 ID가 {{length}}자입니다. Webex 조직 ID는 {{max}}자(8-4-4-4-12자 묶음)이고, base64 형식이라도 약 90자입니다.',
  'org-id-base64-not-organization': '이 base64 값을 해독하면 "{{decoded}}"이며, Webex 조직 ID(ciscospark://…/ORGANIZATION/<조직 ID>)가 아닙니다.',
  'org-id-base64-not-organization_typed':
    '이 base64 값은 Webex {{idType}} ID("{{decoded}}")이며, Webex 조직 ID(ciscospark://…/ORGANIZATION/<조직 ID>)가 아닙니다.',
  'org-id-base64-not-organization_undecodable':
    'base64 Webex ID처럼 보이지만 텍스트로 해독되지 않습니다. 값 전체를 다시 복사하세요. Webex 조직 ID(ciscospark://…/ORGANIZATION/<조직 ID>)를 넣어야 합니다.',
  'org-id-is-url': '조직 ID가 아니라 URL입니다. 테넌트 URL로 확인하거나, 조직 ID(/v1/scim/ 뒤의 부분)만 남기세요.',
  'within_tenant-url': 'URL 끝의 조직 ID가 올바르지 않습니다.',
  within_base64: 'base64 조직 ID를 해독한 값("{{decodedId}}")이 올바르지 않습니다.',

  'invalid-scim-base':
    '사용 중인 SCIM 기본 URL({{scimBaseUrl}})을 쓸 수 없습니다. https URL이거나 127.0.0.1, localhost, [::1]의 http여야 합니다. 엔드포인트 파일을 고치세요.',
  'not-a-url': '완전한 URL이 아닙니다. 테넌트 URL은 {{example}} 형식입니다.',
  'not-a-url_blank': 'URL의 {{position}}번째에 {{charShown, josa(이/가)}} 있습니다. URL에는 공백이나 보이지 않는 문자를 넣지 마세요.',
  'not-a-url_backslash': 'URL에 백슬래시(\\)가 있습니다. URL에는 슬래시(/)를 쓰세요.',
  'not-a-url_no-host': 'URL에 호스트가 없습니다. 테넌트 URL은 {{example}} 형식입니다.',
  'not-https': '테넌트 URL은 https://로 시작해야 합니다. 이 URL은 {{scheme}}://로 시작합니다.',
  'not-https_http': '테넌트 URL은 https://로 시작해야 합니다. http://로는 토큰이 암호화되지 않은 채 전송됩니다.',
  'wrong-scheme': '사용 중인 테스트 엔드포인트의 스킴은 {{expected}}://({{canonical}})입니다. 이 URL은 {{scheme}}://로 시작합니다.',
  userinfo:
    '"@" 앞부분({{userinfo}})은 사용자 이름으로 해석되므로 이 URL은 실제로는 {{host, josa(으로/로)}} 연결됩니다. 테넌트 URL에는 사용자 이름이나 "@"를 넣지 마세요.',
  'userinfo_no-host': '"@" 앞부분({{userinfo}})은 사용자 이름으로 해석되고, 이 URL에는 호스트가 없습니다. 테넌트 URL에는 사용자 이름이나 "@"를 넣지 마세요.',
  port: '":{{port}}" 부분을 지우세요. 테넌트 URL에는 포트를 넣지 마세요(:443도 마찬가지입니다).',
  port_test: '테스트 엔드포인트는 포트 {{expected, josa(을/를)}} 씁니다. 이 URL의 포트는 {{port}}입니다.',
  'port_test-none': '테스트 엔드포인트는 포트 {{expected, josa(을/를)}} 씁니다. URL에 이 포트를 넣으세요.',
  query: '"?{{query}}" 부분을 지우세요. 테넌트 URL은 조직 ID로 끝나야 하니 쿼리(?…)를 넣지 마세요.',
  fragment: '"#{{fragment}}" 부분을 지우세요. 테넌트 URL은 조직 ID로 끝나야 하니 "#" 부분을 넣지 마세요.',
  'wrong-offer': '{{offerName}}의 테넌트 URL입니다. 첫 단계에서 {{offerName, josa(을/를)}} 선택하거나 {{example, josa(을/를)}} 쓰세요.',
  'wrong-offer_test': '{{offerName}}의 테넌트 URL입니다. 첫 단계에서 {{offerName, josa(을/를)}} 선택하세요.',
  'lookalike-host': '호스트 {{host, josa(은/는)}} {{reasonText}}. {{expected}}처럼 보일 뿐입니다. 마법사나 Control Hub에서 테넌트 URL을 다시 복사하세요.',
  'wrong-host': '테넌트 URL에는 {{expected}} 호스트를 쓰세요. 이 URL은 {{host, josa(으로/로)}} 연결됩니다.',
  'wrong-host_test': '테넌트 URL에는 {{expected}} 호스트를 쓰세요(테스트 엔드포인트 사용 중). 이 URL은 {{host, josa(으로/로)}} 연결됩니다.',
  'wrong-path': '경로는 정확히 {{expectedPath}} 형태로 쓰세요. 이 URL의 경로는 "{{path}}"입니다.',
  'wrong-path_case': '경로는 정확히 {{expectedPath}} 형태로, 소문자로 쓰세요. 이 URL의 경로는 "{{path}}"입니다.',
  'wrong-path_no-path': '경로는 정확히 {{expectedPath}} 형태로 쓰세요. 이 URL에는 경로가 없습니다.',
  'wrong-path_percent': '경로에 퍼센트 인코딩 문자(%)를 쓰지 마세요. 경로는 정확히 {{expectedPath}} 형태여야 합니다.',
  'wrong-path_dot-segments': '경로에 "." 또는 ".." 부분을 넣지 마세요. 경로는 정확히 {{expectedPath}} 형태여야 합니다.',
  'wrong-path_empty-segment': '경로에 빈 부분("//")을 넣지 마세요. 경로는 정확히 {{expectedPath}} 형태여야 합니다.',
  'missing-org-id': 'URL이 조직 ID 없이 {{basePath}}/에서 끝납니다. 끝에 조직 ID를 붙이세요(예: {{example}}).',
  'extra-path-segments': '조직 ID 뒤의 "{{extra}}" 부분을 지우세요. 테넌트 URL은 조직 ID로 끝나야 합니다.',

  'empty_cxone-base-url': 'CXone 기본 URL을 입력하세요(예: https://na1.nice-incontact.com/scim/v2).',
  'cxone-base-url-not-a-url': '완전한 URL이 아닙니다. CXone 기본 URL은 https://na1.nice-incontact.com/scim/v2 형식입니다.',
  'cxone-base-url-not-a-url_blank': 'URL의 {{position}}번째에 {{charShown, josa(이/가)}} 있습니다. URL에는 공백이나 보이지 않는 문자를 넣지 마세요.',
  'cxone-base-url-not-a-url_backslash': 'URL에 백슬래시(\\)가 있습니다. URL에는 슬래시(/)를 쓰세요.',
  'cxone-base-url-not-a-url_no-host': 'URL에 호스트가 없습니다. CXone 기본 URL은 https://na1.nice-incontact.com/scim/v2 형식입니다.',
  'cxone-base-url-scheme': '기본 URL은 https://로 시작해야 합니다. 이 URL은 {{scheme}}://로 시작합니다.',
  'cxone-base-url-scheme_http': '기본 URL은 https://로 시작해야 합니다. http://로는 액세스 키나 토큰이 암호화되지 않은 채 전송됩니다.',
  'cxone-base-url-scheme_missing': '기본 URL은 https://로 시작해야 합니다(예: https://na1.nice-incontact.com/scim/v2).',
  'cxone-base-url-userinfo':
    '"@" 앞부분은 사용자 이름과 비밀번호로 해석되므로 이 URL은 실제로는 {{host, josa(으로/로)}} 연결됩니다. 기본 URL에는 사용자 이름이나 "@"를 넣지 마세요.',
  'cxone-base-url-userinfo_no-host':
    '"@" 앞부분은 사용자 이름과 비밀번호로 해석되고, 그 뒤에 호스트가 없습니다. 기본 URL에는 사용자 이름이나 "@"를 넣지 마세요.',
  'cxone-base-url-host':
    '기본 URL의 호스트는 <area>.nice-incontact.com 형태여야 합니다(예: na1.nice-incontact.com). 이 URL은 {{host, josa(으로/로)}} 연결됩니다.',
  'cxone-base-url-host_no-area': '호스트 앞에 지역 코드를 붙이세요. 호스트는 <area>.nice-incontact.com 형태입니다(예: na1.nice-incontact.com).',
  'cxone-base-url-host_area':
    '{{area, josa(은/는)}} 지역 코드가 아닙니다. 호스트는 지역 코드(영문자 다음에 숫자, 예: na1) 뒤에 .nice-incontact.com을 붙인 형태입니다.',
  'cxone-base-url-host_extra-labels':
    '호스트 {{host}}에는 .nice-incontact.com 앞에 지역 코드 말고도 다른 부분이 있습니다. 호스트는 정확히 <area>.nice-incontact.com 형태여야 합니다(예: na1.nice-incontact.com).',
  'cxone-base-url-oauth-host':
    '{{host, josa(은/는)}} CXone 로그인과 OAuth에 쓰는 niceincontact.com(하이픈 없음) 도메인에 있으며, SCIM API 호스트가 아닙니다. 기본 URL의 호스트는 {{expected}}(하이픈이 있는 nice-incontact.com)입니다.',
  'cxone-base-url-lookalike-host':
    '호스트 {{host, josa(은/는)}} {{reasonText}}. {{expected}}처럼 보일 뿐입니다. 기본 URL을 직접 입력하세요(예: https://{{expected}}/scim/v2).',
  'cxone-base-url-port': '":{{port}}" 부분을 지우세요. 기본 URL에는 포트를 넣지 마세요(:443도 마찬가지입니다).',
  'cxone-base-url-path': '경로는 /scim/v2(액세스 키용) 또는 /oauth/scim/v2(베어러 토큰용) 중 하나여야 합니다. 이 URL의 경로는 "{{path}}"입니다.',
  'cxone-base-url-path_no-path': 'URL에 경로가 없습니다. /scim/v2(액세스 키용) 또는 /oauth/scim/v2(베어러 토큰용)를 붙이세요.',
  'cxone-base-url-path_case': '경로는 /scim/v2 또는 /oauth/scim/v2처럼 소문자로 쓰세요. 이 URL의 경로는 "{{path}}"입니다.',
  'cxone-base-url-path_order': '베어러 토큰용 경로는 /oauth가 앞에 오는 /oauth/scim/v2입니다. 이 URL의 경로는 "{{path}}"입니다.',
  'cxone-base-url-path_percent': '경로에 퍼센트 인코딩 문자(%)를 쓰지 마세요. 경로는 정확히 /scim/v2 또는 /oauth/scim/v2여야 합니다.',
  'cxone-base-url-path_dot-segments': '경로에 "." 또는 ".." 부분을 넣지 마세요. 경로는 정확히 /scim/v2 또는 /oauth/scim/v2여야 합니다.',
  'cxone-base-url-path_empty-segment': '경로에 빈 부분("//")을 넣지 마세요. 경로는 정확히 /scim/v2 또는 /oauth/scim/v2여야 합니다.',
  'cxone-base-url-path_extra': '끝의 "{{extra}}" 부분을 지우세요. 기본 URL은 /scim/v2 또는 /oauth/scim/v2로 끝나야 합니다.',
  'cxone-base-url-query': '"?" 부분을 지우세요. 기본 URL은 /v2로 끝나야 하니 쿼리를 넣지 마세요.',
  'cxone-base-url-fragment': '"#" 부분을 지우세요. 기본 URL은 /v2로 끝나야 하니 "#" 부분을 넣지 마세요.',

  'empty_cxone-region': '지역 코드를 입력하세요(예: na1).',
  'cxone-region-digits-first': '지역 코드는 영문자로 시작하고 그 뒤에 숫자가 옵니다(예: na1). 입력한 "{{value}}" 값은 숫자로 시작합니다.',
  'cxone-region-bad-character':
    '{{position}}번째 문자 {{charShown, josa(은/는)}} 지역 코드에 쓸 수 없습니다. 지역 코드는 영문자 다음에 숫자를 씁니다(예: na1).',
  'cxone-region-shape':
    '지역 코드는 영문자 {{minLetters}}-{{maxLetters}}자 다음에 숫자 {{minDigits}}-{{maxDigits}}자입니다(예: na1, au1, eu1). 입력한 "{{value}}" 값은 지역 코드 형식이 아닙니다.',
  'cxone-region-shape_no-digits': '숫자를 붙이세요. 지역 코드는 영문자 다음에 숫자가 옵니다(예: na1). 입력한 "{{value}}" 값에는 숫자가 없습니다.',
  'cxone-region-host': '호스트 이름이 아니라 지역 코드 {{area}}만 입력하세요.',
  'cxone-region-host_other': '호스트 이름처럼 보입니다. 지역 코드(영문자 다음에 숫자, 예: na1)만 입력하거나 기본 URL 전체를 붙여 넣으세요.',

  'empty_access-key-id': '액세스 키 ID를 붙여 넣으세요.',
  'empty_access-key-secret': '비밀 액세스 키를 붙여 넣으세요.',
  'cxone-access-key-has-label_id': '앞에 붙은 항목 이름은 빼고 액세스 키 ID만 붙여 넣으세요.',
  'cxone-access-key-has-label_secret': '앞에 붙은 항목 이름은 빼고 비밀 액세스 키만 붙여 넣으세요.',
  'secret-same-as-other_cxone-access-key-id':
    '이미 비밀 액세스 키로 저장한 값입니다. 액세스 키 ID와 비밀 액세스 키는 CXone “보안”(Security) 탭에 있는 서로 다른 값입니다. 여기에는 ID를 복사해 붙여 넣으세요.',
  'secret-same-as-other_cxone-access-key-secret':
    '이미 액세스 키 ID로 저장한 값입니다. 비밀 액세스 키는 다른 값입니다. CXone “보안”(Security) 탭에서 “암호 키 표시”(Show Secret Key)를 클릭한 뒤 그 값을 복사해 붙여 넣으세요.',
  'cxone-access-key-swapped_id': '비밀 액세스 키라고 표시된 값입니다. 이 값은 비밀 액세스 키 칸에 붙여 넣고, 여기에는 액세스 키 ID를 붙여 넣으세요.',
  'cxone-access-key-swapped_secret': '액세스 키 ID라고 표시된 값입니다. 이 값은 액세스 키 ID 칸에 붙여 넣고, 여기에는 비밀 액세스 키를 붙여 넣으세요.',
  'cxone-access-key-is-token_id': '액세스 키 ID가 아니라 토큰입니다. 베어러 토큰은 베어러 토큰 칸에 붙여 넣고, 여기에는 액세스 키 ID를 붙여 넣으세요.',
  'cxone-access-key-is-token_secret': '비밀 액세스 키가 아니라 토큰입니다. 베어러 토큰은 베어러 토큰 칸에 붙여 넣고, 여기에는 비밀 액세스 키를 붙여 넣으세요.',
  'cxone-access-key-looks-like-token_id':
    '액세스 키 ID가 아니라 토큰으로 보입니다. 액세스 키에는 대문자 A-Z와 숫자 2-7만 들어갑니다. SCIM 베어러 토큰이라면 베어러 토큰 단계에 붙여 넣고, 여기에는 액세스 키 ID를 붙여 넣으세요.',
  'cxone-access-key-looks-like-token_secret':
    '비밀 액세스 키가 아니라 토큰으로 보입니다. 액세스 키에는 대문자 A-Z와 숫자 2-7만 들어갑니다. SCIM 베어러 토큰이라면 베어러 토큰 단계에 붙여 넣고, 여기에는 비밀 액세스 키를 붙여 넣으세요.',
  'cxone-access-key-has-spaces_id': '액세스 키 ID의 {{position}}번째 자리에 공백이나 줄 바꿈이 있습니다. 액세스 키에는 공백이 없으니 한 번에 다시 복사하세요.',
  'cxone-access-key-has-spaces_secret':
    '비밀 액세스 키의 {{position}}번째 자리에 공백이나 줄 바꿈이 있습니다. 액세스 키에는 공백이 없으니 한 번에 다시 복사하세요.',
  'cxone-access-key-bad-character_id':
    '{{position}}번째 문자 {{charShown, josa(은/는)}} 액세스 키 ID에 들어갈 수 없습니다. 액세스 키에는 A-Z와 2-7, 끝의 "="만 있습니다. 다시 복사하세요.',
  'cxone-access-key-bad-character_secret':
    '{{position}}번째 문자 {{charShown, josa(은/는)}} 비밀 액세스 키에 들어갈 수 없습니다. 액세스 키에는 A-Z와 2-7, 끝의 "="만 있습니다. 다시 복사하세요.',
  'cxone-access-key-no-padding_id': '액세스 키 ID 끝의 "===="가 빠졌습니다. 등호(=)도 키의 일부이니 마지막 "="까지 ID 전체를 다시 복사하세요.',
  'cxone-access-key-no-padding_secret': '비밀 액세스 키 끝의 "===="가 빠졌습니다. 등호(=)도 키의 일부이니 마지막 "="까지 키 전체를 다시 복사하세요.',
  'cxone-access-key-too-short_id': '액세스 키 ID가 {{length}}자뿐입니다({{expected}}자여야 함). 복사하다가 잘린 것 같습니다.',
  'cxone-access-key-too-short_secret': '비밀 액세스 키가 {{length}}자뿐입니다({{expected}}자여야 함). 복사하다가 잘린 것 같습니다.',
  'cxone-access-key-too-long_id': '액세스 키 ID가 {{length}}자로, 원래 길이인 {{expected}}자보다 깁니다. ID 외의 내용까지 복사되었습니다.',
  'cxone-access-key-too-long_secret': '비밀 액세스 키가 {{length}}자로, 원래 길이인 {{expected}}자보다 깁니다. 키 외의 내용까지 복사되었습니다.',
  'cxone-bearer-token-has-label': '앞에 붙은 항목 이름은 빼고 토큰만 붙여 넣으세요.',
  'cxone-bearer-token-is-access-key_id': '베어러 토큰이 아니라 액세스 키 ID라고 표시된 값입니다. 액세스 키 ID 칸에 붙여 넣으세요.',
  'cxone-bearer-token-is-access-key_secret': '베어러 토큰이 아니라 비밀 액세스 키라고 표시된 값입니다. 비밀 액세스 키 칸에 붙여 넣으세요.',
  'cxone-bearer-token-is-url': '토큰이 아니라 URL입니다. 계정 설정의 SCIM 토큰 섹션에서 복사한 토큰을 붙여 넣으세요.',

  'expiry-not-applicable': 'CXone에서는 이 비밀 값에 만료 날짜가 없습니다. 날짜는 비워 두세요.',
  'secret-not-a-field': '비밀 값은 필드 값이 아니라 키체인에 저장됩니다.',

  offer_commercial: 'Webex(상용)',
  offer_government: 'Webex for Government',
  'reason_non-ascii': "라틴 문자처럼 보일 수 있는 비ASCII 문자를 포함합니다('{{reasonChar}}', {{reasonHex}})",
  reason_percent: '이름의 실제 내용을 숨기는 퍼센트 인코딩 문자를 포함합니다',
  reason_punycode: '라틴 문자처럼 보일 수 있는 국제화 도메인 이름(punycode xn--)입니다',
  'reason_trailing-dot': '점(.)으로 끝납니다',
  reason_contains: '{{genuine, josa(을/를)}} 포함하지만 다른 호스트입니다',
  reason_typo: '{{genuine, josa(와/과)}} {{distance}}자 다릅니다',
  'reason_typo-one': '{{genuine, josa(와/과)}} 1자 다릅니다',
  'reason_lookalike-characters': '{{genuine}}의 일부 문자를 비슷하게 생긴 문자로 바꾼 이름입니다',
  reason_brand: '"{{brand}}" 이름을 쓰지만 {{domain}} 아래에 있지 않습니다',
  char_space: "' '(공백)",
  char_invisible: '{{hex}}(보이지 않는 문자)',
  'char_non-ascii': "'{{char}}'({{hex}})",
  char_plain: "'{{char}}'",

  'empty_profile-name': '프로필 이름을 입력하세요.',
  'profile-name-too-long': '이름이 {{length}}자입니다. 프로필 이름은 {{max}}자까지 쓸 수 있습니다.',
  'profile-name-control-character': '이름의 {{position}}번째 글자가 보이지 않는 문자 또는 제어 문자({{hex}})입니다. 그 문자 없이 이름을 다시 입력하세요.',
  'profile-name-taken': '"{{name}}" 프로필이 이미 있습니다(대소문자와 공백은 구별하지 않습니다). 다른 이름을 고르세요.',

  'empty_graph-client-id': '앱 등록의 애플리케이션(클라이언트) ID를 입력하세요. Entra 관리 센터 > 앱 등록 > 해당 앱 > 개요에 있습니다.',
  'graph-client-id-not-guid':
    '애플리케이션(클라이언트) ID가 아닙니다. 이 ID는 00000000-0000-0000-0000-000000000000 형식의 36자 GUID입니다(입력한 값은 {{length}}자). Entra 관리 센터 > 앱 등록 > 해당 앱 > 개요에서 복사하세요.',
  'graph-client-id-is-secret':
    '클라이언트 ID가 아니라 클라이언트 암호로 보입니다. 이 앱에는 암호가 필요하지 않습니다. 앱 등록의 개요 페이지에서 애플리케이션(클라이언트) ID를 복사하세요.',
};
