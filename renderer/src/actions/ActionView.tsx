import type { ActionDefinition } from '../../../shared/integrations/types';
import { CaptureTokenAction } from './CaptureTokenAction';
import { CopyFieldAction, CopySecretAction } from './CopyActions';
import { LoadSchemaAction } from './LoadSchemaAction';
import { OpenExternalAction } from './OpenExternalAction';
import { TestConnectionAction } from './TestConnectionAction';

/** Picks the component for an action kind named in the step data. */
export function ActionView({ action }: { action: ActionDefinition }) {
  switch (action.kind) {
    case 'open-external':
      return <OpenExternalAction action={action} />;
    case 'capture-token':
      return <CaptureTokenAction action={action} />;
    case 'test-connection':
      return <TestConnectionAction action={action} />;
    case 'copy-field':
      return <CopyFieldAction action={action} />;
    case 'copy-secret':
      return <CopySecretAction action={action} />;
    case 'load-entra-schema':
      return <LoadSchemaAction action={action} />;
  }
}
