import { identityEn } from './identity-en';
import { graphEn } from './graph-en';
import { handoffEn } from './handoff-en';
import { reportEn } from './report-en';

/**
 * The English texts of every screen but the first (en.ts merges them with
 * first-screen-en.ts). other-screens-ko.ts must have exactly the same keys
 * (checked by its type and by a unit test). Placeholders use i18next's {{name}} syntax.
 */
export const otherScreensEn = {
  wizard: {
    steps: 'Steps',
    progress: '{{done}} of {{total}} steps done',
    progressWithSkipped: '{{done}} of {{total}} steps done, {{skipped}} skipped',
    skippedNote: 'You skipped this step: it is closed but was not carried out. If it applies after all, do it now and press Next.',
    completeWithSkipped:
      'Every step is closed. Skipped, not carried out: {{steps}}. Keep this profile: any step can be opened again from the list, and a token that expires is reminded of here.',
    unmetMany: 'the {{count}} items above that are still open',
    unmetFieldRefused: 'correct ‘{{label}}’ (the message under it says what is wrong)',
    stepOf: 'Step {{index}} of {{total}}',
    back: 'Back',
    next: 'Next',
    finish: 'Finish',
    complete: 'All steps are finished. Keep this profile: any step can be opened again from the list, and a token that expires is reminded of here.',
    skip: 'Skip this step',
    skippableHint: 'You may skip this step if this applies: {{reason}}',
    unmet: 'Before you continue: {{items}}',
    unmetField: 'fill in ‘{{label}}’',
    unmetCheckbox: 'tick ‘{{label}}’',
    unmetChoice: 'choose an answer to ‘{{label}}’',
    unmetSecret: 'store ‘{{label}}’ in the keychain',
    unmetAction: 'run ‘{{label}}’ successfully',
    status: {
      done: 'done',
      skipped: 'skipped',
      current: 'current step',
      attention: 'needs attention',
      todo: 'not started',
    },
    saved: 'All changes saved',
    saving: 'Saving…',
    cancel: 'Cancel',
  },
  field: {
    normalisedTo: 'Saved as {{value}}',
    notSavedInvalid: 'Not saved: {{message}}',
    notSavedKeepsSaved: 'Not saved: {{message}} The value saved before stays, and Next continues with it: {{saved}}',
    revert: 'Put back the saved value',
    required: 'Required',
    optional: 'Optional',
  },
  copy: {
    copied: 'Copied to the clipboard.',
    secretCopied: 'Token copied. It is removed from the clipboard in {{seconds}} seconds if still there.',
    failed: 'Could not copy to the clipboard. Allow this page to use the clipboard, or select the value and copy it yourself.',
  },
  token: {
    none: 'No bearer token stored yet.',
    stored: 'A bearer token is stored in the system keychain (saved {{date}}).',
    expiresAt: 'It expires on {{date}}.',
    expiryUnknown: 'The sign-in did not say when it expires.',
    expiresSoon: 'The token expires on {{date}} ({{days}} days left). Renew it before then: Entra quarantines provisioning when the token expires.',
    expiresToday: 'The token expires on {{date}}, in less than a day. Renew it now: Entra quarantines provisioning when the token expires.',
    expired: 'The token expired on {{date}}. Renew it now: Entra has quarantined provisioning or will soon.',
    openerLabel: 'Open the sign-in page in',
    facts:
      'The token is valid for 365 days and acts with the rights of the person who signs in: sign in with a full administrator of the organization, not your everyday account.',
    opener: {
      'in-app-private': 'a private window of this app (recommended: no existing sign-in is reused)',
      'system-browser': 'my default browser (use a private/incognito window if you are signed in as someone else)',
      'new-tab': 'a new tab of this browser (it reuses any Webex sign-in this browser already has)',
      'copy-link': 'a private window that I open myself (copy the sign-in link)',
    },
    browserModeNote:
      'Browser mode cannot open a private window for you. To sign in with an account other than the one this browser knows, choose the second option and paste the link into a private window (Chrome and Edge: Ctrl+Shift+N, Firefox: Ctrl+Shift+P, Safari: Shift+Command+N).',
    waiting: 'Waiting for the sign-in to finish… (listening on {{redirectUri}} until {{time}})',
    openLink: 'Open the sign-in page',
    openLinkHint: 'If no window opened, use this link:',
    cancel: 'Cancel sign-in',
    captured: 'Bearer token received and stored in the system keychain.',
    copyLinkHint: 'Copy the sign-in link and open it in a private window, or use it here:',
    copyLink: 'Copy sign-in link',
    linkCopied: 'Sign-in link copied. Paste it into the address bar of a private window.',
    linkCopyFailed: 'The browser did not allow copying. Right-click “Open the sign-in page” and copy the link address instead.',
    paste: {
      open: 'Paste a token instead',
      title: 'Paste a token you already have',
      help: 'Use this when the sign-in above cannot finish on this computer (port 3000 is taken, or a policy blocks local listeners), or when you already hold a token. Copy only the part of the address between access_token= and &token_type=. The token goes straight to the system keychain.',
      label: 'Bearer token',
      expiryLabel: 'When does it expire?',
      expiryDefault: 'I do not know: {{days}} days from today, as the vendor states',
      expiryKnown: 'I know the date',
      expiryDate: 'Expiry date',
      save: 'Save token to the keychain',
      close: 'Close',
      saved: 'Token stored in the system keychain. It expires on {{date}}.',
    },
    remove: {
      button: 'Remove the token from this computer',
      title: 'Remove the token from this computer?',
      body: 'The token is deleted from the system keychain and the wizard forgets its dates. Entra keeps the copy you pasted there; this only cleans up this computer. You will need a new token to test the connection again.',
      confirm: 'Remove token',
      done: 'The token was removed from this computer.',
    },
  },
  secretField: {
    stored: 'Stored in the system keychain (saved {{date}}).',
    inputHelp: 'Paste the value: it goes straight to the system keychain, never to the settings file, and this box is emptied once it is saved.',
    save: 'Save to the keychain',
    saving: 'Saving…',
    reveal: 'Reveal',
    hide: 'Hide',
    revealedNote: 'Shown for {{seconds}} seconds, then hidden again.',
    copy: 'Copy',
    copied: 'Copied. It is removed from the clipboard in {{seconds}} seconds if still there.',
    replace: 'Replace',
    replaceTitle: 'Replace ‘{{label}}’?',
    replaceBody:
      'The stored value is overwritten when you save the new one. The vendor shows this value only once: if you no longer have it, the old one cannot be brought back, so only replace it with a value you hold now.',
    replaceConfirm: 'Replace it',
    keep: 'Keep it',
    cancelReplace: 'Keep the stored value',
    missing: 'The settings say a value was saved, but the keychain no longer has it (removed outside the app). Paste it again.',
  },
  values: {
    copy: 'Copy',
    copyLabel: 'Copy {{label}}',
    notYet: 'Not known yet: answer the earlier steps first.',
  },
  summary: {
    title: 'Summary',
    none: 'none',
    notSet: '—',
    secretStored: 'Stored in the keychain on {{date}}',
    secretStoredExpires: 'Stored in the keychain on {{date}}, expires on {{expires}}',
    secretMissing: 'Not stored',
    passedAt: 'Passed on {{time}}',
    failedAt: 'Failed on {{time}}',
  },
  test: {
    running: 'Testing the connection… ({{seconds}} s)',
    cancel: 'Cancel test',
    outcome: {
      ok: 'Connection works: the server answered the same query the identity provider sends with a SCIM list.',
      'ok_users-found':
        'Connection works: the server accepted the token and answered the same query Entra sends, but not with the empty user list expected (see the warning).',
      unauthorized: 'The server refused the token (401). It is invalid or expired: store a new one in its step.',
      forbidden: 'The server refused access (403). The token belongs to an account without the rights to manage users: use a token of an administrator.',
      'not-found': 'The server does not know this address (404). Check the URL.',
      dns: 'The server name could not be resolved ({{code}}). Check the URL and your network or proxy settings.',
      tls: 'The secure connection failed: the server’s certificate was not accepted ({{code}}). A proxy that inspects HTTPS traffic, or a wrong host, is the usual cause.',
      timeout: 'The server did not answer in time. Try again; if it persists, check your network or proxy.',
      timeout_deadline: 'No complete answer arrived within {{seconds}} s. Try again; if it persists, check your network or proxy.',
      timeout_code: 'The server did not answer in time ({{code}}). Try again; if it persists, check your network or proxy.',
      'connection-refused':
        'The connection was refused ({{code}}): nothing accepts connections at this host and port. Check the URL and your network or proxy.',
      'not-scim': 'The server answered, but not with a SCIM response (perhaps a proxy or login page). Check the URL.',
      'not-scim_too-large':
        'The answer is larger than {{mib}} MiB, where a SCIM search for one unknown user is a few hundred bytes: this is not the SCIM API. Check the URL.',
      'not-scim_html':
        'The server answered with a web page (HTML), not SCIM JSON: the URL points at a website, a sign-in page or a proxy, not the SCIM API. Check the URL.',
      'not-scim_content-type': 'The server answered with content of type {{type}}, not SCIM JSON. Check the URL.',
      'not-scim_not-json': 'The server answered with content that is not JSON, so not with a SCIM response. Check the URL.',
      'not-scim_not-list-response': 'The server answered with JSON that is not a SCIM ListResponse. Check the URL.',
      'http-error': 'The server answered with an unexpected status. Check the URL.',
      'http-error_status': 'The server answered with an unexpected status (HTTP {{status}}). Try again later; if it persists, check the URL.',
      'http-error_redirect':
        'The server redirected the test (HTTP {{status}}) to {{host}}. Redirects are not followed, so the token was not sent there. Check the URL.',
      'http-error_redirect-no-location':
        'The server answered with a redirect (HTTP {{status}}) without saying where to. Redirects are not followed. Check the URL.',
      'http-error_redirect-unreadable':
        'The server answered with a redirect (HTTP {{status}}) to an address that cannot be read. Redirects are not followed. Check the URL.',
      network: 'The connection failed before an answer arrived. Check your network or proxy.',
      'network_bad-url': 'The URL is not a valid http(s) address, so nothing was sent. Check the URL.',
      network_code: 'The connection failed ({{code}}). Check your network or proxy.',
      network_unknown: 'The connection failed before an answer arrived. Check your network or proxy.',
      cancelled: 'Test cancelled.',
    },
    /** The access-key exchange at the token endpoint, before any SCIM call. */
    exchange: {
      unauthorized:
        'The token endpoint refused the access key (401). Check the access key ID and secret (not swapped, copied whole), and that the employee account was activated from its e-mail.',
      forbidden: 'The token endpoint refused the access key (403). The employee of this key may lack the role made for it, or the account is inactive.',
      'not-found': 'The token endpoint was not found (404). Check the area code: it must be the one in the address of your CXone sign-in.',
      dns: 'The token endpoint’s server name could not be resolved ({{code}}). The area code may not exist: check it, then your network or proxy.',
      tls: 'The secure connection to the token endpoint failed ({{code}}). A proxy that inspects HTTPS traffic is the usual cause.',
      timeout: 'The token endpoint did not answer in time. Try again; if it persists, check your network or proxy.',
      timeout_deadline: 'The token endpoint gave no complete answer within {{seconds}} s. Try again; if it persists, check your network or proxy.',
      timeout_code: 'The token endpoint did not answer in time ({{code}}). Try again; if it persists, check your network or proxy.',
      'connection-refused': 'The token endpoint refused the connection ({{code}}). Check the area code and your network or proxy.',
      'bad-token-response': 'The token endpoint answered without an access token. Check the area code.',
      'bad-token-response_html':
        'The token endpoint answered with a web page (HTML), not a token: a proxy or sign-in page is in the way, or the area code is wrong.',
      'bad-token-response_not-json': 'The token endpoint answered with content that is not JSON, so no token. Check the area code.',
      'bad-token-response_no-access-token':
        'The token endpoint answered, but without an access_token. Check the area code; if it is right, generate a new access key.',
      'bad-token-response_too-large': 'The token endpoint’s answer is larger than {{mib}} MiB: this is not the token endpoint. Check the area code.',
      'http-error': 'The token endpoint answered with an unexpected status. Try again later.',
      'http-error_status': 'The token endpoint answered with an unexpected status (HTTP {{status}}). Try again later; if it persists, contact NICE support.',
      'http-error_redirect':
        'The token endpoint redirected the request (HTTP {{status}}) to {{host}}. Redirects are not followed, so the access key was not sent there.',
      'http-error_redirect-no-location': 'The token endpoint answered with a redirect (HTTP {{status}}) without saying where to. Redirects are not followed.',
      'http-error_redirect-unreadable': 'The token endpoint redirected (HTTP {{status}}) to an address that cannot be read. Redirects are not followed.',
      network: 'The connection to the token endpoint failed before an answer arrived. Check your network or proxy.',
      'network_bad-url': 'The token endpoint is not a valid http(s) address, so nothing was sent. Check the area code.',
      network_code: 'The connection to the token endpoint failed ({{code}}). Check your network or proxy.',
      network_unknown: 'The connection to the token endpoint failed before an answer arrived. Check your network or proxy.',
      cancelled: 'Check cancelled.',
    },
    /** Label of the server's own SCIM error text, shown verbatim under the explanation. */
    serverSaid: 'The server said:',
    warning: {
      'users-found_one':
        'Warning: a search for a random user name, which should find nobody, found {{count}} user. The server may ignore the search filter, and then provisioning would match the wrong users. Provision a single test user first and check that it lands on the right account.',
      'users-found_other':
        'Warning: a search for a random user name, which should find nobody, found {{count}} users. The server may ignore the search filter, and then provisioning would match the wrong users. Provision a single test user first and check that it lands on the right account.',
    },
    lastRun: 'Last test: {{result}} at {{time}}',
    passed: 'passed',
    failed: 'failed',
  },
  mapping: {
    tableCaption: 'Recommended attribute mappings (Entra ID attribute → Webex attribute)',
    source: 'Entra ID attribute (source)',
    target: 'Webex attribute (target)',
    kind: 'Kind',
    kindDefault: 'default',
    kindOptional: 'optional',
    status: 'In your schema',
    statusOk: 'as recommended',
    statusMissing: 'missing',
    statusDifferent: 'from {{source}}',
    statusUnknown: 'not checked',
    loadHint: 'Optional: in Entra, open Provisioning > Mappings > Show advanced options > Review your schema, save the JSON, and load it here to compare.',
    analysed: 'Compared with “{{name}}”: {{missing}} missing, {{different}} from another attribute.',
  },
  diagnostics: {
    title: 'Diagnostics for support',
    app: 'App',
    host: 'Running as',
    hostElectron: 'desktop app (Electron)',
    hostBrowser: 'browser mode',
    versions: 'Versions',
    platform: 'Platform',
    dataDir: 'Data folder',
    settingsFile: 'Settings file',
    keychainNamespace: 'Keychain namespace of this data folder',
    keychainNamespaceNone: 'not known (the settings file could not be used)',
    endpoints: 'Endpoints',
    endpointsProduction: 'production (built in)',
    endpointsTest: 'test endpoints from {{file}}',
    keychain: 'System keychain',
    keychainChecking: 'Checking…',
    keychainOk: 'reachable ({{backend}})',
    keychainProblem: {
      unavailable: 'not reachable',
      locked: 'locked',
      'no-keyring': 'no default keyring',
      module: 'keychain module not loaded',
    },
    keychainFix: 'How to fix: {{fix}}',
    systemDetail: 'The system said',
    backend: {
      linux: 'libsecret (Secret Service)',
      darwin: 'macOS Keychain',
      win32: 'Windows Credential Manager',
    },
    recheck: 'Check again',
    copy: 'Copy diagnostics',
  },
  keychain: {
    // Chosen by shared/i18n/keychain-fix.ts; main logs the English one, the UI shows the one on screen.
    fix: {
      'linux-unavailable':
        'Install gnome-keyring and libsecret-1-0 (Debian/Ubuntu: sudo apt-get install gnome-keyring libsecret-1-0) and start a desktop session or D-Bus session bus (DBUS_SESSION_BUS_ADDRESS must point to a running session bus).',
      'linux-locked': 'Unlock your login keyring (e.g. open Passwords and Keys / Seahorse and unlock "Login"), then try again.',
      'linux-no-keyring':
        'Create a default keyring (Passwords and Keys / Seahorse: new keyring "Login", set as default) or sign in to a desktop session that unlocks it, then try again.',
      'linux-module':
        'Install gnome-keyring and libsecret-1-0 (Debian/Ubuntu: sudo apt-get install gnome-keyring libsecret-1-0) and start a desktop session or D-Bus session bus; if they are installed, reinstall the app.',
      module: 'Reinstall the app: its keychain module is missing or was built for another system.',
      'darwin-locked': 'Keychain Access: unlock the login keychain (File > Unlock Keychain "login"), then try again.',
      'darwin-unavailable': 'Keychain Access: check that the login keychain exists, is unlocked and is the default keychain.',
      win32:
        'Open Credential Manager (Control Panel > Credential Manager > Windows Credentials) and check that it works for your account; sign in with a regular, not a temporary, user profile.',
      other: "Make sure the operating system's keychain service is installed, running and unlocked.",
      rejected: 'Check the value and try again; nothing was stored.',
    },
  },
  errors: {
    INVALID_REQUEST: 'The app sent a malformed request. Please report this with the diagnostics.',
    UNKNOWN_CHANNEL: 'The app asked for something that does not exist. Please report this with the diagnostics.',
    FORBIDDEN_SENDER: 'This request was refused because it did not come from the wizard window.',
    // Main sends a code and params, never a sentence: `_<variant>` (or the reason, see shared/i18n/error-message.ts) picks the sentence.
    VALIDATION_FAILED: 'Something is not finished yet.',
    'VALIDATION_FAILED_no-integration': 'Choose an integration first.',
    'VALIDATION_FAILED_not-available': 'This integration is not available yet.',
    'VALIDATION_FAILED_no-base-url': 'The address to check is not known yet: answer the earlier steps first (the Org ID, or the region).',
    'VALIDATION_FAILED_no-secret': 'A secret this check needs is not in the keychain: store it in its step first, then run the check again.',
    'VALIDATION_FAILED_no-token-url': 'The token endpoint is not known yet: choose the region first.',
    'VALIDATION_FAILED_no-sign-in': 'This integration has no sign-in to start.',
    'VALIDATION_FAILED_last-profile': 'The last profile cannot be deleted: create another profile first.',
    'VALIDATION_FAILED_earlier-steps-open': 'Finish the earlier steps first.',
    'VALIDATION_FAILED_not-skippable': 'This step cannot be skipped.',
    'VALIDATION_FAILED_requirements-unmet': 'This step is not finished yet.',
    PRESENTING: 'Presenting mode is on: secrets are not shown or copied while the screen is shared. Turn Presenting off first.',
    GRAPH_PERMISSION_MISSING:
      'Microsoft Graph refused this action: the signed-in account or the app registration lacks the permission {{permission}}. Grant admin consent for it to the app registration, check that the account is an Application Administrator or Cloud Application Administrator, sign in to Microsoft again, then retry.',
    GRAPH_NOT_FOUND:
      'Microsoft Graph has no such object any more ({{graphCode}}). It may have been deleted in the Azure portal: create or choose the app again, then retry.',
    GRAPH_NOT_FOUND_template:
      'Microsoft Graph has no application template “{{template}}” in this tenant’s gallery. Check the Graph base in the endpoints file, or do this step by hand in the Azure portal.',
    GRAPH_NOT_FOUND_app: 'The enterprise app this profile recorded no longer exists in Entra ID. Create it again or choose an existing one.',
    GRAPH_NOT_FOUND_job: 'The provisioning job this profile recorded no longer exists. Set up provisioning again.',
    GRAPH_NOT_FOUND_principal: 'This user or group no longer exists in Entra ID. Search again and pick another.',
    GRAPH_NOT_FOUND_assignment: 'This assignment is already gone from Entra ID; nothing is left to undo.',
    GRAPH_NOT_FOUND_sync:
      'The app has no provisioning (synchronization) template, so Entra cannot provision it. Check that the app was made from the right template.',
    GRAPH_THROTTLED: 'Microsoft Graph is throttling requests. Wait {{retryAfterSeconds}} seconds, then try again.',
    GRAPH_CREDENTIALS_REJECTED:
      'Entra ID could not connect to the SCIM service with this tenant URL and token ({{graphCode}}): “{{detail}}”. Check the tenant URL (the Org ID) and get a new token, then try again.',
    GRAPH_REQUEST_FAILED:
      'Microsoft Graph refused the request (HTTP {{status}}, {{graphCode}}). Try again; if it happens again, report it with the diagnostics.',
    GRAPH_REQUEST_FAILED_unauthorized: 'Microsoft Graph did not accept the Microsoft sign-in (HTTP 401). Sign in to Microsoft again, then retry.',
    GRAPH_UNREACHABLE: 'The app could not reach Microsoft Graph ({{host}}). Check the network or proxy, then try again.',
    'VALIDATION_FAILED_graph-not-available': 'This integration has no Microsoft Graph setup: do the Entra ID steps by hand.',
    'VALIDATION_FAILED_graph-no-app': 'Create or choose the enterprise app first.',
    'VALIDATION_FAILED_graph-not-created-here':
      'Only an app the wizard created can be deleted here; delete an app you already had in the Microsoft Entra admin center.',
    'VALIDATION_FAILED_graph-no-job': 'Set up provisioning first (create the job and save the credentials).',
    'VALIDATION_FAILED_graph-no-base-url': 'The tenant URL is not known yet: answer the Org ID step first.',
    'VALIDATION_FAILED_graph-no-user': 'Assign a test user first, then provision that user.',
    'VALIDATION_FAILED_graph-bad-email': 'Enter one valid e-mail address for the notifications.',
    IDENTITY_UNAUTHORIZED: 'The token was refused when the app asked the vendor whose it is (HTTP 401): it has expired or was revoked. Get a new token.',
    IDENTITY_FORBIDDEN:
      'The vendor would not say whose this token is (HTTP 403): the account may lack the rights or licence to read its own profile. Sign in again with a full administrator account.',
    IDENTITY_UNREACHABLE:
      'The app could not reach the vendor to ask whose this token is. Check the network or proxy, then check again; the token itself is stored.',
    IDENTITY_BAD_RESPONSE:
      'The vendor did not answer with the person behind this token, so the app cannot say whose it is. Check again later; the token itself is stored.',
    IDENTITY_NOT_AVAILABLE:
      'The test endpoints replace the sign-in but name no People API (webex.peopleApiBaseUrl), so the app does not ask whose this token is.',
    SECRET_IN_FILE: 'Not saved: the file would hold one of this profile’s secrets, so nothing was written.',
    'VALIDATION_FAILED_nothing-to-export':
      'This profile has no integration yet, so there is nothing to hand off: open it, choose the integration and answer what you can prepare, then export it.',
    NOT_FOUND: 'The app could not find what it asked for. Reload the page; if it happens again, report it with the diagnostics.',
    NOT_FOUND_capture: 'This sign-in is no longer pending. Start it again.',
    NOT_FOUND_profile: 'This profile no longer exists: it was deleted, perhaps in another window. The list now shows the profiles there are; choose one.',
    NOT_FOUND_secret: 'This secret is not in the keychain (never stored, or removed outside the app). Store it again in its step.',
    KEYCHAIN_UNAVAILABLE: 'The system keychain is not available, so secrets cannot be stored safely (nothing was written elsewhere). {{fix}}',
    KEYCHAIN_LOCKED: 'The system keychain is locked (nothing was written elsewhere). {{fix}}',
    KEYCHAIN_REJECTED: 'The system keychain refused the value, so nothing was stored. Check the value and try again.',
    KEYCHAIN_REJECTED_empty: 'The value is empty, so nothing was stored.',
    KEYCHAIN_REJECTED_nul: 'The value contains a NUL character, which the keychain would cut off, so nothing was stored. Copy the value again.',
    KEYCHAIN_REJECTED_surrogate: 'The value contains invalid Unicode (a lone surrogate), so nothing was stored. Copy the value again.',
    'KEYCHAIN_REJECTED_too-large':
      'The value is {{size}} bytes and the keychain takes at most {{limit}}, so nothing was stored. Check that you copied only the token.',
    SETTINGS_UNWRITABLE:
      'Your progress cannot be saved: the folder {{folder}} cannot be read or written ({{reason}}). Make sure it exists and your account can write to it, or start the app with --data-dir pointing to a writable folder.',
    'SETTINGS_UNWRITABLE_disk-full':
      'Your progress cannot be saved: the disk holding the folder {{folder}} is full. Free some space and try again, or start the app with --data-dir pointing to a folder on another disk. Your last saved progress is unchanged.',
    'SETTINGS_UNWRITABLE_read-only':
      'Your progress cannot be saved: the folder {{folder}} is on a read-only drive. Start the app with --data-dir pointing to a writable folder. Your last saved progress is unchanged.',
    SETTINGS_TOO_NEW:
      'This settings file was saved by SCIM Setup Wizard {{writtenBy}}, a newer version (settings format {{found}}). This version ({{appVersion}}) reads settings format {{supported}} at most, so it left the file as it is and will save nothing. Start the newer version, or start this one with --data-dir pointing to another folder. File: {{file}}',
    'SETTINGS_TOO_NEW_unknown-writer':
      'This settings file was saved by a newer version of SCIM Setup Wizard (settings format {{found}}). This version ({{appVersion}}) reads settings format {{supported}} at most, so it left the file as it is and will save nothing. Start the newer version, or start this one with --data-dir pointing to another folder. File: {{file}}',
    PORT_IN_USE:
      'Port {{port}} is already in use by {{process}}. Close that program and try again: the sign-in redirect is fixed to http://localhost:{{port}}/auth/code.',
    'PORT_IN_USE_unknown-owner':
      'Port {{port}} is already in use by another program. Close it and try again: the sign-in redirect is fixed to http://localhost:{{port}}/auth/code.',
    CAPTURE_TIMEOUT: 'No sign-in arrived in time. Start again when you are ready.',
    CAPTURE_CANCELLED: 'Sign-in cancelled.',
    CAPTURE_FAILED: 'The sign-in did not return a token. Try again.',
    CAPTURE_FAILED_provider: 'The sign-in did not return a token: the identity provider answered “{{detail}}”.',
    'CAPTURE_FAILED_no-token-missing': 'The sign-in came back without an access token. Check that the sign-in asks for response type “token”, then try again.',
    'CAPTURE_FAILED_no-token-repeated': 'The sign-in came back with more than one access token, so none was taken. Try again.',
    'CAPTURE_FAILED_no-token-malformed': 'The access token in the sign-in redirect is malformed, so it was not stored. Try again.',
    CAPTURE_FAILED_listen:
      'The wizard could not listen on port {{port}} for the sign-in ({{code}}). Close programs that use it, or check local firewall rules, then try again.',
    CANCELLED: 'Cancelled.',
    URL_NOT_ALLOWED: 'This address is not on the list of sites the app may open.',
    SCHEMA_REJECTED:
      'This file is not an Entra provisioning schema. In Entra, open Provisioning > Mappings > Show advanced options > Review your schema and save the whole JSON.',
    'SCHEMA_REJECTED_too-large': 'This file is too large for an Entra provisioning schema ({{length}} characters; at most {{max}}). Load only the schema JSON.',
    'SCHEMA_REJECTED_not-json':
      'This file is not valid JSON (the first problem is at line {{line}}, column {{column}}), so it is not an Entra provisioning schema. Save the whole JSON again from “Review your schema”.',
    'SCHEMA_REJECTED_not-json-unplaced':
      'This file is not valid JSON, so it is not an Entra provisioning schema. Save the whole JSON again from “Review your schema”.',
    'SCHEMA_REJECTED_not-synchronization-schema':
      'This file does not have the shape of an Entra provisioning schema (no valid synchronizationRules list). Check that you saved the whole JSON from “Review your schema”, not another object.',
    'SCHEMA_REJECTED_no-user-mapping':
      'This schema has no mapping for Entra users (source object “User”), so there is nothing to compare. Check that you saved the schema of the Cisco Webex app.',
    'SCHEMA_REJECTED_user-mapping-disabled':
      'The user mapping “{{objectMapping}}” is disabled, so Entra provisions no users. Enable it under Provisioning > Mappings, then load the schema again.',
    'SCHEMA_REJECTED_bad-attribute-mapping':
      'The attribute mapping at {{path}} in this schema is not valid. Save the whole JSON again from “Review your schema”.',
    // Microsoft sign-in for Graph (electron/services/graph-sign-in): `variant` picks the sentence; never the provider's own text.
    GRAPH_SIGN_IN_REQUIRED: 'Sign in to Microsoft for this profile first (or again: the sign-in expired or was removed).',
    GRAPH_SIGN_IN_CANCELLED: 'Microsoft sign-in cancelled.',
    GRAPH_SIGN_IN_TIMEOUT: 'No Microsoft sign-in arrived in time. Start it again when you are ready.',
    GRAPH_CONSENT_REQUIRED:
      'The Microsoft Graph permissions this app needs are not granted. An administrator (Global, Privileged Role or Cloud Application Administrator) grants them in the Microsoft Entra admin center: App registrations > your app > API permissions > Grant admin consent. Then sign in again.',
    GRAPH_CONSENT_REQUIRED_denied:
      'The sign-in or the permission request was refused in the Microsoft window. Sign in again and accept; if your account may not consent, ask an administrator to grant admin consent under App registrations > your app > API permissions.',
    GRAPH_CLIENT_ID_INVALID:
      'Microsoft does not accept this Application (client) ID. Check that it is the ID on your app registration’s Overview page in this tenant, that Authentication > Allow public client flows is Yes, and that the redirect URI http://127.0.0.1/graph-sign-in is registered under Mobile and desktop applications.',
    GRAPH_CLIENT_ID_INVALID_empty:
      'Enter the Application (client) ID of your app registration first (Microsoft Entra admin center > App registrations > your app > Overview).',
    'GRAPH_CLIENT_ID_INVALID_not-guid':
      'The Application (client) ID is not a GUID. Copy it from Microsoft Entra admin center > App registrations > your app > Overview.',
    GRAPH_AUTHORITY_UNREACHABLE:
      'The app could not reach the Microsoft sign-in service. Check the network connection and any proxy or firewall (login.microsoftonline.com must be reachable), then try again.',
    GRAPH_AUTHORITY_UNREACHABLE_configuration:
      'The Microsoft sign-in address in force (graph.authority in the test endpoints file) is not usable. Fix the endpoints file and start the app again.',
    GRAPH_SIGN_IN_FAILED: 'The Microsoft sign-in did not succeed. Try again; if it happens again, report it with the diagnostics.',
    GRAPH_SIGN_IN_FAILED_provider:
      'Microsoft refused the sign-in. Try again; if it happens again, report it with the diagnostics (they name Microsoft’s error code).',
    'GRAPH_SIGN_IN_FAILED_no-code': 'The Microsoft sign-in came back without an authorization code. Start it again.',
    'GRAPH_SIGN_IN_FAILED_no-account': 'The Microsoft sign-in returned no account. Sign in again with a work account of your tenant.',
    GRAPH_SIGN_IN_FAILED_library:
      'The Microsoft sign-in library refused the request. Try again; if it happens again, report it with the diagnostics (they name the library’s error code).',
    'NOT_FOUND_graph-sign-in': 'This Microsoft sign-in is no longer pending. Start it again.',
    INTERNAL: 'Something went wrong inside the app. Nothing you saved was lost. If it happens again, report it with the diagnostics.',
  },
  identity: identityEn,
  graph: graphEn,
  handoff: handoffEn,
  report: reportEn,
};
