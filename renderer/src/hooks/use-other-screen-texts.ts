import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { hasOtherScreenTexts, loadOtherScreenTexts } from './use-locale-i18n';

export type OtherScreenTexts = 'ready' | 'loading' | 'failed';

/**
 * Error sentences live with the other screens' texts (the first screen does not
 * load them up front): a component about to write one asks for them here and
 * renders it once they are in. Nothing is loaded while `wanted` is false.
 */
export function useOtherScreenTexts(wanted: boolean): OtherScreenTexts {
  const { i18n } = useTranslation();
  const [failed, markFailed] = useReducer(() => true, false);
  const [, loaded] = useReducer((count: number) => count + 1, 0);
  const ready = hasOtherScreenTexts(i18n.language);
  useEffect(() => {
    if (!wanted || ready) return;
    let current = true;
    loadOtherScreenTexts().then(
      () => current && loaded(),
      () => current && markFailed(),
    );
    return () => {
      current = false;
    };
  }, [wanted, ready]);
  if (ready) return 'ready';
  return failed ? 'failed' : 'loading';
}
