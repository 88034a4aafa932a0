/** English texts of "whose token is this" (the `identity` section of en.ts): what the vendor said about a stored token. */
export const identityEn = {
  title: 'Whose token this is',
  checking: 'Checking whose token this is…',
  notChecked: 'Not checked yet.',
  name: 'Signed in as',
  email: 'E-mail',
  org: 'Organisation (Org ID)',
  roles: 'Roles',
  noRoles: 'No administrator role',
  checkedAt: 'Checked {{date}}',
  fullAdmin: 'Full administrator: this token can create and update users.',
  notFullAdmin:
    '{{name}} is not a full administrator, so a token from this account cannot create users and provisioning would fail. Get a new token signed in as a full administrator of the organization, in a private window so the browser does not sign you in as {{name}} again.',
  signInAgain: 'Get a new token in a private window',
  signInAgainBrowser: 'Below, choose “a private window that I open myself”, start the sign-in, and paste the link into a new private window.',
  orgMatches: 'Matches the Org ID in the wizard.',
  orgDiffers:
    'This token belongs to organization {{tokenOrg}}, but the wizard holds the Org ID {{answerOrg}}. Entra would save that tenant URL and then fail with 404 and quarantine the job. Use the token’s organization, or get a token from the right organization.',
  adoptTokenOrg: 'Use the token’s organization',
  orgUpdated: 'The Org ID now is the token’s organization.',
  recheck: 'Check again',
  failure: {
    IDENTITY_UNAUTHORIZED: 'The last check was refused: the token has expired or was revoked. Get a new token.',
    IDENTITY_FORBIDDEN: 'The last check was refused: this account may not read its own profile. Sign in again with a full administrator account.',
    IDENTITY_UNREACHABLE: 'The last check could not reach the vendor. Check the network, then select “Check again”.',
    IDENTITY_BAD_RESPONSE: 'The last check got an answer without the token’s owner. Select “Check again” later.',
    IDENTITY_NOT_AVAILABLE: 'Not checked: the test endpoints in use name no People API.',
  },
  role: {
    id_full_admin: 'Full administrator',
    id_user_admin: 'User administrator',
    id_readonly_admin: 'Read-only administrator',
    id_device_admin: 'Device administrator',
    'atlas-portal.support': 'Support administrator',
  },
};
