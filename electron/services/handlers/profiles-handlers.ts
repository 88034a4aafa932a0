import { invalidateActions } from '../../../shared/engine/step-engine';
import { AppError } from '../../../shared/errors';
import { findIntegration } from '../../../shared/integrations';
import { ownValue } from '../../../shared/own-property';
import { SECRET_IDS, type SecretId } from '../../../shared/secrets';
import { newProfileId } from '../../../shared/settings/profile-id';
import { emptyProfile, type Profile, type Settings } from '../../../shared/settings/schema';
import { fail, type ValidationFailure } from '../../../shared/validators/result';
import { profileNameKey, validateProfileName } from '../../../shared/validators/profile-name';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { removeSecret } from '../secret-writes';
import { readProfile } from './profile-access';

type ProfilesHandlers = Pick<HandlerTable, 'profiles.create' | 'profiles.rename' | 'profiles.duplicate' | 'profiles.delete' | 'profiles.setActive'>;

/** The profile already called `name` (ignoring case and spaces), other than `exceptId`. */
function sameName(settings: Settings, name: string, exceptId?: string): Profile | undefined {
  const key = profileNameKey(name);
  return Object.values(settings.profiles).find((p) => p.id !== exceptId && profileNameKey(p.name) === key);
}

/** Checks a typed name against the validator and the other profiles: the trimmed name, or the refusal to send back. */
function checkName(settings: Settings, typed: string, exceptId?: string): { ok: true; name: string } | ValidationFailure {
  const checked = validateProfileName(typed);
  if (!checked.ok) return checked;
  const taken = sameName(settings, checked.value, exceptId);
  return taken ? fail('profile-name-taken', { name: taken.name }) : { ok: true, name: checked.value };
}

function startingIntegration(integrationId: string | null): { integrationId: string | null; currentStepId: string | null } {
  if (integrationId === null) return { integrationId: null, currentStepId: null };
  const integration = findIntegration(integrationId);
  if (!integration) throw new AppError('NOT_FOUND', `Unknown integration "${integrationId}".`, { integrationId });
  if (!integration.available) throw new AppError('VALIDATION_FAILED', 'This integration is not available yet.', { integrationId, reason: 'not-available' });
  return { integrationId, currentStepId: integration.steps[0]?.id ?? null };
}

/**
 * A copy without any secret: the keychain entries stay with the source, so the copy records none, and the
 * check results that proved those secrets (the engine's `secret:<id>` dependencies) go with them.
 */
function copyWithoutSecrets(source: Profile, id: string, name: string, now: Date): Profile {
  const copy: Profile = { ...structuredClone(source), id, name, secrets: {}, updatedAt: now.toISOString(), revision: 0 };
  // The Microsoft client ID is not a secret and goes along; the sign-in (a keychain entry) stays with the source.
  if (copy.graph) copy.graph = { clientId: copy.graph.clientId };
  // What the source did in its Entra tenant (app, assignments, job) belongs to the source.
  delete copy.graphProgress;
  const integration = findIntegration(source.integrationId);
  return integration
    ? invalidateActions(
        integration,
        copy,
        SECRET_IDS.map((secretId) => `secret:${secretId}`),
      )
    : copy;
}

/** The profile to show once the active one is deleted: the one worked on most recently. */
function nextActive(profiles: Settings['profiles']): string | undefined {
  return Object.values(profiles).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id;
}

/**
 * Profiles: named setups side by side, each with its own integration, answers and keychain
 * entries (`<namespace>/<profileId>/<secretId>`). Name refusals are data (validator codes), like a
 * field's; the log names profiles by id only and never a secret.
 */
