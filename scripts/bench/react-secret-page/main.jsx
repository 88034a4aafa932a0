// The secret save's React floor: the floor page (scripts/bench/floor-pages.mjs) written with the libraries
// every screen of the app is written with (React, i18next, react-i18next, set up as the libraries page sets
// them up), posting to the handler that keeps the app's promises. It renders once, when the answer comes,
// and does nothing else: what it costs over the plain promised floor is what React alone costs in the flow.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createFloorI18n } from '../floor-i18n.mjs';

const i18n = createFloorI18n({ save: 'Save', stored: 'Stored in the keychain' });

function SecretBlock() {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  // The harness's reset between saves, as on the plain floor page.
  useEffect(() => {
    window.resetFloor = () => setStored(false);
  }, []);
  const save = async (event) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('secret');
    const response = await fetch('/secret?promised', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer floor' },
      body: JSON.stringify({ profileId: 'floor', secretId: 'cxone-access-key-id', value, expiresAt: null }),
    });
    if ((await response.json()).ok) setStored(true);
  };
  return (
    <div id="block" data-stored={stored ? 'true' : 'false'}>
      {stored ? (
        <p role="status">{t('stored')}</p>
      ) : (
        <form onSubmit={(event) => void save(event)}>
          <input id="secret" name="secret" type="password" autoComplete="off" aria-label="secret" />
          <button id="save" type="submit">
            {t('save')}
          </button>
        </form>
      )}
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <I18nextProvider i18n={i18n}>
    <SecretBlock />
  </I18nextProvider>,
);
