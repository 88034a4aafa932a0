import type { ActionDefinition } from '../../../shared/integrations/types';
import { onDemand } from '../ui/on-demand';
import { OpenExternalAction } from './OpenExternalAction';
import { TestConnectionAction } from './TestConnectionAction';

// Kinds every integration's steps use come with the wizard; the others load with the first wizard that shows them.
const captureToken = onDemand(() => import('./CaptureTokenAction').then((module) => module.CaptureTokenAction));
const copyField = onDemand(() => import('./CopyActions').then((module) => module.CopyFieldAction));
const copySecret = onDemand(() => import('./CopyActions').then((module) => module.CopySecretAction));
const loadSchema = onDemand(() => import('./LoadSchemaAction').then((module) => module.LoadSchemaAction));

const ON_DEMAND: Partial<Record<ActionDefinition['kind'], { preload: () => void }>> = {
  'capture-token': captureToken,
  'copy-field': copyField,
  'copy-secret': copySecret,
  'load-entra-schema': loadSchema,
};

/** Starts loading the component of an action kind that is not in the wizard's own chunk. */
export function preloadActionKind(kind: ActionDefinition['kind']): void {
  ON_DEMAND[kind]?.preload();
}

/** Picks the component for an action kind named in the step data. */
export function ActionView({ action }: { action: ActionDefinition }) {
  switch (action.kind) {
    case 'open-external':
      return <OpenExternalAction action={action} />;
    case 'capture-token':
      return <captureToken.Component action={action} />;
    case 'test-connection':
      return <TestConnectionAction action={action} />;
    case 'copy-field':
      return <copyField.Component action={action} />;
    case 'copy-secret':
      return <copySecret.Component action={action} />;
    case 'load-entra-schema':
      return <loadSchema.Component action={action} />;
  }
}
