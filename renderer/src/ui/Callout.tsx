import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleX, Info, Lightbulb, TriangleAlert, type LucideIcon } from './icons';

export type CalloutKind = 'info' | 'tip' | 'warning' | 'error' | 'success';

const ICONS: Record<CalloutKind, LucideIcon> = {
  info: Info,
  tip: Lightbulb,
  warning: TriangleAlert,
  error: CircleX,
  success: CircleCheck,
};

interface Props {
  kind: CalloutKind;
  children: ReactNode;
  testId?: string;
}

/**
 * One look per meaning: a tip is never drawn like a warning. The kind is
 * also said in words (hidden) so colour and icon are not its only signal.
 * Static text (role="note"); a message that appears as the result of an
 * action should announce itself (ErrorText or a role="status" line).
 */
export function Callout({ kind, children, testId }: Props) {
  const { t } = useTranslation();
  const Icon = ICONS[kind];
  return (
    <div className={`callout callout-${kind}`} role="note" data-testid={testId}>
      <span className="callout-icon">
        <Icon size={20} aria-hidden="true" />
      </span>
      <div className="callout-body">
        <span className="visually-hidden">{t(`ui.callout.${kind}`)}: </span>
        {children}
      </div>
    </div>
  );
}
