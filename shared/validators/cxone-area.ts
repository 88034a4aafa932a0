/**
 * A CXone area code: the first label of the API host, `https://<area>.nice-incontact.com`
 * (seed 000, "SCIM 설정": "https://(region)nice-incontact.com/scim/v2", e.g. NA1 →
 * https://na1.nice-incontact.com/scim/v2). Known codes are letters then digits (na1, au1, eu1);
 * any such code is accepted, because NICE adds areas. The lengths are an assumption kept sane:
 * 2-10 letters, then 1-3 digits. Anything longer is not an area code but something else pasted.
 */
export const AREA_LETTERS = { min: 2, max: 10 } as const;
export const AREA_DIGITS = { min: 1, max: 3 } as const;

const AREA = new RegExp(`^[a-z]{${AREA_LETTERS.min},${AREA_LETTERS.max}}[0-9]{${AREA_DIGITS.min},${AREA_DIGITS.max}}$`);

/** Lower case only: callers lower-case (and say so) before asking. */
export function isCxoneArea(text: string): boolean {
  return AREA.test(text);
}

/** The domain of CXone's regional API hosts, where both SCIM bases live (with a hyphen). */
export const CXONE_API_DOMAIN = 'nice-incontact.com';
/** The domain of CXone's sign-in and OAuth endpoints (cxone.niceincontact.com, without a hyphen): never the SCIM base. */
export const CXONE_OAUTH_DOMAIN = 'niceincontact.com';
