// The start-up lower bound: the bare page plus the libraries every screen of the app is written with (React,
// i18next, react-i18next), set up as shared/i18n/create-i18n.ts sets them up, with one translated button.
// No app code: what it costs over the bare page is what the libraries alone cost.
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createFloorI18n } from '../floor-i18n.mjs';

const i18n = createFloorI18n({ ready: 'ready' });

function Ready() {
  const { t } = useTranslation();
  return <button data-testid="bare-ready">{t('ready')}</button>;
}

createRoot(document.getElementById('root')).render(
  <I18nextProvider i18n={i18n}>
    <Ready />
  </I18nextProvider>,
);
