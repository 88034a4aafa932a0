import { presentingEn } from './presenting-en';
import { profilesEn } from './profiles-en';

/**
 * The texts the first screen shows before anything else loads: the header, the integration picker and
 * notices. The other screens' texts, error sentences included, load with the first screen or error that
 * needs them (locale-packs.ts); en.ts and ko.ts merge both halves for Node and the tests.
 */
export const firstScreenEn = {
  app: {
    title: 'SCIM Setup Wizard',
    skipToContent: 'Skip to the current step',
    language: 'Language',
    languageAuto: 'System ({{locale}})',
    loading: 'Loading…',
    testEndpointsBanner: 'Test endpoints in use (from {{file}}): sign-ins and live checks go to the addresses in that file, not to the vendors.',
    diagnostics: 'Diagnostics',
    closeDiagnostics: 'Close diagnostics',
    dismiss: 'Dismiss',
    fatal: 'The app could not start. {{reason}}',
    screenLoadFailed: 'This part of the app could not be loaded. Reload to try again; everything you saved is kept.',
    reload: 'Reload',
    noProfile: 'The active profile is missing from the settings file. Start the app again; if it happens again, report it with the diagnostics.',
  },
  ui: {
    close: 'Close',
    callout: {
      info: 'Note',
      tip: 'Tip',
      warning: 'Warning',
      error: 'Error',
      success: 'Done',
    },
  },
  notices: {
    'settings-corrupt-moved':
      'The settings file was damaged and could not be read. It was kept as {{movedTo}} and the wizard started fresh; support can recover values from it.',
    'settings-migrated': 'Your saved progress was upgraded to this version of the app.',
    'endpoints-file-loaded': 'Test endpoints loaded from {{file}}.',
  },
  picker: {
    title: 'What do you want to connect?',
    intro: 'Pick the procedure to follow. Your progress is saved on this computer after every change; secrets go to the system keychain only.',
    start: 'Start',
    comingSoon: 'Coming soon',
    changeIntegration: 'Choose another integration',
    confirmChange: 'Switch integration? Your progress in this profile will be reset (secrets stay in the keychain until you replace or remove them).',
    confirmChangeYes: 'Switch and reset',
  },
  profiles: profilesEn,
  presenting: presentingEn,
  integrations: {
    'webex-entra': {
      title: 'Cisco Webex Control Hub with Entra ID (Azure AD)',
      summary: 'Add the Cisco Webex gallery app, assign users, get the tenant URL and bearer token, test the connection and review attribute mappings.',
    },
    cxone: {
      title: 'NICE CXone Mpower with your identity provider',
      summary: 'Access key, bearer token and the SCIM settings of Okta, Entra ID or another IdP (regional base URL, OAuth 2 endpoints, standard or FedRAMP).',
    },
  },
  // Here, not with the other error sentences: when the back end is gone, those cannot be loaded either.
  errors: {
    NETWORK: 'The wizard’s back end is not answering: it was probably stopped. Start the app again, then reload this page. Nothing you saved is lost.',
  },
};
