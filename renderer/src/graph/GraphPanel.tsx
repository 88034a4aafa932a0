import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphOutcome, GraphPanelDefinition, IntegrationDefinition } from '../../../shared/integrations/types';
import type { ValidationFailure } from '../../../shared/validators/result';
import { call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { useErrorText } from '../hooks/use-error-text';
import { useValidationText } from '../hooks/use-validation-text';
import { useApp } from '../hooks/app-context';
import { Network } from '../ui/icons';
import { GraphAccount } from './GraphAccount';
import { GraphAppTask } from './GraphAppTask';
import { GraphAssignTask } from './GraphAssignTask';
import { GraphProvisioningTask } from './GraphProvisioningTask';
import { GraphSchemaTask } from './GraphSchemaTask';
import { useGraphSignIn } from './use-graph-sign-in';

/** Why the boxes a Graph action answers were not ticked: main's error, or the field's refusal. */
type ChecklistProblem = { error: unknown } | { refusal: Pick<ValidationFailure, 'code' | 'message' | 'params'> };

/**
 * The optional path beside a step's manual instructions (issue 11 §2): the
 * Microsoft sign-in, then each Graph action of this step as its own card with
 * its progress, result and undo. A success answers the step's checklist boxes
 * the data names, so the admin never has to open the Azure portal to tick them.
 * Closed until opened, or open when this profile already uses Graph.
 */
export function GraphPanel({ panel, integration }: { panel: GraphPanelDefinition; integration: IntegrationDefinition }) {
  const { t } = useTranslation();
  const { profile, setProfile } = useApp();
  const id = useId();
  const inUse = profile.graph !== undefined || profile.graphProgress !== undefined;
  const [open, setOpen] = useState(inUse);
  const signIn = useGraphSignIn();
  const [checklistProblem, setChecklistProblem] = useState<ChecklistProblem | null>(null);
  const errorText = useErrorText();
  const validationText = useValidationText();
  if (!integration.graph) return null;
  const checklistReason = checklistProblem && ('error' in checklistProblem ? errorText(checklistProblem.error) : validationText(checklistProblem.refusal));
  const signedIn = signIn.status?.signedIn === true;

  // Checklist boxes answered in order through the ordered save queue, as a click would. A save that
  // fails stops the rest and says so: the admin ticks them by hand (the Graph action itself is done).
  const answerBoxes = async (fieldIds: readonly string[], value: 'true' | 'false') => {
    setChecklistProblem(null);
    for (const fieldId of fieldIds) {
      try {
        const saved = await call('profile.saveField', { profileId: profile.id, fieldId, value });
        if (!saved.ok) return setChecklistProblem({ refusal: saved });
        setProfile(saved.profile);
      } catch (error) {
        return setChecklistProblem({ error });
      }
    }
  };
  // The boxes a manual admin would tick.
  const done = (outcome: GraphOutcome) => void answerBoxes(panel.completes?.[outcome] ?? [], 'true');
  // An undo clears the boxes its actions ticked on every step (the app gone takes its assignments and job
  // along): the checklist says what is true in the tenant.
  const undone = async (outcomes: GraphOutcome[]) => {
    const graphPanels = integration.steps.flatMap((step) => step.panels ?? []).filter((p): p is GraphPanelDefinition => p.kind === 'graph');
    await answerBoxes(
      graphPanels.flatMap((p) => outcomes.flatMap((outcome) => p.completes?.[outcome] ?? [])),
      'false',
    );
  };

  return (
    <aside className="panel graph-panel" data-testid="graph-panel" data-open={open ? 'true' : 'false'} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel-title">
        <Network size={18} aria-hidden="true" /> {t('graph.title')}
      </h3>
      <p className="help">{t('graph.intro')}</p>
      <button
        type="button"
        className={open ? 'ghost' : undefined}
        data-testid="graph-open"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen(!open)}
      >
        {open ? t('graph.close') : t('graph.open')}
      </button>
      {open && (
        <div id={`${id}-body`} className="graph-body">
          <GraphAccount signIn={signIn} />
          {signedIn &&
            panel.tasks.map((task) => {
              switch (task) {
                case 'app':
                  return (
                    <GraphAppTask
                      key={task}
                      defaultName={integration.graph!.defaultAppName}
                      onDone={done}
                      onUndone={() => void undone(['app', 'hidden', 'assigned', 'provisioning', 'notified', 'started'])}
                    />
                  );
                case 'assign':
                  return <GraphAssignTask key={task} onDone={done} />;
                case 'provisioning':
                  return <GraphProvisioningTask key={task} onDone={done} onUndone={(outcomes) => void undone(outcomes)} />;
                case 'schema':
                  return <GraphSchemaTask key={task} />;
              }
            })}
          <ErrorText text={checklistReason && t('graph.checklistFailed', { reason: checklistReason })} testId="graph-checklist-error" />
        </div>
      )}
    </aside>
  );
}
