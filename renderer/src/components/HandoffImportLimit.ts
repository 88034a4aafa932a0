/**
 * Main's limit on a hand-off file (MAX_HANDOFF_BYTES in electron/services/handoff/handoff-file.ts; a unit test
 * keeps the two equal): the page refuses a larger file before reading it, with main's own refusal code.
 */
export const HANDOFF_MAX_BYTES = 1024 * 1024;
