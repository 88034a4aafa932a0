/**
 * English texts of the Webex Control Hub with Entra ID integration (integrations.webex-entra in en.ts, besides its
 * title and summary, which come with the first screen). Keys referenced by shared/integrations/webex-entra.ts. Loaded
 * with the first wizard or report of a Webex profile (shared/i18n/locale-packs.ts).
 */
export const webexEntraEn = {
  /** Webex's own words for the outcomes only Webex explains (the generic ones are under test.outcome). */
  test: {
    outcome: {
      ok: 'Connection works: Webex answered the same query Entra sends with an empty user list.',
      'ok_users-found':
        'Connection works: the server accepted the token and answered the same query Entra sends, but not with the empty user list expected (see the warning).',
      unauthorized: 'Webex refused the token (401). It is invalid or expired: get a new bearer token in step 5.',
      forbidden:
        'Webex refused access (403). The token belongs to an account that is not a full administrator of the organization: sign in again with a full admin account.',
      'not-found': 'Webex does not know this organization (404). Check the Org ID in step 4.',
    },
  },
  fields: {
    offer: {
      label: 'Which Webex offer does your organization use?',
      help: 'It decides the tenant URL and the sign-in server.',
      commercial: 'Webex (commercial, the default)',
      government: 'Webex for Government',
    },
    galleryAdded: { label: 'Cisco Webex is in my Enterprise applications' },
    hiddenFromUsers: {
      label: 'I set “Visible to users?” to No',
      help: 'Optional: keeps the sync-only app off your users’ My Apps portal.',
    },
    testUserAssigned: { label: 'I assigned the users and groups to sync (one test user first is best)' },
    tenantUrl: {
      label: 'Org ID or tenant URL',
      help: 'Paste the Org ID from Control Hub, a whole tenant URL, or the encoded org id Webex APIs return (starts with Y2lzY29zcGFyazovL).',
      placeholder: 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c',
    },
    entraMode: { label: 'Provisioning Mode is set to Automatic' },
    entraPasted: { label: 'Tenant URL and Secret Token are pasted under Admin Credentials' },
    entraTested: { label: '“Test Connection” in Entra succeeded' },
    entraEmail: { label: 'A notification e-mail is entered and “send an e-mail when a failure occurs” is ticked' },
    entraSaved: { label: 'I clicked Save' },
    mappingReviewed: { label: 'I reviewed the attribute mappings' },
  },
  actions: {
    openPortal: 'Open Enterprise applications (Azure portal)',
    openControlHub: 'Open Control Hub',
    captureToken: 'Get token',
    renewToken: 'Renew token',
    testConnection: 'Test connection',
    copyTenantUrl: 'Copy tenant URL',
    copyToken: 'Copy token',
    loadSchema: 'Load schema JSON',
  },
  syncFacts: {
    title: 'What syncs and what does not',
    nulls: 'Entra ID does not sync empty (null) values: clearing an attribute in Entra does not clear it in Webex.',
    groups: 'Users in assigned groups are synced; the group objects themselves are not.',
    notSynced: 'Avatars, meeting rooms and attributes outside the mapping table are not synced.',
  },
  tenantPreview: {
    title: 'Tenant URL that will be saved',
    empty: 'Nothing saved yet.',
    orgId: 'Org ID: {{orgId}}',
  },
  summaryPanel: {
    offer: 'Offer',
    tenantUrl: 'Tenant URL',
    token: 'Bearer token',
    test: 'Connection test',
    skipped: 'Skipped steps',
  },
  steps: {
    'before-you-start': {
      title: 'Before you start',
      intro:
        'This wizard sets up automatic user provisioning from Entra ID (Azure AD) to Webex Control Hub with SCIM. You will need an Entra ID administrator and a full administrator of your Webex organization.',
      wizardApp:
        'Cisco also offers its own alternative: the Azure AD Wizard app in Control Hub, which sets up synchronization of users, groups and avatars from Control Hub. This wizard follows the manual procedure with the gallery app instead, and checks each value before Entra sees it.',
      verifiedDomains:
        'If your Webex organization requires verified domains for all users, users of unverified domains will not be created. Most Webex for Government organizations require verified domains.',
    },
    'add-gallery-app': {
      title: 'Add Cisco Webex from the Entra gallery',
      skippable: 'Webex is already integrated with Entra ID for single sign-on (SSO): the app is already in your Enterprise applications.',
      body1: 'Sign in to the Azure portal (portal.azure.com) with administrator credentials.',
      body2: 'Go to Microsoft Entra ID (Azure Active Directory) for your organization.',
      body3: 'Go to Enterprise applications, then click New application (Add).',
      body4: 'Search the gallery for “Cisco Webex”.',
      body5: 'Select Cisco Webex in the results and click Add (Create). A message confirms the app was added.',
      body6: 'Optional: open the new app, go to Properties and set “Visible to users?” to No, so the sync-only app does not appear in users’ portals.',
    },
    'assign-users': {
      title: 'Assign users and groups',
      body1: 'In the Azure portal, open the Cisco Webex application and go to Users and groups.',
      body2: 'Click Add user/group (Add assignment).',
      body3: 'Find the users and/or groups to sync to Webex.',
      body4: 'Click Select, then Assign. Repeat until every user and group to sync is assigned.',
      groupsNote: 'Only users and groups assigned to the app are synced. Members of groups are synced; the group objects are not.',
      testUserFirst: 'The first time, assign a single test user; add the other users and groups once the test succeeds.',
    },
    'org-id': {
      title: 'Org ID and tenant URL',
      body1: 'In Control Hub (customer view), click your organization name at the bottom left and copy the Org ID.',
      body2: 'Paste it below. The wizard checks it and builds the tenant URL for your offer; it is saved only when valid.',
    },
    'bearer-token': {
      title: 'Bearer token',
      body1: '“Get token” opens the Webex sign-in. Sign in with a full administrator account of your organization.',
      body2:
        'After sign-in Webex redirects to http://localhost:3000/auth/code. The wizard listens there (on this computer only), takes the token from the redirect, and stores it in the system keychain. You do not copy anything from an address bar.',
      body3: 'Port 3000 must be free during sign-in. The token is never written to the settings file or logs.',
      fullAdmin:
        'Sign in as a full administrator. If the browser is already signed in to Webex with a less privileged account, the token it returns cannot create users: sign in from a private window.',
    },
    'test-connection': {
      title: 'Test the connection',
      body1:
        'The wizard sends the same request Entra’s “Test Connection” sends: a search for a random user name with the bearer token. Success means Webex answered with an empty user list.',
    },
    'hand-over': {
      title: 'Hand over to Entra ID',
      body1: 'In the Azure portal open Enterprise applications > All applications > Cisco Webex > Provisioning, and set Provisioning Mode to Automatic.',
      body2:
        'Under Admin Credentials paste the tenant URL and the token (Secret Token), click Test Connection, enter a notification e-mail with failure e-mails ticked, then click Save. Tick each item when done.',
    },
    'attribute-mapping': {
      title: 'Attribute mapping',
      body1: 'In the Cisco Webex app go to Provisioning > Mappings and click “Provision Azure Active Directory Users”.',
      body2: 'Tick “Show advanced options” and click “Edit attribute list for Cisco Webex” to choose Webex attributes.',
      body3: 'Click “Add New Mapping”, choose a Direct mapping, a source (Entra) and a target (Webex) attribute, then OK.',
      body4: 'Save and confirm. You can restore the default mappings if you want to start over.',
      userNameWarning:
        'userName must be the e-mail address the user has in Control Hub. By default it comes from userPrincipalName (UPN); if UPNs are not those e-mail addresses, Webex creates duplicate users instead of matching existing ones. Map another Entra attribute that holds the e-mail instead.',
      notSynced: 'Change the default mappings only when you must.',
    },
    done: {
      title: 'Done',
      body1:
        'Entra ID can now provision and sync users to Webex. Keep an eye on the token’s expiry: the wizard reminds you 30 days before, and “Renew token” gets a new one without changing anything else.',
    },
  },
};
