import { randomUUID } from 'node:crypto';
import { defaultCatalog, type CatalogEntry } from './app-template-catalog';
import type { ConnectorKind, SynchronizationSchema } from './sync-schemas';

/** The in-memory tenant: directory objects, app instances, their provisioning state and the provisioning log. */

export interface DirectoryUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  givenName: string | null;
  surname: string | null;
  mailNickname: string;
  jobTitle: string | null;
  preferredLanguage: string | null;
  accountEnabled: boolean;
}
export interface DirectoryGroup {
  id: string;
  displayName: string;
  description: string | null;
  mail: string | null;
  mailEnabled: boolean;
  securityEnabled: boolean;
}
export interface AppRole {
  allowedMemberTypes: string[];
  description: string;
  displayName: string;
  id: string;
  isEnabled: boolean;
  origin: string;
  value: string | null;
}
export interface ServicePrincipal {
  id: string;
  accountEnabled: boolean;
  appDisplayName: string;
  appId: string;
  applicationTemplateId: string;
  appOwnerOrganizationId: string;
  appRoleAssignmentRequired: boolean;
  appRoles: AppRole[];
  displayName: string;
  homepage: string | null;
  loginUrl: string | null;
  notes: string | null;
  notificationEmailAddresses: string[];
  preferredSingleSignOnMode: string | null;
  servicePrincipalNames: string[];
  servicePrincipalType: string;
  tags: string[];
}
export interface Application {
  id: string;
  appId: string;
  applicationTemplateId: string;
  createdDateTime: string;
  displayName: string;
  publisherDomain: string;
  signInAudience: string;
  tags: string[];
}
export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  createdDateTime: string;
  deletedDateTime: null;
  principalDisplayName: string;
  principalId: string;
  principalType: 'User' | 'Group';
  resourceDisplayName: string;
  resourceId: string;
}
export interface SynchronizationJob {
  id: string;
  templateId: string;
  schedule: { expiration: string | null; interval: string; state: 'Active' | 'Disabled' | 'Paused' };
  status: {
    code: 'NotConfigured' | 'NotRun' | 'Active' | 'Paused' | 'Quarantine';
    countSuccessiveCompleteFailures: number;
    escrowsPruned: boolean;
    lastExecution: null;
    lastSuccessfulExecution: null;
    lastSuccessfulExecutionWithExports: null;
    progress: unknown[];
    quarantine: null | { currentBegan: string; nextAttempt: string; reason: string; seriesBegan: string; seriesCount: number };
    steadyStateFirstAchievedTime: string;
    steadyStateLastAchievedTime: string;
    synchronizedEntryCountByType: unknown[];
    troubleshootingUrl: string | null;
  };
  synchronizationJobSettings: Array<{ name: string; value: string }>;
}
export interface SecretPair {
  key: string;
  value: string;
}

/** Provisioning state kept per service principal (not part of its Graph representation). */
export interface InstanceState {
  connector: ConnectorKind | null;
  synchronizationTemplateId: string | null;
  jobs: Map<string, { job: SynchronizationJob; schema: SynchronizationSchema }>;
  secrets: SecretPair[];
}

export interface UserSeed {
  userPrincipalName: string;
  displayName: string;
  givenName?: string;
  surname?: string;
  mail?: string;
  jobTitle?: string;
  accountEnabled?: boolean;
}
export interface GroupSeed {
  displayName: string;
  description?: string;
  /** Members by userPrincipalName. */
  members?: string[];
}
export interface InstanceSeed {
  /** The gallery template's display name, e.g. 'Cisco Webex' or 'Custom'. */
  templateDisplayName: string;
  displayName: string;
}

export class DirectoryStore {
  readonly tenantId = randomUUID();
  readonly catalog: CatalogEntry[] = defaultCatalog();
  readonly users = new Map<string, DirectoryUser>();
  readonly groups = new Map<string, DirectoryGroup>();
  /** groupId → member user ids. */
  readonly groupMembers = new Map<string, Set<string>>();
  readonly applications = new Map<string, Application>();
  readonly servicePrincipals = new Map<string, ServicePrincipal>();
  readonly instances = new Map<string, InstanceState>();
  readonly appRoleAssignments: AppRoleAssignment[] = [];
  readonly provisioningLog: Record<string, unknown>[] = [];

  constructor(seed: { users?: UserSeed[]; groups?: GroupSeed[]; instances?: InstanceSeed[] }) {
    for (const user of seed.users ?? []) this.addUser(user);
    for (const group of seed.groups ?? []) this.addGroup(group);
    for (const instance of seed.instances ?? []) {
      const entry = this.catalog.find((candidate) => candidate.template.displayName === instance.templateDisplayName);
      if (!entry) throw new Error(`No application template named ${instance.templateDisplayName}.`);
      this.instantiate(entry, instance.displayName);
    }
  }

