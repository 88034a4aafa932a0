import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeychainStatus } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from './ErrorText';

/** What support asks for first: versions, where data lives, and whether the keychain answers. */
export function DiagnosticsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info } = useApp();
  const errorText = useErrorText();
  const [keychain, setKeychain] = useState<KeychainStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const probe = useCallback(() => {
    setKeychain(null);
    setError(null);
    call('diagnostics.probeKeychain', {})
      .then(setKeychain)
      .catch((e: unknown) => setError(errorText(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    headingRef.current?.focus();
    probe();
  }, [probe]);

  const versions = Object.entries(info.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const keychainText = !keychain
    ? t('diagnostics.keychainChecking')
    : keychain.ok
      ? t('diagnostics.keychainOk', { backend: keychain.backend })
      : t('diagnostics.keychainFailed', { message: keychain.message });
  const rows: Array<[string, string, string]> = [
    ['app', t('diagnostics.app'), `${info.appName} ${info.appVersion}`],
    ['host', t('diagnostics.host'), info.host === 'electron' ? t('diagnostics.hostElectron') : t('diagnostics.hostBrowser')],
    ['versions', t('diagnostics.versions'), versions],
    ['platform', t('diagnostics.platform'), `${info.platform} ${info.arch}`],
    ['data-dir', t('diagnostics.dataDir'), info.dataDir],
    ['settings-file', t('diagnostics.settingsFile'), info.settingsFile],
    [
      'endpoints',
      t('diagnostics.endpoints'),
      info.testEndpoints ? t('diagnostics.endpointsTest', { file: info.testEndpoints.file }) : t('diagnostics.endpointsProduction'),
    ],
    ['keychain', t('diagnostics.keychain'), keychainText],
  ];

  const copy = async () => {
    const text = rows.map(([, label, value]) => `${label}: ${value}`).join('\n') + (keychain && !keychain.ok ? `\n${keychain.fix}` : '');
    await navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <section className="diagnostics" data-testid="diagnostics-panel" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title" tabIndex={-1} ref={headingRef}>
        {t('diagnostics.title')}
      </h2>
      <dl>
        {rows.map(([id, label, value]) => (
          <div
            key={id}
            data-testid={`diagnostics-${id}`}
            data-state={id === 'keychain' ? (keychain ? (keychain.ok ? 'ok' : keychain.code) : 'checking') : undefined}
          >
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {keychain && !keychain.ok && (
        <p className="warning" data-testid="diagnostics-keychain-fix">
          {t('diagnostics.keychainFix', { fix: keychain.fix })}
        </p>
      )}
      <ErrorText text={error} testId="diagnostics-error" />
      <div className="row">
        <button type="button" data-testid="diagnostics-recheck" onClick={probe}>
          {t('diagnostics.recheck')}
        </button>
        <button type="button" data-testid="diagnostics-copy" onClick={() => void copy()}>
          {t('diagnostics.copy')}
        </button>
        {copied && <span role="status">{t('copy.copied')}</span>}
        <button type="button" data-testid="diagnostics-close" onClick={onClose}>
          {t('app.closeDiagnostics')}
        </button>
      </div>
    </section>
  );
}
