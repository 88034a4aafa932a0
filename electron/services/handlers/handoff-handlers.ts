import { AppError } from '../../../shared/errors';
import { buildHandoffFile, parseHandoffFile } from '../handoff/handoff-file';
import { applyHandoff } from '../handoff/handoff-import';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { readProfile } from './profile-access';

type HandoffHandlers = Pick<HandlerTable, 'handoff.export' | 'handoff.import'>;

/** The file name offered when saving: the profile id is already lower-case ASCII, letters, digits and dashes. */
export function handoffFileName(profileId: string): string {
  return `${profileId}.scim-handoff.json`;
}

/**
 * Hand-off files (issue 9): a profile's answers and progress as versioned JSON, never a secret, and
 * the import that starts a new profile from one. An import that is refused changes nothing: the file
 * is parsed and checked, and the name compared with the other profiles, before the settings are written.
 * The log names profiles by id only.
 */
export function handoffHandlers(services: AppServices): HandoffHandlers {
  const { settings, log } = services;
  return {
    'handoff.export': async ({ profileId }) => {
      const profile = readProfile(services, profileId);
      // With no integration chosen there is nothing support could have prepared: say so rather than hand over an empty file.
      if (profile.integrationId === null) {
        throw new AppError('VALIDATION_FAILED', 'This profile has no integration yet, so there is nothing to hand off.', {
          profileId,
          reason: 'nothing-to-export',
        });
      }
      const text = buildHandoffFile(profile, { appVersion: services.appVersion, now: services.now() });
      log.info(`profile ${profileId} exported as a hand-off file (no secrets)`);
      return { fileName: handoffFileName(profileId), text };
    },

    'handoff.import': async ({ text, name, replaceProfileId }) => {
      if (replaceProfileId !== null) readProfile(services, replaceProfileId);
      const parsed = parseHandoffFile(text, (integrationId) => services.endpointFacts(integrationId));
      if (!parsed.ok) return parsed;
      // Nothing is awaited between this read and the write, so no other call can change the settings in between;
      // a refusal writes nothing at all (the settings file stays byte for byte as it was).
      const answer = applyHandoff(settings.read(), parsed.handoff.profile, { name, replaceProfileId }, services.now());
      if (!answer.ok) return answer;
      const saved = settings.update(() => answer.settings);
      log.info(
        answer.replaced
          ? `profile ${answer.profileId} replaced from a hand-off file (answers and progress; keychain entries kept) and made active`
          : `profile ${answer.profileId} imported from a hand-off file (${parsed.handoff.profile.integrationId}, no secrets) and made active`,
      );
      return { ok: true, settings: saved, profileId: answer.profileId, replaced: answer.replaced };
    },
  };
}
