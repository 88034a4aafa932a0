import { z } from 'zod';

/** The test endpoints file (--endpoints FILE or SCIM_WIZARD_ENDPOINTS), validated by main before use. */

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:$/.test(new URL(u).protocol), 'must be an http or https URL');

/** One override block; every key optional. Unknown keys are refused so typos do not pass silently. */
const webexEndpointsOverrideSchema = z
  .object({
    authorizeUrl: httpUrl.optional(),
    clientId: z.string().min(1).max(512).optional(),
    scopes: z.array(z.string().min(1).max(200)).min(1).max(50).optional(),
    responseType: z
      .string()
      .regex(/^[a-z_]+( [a-z_]+)*$/)
      .optional(),
    extraParams: z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), z.string().max(512)).optional(),
    loopbackPort: z.number().int().min(1024).max(65535).optional(),
    scimBaseUrl: httpUrl.refine((u) => !u.endsWith('/'), 'no trailing slash').optional(),
  })
  .strict();

export const endpointsFileSchema = z
  .object({
    webex: webexEndpointsOverrideSchema.optional(),
  })
  .strict();
export type EndpointsFile = z.infer<typeof endpointsFileSchema>;
