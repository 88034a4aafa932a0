interface Props {
  text: string | null;
  testId: string;
}

/** An error announced to screen readers as soon as it appears. */
export function ErrorText({ text, testId }: Props) {
  if (!text) return null;
  return (
    <p className="error" role="alert" data-testid={testId}>
      {text}
    </p>
  );
}
