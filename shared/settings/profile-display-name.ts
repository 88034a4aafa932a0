import type { Profile } from './schema';

/** The id and name main gives the first profile (schema.ts `defaultSettings`), before any language is known. */
const FIRST_PROFILE = { id: 'default', name: 'Default' };

/**
 * A profile's name as screens and reports show it: what the admin named it, except the first
 * profile's untouched "Default", which is the app's wording and so follows the language in use.
 */
export function profileDisplayName(profile: Pick<Profile, 'id' | 'name'>, t: (key: string) => string): string {
  return profile.id === FIRST_PROFILE.id && profile.name === FIRST_PROFILE.name ? t('profiles.defaultName') : profile.name;
}
