/** The largest provisioning-schema JSON the wizard reads (Entra's own are far smaller). */
export const MAX_SCHEMA_JSON_CHARS = 2_000_000;
