import type { handoffValidationEn } from './handoff-validation-en';

/** Refusals of a hand-off file being imported (Korean); merged into validation-ko.ts. Same keys as the English. */
export const handoffValidationKo: Record<keyof typeof handoffValidationEn, string> = {
  'handoff-too-large': '파일이 {{mib}}MiB를 넘습니다. 인계 파일은 몇 킬로바이트 정도입니다. 마법사에서 내보낸 파일을 선택하세요.',
  'handoff-too-deep': '파일의 객체가 {{max}}단계보다 깊게 중첩되어 있습니다. 인계 파일에는 이런 구조가 없습니다. 마법사에서 내보낸 파일을 선택하세요.',
  'handoff-not-json': 'JSON 파일이 아닙니다. 마법사에서 내보낸 .json 파일을 수정하지 않은 채로 선택하세요.',
  'handoff-prototype-key': '파일에 “{{path}}” 키가 있습니다. 이 키는 마법사가 읽는 어떤 파일에도 허용되지 않습니다. 아무것도 가져오지 않았습니다.',
  'handoff-secret-field':
    '파일에 비밀 정보로 보이는 “{{path}}” 항목이 있습니다. 인계 파일에는 비밀 정보를 담지 않습니다. 이 항목을 지우거나 마법사에서 프로필을 다시 내보내고, 비밀 정보는 이 컴퓨터에서 추가하세요.',
  'handoff-unknown-format': 'SCIM 설정 마법사의 인계 파일이 아닙니다. “인계 파일 내보내기”로 만든 파일을 선택하세요.',
  'handoff-unknown-version':
    '파일 버전은 {{version}}이고 이 앱이 읽을 수 있는 버전은 {{supported}}입니다. 앱을 업데이트하거나 이 버전에서 내보낸 파일을 요청하세요.',
  'handoff-unknown-field': '파일에 인계 파일에는 없는 “{{path}}” 항목이 있습니다. 아무것도 가져오지 않았습니다.',
  'handoff-bad-value': '“{{path}}” 값이 없거나 형식이 잘못되었습니다. 마법사에서 프로필을 다시 내보내세요.',
  'handoff-unknown-integration': '이 파일은 이 버전의 앱에 없는 통합 “{{integrationId}}”용입니다.',
  'handoff-unknown-step': '파일에 이 통합에 없는 단계 이름(“{{stepId}}”)이 있습니다. 프로필을 다시 내보내세요.',
  'handoff-name-taken': '“{{name}}” 프로필이 이미 있습니다. 그 프로필의 답변과 진행 상황을 파일 내용으로 바꾸거나, 다른 이름의 새 프로필로 가져오세요.',
  within_handoff: '인계 파일의 “{{fieldId}}” 값을 받아들일 수 없습니다:',
};
