import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/i18n/error-message';
import { ApiError } from '../api/client';
import { useOtherScreenTexts, type OtherScreenTexts } from './use-other-screen-texts';

/**
 * A sentence the page itself decided on (a file too large to send, a clipboard
 * the browser refused): kept as key and values, like main's errors, so it is
 * written in the language on screen when it is shown, not when it happened.
 */
export class UiMessage {
  constructor(
    readonly key: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {}
}

/** The transport's own sentinel: the host did not answer at all (its sentence is in the first screen's texts). */
function isUnreachableHost(error: unknown): boolean {
  return error instanceof ApiError && error.shape.code === 'INTERNAL' && error.shape.message === 'NETWORK';
}

/**
 * Whether the sentence for `error` can be written yet: error sentences load with the other screens'
 * texts, except the unreachable host's, which comes with the first screen's (a back end that stopped
 * answering cannot send the others either). No error: nothing to wait for.
 */
export function useErrorSentenceTexts(error: unknown): OtherScreenTexts {
  const needed = error !== null && error !== undefined && !isUnreachableHost(error);
  const texts = useOtherScreenTexts(needed);
  return needed ? texts : 'ready';
}

/**
 * Turns what a component caught (from `call()`, or a UiMessage) into a sentence in
 * the language on screen. Components keep the error itself in state and call this
 * while rendering, so a message already on screen follows a language change.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof UiMessage) return t(error.key, error.values);
    if (isUnreachableHost(error)) return t('errors.NETWORK');
    if (error instanceof ApiError) return errorMessage(t, error.shape);
    return t('errors.INTERNAL');
  };
}
