// i18next set up for a floor page as shared/i18n/create-i18n.ts sets it up for the app (one instance, loaded
// before the first render, English), with the page's own few texts: the libraries' cost, not the app's texts.
import i18next from 'i18next';

export function createFloorI18n(texts) {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', 'ko'],
    resources: { en: { translation: texts } },
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return i18n;
}