  addUser(seed: UserSeed): DirectoryUser {
    const user: DirectoryUser = {
      id: randomUUID(),
      displayName: seed.displayName,
      userPrincipalName: seed.userPrincipalName,
      mail: seed.mail ?? seed.userPrincipalName,
      givenName: seed.givenName ?? null,
      surname: seed.surname ?? null,
      mailNickname: seed.userPrincipalName.split('@')[0] ?? seed.userPrincipalName,
      jobTitle: seed.jobTitle ?? null,
      preferredLanguage: null,
      accountEnabled: seed.accountEnabled ?? true,
    };
    this.users.set(user.id, user);
    return user;
  }

  addGroup(seed: GroupSeed): DirectoryGroup {
    const group: DirectoryGroup = {
      id: randomUUID(),
      displayName: seed.displayName,
      description: seed.description ?? null,
      mail: null,
      mailEnabled: false,
      securityEnabled: true,
    };
    this.groups.set(group.id, group);
    const members = new Set<string>();
    for (const upn of seed.members ?? []) {
      const user = this.userByPrincipalName(upn);
      if (!user) throw new Error(`Group ${seed.displayName}: no user ${upn}.`);
      members.add(user.id);
    }
    this.groupMembers.set(group.id, members);
    return group;
  }

  userByPrincipalName(upn: string): DirectoryUser | undefined {
    return [...this.users.values()].find((user) => user.userPrincipalName.toLowerCase() === upn.toLowerCase());
  }

  /** What POST /applicationTemplates/{id}/instantiate creates: an application and its service principal. */
  instantiate(entry: CatalogEntry, displayName: string): { application: Application; servicePrincipal: ServicePrincipal } {
    const appId = randomUUID();
    const application: Application = {
      id: randomUUID(),
      appId,
      applicationTemplateId: entry.template.id,
      createdDateTime: new Date().toISOString(),
      displayName,
      publisherDomain: 'contoso.onmicrosoft.com',
      signInAudience: 'AzureADMyOrg',
      tags: [],
    };
    const servicePrincipal: ServicePrincipal = {
      id: randomUUID(),
      accountEnabled: true,
      appDisplayName: displayName,
      appId,
      applicationTemplateId: entry.template.id,
      appOwnerOrganizationId: this.tenantId,
      appRoleAssignmentRequired: true,
      // Gallery and non-gallery instances carry a "User" role and "msiam_access"; assignments with the
      // Default Access role are not provisioned (Cisco Webex tutorial, "Important tips for assigning users").
      appRoles: [
        { allowedMemberTypes: ['User'], description: 'User', displayName: 'User', id: randomUUID(), isEnabled: true, origin: 'Application', value: null },
        {
          allowedMemberTypes: ['User'],
          description: 'msiam_access',
          displayName: 'msiam_access',
          id: randomUUID(),
          isEnabled: true,
          origin: 'Application',
          value: null,
        },
      ],
      displayName,
      homepage: entry.template.homePageUrl,
      loginUrl: null,
      notes: null,
      notificationEmailAddresses: [],
      preferredSingleSignOnMode: null,
      servicePrincipalNames: [appId],
      servicePrincipalType: 'Application',
      // As in the instantiate example of https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-configuration-api
      tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
    };
    this.applications.set(application.id, application);
    this.servicePrincipals.set(servicePrincipal.id, servicePrincipal);
    this.instances.set(servicePrincipal.id, {
      connector: entry.connector,
      synchronizationTemplateId: entry.synchronizationTemplateId,
      jobs: new Map(),
      secrets: [],
    });
    return { application, servicePrincipal };
  }

  /** Whether the user is assigned to the service principal with a role other than Default Access, directly or through a group. */
  provisioningAssignment(servicePrincipalId: string, userId: string): 'assigned' | 'default-access-only' | 'not-assigned' {
    const groupsOfUser = [...this.groupMembers.entries()].filter(([, members]) => members.has(userId)).map(([groupId]) => groupId);
    const relevant = this.appRoleAssignments.filter(
      (a) => a.resourceId === servicePrincipalId && (a.principalId === userId || groupsOfUser.includes(a.principalId)),
    );
    if (relevant.length === 0) return 'not-assigned';
    return relevant.some((a) => a.appRoleId !== DEFAULT_ACCESS_ROLE_ID) ? 'assigned' : 'default-access-only';
  }
}

/** The "Default Access" app role id (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-post-approleassignedto). */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';
