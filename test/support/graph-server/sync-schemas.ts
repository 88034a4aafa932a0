import { randomUUID } from 'node:crypto';

/**
 * Default synchronization schemas, shaped as Graph's synchronizationSchema
 * (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationschema-get, and the
 * synchronizationRule / objectMapping / attributeMapping resource pages). Only the user rule's
 * mappings are seeded; the groups rule is present, as in the real connectors, with its documented
 * attributes.
 */

export interface AttributeMappingSource {
  expression: string;
  name: string;
  type: 'Attribute' | 'Function' | 'Constant';
  parameters: Array<{ key: string; value: AttributeMappingSource }>;
}
export interface AttributeMapping {
  defaultValue: string | null;
  exportMissingReferences: boolean;
  flowBehavior: 'FlowWhenChanged' | 'FlowAlways';
  flowType: 'Always' | 'ObjectAddOnly' | 'MultiValueAddOnly' | 'ValueAddOnly' | 'AttributeAddOnly';
  matchingPriority: number;
  source: AttributeMappingSource;
  targetAttributeName: string;
}
export interface ObjectMapping {
  enabled: boolean;
  flowTypes: string;
  metadata: unknown[];
  name: string;
  scope: null;
  sourceObjectName: string;
  targetObjectName: string;
  attributeMappings: AttributeMapping[];
}
export interface SynchronizationRule {
  id: string;
  name: string;
  editable: boolean;
  priority: number;
  sourceDirectoryName: string;
  targetDirectoryName: string;
  containerFilter: { includedContainers: string[] };
  groupFilter: { includedGroups: string[] };
  metadata: Array<{ key: string; value: string }>;
  objectMappings: ObjectMapping[];
}
export interface SynchronizationSchema {
  id: string;
  version: string;
  directories: Array<{ name: string; objects: Array<{ name: string; attributes: Array<{ name: string; type: string }> }> }>;
  synchronizationRules: SynchronizationRule[];
}

const SOURCE_DIRECTORY = 'Azure Active Directory';

const attribute = (name: string): AttributeMappingSource => ({ expression: `[${name}]`, name, type: 'Attribute', parameters: [] });

/** The "active" mapping both connectors ship: Switch([IsSoftDeleted], , "False", "True", "True", "False"). */
const activeFromSoftDelete = (): AttributeMappingSource => ({
  expression: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
  name: 'Switch',
  type: 'Function',
  parameters: [
    { key: 'source', value: attribute('IsSoftDeleted') },
    { key: 'defaultValue', value: { expression: '""', name: '', type: 'Constant', parameters: [] } },
    { key: 'key', value: { expression: '"False"', name: 'False', type: 'Constant', parameters: [] } },
    { key: 'value', value: { expression: '"True"', name: 'True', type: 'Constant', parameters: [] } },
    { key: 'key', value: { expression: '"True"', name: 'True', type: 'Constant', parameters: [] } },
    { key: 'value', value: { expression: '"False"', name: 'False', type: 'Constant', parameters: [] } },
  ],
});

function mapping(target: string, source: AttributeMappingSource, matchingPriority = 0): AttributeMapping {
  return {
    defaultValue: null,
    exportMissingReferences: false,
    flowBehavior: 'FlowWhenChanged',
    flowType: 'Always',
    matchingPriority,
    source,
    targetAttributeName: target,
  };
}

/**
 * Cisco Webex's default user mappings: the Cisco procedure's table 2 ("attributes filled by default":
 * userPrincipalName → userName, Switch([IsSoftDeleted]...) → active, displayName, surname → name.familyName,
 * givenName → name.givenName, objectId → externalId), and the attribute list of Microsoft's tutorial
 * https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial (userName is the matching attribute).
 */
const webexUserMappings = (): AttributeMapping[] => [
  mapping('userName', attribute('userPrincipalName'), 1),
  mapping('active', activeFromSoftDelete()),
  mapping('displayName', attribute('displayName')),
  mapping('name.familyName', attribute('surname')),
  mapping('name.givenName', attribute('givenName')),
  mapping('externalId', attribute('objectId')),
];

