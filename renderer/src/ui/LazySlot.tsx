import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Which on-demand screen a slot holds: named in `data-screen` of its failure message. */
export type LazyScreenName = 'wizard' | 'diagnostics' | 'profiles' | 'report';

interface Props {
  screen: LazyScreenName;
  children: ReactNode;
}

/**
 * Where a screen loaded on demand (ui/lazy-screen.ts) is shown. Nothing while it loads; if its
 * code or texts cannot be fetched (the host stopped, a damaged install) or it fails to render,
 * a message with Reload replaces it, and the header and every other screen stay usable.
 * Reload, not retry: React keeps a lazy screen's failed load for the page's life.
 */
export function LazySlot({ screen, children }: Props) {
  return (
    <ScreenLoadBoundary screen={screen}>
      <Suspense fallback={null}>{children}</Suspense>
    </ScreenLoadBoundary>
  );
}

class ScreenLoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ScreenLoadFailed screen={this.props.screen} /> : this.props.children;
  }
}

function ScreenLoadFailed({ screen }: { screen: LazyScreenName }) {
  const { t } = useTranslation();
  return (
    // The wizard's slot is the page's main area; a dialog's failure floats over the page instead of the header.
    <div
      className={screen === 'wizard' ? 'screen-load-failed' : 'screen-load-failed floating'}
      role="alert"
      data-testid="screen-load-failed"
      data-screen={screen}
    >
      <p className="error">{t('app.screenLoadFailed')}</p>
      <button type="button" data-testid="screen-load-reload" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
