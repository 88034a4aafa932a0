import { LOAD_FAILURE_TEXT } from '../boot/show-load-failure';
import { isUnreachableHost, useErrorText } from '../hooks/use-error-text';
import { useOtherScreenTexts } from '../hooks/use-other-screen-texts';

interface Props {
  /** An error as caught (ApiError, UiMessage): translated at each render, so it follows a language change. */
  error?: unknown;
  /** Text already written in the language on screen. */
  text?: string | null;
  testId: string;
  /** For aria-describedby of the control it belongs to. */
  id?: string;
}

/** An error announced to screen readers as soon as it appears. */
export function ErrorText({ error, text, testId, id }: Props) {
  const errorText = useErrorText();
  const hasError = error !== null && error !== undefined;
  // A back end that stopped answering cannot send the other texts either: its sentence comes with the first screen's.
  const needsOtherTexts = hasError && !isUnreachableHost(error);
  // On the first screen the error sentences may not be loaded yet: they come in before the error shows.
  const texts = useOtherScreenTexts(needsOtherTexts);
  if (needsOtherTexts && texts === 'loading') return null;
  const shown = hasError ? (needsOtherTexts && texts === 'failed' ? LOAD_FAILURE_TEXT : errorText(error)) : text;
  if (!shown) return null;
  return (
    <p className="error" role="alert" data-testid={testId} id={id}>
      {shown}
    </p>
  );
}
