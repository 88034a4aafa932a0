import { z } from 'zod';

/**
 * A profile's Microsoft sign-in settings (issue 11 §2). Each profile is one customer's tenant, so
 * the app registration is per profile. Not a secret: the client ID is carried by a duplicate and
 * shown in the clear (the hand-off file leaves it out: it lists its own fields).
 * `signedInAt` records that the keychain holds this profile's Microsoft token cache, as
 * `secrets.<id>.savedAt` does for the other keychain entries: a duplicate drops it (the cache
 * stays with the source) and a sign-out or a new client ID removes it.
 */
export const graphSettingsSchema = z
  .object({
    /** The Application (client) ID as the validator saved it (shared/validators/graph-client-id.ts); checked again before use. */
    clientId: z.string().max(200),
    /** When the last sign-in stored the token cache in the keychain (ISO time); absent when none is stored. */
    signedInAt: z.string().max(40).optional(),
  })
  .strict();
export type GraphSettings = z.infer<typeof graphSettingsSchema>;
