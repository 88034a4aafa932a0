import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionsHold } from '../../../shared/engine/conditions';
import type { Conditions, IntegrationDefinition, StepDefinition } from '../../../shared/integrations/types';
import { ActionView } from '../actions/ActionView';
import type { Profile } from '../../../shared/settings/schema';
import { useProfileSelector } from '../hooks/app-context';
import { PanelView } from '../panels/PanelView';
import { Callout } from '../ui/Callout';
import { FieldInput } from './FieldInput';
import { SecretFieldInput } from './SecretFieldInput';

type StepItem = { when?: Conditions } | object;
const whenOf = (item: StepItem) => ('when' in item ? (item.when as Conditions | undefined) : undefined);

/** Which of the step's fields, actions, notes and panels show: one string, so the step renders again only when that changes. */
function shownKey(step: StepDefinition, profile: Profile): string {
  return [step.fields, step.actions, step.notes ?? [], step.panels ?? []]
    .map((items: readonly StepItem[]) => items.map((item) => (conditionsHold(whenOf(item), profile) ? '1' : '0')).join(''))
    .join('|');
}

/**
 * Renders one step from its data: instructions, warnings, panels, then fields and actions (in the order the step asks).
 * Whatever the data makes depend on an earlier answer (`when`) shows only while that answer holds. Each field,
 * action and panel follows the answers it shows itself: a save renders the parts it changed, not the step.
 */
export const StepView = memo(function StepView({ integration, step }: { integration: IntegrationDefinition; step: StepDefinition }) {
  const { t } = useTranslation();
  const [fieldsShown = '', actionsShown = '', notesShown = '', panelsShown = ''] = useProfileSelector((profile) => shownKey(step, profile)).split('|');
  const shown = <T extends object>(items: readonly T[] | undefined, flags: string): T[] => (items ?? []).filter((_, i) => flags[i] === '1');
  const numbered = step.bodyKeys.length > 2;
  const Body = numbered ? 'ol' : 'div';
  const visibleFields = shown(step.fields, fieldsShown);
  const visibleActions = shown(step.actions, actionsShown);
  const fields = visibleFields.length > 0 && (
    <div className="fields">
      {visibleFields.map((field) =>
        field.kind === 'secret' ? <SecretFieldInput key={field.id} field={field} /> : <FieldInput key={field.id} field={field} />,
      )}
    </div>
  );
  const actions = visibleActions.length > 0 && (
    <div className="actions">
      {visibleActions.map((action) => (
        <ActionView key={action.id} action={action} />
      ))}
    </div>
  );
  const notes = shown(step.notes, notesShown).map((note) => (
    <Callout key={note.key} kind={note.kind} testId={`step-note-${note.key.split('.').pop() ?? note.key}`}>
      {t(note.key)}
    </Callout>
  ));
  const panels = shown(step.panels, panelsShown).map((panel) => (
    <PanelView key={'id' in panel ? `${panel.kind}-${panel.id}` : panel.kind} panel={panel} integration={integration} />
  ));
  return (
    <div className="step-body">
      <Body className="instructions" data-testid="step-instructions">
        {step.bodyKeys.map((key) => (numbered ? <li key={key}>{t(key)}</li> : <p key={key}>{t(key)}</p>))}
      </Body>
      <Warnings keys={step.warningKeys ?? []} />
      {!step.panelsAfterFields && panels}
      {!step.actionsFirst && fields}
      {step.panelsAfterFields && panels}
      {actions}
      {step.actionsFirst && fields}
      {/* Notes follow the answers they depend on, so choosing one does not push the question away. */}
      {notes}
    </div>
  );
});

/** A step's warnings: one call-out each, or one call-out listing them when there are more than two (a wall of boxes hides the step). */
function Warnings({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation();
  if (keys.length > 2) {
    return (
      <Callout kind="warning">
        <ul className="callout-list">
          {keys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Callout>
    );
  }
  return keys.map((key) => (
    <Callout key={key} kind="warning">
      {t(key)}
    </Callout>
  ));
}
