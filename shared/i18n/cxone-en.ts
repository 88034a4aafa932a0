/**
 * English texts of the CXone integration (integrations.cxone in en.ts). Keys referenced by shared/integrations/cxone.ts.
 * The steps follow NICE's "Integrate CXone Mpower and IdP with SCIM" (seed 000) in its order; CXone's UI names are
 * those of its English help pages, Okta's and Entra's those of their own admin screens.
 */
export const cxoneEn = {
  fields: {
    idp: {
      label: 'Which identity provider (IdP) will provision users to CXone Mpower?',
      help: 'It decides which credentials you create: Okta and most IdPs sign in with an access key (OAuth 2), Entra ID with a bearer token.',
      okta: 'Okta',
      entra: 'Microsoft Entra ID (Azure AD)',
      other: 'Another IdP that supports SCIM 2.0',
    },
    environment: {
      label: 'Which CXone Mpower environment is your tenant in?',
      help: 'FedRAMP is the US government cloud of CXone Mpower. It changes the OAuth endpoints your IdP gets (cxone-gov.niceincontact.com instead of cxone.niceincontact.com); choose Standard unless your tenant is in FedRAMP.',
      standard: 'Standard',
      fedramp: 'FedRAMP (US government)',
    },
    accessKeyId: {
      label: 'Access key ID',
      help: 'The Access Key ID CXone shows under Access Keys, on the Security tab of the access-key employee. It is kept in your system keychain only, never in the settings file or logs.',
      optional: 'Optional with Entra ID: Entra signs in with the bearer token only and never uses the access key.',
    },
    accessKeySecret: {
      label: 'Secret access key',
      help: 'The Secret Access Key CXone shows once, when you click “Show Secret Key” after adding the access key. It is kept in your system keychain only, never in the settings file or logs.',
      optional: 'Optional with Entra ID: Entra signs in with the bearer token only and never uses the access key.',
    },
    keyActivated: {
      label: 'I activated the employee account from the invitation e-mail',
      help: 'CXone sends the invitation to the e-mail address of the access-key employee once you click “Invite”.',
    },
    bearerToken: {
      label: 'Bearer token',
      help: 'The token CXone generates in the SCIM Tokens section of Tenant Configuration > Account Settings. It is kept in your system keychain only, never in the settings file or logs.',
      optional:
        'Optional with Okta and other IdPs: they sign in with the access key (OAuth 2). Store a token only if your IdP will use one; the live check then tests it too.',
    },
    region: {
      label: 'CXone region of your tenant',
      help: 'The region your CXone Mpower tenant is hosted in: the first part of its API addresses, e.g. na1 in https://na1.nice-incontact.com. If yours is not listed, choose “Another area code”.',
      na1: 'NA1 (North America)',
      au1: 'AU1 (Australia)',
      eu1: 'EU1 (Europe)',
      other: 'Another area code',
    },
    regionCode: {
      label: 'Area code',
      help: 'Letters then digits, as at the start of your CXone addresses: na2 in https://na2.nice-incontact.com. You may paste a whole base URL instead; the wizard takes the area code from it.',
      placeholder: 'na2',
    },
  },
  actions: {
    openCxone: 'Open CXone Mpower',
    checkAccessKey: 'Test the access key',
    checkBearerToken: 'Test the bearer token',
  },
  values: {
    baseUrls: {
      title: 'SCIM base URLs of your region',
      scimBaseUrl: 'SCIM base URL',
      scimBaseUrlNote: 'For the access key (OAuth 2): the address Okta and most IdPs use.',
      oauthScimBaseUrl: 'SCIM base URL for a bearer token',
      oauthScimBaseUrlNote: 'For a bearer token: NICE puts /oauth before /scim. This is the tenant URL Entra ID uses.',
    },
    okta: {
      title: 'Okta: Provisioning > Integration',
      intro:
        'In the Okta Admin Console, open your SCIM app for CXone Mpower, go to Provisioning > Integration and click Edit. Enter each value in the field of the same name, then click Save.',
      baseUrl: 'SCIM connector base URL',
      uniqueIdentifier: 'Unique identifier field for users',
      provisioningActions: 'Supported provisioning actions',
      provisioningActionsValue: 'Push New Users, Push Profile Updates',
      authMode: 'Authentication Mode',
      tokenEndpoint: 'Access token endpoint URI',
      authorizeEndpoint: 'Authorization endpoint URI',
      clientId: 'Client ID',
      clientSecret: 'Client Secret',
      toApp: 'To App',
      toAppValue: 'Create Users, Update User Attributes, Deactivate Users',
      toAppNote: 'In Okta: Provisioning > To App > Edit. Enable these three, then click Save.',
    },
    entra: {
      title: 'Entra ID: Provisioning > Admin Credentials',
      intro:
        'In the Microsoft Entra admin center, open your CXone Mpower enterprise application and go to Provisioning. Set Provisioning Mode to Automatic, enter these two values under Admin Credentials, click Test Connection, then Save.',
      tenantUrl: 'Tenant URL',
      secretToken: 'Secret Token',
    },
    other: {
      title: 'SCIM settings for your IdP',
      intro:
        'Enter these values in the SCIM provisioning settings of your IdP. The names are NICE’s; your IdP may call them slightly differently. Enter the bearer-token rows only if your IdP uses a bearer token.',
      baseUrl: 'Base URL',
      bearerBaseUrl: 'Base URL for a bearer token',
      uniqueIdentifier: 'Unique identifier (user name)',
      provisioningActions: 'Provisioning actions the IdP must support',
      provisioningActionsValue: 'Push new users, push updates to existing users, update user attributes, deactivate users',
      authType: 'Authentication type',
      tokenEndpoint: 'Access token endpoint URI',
      authorizeEndpoint: 'Authorization endpoint URI',
      accessKeyId: 'Access key ID',
      accessKeySecret: 'Secret access key',
      bearerToken: 'Bearer token',
    },
  },
  // Row labels of the closing summary (shared/integrations/cxone.ts, step `done`).
  summaryPanel: {
    idp: 'Identity provider',
    environment: 'Environment',
    region: 'Region',
    scimBaseUrl: 'SCIM base URL',
    oauthScimBaseUrl: 'SCIM base URL for a bearer token',
    accessKeyId: 'Access key ID',
    accessKeySecret: 'Secret access key',
    bearerToken: 'Bearer token',
    checkAccessKey: 'Access key test',
    checkBearerToken: 'Bearer token test',
    skipped: 'Skipped steps',
  },
  steps: {
    'before-you-start': {
      title: 'Before you start',
      intro:
        'This wizard connects NICE CXone Mpower to your identity provider (IdP) with SCIM, so that users created, changed or deactivated in the IdP follow in CXone Mpower. Choose your IdP and your CXone environment first: they decide which credentials you create and which addresses your IdP gets.',
      needs: 'You will need a CXone Mpower account with administrator rights, an e-mail address you own (for the access-key employee) and about 20 minutes.',
      oktaAlternative:
        'NICE’s Okta integration page also documents an app-registration method for Okta, because Okta’s OAuth 2 mode for SCIM supports only the authorization-code grant. The steps in this wizard work with Okta too.',
    },
    'access-key-role': {
      title: 'Role for the access key',
      skippable: 'Your IdP is Entra ID. Entra uses only the bearer token, so it needs no access key, nor the role and employee behind it.',
      body1: 'In CXone Mpower, click the app selector and select Admin.',
      body2: 'Go to Security > Roles and Permissions and click “New Role”.',
      body3: 'Give the role a descriptive name, for example “SCIM Access Key”.',
      body4:
        'Click the Permissions tab, select the Admin tab on the left and enable the Employees “Create” and “Edit” permissions. “View” is enabled with them.',
      body5: 'Click “Save & Activate”.',
      checklist: {
        opened: 'I clicked “New Role” under Security > Roles and Permissions',
        named: 'The role has a descriptive name (e.g. SCIM Access Key)',
        permissions: 'Employees “Create” and “Edit” are enabled under Permissions > Admin',
        saved: 'I clicked “Save & Activate”',
      },
    },
    'access-key-employee': {
      title: 'Employee for the access key',
      skippable: 'Your IdP is Entra ID. Entra uses only the bearer token, so it needs no access-key employee.',
      body1: 'Click the app selector, select Admin and click Employees.',
      body2: 'Click “Create Employee”.',
      body3: 'Enter an e-mail address you own: you will activate the account from it later.',
      body4: 'Give the profile a descriptive first and last name, for example “SCIM AccessKey”.',
      body5: 'In the Primary Role drop-down, choose the role you just created.',
      body6: 'In the Attributes drop-down, clear every checkbox.',
      body7: 'Click the Security tab and select a login authenticator.',
      body8: 'Click “Create”.',
      billable: 'Clear every checkbox under Attributes: with a billable attribute ticked, CXone bills this technical account like any other user.',
      checklist: {
        email: 'The profile has an e-mail address I own',
        name: 'It has a descriptive first and last name (e.g. SCIM AccessKey)',
        primaryRole: 'Its primary role is the role I just created',
        attributesCleared: 'Every checkbox under Attributes is cleared',
        authenticator: 'A login authenticator is selected on the Security tab',
        created: 'I clicked “Create”',
      },
    },
    'access-key': {
      title: 'Access key',
      skippable: 'Your IdP is Entra ID. Entra uses only the bearer token, so it needs no access key.',
      body1: 'In the Employees table, click the employee you just created to open it, then click the Security tab.',
      body2: 'Under Access Keys, click “Add Access Key”.',
      body3: 'Copy the Access Key ID and paste it below.',
      body4: 'Click “Show Secret Key”, copy the Secret Access Key and paste it below.',
      body5: 'Click “Save”.',
      body6: 'Back in the Employees table, click “Invite” next to the new employee, then activate the account by following the e-mail you receive.',
      body7: 'Share the access key only with the people who will use it.',
      shownOnce: 'CXone shows the secret access key only once. If you lose it, you must add a new access key and share it again.',
    },
    'bearer-token': {
      title: 'Bearer token',
      body1: 'In CXone Mpower, click the app selector, select Admin and go to Tenant Configuration > Account Settings.',
      body2: 'Scroll down to the SCIM Tokens section.',
      body3: 'In the User drop-down, choose the user profile the token will act for, then click “Generate”.',
      body4: 'Hover over “Show Token”, click the copy icon and paste the token below.',
      body5: 'Click “Save”.',
      shownOnce:
        'For security, CXone shows the token only once: after you leave the page you cannot see it again. Paste it below before you leave; if it is lost, generate a new one.',
      userRights:
        'The token acts with the rights of the user you chose: every change made with it is made as that user. It is scoped to the SCIM API only and gives no access to other APIs or services. Each admin may have a token of their own, or several may share one.',
    },
    'region-check': {
      title: 'Region and live check',
      body1:
        'Choose the region of your tenant: the wizard builds both SCIM base URLs from it. Then test the credentials your IdP will use. “Test the access key” exchanges the key pair for a token at the region’s token endpoint and sends the same SCIM request your IdP will send to /scim/v2; “Test the bearer token” sends it to /oauth/scim/v2 with the token.',
      body2:
        'This step is done when every credential your IdP will use has passed: the access key for Okta and other IdPs, the bearer token for Entra ID (and for another IdP too once you have stored one). Changing the region or a credential drops the earlier result.',
    },
    'idp-settings': {
      title: 'Settings in your IdP',
      body1:
        'Open the SCIM settings of your IdP and enter the values below under the names your IdP shows. Copy buttons copy each value; secrets are cleared from the clipboard after 60 seconds. Save the settings, follow your IdP’s instructions to authenticate with CXone Mpower, run your IdP’s own test, and tick each item.',
      userNameEmail: 'CXone Mpower user names must be e-mail addresses: make sure the attribute your IdP sends as userName holds each user’s e-mail address.',
      requiredAttributes:
        'CXone needs four attributes to create a user: Username, First Name, Last Name and Email. Your IdP must send all four; afterwards only the IdP can change them.',
      agentRole:
        'New users get the Agent role in CXone unless you enabled another default role. If your tenant has no Agent role, creating users fails. You can change a user’s role in CXone afterwards.',
      checklist: {
        valuesEntered: 'I entered these values in my IdP',
        saved: 'I saved the settings in my IdP',
        testRun: 'My IdP’s own test succeeded (Okta: “Test Connector Configuration”, Entra: “Test Connection”)',
      },
    },
    done: {
      title: 'Done',
      body1:
        'CXone Mpower is ready for SCIM provisioning: the credentials your IdP uses are in your system keychain and passed a live check, and your IdP has the base URL and endpoints of your region. The summary below lists what was set up. Start with a single test user in your IdP and check that it appears under Employees in CXone.',
      body2:
        'To replace a secret later, select its step in the step list (Access key or Bearer token), paste the new value and test it again under “Region and live check”. CXone shows a secret only once, so a lost one cannot be recovered: generate a new one in CXone, replace it here, then in your IdP.',
    },
  },
  /**
   * CXone's words for the SCIM-stage outcomes (the token exchange's are the generic test.exchange). The admin never typed
   * a URL here: the address comes from the region or area code, so that is what these point at. i18next tries
   * `<outcome>_<reason>`, then `<outcome>`, here before the generic test.outcome: a family written here has every reason of
   * SCIM_TEST_REASONS (shared/ipc/scim-test-result.ts), or a generic "Check the URL" would slip through.
   */
  test: {
    outcome: {
      unauthorized:
        'CXone refused the token (401). A bearer token that was regenerated or deleted in the SCIM Tokens section no longer works: generate a new one and replace it in the Bearer token step.',
      forbidden:
        'CXone refused access (403). The user the token belongs to (or the access-key employee) may not create and edit employees: give it a role with those permissions (see the Role for the access key step).',
      'not-found':
        'CXone does not know this address (404). Check the region or area code you chose above: it must be the one at the start of your CXone addresses, e.g. na1.',
      dns: 'The CXone server name of this region could not be resolved ({{code}}). The area code may not exist: check the region or area code you chose above, then your network or proxy settings.',
      'connection-refused':
        'The connection was refused ({{code}}): nothing accepts connections at the address of this region. Check the region or area code you chose above, then your network or proxy.',
      'not-scim': 'The server answered, but not with a SCIM response (perhaps a proxy or sign-in page). Check the region or area code you chose above.',
      'not-scim_too-large':
        'The answer is larger than {{mib}} MiB, where a SCIM search for one unknown user is a few hundred bytes: this is not CXone’s SCIM API. Check the region or area code you chose above.',
      'not-scim_html':
        'The server answered with a web page (HTML), not SCIM JSON: the address of this region leads to a website, a sign-in page or a proxy, not CXone’s SCIM API. Check the region or area code you chose above.',
      'not-scim_content-type': 'The server answered with content of type {{type}}, not SCIM JSON. Check the region or area code you chose above.',
      'not-scim_not-json': 'The server answered with content that is not JSON, so not with a SCIM response. Check the region or area code you chose above.',
      'not-scim_not-list-response': 'The server answered with JSON that is not a SCIM ListResponse. Check the region or area code you chose above.',
      'http-error': 'The server answered with an unexpected status. Check the region or area code you chose above.',
      'http-error_status':
        'The server answered with an unexpected status (HTTP {{status}}). Try again later; if it persists, check the region or area code you chose above.',
      'http-error_redirect':
        'The server redirected the test (HTTP {{status}}) to {{host}}. Redirects are not followed, so the token was not sent there. Check the region or area code you chose above.',
      'http-error_redirect-no-location':
        'The server answered with a redirect (HTTP {{status}}) without saying where to. Redirects are not followed. Check the region or area code you chose above.',
      'http-error_redirect-unreadable':
        'The server answered with a redirect (HTTP {{status}}) to an address that cannot be read. Redirects are not followed. Check the region or area code you chose above.',
      // Only bad-url concerns the address; the other network reasons say what the generic ones say.
      network: 'The connection failed before an answer arrived. Check your network or proxy.',
      'network_bad-url':
        'The address built from the area code is not a valid http(s) address, so nothing was sent. Check the area code you entered above: letters then digits, e.g. na2.',
      network_code: 'The connection failed ({{code}}). Check your network or proxy.',
      network_unknown: 'The connection failed before an answer arrived. Check your network or proxy.',
    },
  },
};
