import { cleanPastedText } from './pasted-text';
import type { ValidationResult } from './result';
import { fail } from './result';

/**
 * The Microsoft application (client) ID of the admin's own app registration: a GUID, shown in the
 * Entra admin center under App registrations > the app > Overview, "Application (client) ID"
 * (https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app).
 * Spaces and one pair of quotes around it are dropped; saved in lower case.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A client secret's value (Entra shows it once, under Certificates & secrets, and admins mix it up
 * with the ID): 3 characters, a digit, "Q~", then 31-34 more; a GUID never holds "~". Shape from
 * Microsoft's own secret scanner (microsoft/security-utilities, AadClientAppIdentifiableCredentials,
 * SEC101/156) and Purview's "Azure AD client secret" definition, example `abc7Q~defghijklmnopqrs0t123456789-_.~`
 * (https://learn.microsoft.com/en-us/purview/sit-defn-azure-ad-client-secret). The app needs no secret.
 */
const CLIENT_SECRET = /^[A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{31,34}$/;

export function validateGraphClientId(input: string): ValidationResult {
  const { text, notes } = cleanPastedText(input);
  if (text === '') return fail('empty', { variant: 'graph-client-id' });
  // Some tools show GUIDs in braces ({...}); the braces are not part of the id.
  const bare = text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1) : text;
  const value = bare.toLowerCase();
  if (!GUID.test(value)) {
    if (CLIENT_SECRET.test(bare)) return fail('graph-client-id-is-secret');
    return fail('graph-client-id-not-guid', { length: [...bare].length });
  }
  if (bare !== text) notes.push({ code: 'braces-removed', message: 'Removed the braces around the ID.' });
  if (value !== bare) notes.push({ code: 'lower-cased', message: `Changed the ID to lower case: ${value}.` });
  return notes.length > 0 ? { ok: true, value, notes } : { ok: true, value };
}
