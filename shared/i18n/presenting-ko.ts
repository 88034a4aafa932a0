import type { presentingEn } from './presenting-en';
import type { TextsLike } from './texts-shape';

/** Korean texts of the presenting feature: the same keys as presenting-en.ts. */
export const presentingKo: TextsLike<typeof presentingEn> = {
  title: '화면 공유 모드',
  toggle: '화면 공유',
  toggleHelp: '화면을 공유할 때 사용합니다. 모든 비밀 값을 가리고, 비밀 값의 표시와 복사를 끄며, 데이터 폴더와 조직 ID 대부분을 숨깁니다.',
  badge: '화면 공유 중: 비밀 값 가림',
  secretActionsOff: '화면 공유 모드에서는 표시와 복사를 사용할 수 없습니다.',
  hiddenValue: '화면 공유 모드에서 숨김',
  languageFixed: '시작할 때 고정됨(--locale)',
};
