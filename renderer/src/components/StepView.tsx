import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition, StepDefinition } from '../../../shared/integrations/types';
import { ActionView } from '../actions/ActionView';
import { PanelView } from '../panels/PanelView';
import { Callout } from '../ui/Callout';
import { FieldInput } from './FieldInput';

/** Renders one step from its data: instructions, warnings, panels, then fields and actions (in the order the step asks). */
export function StepView({ integration, step }: { integration: IntegrationDefinition; step: StepDefinition }) {
  const { t } = useTranslation();
  const numbered = step.bodyKeys.length > 2;
  const Body = numbered ? 'ol' : 'div';
  const fields = step.fields.length > 0 && (
    <div className="fields">
      {step.fields.map((field) => (
        <FieldInput key={field.id} field={field} />
      ))}
    </div>
  );
  const actions = step.actions.length > 0 && (
    <div className="actions">
      {step.actions.map((action) => (
        <ActionView key={action.id} action={action} />
      ))}
    </div>
  );
  return (
    <div className="step-body">
      <Body className="instructions" data-testid="step-instructions">
        {step.bodyKeys.map((key) => (numbered ? <li key={key}>{t(key)}</li> : <p key={key}>{t(key)}</p>))}
      </Body>
      {step.warningKeys?.map((key) => (
        <Callout key={key} kind="warning">
          {t(key)}
        </Callout>
      ))}
      {step.panels?.map((panel) => (
        <PanelView key={panel} panel={panel} integration={integration} />
      ))}
      {!step.actionsFirst && fields}
      {actions}
      {step.actionsFirst && fields}
    </div>
  );
}
