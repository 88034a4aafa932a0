import { AppError } from '../../../shared/errors';
import { ownValue } from '../../../shared/own-property';
import { newProfileId } from '../../../shared/settings/profile-id';
import { emptyProfile, type Profile, type Settings } from '../../../shared/settings/schema';
import { fail, type ValidationFailure } from '../../../shared/validators/result';
import { profileNameKey, validateProfileName } from '../../../shared/validators/profile-name';
import type { HandoffProfile } from './handoff-file';

/** What the admin chose for an import: the file's name or another, a new profile or one to replace. */
export interface ImportChoice {
  /** A name typed by the admin; null means the file's own name. */
  name: string | null;
  /** The profile whose answers and progress the file replaces (after the admin confirmed); null for a new profile. */
  replaceProfileId: string | null;
}

export type ImportOutcome = { ok: true; settings: Settings; profileId: string; replaced: boolean } | ValidationFailure;

/** The file's name is another profile's: the page asks whether to replace that profile or to import under another name. */
export function handoffNameTaken(taken: Pick<Profile, 'id' | 'name'>): ValidationFailure {
  return fail('handoff-name-taken', { name: taken.name, profileId: taken.id });
}

function profileNamed(settings: Settings, name: string, exceptId: string | null): Profile | undefined {
  const key = profileNameKey(name);
  return Object.values(settings.profiles).find((p) => p.id !== exceptId && profileNameKey(p.name) === key);
}

/**
 * The name the imported profile gets, or the refusal: a typed name meets the profile-name validator and
 * its codes (as in the create form); the file's own name meets the same validator, its refusal said to be
 * in the file (`within: handoff`), and when another profile has it the page is asked (`handoff-name-taken`).
 */
function chooseName(settings: Settings, fileName: string, choice: ImportChoice): { ok: true; name: string } | ValidationFailure {
  if (choice.name !== null) {
    const typed = validateProfileName(choice.name);
    if (!typed.ok) return typed;
    const taken = profileNamed(settings, typed.value, choice.replaceProfileId);
    return taken ? fail('profile-name-taken', { name: taken.name }) : { ok: true, name: typed.value };
  }
  const own = validateProfileName(fileName);
  if (!own.ok) return fail(own.code, { ...own.params, within: 'handoff', fieldId: 'profile.name' });
  const taken = profileNamed(settings, own.value, choice.replaceProfileId);
  return taken ? handoffNameTaken(taken) : { ok: true, name: own.value };
}

/** Answers and progress from the file; no secret and no check result (those are proved on this computer). */
function withHandoff(profile: Profile, handoff: HandoffProfile): Profile {
  return {
    ...profile,
    integrationId: handoff.integrationId,
    fields: { ...handoff.fields },
    currentStepId: handoff.currentStepId,
    completedStepIds: [...handoff.completedStepIds],
    skippedStepIds: [...handoff.skippedStepIds],
    actions: {},
  };
}

/**
 * The settings after importing a parsed hand-off file: a new profile made active, or (after asking)
 * the chosen profile with its integration, answers and progress replaced. A replaced profile keeps its
 * secrets' records, so its keychain entries stay reachable, and loses every check result: they proved
 * answers that are gone. A file's or name's fault is a refusal; a `replaceProfileId` that names no profile throws NOT_FOUND.
 */
export function applyHandoff(current: Settings, handoff: HandoffProfile, choice: ImportChoice, now: Date): ImportOutcome {
  const named = chooseName(current, handoff.name, choice);
  if (!named.ok) return named;
  const at = now.toISOString();
  if (choice.replaceProfileId !== null) {
    const target = ownValue(current.profiles, choice.replaceProfileId);
    if (!target) throw new AppError('NOT_FOUND', `There is no profile "${choice.replaceProfileId}".`, { profileId: choice.replaceProfileId });
    const replaced: Profile = { ...withHandoff(target, handoff), name: named.name, updatedAt: at, revision: target.revision + 1 };
    return {
      ok: true,
      settings: { ...current, activeProfileId: target.id, profiles: { ...current.profiles, [target.id]: replaced } },
      profileId: target.id,
      replaced: true,
    };
  }
  const id = newProfileId(named.name, new Set(Object.keys(current.profiles)));
  const created = withHandoff(emptyProfile(id, named.name, now), handoff);
  return { ok: true, settings: { ...current, activeProfileId: id, profiles: { ...current.profiles, [id]: created } }, profileId: id, replaced: false };
}
