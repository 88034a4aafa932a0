import { handoffValidationEn } from './handoff-validation-en';

/**
 * The sentences of every validator refusal, in English. A refusal is
 * `{ code, params }`; its sentence is `code` or `code_<params.variant>`, with
 * `{{name}}` filled from params (see shared/validators/validation-message.ts).
 * The validators build their English `message` from this table, and the UI
 * picks this one or validation-ko.ts: one set of templates, two languages.
 */
export const validationEn = {
  ...handoffValidationEn,
  empty: 'This field cannot be empty.',
  'empty_org-id': 'Enter the Webex Org ID.',
  'empty_org-input': 'Enter the Webex Org ID or the tenant URL.',
  'empty_tenant-url': 'Enter the tenant URL.',
  empty_email: 'Enter an e-mail address.',
  empty_token: 'Paste the token.',
  empty_expiry: 'Enter the date the token expires, or choose the 365 days the vendor states.',
  'token-has-url-parts': 'Paste only the token: the part of the address between access_token= and &token_type=, without those words.',
  'token-has-bearer-prefix': 'Leave out the word “Bearer” in front: paste only the token.',
  'token-has-spaces': 'The token has a space or line break at position {{position}}; a token has none. Copy it again in one piece.',
  'token-bad-character': 'Character {{charShown}} at position {{position}} cannot be part of a token. Copy the token again.',
  'token-too-short': 'The token has only {{length}} characters (at least {{min}} expected): it was probably cut off while copying.',
  'token-too-long': 'The token has {{length}} characters, more than the {{max}} a token can have: more than the token was copied.',
  'expiry-not-a-date': 'Enter a date like 2027-11-25 (year-month-day) that exists.',
  'expiry-in-past': 'The date {{date}} has passed: a token that expired cannot be used. Get a new token.',
  'expiry-too-far': 'The date {{date}} is more than {{days}} days away; the token cannot live that long. Check the date.',
  'email-invalid': 'Enter an e-mail address like name@example.com.',
  'not-an-option': '"{{value}}" is not one of the choices.',
  'not-a-boolean': 'A checkbox is "true" or "false".',

  'org-id-bad-character': 'Character {{charShown}} at position {{position}} is not a hexadecimal digit (0-9, a-f).',
  'org-id-bad-character_lookalike': "Character {{charShown}} at position {{position}} is not a hexadecimal digit (0-9, a-f). Did you mean '{{suggest}}'?",
  'org-id-group-length': 'Group {{group}} has {{length}} characters; a Webex Org ID has groups of 8-4-4-4-12.',
  'org-id-group-length_one': 'Group {{group}} has 1 character; a Webex Org ID has groups of 8-4-4-4-12.',
  'org-id-group-count': 'The Org ID has {{groups}} dash-separated groups; a Webex Org ID has 5 groups of 8-4-4-4-12 hexadecimal digits, e.g. {{example}}.',
  'org-id-group-count_no-dashes': 'The Org ID has no dashes; a Webex Org ID has 5 groups of 8-4-4-4-12 hexadecimal digits, e.g. {{example}}.',
  'org-id-too-long': 'The Org ID has {{length}} characters; a Webex Org ID has {{max}} (groups of 8-4-4-4-12), or about 90 in its base64 form.',
  'org-id-base64-not-organization': 'This base64 value decodes to "{{decoded}}", not to a Webex organization id (ciscospark://…/ORGANIZATION/<Org ID>).',
  'org-id-base64-not-organization_typed':
    'This base64 value decodes to a Webex {{idType}} id ("{{decoded}}"), not a Webex organization id (ciscospark://…/ORGANIZATION/<Org ID>).',
  'org-id-base64-not-organization_undecodable':
    'This looks like a base64 Webex id but does not decode to text; copy the whole value again. Expected a Webex organization id (ciscospark://…/ORGANIZATION/<Org ID>).',
  'org-id-is-url': 'This is a URL, not an Org ID: check it as a tenant URL, or keep only the Org ID (the part after /v1/scim/).',
  'within_tenant-url': 'The Org ID at the end of the URL is not valid.',
  within_base64: 'The base64 Org ID decodes to "{{decodedId}}", which is not valid.',

  'invalid-scim-base':
    'The SCIM base URL in force ({{scimBaseUrl}}) is not usable: it must be an https URL, or http on 127.0.0.1, localhost or [::1]. Fix the endpoints file.',
  'not-a-url': 'This is not a whole URL; a tenant URL looks like {{example}}.',
  'not-a-url_blank': 'The URL contains {{charShown}} at position {{position}}; a URL has no spaces or invisible characters.',
  'not-a-url_backslash': 'The URL contains a backslash (\\); URLs use forward slashes (/).',
  'not-a-url_no-host': 'The URL has no host; a tenant URL looks like {{example}}.',
  'not-https': 'The tenant URL must start with https://; it starts with {{scheme}}://.',
  'not-https_http': 'The tenant URL must start with https://; http:// would send the token unencrypted.',
  'wrong-scheme': 'The test endpoints in force use {{expected}}:// ({{canonical}}); this URL starts with {{scheme}}://.',
  userinfo: 'The part before "@" ({{userinfo}}) is a user name, so this URL really goes to {{host}}. A tenant URL has no user name or "@".',
  'userinfo_no-host': 'The part before "@" ({{userinfo}}) is a user name, so this URL really goes to no host. A tenant URL has no user name or "@".',
  port: 'Remove ":{{port}}": a tenant URL has no port number (not even :443).',
  port_test: 'The test endpoints use port {{expected}}; this URL has {{port}}.',
  'port_test-none': 'The test endpoints use port {{expected}}; this URL has none.',
  query: 'Remove "?{{query}}": a tenant URL ends with the Org ID and has no query.',
  fragment: 'Remove "#{{fragment}}": a tenant URL ends with the Org ID and has no "#" part.',
  'wrong-offer': 'This is the {{offerName}} tenant URL; choose {{offerName}} in the first step, or use {{example}}.',
  'wrong-offer_test': 'This is the {{offerName}} tenant URL; choose {{offerName}} in the first step.',
  'lookalike-host': 'The host {{host}} {{reasonText}}: it only looks like {{expected}}. Copy the tenant URL again from the wizard or Control Hub.',
  'wrong-host': 'The tenant URL must be on {{expected}}; this one goes to {{host}}.',
  'wrong-host_test': 'The tenant URL must be on {{expected}} (test endpoints in force); this one goes to {{host}}.',
  'wrong-path': 'The path must be exactly {{expectedPath}}; this URL has "{{path}}".',
  'wrong-path_case': 'The path must be exactly {{expectedPath}} (in lower case); this URL has "{{path}}".',
  'wrong-path_no-path': 'The path must be exactly {{expectedPath}}; this URL has no path.',
  'wrong-path_percent': 'The path contains percent-encoded characters (%); it must be exactly {{expectedPath}}.',
  'wrong-path_dot-segments': 'The path contains "." or ".." segments; it must be exactly {{expectedPath}}.',
  'wrong-path_empty-segment': 'The path contains an empty segment ("//"); it must be exactly {{expectedPath}}.',
  'missing-org-id': 'The URL ends at {{basePath}}/ without the Org ID; add it: {{example}}.',
  'extra-path-segments': 'Remove "{{extra}}" after the Org ID: a tenant URL ends with the Org ID.',

  // NICE CXone (shared/validators/cxone-*.ts).
  'empty_cxone-base-url': 'Enter the CXone base URL, e.g. https://na1.nice-incontact.com/scim/v2.',
  'cxone-base-url-not-a-url': 'This is not a whole URL; a CXone base URL looks like https://na1.nice-incontact.com/scim/v2.',
  'cxone-base-url-not-a-url_blank': 'The URL contains {{charShown}} at position {{position}}; a URL has no spaces or invisible characters.',
  'cxone-base-url-not-a-url_backslash': 'The URL contains a backslash (\\); URLs use forward slashes (/).',
  'cxone-base-url-not-a-url_no-host': 'The URL has no host; a CXone base URL looks like https://na1.nice-incontact.com/scim/v2.',
  'cxone-base-url-scheme': 'The base URL must start with https://; this one starts with {{scheme}}://.',
  'cxone-base-url-scheme_http': 'The base URL must start with https://; with http:// the access key or token would travel unencrypted.',
  'cxone-base-url-scheme_missing': 'The base URL must start with https://, e.g. https://na1.nice-incontact.com/scim/v2.',
  'cxone-base-url-userinfo':
    'The part before "@" is read as a user name and password, so this URL really goes to {{host}}. A base URL has no user name or "@".',
  'cxone-base-url-userinfo_no-host': 'The part before "@" is read as a user name and password, and no host follows it. A base URL has no user name or "@".',
  'cxone-base-url-host': 'The base URL must be on <area>.nice-incontact.com (e.g. na1.nice-incontact.com); this one goes to {{host}}.',
  'cxone-base-url-host_no-area': 'Put the area code in front of the host: <area>.nice-incontact.com, e.g. na1.nice-incontact.com.',
  'cxone-base-url-host_area': '"{{area}}" is not an area code: the host is the area code (letters then digits, e.g. na1) followed by .nice-incontact.com.',
  'cxone-base-url-host_extra-labels':
    'The host {{host}} has more than the area code before .nice-incontact.com; it must be exactly <area>.nice-incontact.com, e.g. na1.nice-incontact.com.',
  'cxone-base-url-oauth-host':
    "{{host}} is on niceincontact.com (no hyphen), CXone's sign-in and OAuth domain, not the SCIM API. The base URL is on {{expected}} (nice-incontact.com, with a hyphen).",
  'cxone-base-url-lookalike-host':
    'The host {{host}} {{reasonText}}: it only looks like {{expected}}. Type the base URL yourself, e.g. https://{{expected}}/scim/v2.',
  'cxone-base-url-port': 'Remove ":{{port}}": a base URL has no port number (not even :443).',
  'cxone-base-url-path': 'The path must be /scim/v2 (access key) or /oauth/scim/v2 (bearer token); this URL has "{{path}}".',
  'cxone-base-url-path_no-path': 'The URL has no path; add /scim/v2 (access key) or /oauth/scim/v2 (bearer token).',
  'cxone-base-url-path_case': 'The path must be /scim/v2 or /oauth/scim/v2, in lower case; this URL has "{{path}}".',
  'cxone-base-url-path_order': 'With a bearer token the path is /oauth/scim/v2 (/oauth first); this URL has "{{path}}".',
  'cxone-base-url-path_percent': 'The path contains percent-encoded characters (%); it must be exactly /scim/v2 or /oauth/scim/v2.',
  'cxone-base-url-path_dot-segments': 'The path contains "." or ".." segments; it must be exactly /scim/v2 or /oauth/scim/v2.',
  'cxone-base-url-path_empty-segment': 'The path contains an empty segment ("//"); it must be exactly /scim/v2 or /oauth/scim/v2.',
  'cxone-base-url-path_extra': 'Remove "{{extra}}" at the end: a base URL ends with /scim/v2 or /oauth/scim/v2.',
  'cxone-base-url-query': 'Remove the "?" part: a base URL ends with /v2 and has no query.',
  'cxone-base-url-fragment': 'Remove the "#" part: a base URL ends with /v2 and has no "#" part.',

  'empty_cxone-region': 'Enter the area code, e.g. na1.',
  'cxone-region-digits-first': 'An area code starts with letters, then digits (e.g. na1); "{{value}}" starts with a digit.',
  'cxone-region-bad-character': 'Character {{charShown}} at position {{position}} cannot be part of an area code (letters then digits, e.g. na1).',
  'cxone-region-shape':
    'An area code is {{minLetters}}-{{maxLetters}} letters, then {{minDigits}}-{{maxDigits}} digits (e.g. na1, au1, eu1); "{{value}}" is not one.',
  'cxone-region-shape_no-digits': 'Add the digits: an area code is letters, then digits (e.g. na1); "{{value}}" has none.',
  'cxone-region-host': 'Type only the area code, {{area}}, not the host name.',
  'cxone-region-host_other': 'Type only the area code (letters then digits, e.g. na1), or paste the whole base URL; this looks like a host name.',

  'empty_access-key-id': 'Paste the access key ID.',
  'empty_access-key-secret': 'Paste the secret access key.',
  'cxone-access-key-has-label_id': 'Paste only the access key ID, without the label in front of it.',
  'cxone-access-key-has-label_secret': 'Paste only the secret access key, without the label in front of it.',
  'secret-same-as-other_cxone-access-key-id':
    'This is the value already saved as the secret access key. The access key ID and the secret are two different values on the CXone “Security” tab: copy the ID here.',
  'secret-same-as-other_cxone-access-key-secret':
    'This is the value already saved as the access key ID. The secret is the other value: click “Show Secret Key” on the CXone “Security” tab and copy it here.',
  'cxone-access-key-swapped_id': 'This is labelled as the secret access key: paste it in the secret access key field, and the access key ID here.',
  'cxone-access-key-swapped_secret': 'This is labelled as the access key ID: paste it in the access key ID field, and the secret access key here.',
  'cxone-access-key-is-token_id': 'This is a token, not an access key ID: paste a bearer token in the bearer token field, and the access key ID here.',
  'cxone-access-key-is-token_secret':
    'This is a token, not a secret access key: paste a bearer token in the bearer token field, and the secret access key here.',
  'cxone-access-key-looks-like-token_id':
    'This looks like a token, not an access key ID: an access key has only capital letters A-Z and digits 2-7. If it is the SCIM bearer token, paste it in the bearer token step; here, paste the access key ID.',
  'cxone-access-key-looks-like-token_secret':
    'This looks like a token, not a secret access key: an access key has only capital letters A-Z and digits 2-7. If it is the SCIM bearer token, paste it in the bearer token step; here, paste the secret access key.',
  'cxone-access-key-has-spaces_id': 'The access key ID has a space or line break at position {{position}}; an access key has none. Copy it again in one piece.',
  'cxone-access-key-has-spaces_secret':
    'The secret access key has a space or line break at position {{position}}; an access key has none. Copy it again in one piece.',
  'cxone-access-key-bad-character_id':
    'Character {{charShown}} at position {{position}} cannot be part of an access key ID (A-Z and 2-7, then "=" at the end). Copy it again.',
  'cxone-access-key-bad-character_secret':
    'Character {{charShown}} at position {{position}} cannot be part of a secret access key (A-Z and 2-7, then "=" at the end). Copy it again.',
  'cxone-access-key-no-padding_id': 'The access key ID ends without its "====": the equals signs are part of it. Copy the whole ID again, up to the last "=".',
  'cxone-access-key-no-padding_secret':
    'The secret access key ends without its "====": the equals signs are part of it. Copy the whole key again, up to the last "=".',
  'cxone-access-key-too-short_id': 'The access key ID has only {{length}} characters ({{expected}} expected): it was probably cut off while copying.',
  'cxone-access-key-too-short_secret': 'The secret access key has only {{length}} characters ({{expected}} expected): it was probably cut off while copying.',
  'cxone-access-key-too-long_id': 'The access key ID has {{length}} characters where an ID has {{expected}}: something else was copied with it.',
  'cxone-access-key-too-long_secret': 'The secret access key has {{length}} characters where a key has {{expected}}: something else was copied with it.',
  'cxone-bearer-token-has-label': 'Paste only the token, without the label in front of it.',
  'cxone-bearer-token-is-access-key_id': 'This is labelled as the access key ID, not the bearer token: paste it in the access key ID field.',
  'cxone-bearer-token-is-access-key_secret': 'This is labelled as the secret access key, not the bearer token: paste it in the secret access key field.',
  'cxone-bearer-token-is-url': 'This is a URL, not the token. Paste the token you copied under Account settings > SCIM tokens.',

  'expiry-not-applicable': 'This secret has no expiry date in CXone; leave the date empty.',
  'secret-not-a-field': 'Secrets are saved to the keychain, not as a field value.',

  // Pieces other sentences are built from.
  offer_commercial: 'Webex (commercial)',
  offer_government: 'Webex for Government',
  'reason_non-ascii': "contains the non-ASCII character '{{reasonChar}}' ({{reasonHex}}), which can imitate a Latin letter",
  reason_percent: 'contains percent-encoded characters, which hide what the name really is',
  reason_punycode: 'is an internationalised (punycode xn--) name, which can imitate Latin letters',
  'reason_trailing-dot': 'ends with a dot',
  reason_contains: 'contains {{genuine}} but is another host',
  reason_typo: 'differs from {{genuine}} by {{distance}} characters',
  'reason_typo-one': 'differs from {{genuine}} by 1 character',
  'reason_lookalike-characters': 'differs from {{genuine}} by look-alike characters',
  reason_brand: 'uses the name "{{brand}}" but is not under {{domain}}',
  char_space: "' ' (a space)",
  char_invisible: '{{hex}} (an invisible character)',
  'char_non-ascii': "'{{char}}' ({{hex}})",
  char_plain: "'{{char}}'",

  'empty_profile-name': 'Enter a name for the profile.',
  'profile-name-too-long': 'The name has {{length}} characters; a profile name has at most {{max}}.',
  'profile-name-control-character': 'The name contains an invisible or control character ({{hex}}) at position {{position}}. Type the name again without it.',
  'profile-name-taken': 'A profile named "{{name}}" already exists (names are compared ignoring capitals and spaces). Choose another name.',

  // Microsoft sign-in: the app registration's client ID (shared/validators/graph-client-id.ts).
  'empty_graph-client-id': 'Enter the Application (client) ID of your app registration: Entra admin center > App registrations > your app > Overview.',
  'graph-client-id-not-guid':
    'This is not an Application (client) ID: that is a GUID of 36 characters like 00000000-0000-0000-0000-000000000000 (this value has {{length}}). Copy it from Entra admin center > App registrations > your app > Overview.',
  'graph-client-id-is-secret':
    'This looks like a client secret, not the client ID. The app needs no secret: copy the Application (client) ID from your app registration’s Overview page instead.',
} as const;

export type ValidationTexts = Record<keyof typeof validationEn, string>;
