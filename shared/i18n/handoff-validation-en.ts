/** Refusals of a hand-off file being imported (English); merged into validation-en.ts. */
export const handoffValidationEn = {
  'handoff-too-large': 'The file is larger than {{mib}} MiB: a hand-off file is a few kilobytes. Choose the file exported from the wizard.',
  'handoff-too-deep': 'The file nests objects more than {{max}} levels deep, which a hand-off file never does. Choose the file exported from the wizard.',
  'handoff-not-json': 'The file is not JSON. Choose the .json file exported from the wizard, unchanged.',
  'handoff-prototype-key': 'The file contains the key “{{path}}”, which is not allowed in any file the wizard reads. Nothing was imported.',
  'handoff-secret-field':
    'The file contains “{{path}}”, which looks like a secret. A hand-off file never carries secrets: remove it, or export the profile again from the wizard, and add secrets on this computer.',
  'handoff-unknown-format': 'This is not a SCIM Setup Wizard hand-off file. Choose the file exported with “Export hand-off file”.',
  'handoff-unknown-version':
    'The file is version {{version}}, and this version of the app reads version {{supported}}. Update the app, or ask for a file exported by this version.',
  'handoff-unknown-field': 'The file contains “{{path}}”, which a hand-off file does not have. Nothing was imported.',
  'handoff-bad-value': 'The value at “{{path}}” is missing or of the wrong kind. Export the profile again from the wizard.',
  'handoff-unknown-integration': 'The file is for the integration “{{integrationId}}”, which this version of the app does not have.',
  'handoff-unknown-step': 'The file names the step “{{stepId}}”, which this integration does not have. Export the profile again.',
  'handoff-name-taken':
    'A profile named “{{name}}” already exists. Replace its answers and progress with the file’s, or import the file as a new profile under another name.',
  within_handoff: 'In the hand-off file, “{{fieldId}}” is refused:',
} as const;
