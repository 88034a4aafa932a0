export const LOAD_FAILURE_TEXT =
  'The app could not load its files. Reinstall it or rebuild it (npm run build). / 앱 파일을 불러오지 못했습니다. 앱을 다시 설치하거나 다시 빌드하십시오(npm run build).';

/**
 * The app's own code failed to load (a damaged install or build): nothing
 * translated is available yet, so both languages are written here.
 */
export function showLoadFailure(root: HTMLElement): void {
  const message = document.createElement('p');
  message.className = 'error boot';
  message.setAttribute('role', 'alert');
  message.dataset.testid = 'app-error';
  message.textContent = LOAD_FAILURE_TEXT;
  root.replaceChildren(message);
}
