/**
 * The renderer's Content Security Policy, in one place: main adds it as a
 * response header to the app's own pages, and renderer/index.html carries the
 * same directives in a <meta> tag (a page loaded from file:// gets no response
 * headers, so the tag is the copy it is sure to get).
 */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** For the <meta> tag: browsers ignore frame-ancestors there (and warn), so it is left out. */
export const RENDERER_CSP_META = RENDERER_CSP.replace(" frame-ancestors 'none';", '');