/**
 * The non-gallery SCIM connector's default user mappings, as listed in
 * https://learn.microsoft.com/en-us/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups
 * (table "Microsoft Entra user to SCIM user"; a representative subset, userName matching).
 */
const customScimUserMappings = (): AttributeMapping[] => [
  mapping('userName', attribute('userPrincipalName'), 1),
  mapping('active', activeFromSoftDelete()),
  mapping('displayName', attribute('displayName')),
  mapping('title', attribute('jobTitle')),
  mapping('emails[type eq "work"].value', attribute('mail')),
  mapping('preferredLanguage', attribute('preferredLanguage')),
  mapping('name.givenName', attribute('givenName')),
  mapping('name.familyName', attribute('surname')),
  mapping('externalId', attribute('mailNickname')),
];

function buildSchema(targetDirectory: string, userMappings: AttributeMapping[], groupTargets: string[]): SynchronizationSchema {
  return {
    id: randomUUID(),
    version: 'Date:2024-01-01T00:00:00Z',
    directories: [
      {
        name: SOURCE_DIRECTORY,
        objects: [
          {
            name: 'User',
            attributes: ['userPrincipalName', 'displayName', 'givenName', 'surname', 'mail', 'mailNickname', 'objectId', 'jobTitle', 'IsSoftDeleted'].map(
              (name) => ({ name, type: 'String' }),
            ),
          },
          { name: 'Group', attributes: ['displayName', 'objectId', 'members'].map((name) => ({ name, type: 'String' })) },
        ],
      },
      {
        name: targetDirectory,
        objects: [
          { name: 'urn:ietf:params:scim:schemas:core:2.0:User', attributes: userMappings.map((m) => ({ name: m.targetAttributeName, type: 'String' })) },
          { name: 'urn:ietf:params:scim:schemas:core:2.0:Group', attributes: groupTargets.map((name) => ({ name, type: 'String' })) },
        ],
      },
    ],
    synchronizationRules: [
      {
        // provisionOnDemand takes this id as its ruleId ("This rule ID is defined in the schema for a given synchronization job").
        id: randomUUID(),
        name: 'USER_TO_USER',
        editable: true,
        priority: 1,
        sourceDirectoryName: SOURCE_DIRECTORY,
        targetDirectoryName: targetDirectory,
        containerFilter: { includedContainers: [] },
        groupFilter: { includedGroups: [] },
        metadata: [],
        objectMappings: [
          {
            enabled: true,
            flowTypes: 'Add, Update, Delete',
            metadata: [],
            name: `Provision ${SOURCE_DIRECTORY} Users`,
            scope: null,
            sourceObjectName: 'User',
            targetObjectName: 'urn:ietf:params:scim:schemas:core:2.0:User',
            attributeMappings: userMappings,
          },
          {
            enabled: true,
            flowTypes: 'Add, Update, Delete',
            metadata: [],
            name: `Provision ${SOURCE_DIRECTORY} Groups`,
            scope: null,
            sourceObjectName: 'Group',
            targetObjectName: 'urn:ietf:params:scim:schemas:core:2.0:Group',
            attributeMappings: groupTargets.map((target) =>
              mapping(target, attribute(target === 'members' ? 'members' : target === 'externalId' ? 'objectId' : target), target === 'displayName' ? 1 : 0),
            ),
          },
        ],
      },
    ],
  };
}

export type ConnectorKind = 'webex' | 'custom-scim';

export function defaultSchemaFor(kind: ConnectorKind): SynchronizationSchema {
  return kind === 'webex'
    ? buildSchema('Cisco Webex', webexUserMappings(), ['displayName', 'members', 'externalId'])
    : buildSchema('customappsso', customScimUserMappings(), ['displayName', 'members', 'externalId']);
}
