import { LOAD_FAILURE_TEXT } from '../boot/show-load-failure';
import { useErrorSentenceTexts, useErrorText } from '../hooks/use-error-text';

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
  // On the first screen the error sentences may not be loaded yet: they come in before the error shows.
  const texts = useErrorSentenceTexts(error);
  if (texts === 'loading') return null;
  const shown = hasError ? (texts === 'failed' ? LOAD_FAILURE_TEXT : errorText(error)) : text;
  if (!shown) return null;
  return (
    <p className="error" role="alert" data-testid={testId} id={id}>
      {shown}
    </p>
  );
}
