import { lazy, type ComponentType } from 'react';
import { loadOtherScreenTexts } from '../hooks/use-locale-i18n';

/**
 * A screen past the first one (the wizard, a dialog), loaded when first shown: its
 * code and the other screens' texts arrive together, so it never renders a key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint: any props.
export function lazyScreen<T extends ComponentType<any>>(load: () => Promise<T>) {
  return lazy(() => Promise.all([load(), loadOtherScreenTexts()]).then(([component]) => ({ default: component })));
}
