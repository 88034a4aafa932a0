import type { ReportModel } from './report-model';
import { reportTexts, type FormatDate, type Translate } from './report-text';

/**
 * The report as Markdown, for a file or the clipboard ("copy for support"). Text that came
 * from the admin (the profile name, a typed area code) is escaped so it cannot break a table
 * or turn into a link; URLs go in code spans so they are copied exactly.
 */
export function renderReportMarkdown(model: ReportModel, t: Translate, formatDate: FormatDate): string {
  const x = reportTexts(model, t, formatDate);
  const lines: string[] = [];
  const table = (head: string[], rows: string[][]) => {
    lines.push(`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  };
  const section = (title: string) => lines.push(`## ${title}`, '');

  lines.push(`# ${inline(x.heading())}`, '', inline(x.madeOn()), '');

  section(t('report.section.app'));
  table(
    [t('report.column.item'), t('report.column.value')],
    [
      [t('report.app.name'), inline(x.appLine())],
      [t('report.app.host'), x.host()],
      [t('report.app.platform'), inline(x.platformLine())],
    ],
  );

  section(t('report.section.integration'));
  table(
    [t('report.column.item'), t('report.column.value')],
    [[t('report.integration.name'), x.integration()], ...model.facts.map((fact) => [x.factLabel(fact.id), inline(x.factValue(fact.value))])],
  );

  section(t('report.section.steps'));
  if (model.steps.length === 0) lines.push(t('report.steps.none'), '');
  else
    table(
      [t('report.steps.number'), t('report.steps.step'), t('report.steps.state'), t('report.steps.closedAt')],
      model.steps.map((step, i) => [String(i + 1), t(step.titleKey), x.stepState(step.state), x.closedAt(step.closedAt)]),
    );

  section(t('report.section.urls'));
  if (model.urls.length === 0) lines.push(t('report.url.none'), '');
  else
    table(
      [t('report.column.item'), t('report.column.value')],
      model.urls.map((url) => [x.urlLabel(url.id), code(url.url)]),
    );

  section(t('report.section.checks'));
  if (model.checks.length === 0) lines.push(t('report.check.none'), '');
  else
    table(
      [t('report.check.check'), t('report.check.outcome'), t('report.check.at')],
      model.checks.map((check) => {
        const sentence = x.checkSentence(check);
        return [t(check.labelKey), sentence ? `${x.checkVerdict(check)}: ${sentence}` : x.checkVerdict(check), x.checkAt(check)];
      }),
    );

  section(t('report.section.secrets'));
  if (model.secrets.length === 0) lines.push(t('report.secret.none'), '');
  for (const secret of model.secrets) {
    const reminder = x.secretReminder(secret);
    const identity = x.secretIdentity(secret);
    const detail = [x.secretStored(secret), x.secretExpiry(secret), ...(reminder ? [reminder] : []), ...(identity ? [identity] : [])].join(' ');
    // A secret the keychain lost is a call-out, so it is not read past in a ticket.
    if (secret.keychain === 'missing') lines.push('', `> **${x.secretName(secret)}**: ${detail}`, '');
    else lines.push(`- **${x.secretName(secret)}**: ${detail}`);
  }
  lines.push('', `_${t('report.secret.valuesNever')}_`, '');
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Markdown's special characters in admin-typed text, escaped. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|!]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** A table cell: pipes and line breaks would end the cell or the row. */
function cell(text: string): string {
  return text.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A code span that holds any text (a longer fence when the text has backticks). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
