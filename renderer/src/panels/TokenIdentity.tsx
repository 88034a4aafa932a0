import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { shownEmail } from '../../../shared/presenting/mask-email';
import { shownOrgIdText } from '../../../shared/presenting/mask-org-id';
import type { SecretId } from '../../../shared/secrets';
import { compareOrgAnswer, orgIdOfAnswer } from '../../../shared/token-identity/org-answer';
import type { IdentitySource } from '../../../shared/token-identity/identity-sources';
import { call } from '../api/client';
import { SignInWaiting } from '../actions/SignInWaiting';
import { useSignIn } from '../actions/use-sign-in';
import { ErrorText } from '../components/ErrorText';
import { useApp } from '../hooks/app-context';
import { useValidationText } from '../hooks/use-validation-text';
import type { ValidationFailure } from '../../../shared/validators/result';
import { formatDateTime } from '../hooks/format-date-time';
import { Callout } from '../ui/Callout';

interface Props {
  secretId: SecretId;
  source: IdentitySource;
  /** The profile's integration, whose steps hold the sign-in that gets a new token. */
  integration: IntegrationDefinition;
}

/**
 * Whose stored token this is, as the vendor answered right after the capture
 * (main records it with the token): name and e-mail for support, whether the
 * account can create users, and whether its organisation is the one the wizard
 * will put in the tenant URL. Issue 11 §1.
 */
export function TokenIdentity({ secretId, source, integration }: Props) {
  const { t, i18n } = useTranslation();
  const { profile, setProfile, presenting, info } = useApp();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [refused, setRefused] = useState<ValidationFailure | null>(null);
  const validationText = useValidationText();
  const [orgUpdated, setOrgUpdated] = useState(false);
  const meta = profile.secrets[secretId];
  const identity = meta?.identity;
  const failure = meta?.identityFailure;
  // The sign-in that gets a new token is the step's own capture action for this secret (integration data).
  const captureAction = integration.steps.flatMap((step) => step.actions).find((action) => action.kind === 'capture-token' && action.secretId === secretId);
  const signIn = useSignIn(captureAction?.id ?? '');

  const recheck = useCallback(async () => {
    setChecking(true);
    setError(null);
    try {
      setProfile((await call('tokenIdentity.check', { profileId: profile.id, secretId })).profile);
    } catch (e) {
      setError(e);
    } finally {
      setChecking(false);
    }
  }, [profile.id, secretId, setProfile]);

  const adoptTokenOrg = async (orgId: string) => {
    setError(null);
    setRefused(null);
    try {
      const result = await call('profile.saveField', { profileId: profile.id, fieldId: source.orgAnswerFieldId, value: orgId });
      if (!result.ok) return setRefused(result);
      setProfile(result.profile);
      setOrgUpdated(true);
    } catch (e) {
      setError(e);
    }
  };

  // A token main has not asked about (pasted, or stored before this check existed) is asked about once.
  const asked = useRef<string | null>(null);
  const savedAt = meta?.savedAt;
  const unasked = savedAt !== undefined && !identity && !failure;
  useEffect(() => {
    if (!unasked || asked.current === savedAt) return;
    asked.current = savedAt;
    void recheck();
  }, [unasked, savedAt, recheck]);

  if (!meta) return null;
  const answer = profile.fields[source.orgAnswerFieldId];
  const comparison = identity ? compareOrgAnswer(answer, identity.orgId) : null;
  const answerOrg = orgIdOfAnswer(answer);
  const org = (id: string) => shownOrgIdText(id, presenting);
  const roleName = (role: string) => (i18n.exists(`identity.role.${role}`) ? t(`identity.role.${role}`) : role);

  return (
    <section className="token-identity" data-testid="token-identity" aria-labelledby={`${secretId}-identity-title`} data-state={identity ? 'known' : 'unknown'}>
      <h3 id={`${secretId}-identity-title`}>{t('identity.title')}</h3>
      {/* First: a token of one organisation and a tenant URL of another is the 404 Entra quarantines on. */}
      {identity && comparison === 'differs' && answerOrg && (
        <div data-testid="token-identity-org-check" data-state="differs">
          <Callout kind="error">{t('identity.orgDiffers', { tokenOrg: org(identity.orgId), answerOrg: org(answerOrg) })}</Callout>
          <button type="button" data-testid="token-identity-use-token-org" onClick={() => void adoptTokenOrg(identity.orgId)}>
            {t('identity.adoptTokenOrg')}
          </button>
        </div>
      )}
      {identity ? (
        <dl className="identity-facts">
          <div>
            <dt>{t('identity.name')}</dt>
            <dd data-testid="token-identity-name">{identity.displayName}</dd>
          </div>
          {identity.email && (
            <div>
              <dt>{t('identity.email')}</dt>
              <dd data-testid="token-identity-email">{shownEmail(identity.email, presenting)}</dd>
            </div>
          )}
          <div>
            <dt>{t('identity.org')}</dt>
            <dd data-testid="token-identity-org">{org(identity.orgId)}</dd>
          </div>
          <div>
            <dt>{t('identity.roles')}</dt>
            <dd data-testid="token-identity-roles">{identity.roles.length ? identity.roles.map(roleName).join(', ') : t('identity.noRoles')}</dd>
          </div>
        </dl>
      ) : (
        <p data-testid="token-identity-unknown">{checking ? t('identity.checking') : t('identity.notChecked')}</p>
      )}
      {identity && (
        <p className="help" data-testid="token-identity-checked-at">
          {t('identity.checkedAt', { date: formatDateTime(identity.checkedAt, i18n.language) })}
        </p>
      )}
      {failure && (
        <Callout kind="warning" testId="token-identity-failure">
          {t(`identity.failure.${failure.code}`)}
        </Callout>
      )}
      {identity &&
        (identity.isFullAdmin ? (
          <p className="success" data-testid="token-identity-rights" data-state="full-admin">
            {t('identity.fullAdmin')}
          </p>
        ) : (
          <div data-testid="token-identity-rights" data-state="not-full-admin">
            <Callout kind="error">{t('identity.notFullAdmin', { name: identity.displayName })}</Callout>
            {info.host === 'electron' && captureAction ? (
              <button
                type="button"
                className="primary"
                data-testid="token-identity-sign-in-again"
                disabled={signIn.pending !== null}
                onClick={() => void signIn.start('in-app-private', false)}
              >
                {t('identity.signInAgain')}
              </button>
            ) : (
              <p className="help" data-testid="token-identity-sign-in-hint">
                {t('identity.signInAgainBrowser')}
              </p>
            )}
            {signIn.pending && <SignInWaiting pending={signIn.pending} linkFirst={false} onCancel={() => void signIn.cancel()} />}
            <ErrorText error={signIn.error} testId="token-identity-sign-in-error" />
          </div>
        ))}
      {identity && comparison === 'match' && (
        <p className="success" data-testid="token-identity-org-check" data-state="match">
          {orgUpdated ? t('identity.orgUpdated') : t('identity.orgMatches')}
        </p>
      )}
      <button type="button" className="ghost" data-testid="token-identity-recheck" disabled={checking} onClick={() => void recheck()}>
        {t('identity.recheck')}
      </button>
      <ErrorText error={error} text={refused ? validationText(refused) : null} testId="token-identity-error" />
    </section>
  );
}
