import { z } from 'zod';

/**
 * What the wizard has done in the admin's Entra ID tenant through Microsoft Graph, per profile:
 * ids and dates only, never a secret. It describes one tenant's objects, so a duplicated profile
 * or a hand-off file does not carry it. Optional in the profile: older files read as "nothing done".
 */

const isoTime = z.string().max(40);
/** Graph object ids are GUIDs; appRoleAssignment ids are 43-character base64url strings. */
export const graphIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);
/** Synchronization job ids look like `<templateId>.<tenant>.<guid>`. */
const jobId = z.string().regex(/^[A-Za-z0-9._-]{1,256}$/);

export const graphAssignmentSchema = z.object({
  /** The appRoleAssignment's id: what undo deletes. */
  id: graphIdSchema,
  principalId: graphIdSchema,
  principalType: z.enum(['User', 'Group']),
  displayName: z.string().max(256),
  appRoleId: graphIdSchema,
});
export type GraphAssignment = z.infer<typeof graphAssignmentSchema>;

export const GRAPH_PROVISIONING_STATUSES = ['success', 'skipped', 'failure'] as const;

export const graphProgressSchema = z.object({
  servicePrincipalId: graphIdSchema,
  appId: graphIdSchema,
  displayName: z.string().max(256),
  /** True when the wizard instantiated the template; false when the admin picked an app they had. */
  createdByWizard: z.boolean(),
  /** The application object's id, kept for an app the wizard created so it can be deleted again (the undo). */
  applicationObjectId: graphIdSchema.nullable().optional(),
  hidden: z.boolean(),
  assignments: z.array(graphAssignmentSchema).max(50),
  jobId: jobId.nullable(),
  credentialsSavedAt: isoTime.nullable(),
  notificationEmail: z.string().max(320).nullable(),
  startedAt: isoTime.nullable(),
  lastProvisioning: z.object({ userId: graphIdSchema, status: z.enum(GRAPH_PROVISIONING_STATUSES), at: isoTime }).nullable(),
  /** The attribute-mapping check of the job's schema: counts only (the findings come with the answer). */
  mapping: z
    .object({ at: isoTime, objectMappingName: z.string().max(256), ok: z.number().int(), missing: z.number().int(), differentSource: z.number().int() })
    .nullable(),
});
export type GraphProgress = z.infer<typeof graphProgressSchema>;

/** A fresh record for an app just created or chosen. */
export function newGraphProgress(app: {
  servicePrincipalId: string;
  appId: string;
  displayName: string;
  createdByWizard: boolean;
  hidden: boolean;
  applicationObjectId?: string | null;
}): GraphProgress {
  return { ...app, assignments: [], jobId: null, credentialsSavedAt: null, notificationEmail: null, startedAt: null, lastProvisioning: null, mapping: null };
}
