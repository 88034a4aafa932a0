import { useRef, type Dispatch, type SetStateAction } from 'react';

/**
 * For a text field whose draft a save's answer may replace (with the saved, normalised value): while the
 * admin is in the field, the text on screen stays, since a changed value drops the selection they made to
 * type over it. `inField` is read by an answer, which can come between renders. `enter` also re-queues the
 * draft on screen: an answer that came just before may have asked for another value, which React would
 * render only after the admin selected the text (seen in CI); queued after it, this one wins.
 */
export function useDraftKeptInField(draft: string, setDraft: Dispatch<SetStateAction<string>>) {
  const inField = useRef(false);
  return {
    inField,
    enter: () => {
      inField.current = true;
      setDraft(draft);
    },
    leave: () => {
      inField.current = false;
    },
  };
}
