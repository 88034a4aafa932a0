import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DirectoryStore } from './directory-store';
import { badRequest, unknownProperty } from './graph-error';

/** The ids tests use to aim a denial or a throttle at one route (see faults.ts). */
export type RouteId =
  | 'applicationTemplates.list'
  | 'applicationTemplates.instantiate'
  | 'servicePrincipals.list'
  | 'servicePrincipals.get'
  | 'servicePrincipals.update'
  | 'servicePrincipals.appRoleAssignedTo.create'
  | 'servicePrincipals.appRoleAssignedTo.delete'
  | 'applications.delete'
  | 'synchronization.jobs.pause'
  | 'synchronization.jobs.delete'
  | 'users.list'
  | 'groups.list'
  | 'synchronization.templates.list'
  | 'synchronization.jobs.create'
  | 'synchronization.jobs.get'
  | 'synchronization.jobs.start'
  | 'synchronization.jobs.schema.get'
  | 'synchronization.jobs.validateCredentials'
  | 'synchronization.jobs.provisionOnDemand'
  | 'synchronization.secrets.put'
  | 'auditLogs.provisioning.list';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Path parameters by the names in the route's pattern, decoded. */
  params: Record<string, string>;
  /** The request body as text (read in full before routing). */
  body: string;
  store: DirectoryStore;
  /** `http://127.0.0.1:PORT/v1.0`, for @odata.context values. */
  graphBase: string;
}

export interface Route {
  id: RouteId;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path under /v1.0 with {name} parameters, e.g. '/servicePrincipals/{id}'. */
  pattern: string;
  handle(context: RouteContext): void | Promise<void>;
}

/** Graph refuses a body member its type does not have, and a missing required one. */
export function checkMembers(body: Record<string, unknown>, type: string, required: string[], optional: string[] = []): void {
  for (const key of Object.keys(body)) {
    if (key === '@odata.type') continue;
    if (!required.includes(key) && !optional.includes(key)) throw unknownProperty(key, type);
  }
  for (const key of required) {
    if (body[key] === undefined || body[key] === null) throw badRequest(`Required property '${key}' is missing from the request body.`);
  }
}

export function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`Property '${name}' must be a non-empty string.`);
  return value;
}
