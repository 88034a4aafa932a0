import type { ReportCheck, ReportFactValue, ReportModel, ReportSecret } from './report-model';
import { profileDisplayName } from '../settings/profile-display-name';
import { SCIM_OUTCOMES, TOKEN_EXCHANGE_ONLY_OUTCOMES } from '../ipc/scim-test-result';

/** i18next's t as the report needs it: one key or keys tried in order, with values. */
export type Translate = (key: string | string[], options?: Record<string, string | number>) => string;
/** An instant in the language on screen (the page's formatDateTime). */
export type FormatDate = (iso: string) => string;

/** Outcome codes worded under `test.exchange` (the token endpoint's own) and under `test.outcome` (the rest). */
const EXCHANGE_ONLY_OUTCOMES: ReadonlySet<string> = new Set(TOKEN_EXCHANGE_ONLY_OUTCOMES);
const SCIM_OUTCOME_CODES: ReadonlySet<string> = new Set(SCIM_OUTCOMES.filter((outcome) => !EXCHANGE_ONLY_OUTCOMES.has(outcome)));

/**
 * The sentences of the report, shared by the page and the Markdown so both say the same.
 * Every one is built from codes and dates: there is no value here to leak.
 */
export function reportTexts(model: ReportModel, t: Translate, formatDate: FormatDate) {
  const profileName = () => profileDisplayName(model.profile, t);
  return {
    heading: () => t('report.heading', { name: profileName() }),
    profileName,
    madeOn: () => t('report.madeOn', { date: formatDate(model.generatedAt) }),
    host: () => t(model.app.host === 'electron' ? 'report.app.hostDesktop' : 'report.app.hostBrowser'),
    appLine: () => `${model.app.name} ${model.app.version}`,
    platformLine: () => `${model.app.platform} (${model.app.arch})`,
    integration: () => (model.integration ? t(model.integration.titleKey) : t('report.integration.none')),
    factLabel: (id: string) => t(`report.fact.${id}`),
    factValue: (value: ReportFactValue) => (value.kind === 'option' ? t(value.labelKey) : value.text),
    stepState: (state: string) => t(`report.state.${state}`),
    closedAt: (iso: string | null) => (iso ? formatDate(iso) : '—'),
    urlLabel: (id: string) => t(`report.url.${id}`),
    checkVerdict: (check: ReportCheck) => (check.last ? t(check.last.ok ? 'report.check.passed' : 'report.check.failed') : t('report.check.notRun')),
    checkSentence: (check: ReportCheck) => outcomeSentence(check, t),
    checkAt: (check: ReportCheck) => (check.last ? formatDate(check.last.at) : '—'),
    secretName: (secret: ReportSecret) => t(`report.secret.name.${secret.secretId}`),
    secretStored: (secret: ReportSecret) => t(`report.secret.${secret.keychain}`, { date: formatDate(secret.savedAt) }),
    secretExpiry: (secret: ReportSecret) =>
      secret.expiresAt ? t('report.secret.expires', { date: formatDate(secret.expiresAt) }) : t('report.secret.noExpiry'),
    secretReminder: (secret: ReportSecret) => reminderSentence(secret, formatDate, t),
    secretIdentity: (secret: ReportSecret) =>
      secret.identity
        ? t(secret.identity.isFullAdmin ? 'report.secret.identityFullAdmin' : 'report.secret.identityNotFullAdmin', {
            name: secret.identity.email ? `${secret.identity.displayName} <${secret.identity.email}>` : secret.identity.displayName,
            orgId: secret.identity.orgId,
          })
        : null,
  };
}

export type ReportTexts = ReturnType<typeof reportTexts>;

/** The check's last outcome in the words the check itself uses (`test.outcome.*`), or null when no code was recorded. */
function outcomeSentence(check: ReportCheck, t: Translate): string | null {
  const code = check.last?.code;
  if (!code) return null;
  const family = EXCHANGE_ONLY_OUTCOMES.has(code) ? 'exchange' : SCIM_OUTCOME_CODES.has(code) ? 'outcome' : null;
  if (!family) return t('report.check.code', { code });
  // The generic words only: the vendor's own (integrations.<id>.test.*) name one credential, and the
  // record keeps neither the stage nor the system's error code, so `{{code}}` names the outcome.
  return t(`test.${family}.${code}`, { code });
}

function reminderSentence(secret: ReportSecret, formatDate: FormatDate, t: Translate): string | null {
  const reminder = secret.reminder;
  switch (reminder.state) {
    case 'none':
      return null;
    case 'quiet':
      return t('report.reminder.quiet', { days: reminder.daysLeft });
    case 'soon':
      return reminder.today ? t('report.reminder.today') : t('report.reminder.soon', { days: reminder.daysLeft, date: formatDate(reminder.expiresAt) });
    case 'expired':
      return t('report.reminder.expired', { date: formatDate(reminder.expiresAt) });
  }
}
