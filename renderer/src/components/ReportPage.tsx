import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../../shared/report/report-model';
import { reportTexts, type FormatDate, type Translate } from '../../../shared/report/report-text';
import { shownEmail } from '../../../shared/presenting/mask-email';
import { shownOrgIdText } from '../../../shared/presenting/mask-org-id';
import { Callout } from '../ui/Callout';

interface Props {
  model: ReportModel;
  t: Translate;
  formatDate: FormatDate;
  /** Presenting: the Org ID in a URL is masked on screen (and so in a PDF printed now); the Markdown keeps it whole. */
  presenting: boolean;
}

/**
 * The printable report page: the same model and sentences as the Markdown (shared/report),
 * laid out for the screen and for A4 (the `@media print` rules in styles.css show only this).
 */
export function ReportPage({ model, t, formatDate, presenting }: Props) {
  const { i18n } = useTranslation();
  const x = reportTexts(model, t, formatDate);
  return (
    // Focusable, so a keyboard user can scroll a long report (the dialog body around it scrolls).
    <article className="report-page" data-testid="report-page" lang={i18n.language} tabIndex={0} aria-labelledby="report-heading">
      <header className="report-page-header">
        <h3 className="report-heading" id="report-heading">
          {t('report.title')}: <span translate="no">{x.profileName()}</span>
        </h3>
        <p className="report-made">{x.madeOn()}</p>
      </header>

      <section aria-labelledby="report-section-app">
        <h4 id="report-section-app">{t('report.section.app')}</h4>
        <dl className="report-facts">
          <Fact label={t('report.app.name')} value={x.appLine()} />
          <Fact label={t('report.app.host')} value={x.host()} />
          <Fact label={t('report.app.platform')} value={x.platformLine()} />
        </dl>
      </section>

      <section aria-labelledby="report-section-integration">
        <h4 id="report-section-integration">{t('report.section.integration')}</h4>
        <dl className="report-facts">
          <Fact label={t('report.integration.name')} value={x.integration()} />
          {model.facts.map((fact) => (
            <Fact key={fact.id} label={x.factLabel(fact.id)} value={x.factValue(fact.value)} />
          ))}
        </dl>
      </section>

      <section aria-labelledby="report-section-steps">
        <h4 id="report-section-steps">{t('report.section.steps')}</h4>
        {model.steps.length === 0 ? (
          <p>{t('report.steps.none')}</p>
        ) : (
          <table className="report-table" data-testid="report-steps">
            <thead>
              <tr>
                <th scope="col">{t('report.steps.number')}</th>
                <th scope="col">{t('report.steps.step')}</th>
                <th scope="col">{t('report.steps.state')}</th>
                <th scope="col">{t('report.steps.closedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {model.steps.map((step, i) => (
                <tr key={step.id} data-testid={`report-step-${step.id}`} data-state={step.state}>
                  <td>{i + 1}</td>
                  <td>{t(step.titleKey)}</td>
                  <td>
                    <span className={`report-state report-state-${step.state}`}>{x.stepState(step.state)}</span>
                  </td>
                  <td>{x.closedAt(step.closedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-section-urls">
        <h4 id="report-section-urls">{t('report.section.urls')}</h4>
        {model.urls.length === 0 ? (
          <p>{t('report.url.none')}</p>
        ) : (
          <dl className="report-facts">
            {model.urls.map((url) => (
              <div key={url.id}>
                <dt>{x.urlLabel(url.id)}</dt>
                <dd>
                  <code className="mono" translate="no">
                    {shownOrgIdText(url.url, presenting)}
                  </code>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="report-section-checks">
        <h4 id="report-section-checks">{t('report.section.checks')}</h4>
        {model.checks.length === 0 ? (
          <p>{t('report.check.none')}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report.check.check')}</th>
                <th scope="col">{t('report.check.outcome')}</th>
                <th scope="col">{t('report.check.at')}</th>
              </tr>
            </thead>
            <tbody>
              {model.checks.map((check) => {
                const sentence = x.checkSentence(check);
                const outcome = check.last ? (check.last.ok ? 'passed' : 'failed') : 'not-run';
                return (
                  <tr key={check.actionId} data-testid={`report-check-${check.actionId}`} data-outcome={outcome}>
                    <td>{t(check.labelKey)}</td>
                    <td>
                      <span className={`report-state report-check-${outcome}`}>{x.checkVerdict(check)}</span>
                      {sentence && <span className="report-sentence">{sentence}</span>}
                    </td>
                    <td>{x.checkAt(check)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-section-secrets">
        <h4 id="report-section-secrets">{t('report.section.secrets')}</h4>
        {model.secrets.length === 0 && <p>{t('report.secret.none')}</p>}
        {model.secrets.some((s) => s.keychain === 'unchecked') && (
          <Callout kind="warning" testId="report-keychain-unchecked">
            {t('report.keychainUnchecked')}
          </Callout>
        )}
        {model.secrets.map((secret) => {
          const reminder = x.secretReminder(secret);
          // Presenting: the page (and a PDF printed now) masks the e-mail and the Org ID, as the token panel does.
          const who = secret.identity && { ...secret.identity, email: secret.identity.email && shownEmail(secret.identity.email, presenting) };
          const identitySentence = x.secretIdentity({ ...secret, identity: who });
          const identity = identitySentence && shownOrgIdText(identitySentence, presenting);
          const body = (
            <>
              <strong>{x.secretName(secret)}</strong>: {x.secretStored(secret)} {x.secretExpiry(secret)}
              {reminder && <> {reminder}</>}
              {identity && <> {identity}</>}
            </>
          );
          return secret.keychain === 'missing' ? (
            <Callout key={secret.secretId} kind="error" testId={`report-secret-missing-${secret.secretId}`}>
              {body}
            </Callout>
          ) : (
            <p key={secret.secretId} className="report-secret" data-testid={`report-secret-${secret.secretId}`} data-keychain={secret.keychain}>
              {body}
            </p>
          );
        })}
        <p className="report-note">{t('report.secret.valuesNever')}</p>
      </section>
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
