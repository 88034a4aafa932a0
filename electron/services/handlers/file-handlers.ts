import { AppError } from '../../../shared/errors';
import { SECRET_IDS } from '../../../shared/secrets';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import type { FileSaveOutcome } from '../host-capabilities';
import { readProfile } from './profile-access';

type FileHandlers = Pick<HandlerTable, 'files.saveText' | 'report.savePdf'>;

/** A secret in the forms a careless file would hold it: raw, URL-encoded, JSON-escaped, base64 and base64url. */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms = [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    // Without padding, so the value is found inside a longer base64 text too.
    bytes.toString('base64').replace(/=+$/, ''),
    bytes.toString('base64url'),
  ];
  return [...new Set(forms.filter((form) => form.length > 0))];
}

/**
 * Refuses a text that holds any secret stored for the profile, in any of its forms. The
 * keychain is read for this check only; neither the value nor where it was found leaves here.
 */
async function refuseStoredSecrets(services: AppServices, profileId: string, text: string): Promise<void> {
  const profile = readProfile(services, profileId);
  for (const secretId of SECRET_IDS) {
    if (!profile.secrets[secretId]) continue;
    const value = await services.secrets.get(profileId, secretId);
    if (value === null) continue;
    if (secretForms(value).some((form) => text.includes(form))) {
      services.log.info(`file for profile ${profileId} not saved: it holds the stored ${secretId}`);
      throw new AppError('SECRET_IN_FILE', 'The file would hold one of this profile’s secrets, so nothing was written.', { secretId });
    }
  }
}

function answer(outcome: FileSaveOutcome) {
  return outcome === 'renderer' ? { savedBy: 'renderer' as const, saved: false } : { savedBy: 'main' as const, saved: outcome === 'saved' };
}

const LOGGED: Record<FileSaveOutcome, string> = { saved: 'saved', cancelled: 'cancelled', renderer: 'handed to the page' };

/** The report's and the hand-off's files: checked for secrets first, then saved the host's way. */
export function fileHandlers(services: AppServices): FileHandlers {
  return {
    'files.saveText': async ({ profileId, suggestedName, text, kind }) => {
      await refuseStoredSecrets(services, profileId, text);
      const outcome = await services.capabilities.fileSaver.saveText(suggestedName, text, kind);
      services.log.info(`${kind} file for profile ${profileId}: ${LOGGED[outcome]}`);
      return answer(outcome);
    },

    'report.savePdf': async ({ profileId, suggestedName }) => {
      readProfile(services, profileId);
      const outcome = await services.capabilities.fileSaver.savePdf(suggestedName);
      services.log.info(`report PDF for profile ${profileId}: ${LOGGED[outcome]}`);
      return answer(outcome);
    },
  };
}
