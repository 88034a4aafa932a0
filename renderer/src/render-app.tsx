import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StartedBoot } from './boot/start-boot';
import { App } from './components/App';
import './styles.css';
import './korean-typography.css';

export function renderApp(root: HTMLElement, boot: StartedBoot): void {
  createRoot(root).render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  );
}