export function profilesHandlers(services: AppServices): ProfilesHandlers {
  const { settings, log } = services;
  /** Runs a settings change that may refuse; the check runs inside the update, so two quick calls cannot both pass it. */
  const updateOrRefuse = (change: (current: Settings) => Settings | ValidationFailure) => {
    let refusal: ValidationFailure | undefined;
    const saved = settings.update((current) => {
      const next = change(current);
      if ('ok' in next) {
        refusal = next;
        return current;
      }
      return next;
    });
    return refusal ?? { ok: true as const, settings: saved };
  };

  return {
    'profiles.create': async ({ name, integrationId }) => {
      const start = startingIntegration(integrationId);
      const now = services.now();
      let id = '';
      const result = updateOrRefuse((current) => {
        const checked = checkName(current, name);
        if (!checked.ok) return checked;
        id = newProfileId(checked.name, new Set(Object.keys(current.profiles)));
        const profile = { ...emptyProfile(id, checked.name, now), ...start };
        return { ...current, activeProfileId: id, profiles: { ...current.profiles, [id]: profile } };
      });
      if (result.ok) log.info(`profile ${id} created (${start.integrationId ?? 'no integration yet'}) and made active`);
      return result;
    },

    'profiles.rename': async ({ profileId, name }) => {
      readProfile(services, profileId);
      const now = services.now();
      const result = updateOrRefuse((current) => {
        const profile = ownValue(current.profiles, profileId);
        if (!profile) throw new AppError('NOT_FOUND', `There is no profile "${profileId}".`, { profileId });
        const checked = checkName(current, name, profileId);
        if (!checked.ok) return checked;
        const renamed = { ...profile, name: checked.name, updatedAt: now.toISOString(), revision: profile.revision + 1 };
        return { ...current, profiles: { ...current.profiles, [profileId]: renamed } };
      });
      if (result.ok) log.info(`profile ${profileId} renamed`);
      return result;
    },

    'profiles.duplicate': async ({ profileId, name }) => {
      readProfile(services, profileId);
      const now = services.now();
      let id = '';
      const result = updateOrRefuse((current) => {
        const source = ownValue(current.profiles, profileId);
        if (!source) throw new AppError('NOT_FOUND', `There is no profile "${profileId}".`, { profileId });
        const checked = checkName(current, name);
        if (!checked.ok) return checked;
        id = newProfileId(checked.name, new Set(Object.keys(current.profiles)));
        const copy = copyWithoutSecrets(source, id, checked.name, now);
        return { ...current, activeProfileId: id, profiles: { ...current.profiles, [id]: copy } };
      });
      if (result.ok) log.info(`profile ${profileId} duplicated as ${id} (answers and progress, no secrets) and made active`);
      return result;
    },

    'profiles.delete': async ({ profileId }) => {
      readProfile(services, profileId);
      if (Object.keys(settings.read().profiles).length <= 1) {
        throw new AppError('VALIDATION_FAILED', 'The last profile cannot be deleted; create another one first.', { reason: 'last-profile' });
      }
      // A locked keychain must stop the whole delete before anything is gone: a profile deleted
      // with its entries left behind would leave secrets nobody can see or remove.
      const status = await services.secrets.probe();
      if (!status.ok) {
        throw new AppError(status.code, 'The keychain cannot be changed now, so nothing was deleted. Unlock it and try again.', {
          problem: status.problem,
          platform: status.platform,
        });
      }
      const removedSecrets: SecretId[] = [];
      // Every id the app knows, not only those the settings record: an entry left by an interrupted save goes too.
      for (const secretId of SECRET_IDS) {
        if ((await removeSecret(services, profileId, secretId)).removed) removedSecrets.push(secretId);
      }
      // The Microsoft sign-in's token cache (graph-token-cache and its parts) goes with them, recorded or not.
      await services.graphSignIn.forgetProfile(profileId);
      log.info(`profile ${profileId}: Microsoft sign-in, if any, removed from the keychain`);
      let activated: string | undefined;
      const saved = settings.update((current) => {
        const profiles = { ...current.profiles };
        delete profiles[profileId];
        if (Object.keys(profiles).length === 0) {
          throw new AppError('VALIDATION_FAILED', 'The last profile cannot be deleted; create another one first.', { reason: 'last-profile' });
        }
        activated = current.activeProfileId === profileId ? nextActive(profiles) : undefined;
        return { ...current, activeProfileId: activated ?? current.activeProfileId, profiles };
      });
      log.info(
        `profile ${profileId} deleted with ${removedSecrets.length} keychain entr${removedSecrets.length === 1 ? 'y' : 'ies'}` +
          (removedSecrets.length ? ` (${removedSecrets.join(', ')})` : '') +
          (activated ? `; profile ${activated} made active` : ''),
      );
      return { settings: saved, removedSecrets };
    },

    'profiles.setActive': async ({ profileId }) => {
      readProfile(services, profileId);
      const saved = settings.update((current) => {
        if (!ownValue(current.profiles, profileId)) throw new AppError('NOT_FOUND', `There is no profile "${profileId}".`, { profileId });
        return { ...current, activeProfileId: profileId };
      });
      log.info(`profile ${profileId} made active`);
      return saved;
    },
  };
}
