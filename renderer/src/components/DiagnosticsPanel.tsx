import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keychainFixKey } from '../../../shared/i18n/keychain-fix';
import type { KeychainStatus } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { ErrorText } from './ErrorText';

/** Names as their makers write them, in every language (main reports Node's ids: linux, v8...). */
const PLATFORM_NAMES: Readonly<Record<string, string>> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };
const RUNTIME_NAMES: Readonly<Record<string, string>> = { node: 'Node.js', v8: 'V8', electron: 'Electron', chrome: 'Chromium' };
const BACKEND_PLATFORMS = ['linux', 'darwin', 'win32'] as const;

/** What support asks for first: versions, where data lives, and whether the keychain answers. */
export function DiagnosticsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info, presenting } = useApp();
  // The data folder's path names the OS user (and the settings file sits in it): not for a shared screen.
  const hiddenWhilePresenting = (path: string) => (presenting ? t('presenting.hiddenValue') : path);
  const [keychain, setKeychain] = useState<KeychainStatus | null>(null);
  // The error itself, not its sentence: it is written in the language on screen when shown.
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const probe = useCallback(() => {
    setKeychain(null);
    setError(null);
    call('diagnostics.probeKeychain', {}).then(setKeychain).catch(setError);
  }, []);
  useEffect(() => {
    headingRef.current?.focus();
    probe();
  }, [probe]);

  const versions = Object.entries(info.versions)
    .map(([name, version]) => `${RUNTIME_NAMES[name] ?? name} ${version}`)
    .join(', ');
  const backend = (BACKEND_PLATFORMS as readonly string[]).includes(info.platform)
    ? t(`diagnostics.backend.${info.platform}`)
    : (keychain?.ok && keychain.backend) || '';
  const keychainText = !keychain
    ? t('diagnostics.keychainChecking')
    : keychain.ok
      ? t('diagnostics.keychainOk', { backend })
      : t(`diagnostics.keychainProblem.${keychain.problem}`);
  const fix = keychain && !keychain.ok ? t(`keychain.fix.${keychainFixKey(keychain.platform, keychain.problem)}`) : null;
  const rows: Array<[string, string, string]> = [
    ['app', t('diagnostics.app'), `${t('app.title')} ${info.appVersion}`],
    ['host', t('diagnostics.host'), info.host === 'electron' ? t('diagnostics.hostElectron') : t('diagnostics.hostBrowser')],
    ['versions', t('diagnostics.versions'), versions],
    ['platform', t('diagnostics.platform'), `${PLATFORM_NAMES[info.platform] ?? info.platform} ${info.arch}`],
    ['data-dir', t('diagnostics.dataDir'), hiddenWhilePresenting(info.dataDir)],
    ['settings-file', t('diagnostics.settingsFile'), hiddenWhilePresenting(info.settingsFile)],
    [
      'endpoints',
      t('diagnostics.endpoints'),
      info.testEndpoints ? t('diagnostics.endpointsTest', { file: info.testEndpoints.file }) : t('diagnostics.endpointsProduction'),
    ],
    ['keychain', t('diagnostics.keychain'), keychainText],
    // Testers and support find this data folder's keychain entries under `<namespace>/<profileId>/<secretId>`.
    ['keychain-namespace', t('diagnostics.keychainNamespace'), info.keychainNamespace ?? t('diagnostics.keychainNamespaceNone')],
  ];

  const copy = async () => {
    // Support also gets the system's own words, which the screen leaves out (they are in the OS's language, not the admin's).
    const extra =
      keychain && !keychain.ok ? [t('diagnostics.keychainFix', { fix }), keychain.detail && `${t('diagnostics.systemDetail')}: ${keychain.detail}`] : [];
    const text = [...rows.map(([, label, value]) => `${label}: ${value}`), ...extra].filter(Boolean).join('\n');
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
      {fix && (
        <p className="warning" data-testid="diagnostics-keychain-fix">
          {t('diagnostics.keychainFix', { fix })}
        </p>
      )}
      <ErrorText error={error} testId="diagnostics-error" />
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
