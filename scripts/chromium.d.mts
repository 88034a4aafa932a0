/** Types of scripts/chromium.mjs, for the TypeScript that imports it (Playwright config, unit tests). */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
