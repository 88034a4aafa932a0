import type { handoffEn } from './handoff-en';
import type { TextsLike } from './texts-shape';

/** Korean texts of the hand-off feature: the same keys as handoff-en.ts. */
export const handoffKo: TextsLike<typeof handoffEn> = {
  title: '인계 파일',
  import: {
    heading: '인계 파일 가져오기',
    help: '지원 담당자가 준비한 파일로 새 프로필을 시작합니다. 통합, 답변, 진행 상황은 파일에서 가져오고, 비밀 값만 이 컴퓨터에서 추가하면 됩니다. 지금 작업 중인 프로필은 바뀌지 않습니다.',
    choose: '인계 파일(.json) 선택',
    busy: '파일을 가져오는 중…',
    refusedTitle: '파일을 가져오지 않았으며, 아무것도 바뀌지 않았습니다.',
    done: '인계 파일로 새 프로필(“{{name}}”)을 만들고 열었습니다. 각 단계에서 비밀 값을 추가하세요. 작업하던 프로필의 진행 상황은 그대로이며, 언제든지 헤더에서 다시 전환할 수 있습니다.',
    replaced: '“{{name}}” 프로필의 답변과 진행 상황을 파일 내용으로 바꾸고 열었습니다. 키체인 항목은 그대로 두었습니다. 연결 확인을 다시 실행하세요.',
    cancelled: '아무것도 가져오지 않았습니다.',
  },
  replace: {
    title: '“{{name}}” 프로필이 이미 있습니다',
    intro: '이 파일은 이 컴퓨터에 있는 프로필과 이름이 같은 프로필용입니다. 선택하기 전에는 아무것도 바뀌지 않습니다.',
    replaceHeading: '“{{name}}” 바꾸기',
    replaceWhat: '파일 내용으로 바뀌는 것: 통합, 모든 답변, 완료하거나 건너뛴 단계.',
    replaceKeeps: '그대로 남는 것: 시스템 키체인에 저장된 비밀 값.',
    replaceClears: '지워지는 것: 연결 확인 결과(확인을 다시 실행하세요).',
    newHeading: '또는 새 프로필로 가져오기',
    newName: '새 프로필 이름',
    newNameDefault: '{{name}} (2)',
    replace: '“{{name}}” 바꾸기',
    importNew: '새 프로필로 가져오기',
    cancel: '취소',
  },
  export: {
    button: '인계 파일 내보내기',
    busy: '내보내는 중…',
    saved: '“{{name}}” 프로필을 {{fileName}} 파일로 내보냈습니다. 이 파일에는 비밀 값이 없으며, 가져오는 사람이 자신의 컴퓨터에서 추가합니다.',
    notSaved: '“{{name}}” 프로필의 인계 파일을 저장하지 않았습니다.',
    failed: '“{{name}}” 프로필의 인계 파일을 내보내지 못했습니다. {{reason}}',
  },
};
