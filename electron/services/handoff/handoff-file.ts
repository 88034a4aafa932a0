import { z } from 'zod';
import { findField } from '../../../shared/engine/step-engine';
import { findIntegration, INTEGRATIONS } from '../../../shared/integrations';
import type { EndpointFacts } from '../../../shared/integrations/types';
import { SECRET_IDS } from '../../../shared/secrets';
import type { Profile } from '../../../shared/settings/schema';
import { fail, type ValidationFailure } from '../../../shared/validators/result';
import { validateFieldValue } from '../handlers/field-validation';

/**
 * The hand-off file: one profile's answers and progress as versioned JSON, WITHOUT any secret
 * (support prepares integration, offer or region, Org ID, IdP; the customer imports it and adds
 * only the secrets). Import trusts nothing in it: size and nesting are bounded before parsing,
 * prototype keys and secret-looking keys are refused anywhere, the shape is strict, and every
 * answer passes the same validator as typing it would.
 */
export const HANDOFF_FORMAT = 'scim-setup-wizard/profile';
export const HANDOFF_VERSION = 1;
export const MAX_HANDOFF_BYTES = 1024 * 1024;
export const MAX_HANDOFF_DEPTH = 8;

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Key names that hold secrets in any system: such a key never belongs in a hand-off file, whatever its value. */
const SECRET_LOOKING_KEY = /secret|token|password|passwd|credential|api[-_]?key|access[-_]?key|bearer|private[-_]?key/i;

/** Answers the integrations declare (a checklist item may be named like a secret: `cxone.accessKey.activated`). */
const DECLARED_ANSWERS: ReadonlySet<string> = new Set(
  INTEGRATIONS.flatMap((integration) => integration.steps.flatMap((step) => step.fields.filter((f) => f.kind !== 'secret').map((f) => f.id))),
);

const handoffSchema = z
  .object({
    format: z.literal(HANDOFF_FORMAT),
    version: z.literal(HANDOFF_VERSION),
    exportedAt: z.string().max(40),
    app: z.object({ version: z.string().max(64) }).strict(),
    profile: z
      .object({
        name: z.string().min(1).max(80),
        integrationId: z.string().min(1).max(64),
        fields: z.record(z.string().max(64), z.string().max(4096)),
        currentStepId: z.string().max(64).nullable(),
        completedStepIds: z.array(z.string().max(64)).max(50),
        skippedStepIds: z.array(z.string().max(64)).max(50),
      })
      .strict(),
  })
  .strict();

export type HandoffFile = z.infer<typeof handoffSchema>;
export type HandoffProfile = HandoffFile['profile'];
export type HandoffParse = { ok: true; handoff: HandoffFile } | ValidationFailure;

/** The file for one profile: answers and progress only; secrets, their dates and check results stay behind. */
export function buildHandoffFile(profile: Profile, options: { appVersion: string; now: Date }): string {
  const integration = findIntegration(profile.integrationId);
  const fields = Object.fromEntries(
    Object.entries(profile.fields).filter(([fieldId]) => {
      const found = integration ? findField(integration, fieldId) : undefined;
      return found !== undefined && found.field.kind !== 'secret';
    }),
  );
  const file: HandoffFile = {
    format: HANDOFF_FORMAT,
    version: HANDOFF_VERSION,
    exportedAt: options.now.toISOString(),
    app: { version: options.appVersion },
    profile: {
      name: profile.name,
      integrationId: profile.integrationId ?? '',
      fields,
      currentStepId: profile.currentStepId,
      completedStepIds: profile.completedStepIds,
      skippedStepIds: profile.skippedStepIds,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a hand-off file as an import would: every refusal is a code, params and nothing changed. */
export function parseHandoffFile(text: string, endpointFacts: (integrationId: string) => EndpointFacts): HandoffParse {
  if (new TextEncoder().encode(text).byteLength > MAX_HANDOFF_BYTES) return fail('handoff-too-large', { mib: MAX_HANDOFF_BYTES / 1024 / 1024 });
  // Measured before parsing: a JSON nested thousands deep would exhaust the parser's stack.
  if (nestingDepth(text) > MAX_HANDOFF_DEPTH) return fail('handoff-too-deep', { max: MAX_HANDOFF_DEPTH });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('handoff-not-json');
  }
  const badKey = findKey(json, (key) => PROTOTYPE_KEYS.has(key));
  if (badKey) return fail('handoff-prototype-key', { path: badKey });
  const secretKey = findKey(json, (key) => !DECLARED_ANSWERS.has(key) && (SECRET_LOOKING_KEY.test(key) || (SECRET_IDS as readonly string[]).includes(key)));
  if (secretKey) return fail('handoff-secret-field', { path: secretKey });
  if (!isRecord(json) || json.format !== HANDOFF_FORMAT) return fail('handoff-unknown-format');
  if (json.version !== HANDOFF_VERSION) return fail('handoff-unknown-version', { version: String(json.version).slice(0, 20), supported: HANDOFF_VERSION });

  const parsed = handoffSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    if (issue?.code === 'unrecognized_keys') return fail('handoff-unknown-field', { path: [path, issue.keys[0]].filter(Boolean).join('.') });
    return fail('handoff-bad-value', { path: path || '(root)' });
  }
  return checkProfile(parsed.data, endpointFacts);
}

/** The profile against its integration: known and available, its fields declared and valid, its steps real. */
function checkProfile(handoff: HandoffFile, endpointFacts: (integrationId: string) => EndpointFacts): HandoffParse {
  const { profile } = handoff;
  const integration = findIntegration(profile.integrationId);
  if (!integration?.available) return fail('handoff-unknown-integration', { integrationId: profile.integrationId.slice(0, 64) });
  const endpoints = endpointFacts(integration.id);
  for (const [fieldId, value] of Object.entries(profile.fields)) {
    const found = findField(integration, fieldId);
    if (!found) return fail('handoff-unknown-field', { path: `profile.fields.${fieldId.slice(0, 64)}` });
    if (found.field.kind === 'secret') return fail('handoff-secret-field', { path: `profile.fields.${fieldId}` });
    const checked = validateFieldValue(found.field, value, { fields: profile.fields, endpoints });
    // The field's own refusal, in the language on screen, after a line naming where it is (`within`).
    if (!checked.ok) {
      const inner = typeof checked.params?.within === 'string' ? `,${checked.params.within}` : '';
      return fail(checked.code, { ...checked.params, within: `handoff${inner}`, fieldId: fieldId.slice(0, 64) });
    }
    if (checked.value !== value) profile.fields[fieldId] = checked.value;
  }
  const stepIds = new Set(integration.steps.map((s) => s.id));
  for (const stepId of [...profile.completedStepIds, ...profile.skippedStepIds, ...(profile.currentStepId ? [profile.currentStepId] : [])]) {
    if (!stepIds.has(stepId)) return fail('handoff-unknown-step', { stepId: stepId.slice(0, 64) });
  }
  return { ok: true, handoff };
}

/** The deepest nesting of objects and arrays, counted on the text (strings skipped). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') deepest = Math.max(deepest, ++depth);
    else if (ch === '}' || ch === ']') depth--;
  }
  return deepest;
}

/** The dotted path of the first key (at any depth) the test picks. */
function findKey(value: unknown, test: (key: string) => boolean, path = ''): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findKey(item, test, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (test(key)) return here;
    const found = findKey(value[key], test, here);
    if (found) return found;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
