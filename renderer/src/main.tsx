import { startBoot } from './boot/start-boot';
import { showLoadFailure } from './boot/show-load-failure';

// Kept small on purpose: the first calls to main start before React and the app are downloaded and parsed.
const boot = startBoot();
const root = document.getElementById('root')!;
import('./render-app').then(
  ({ renderApp }) => renderApp(root, boot),
  () => showLoadFailure(root),
);
