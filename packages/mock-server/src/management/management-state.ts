import type { Clock } from "../clock.js";
import { NonceCache } from "./nonce-cache.js";
import type { AssignmentWindow } from "./role-assignments.js";
import { SIGNATURE_WINDOW_SECONDS } from "./signature.js";

/** The namespace (permission space) of roles and resources that name none. */
export const DEFAULT_NAMESPACE = "default";

/** A role of the user pool, with the users and departments it is assigned to. */
export interface RoleRecord {
  /** The role's ID. */
  id: string;
  /** Its code, unique within its namespace. */
  code: string;
  /** Display name. */
  name: string;
  /** Description. */
  description: string;
  /** The permission space it belongs to. */
  namespace: string;
  /** Unix milliseconds after which the role is disabled, when set. */
  disableTime?: number;
  /** `ENABLE`, or `DISABLE` when `updateRole` disabled it (see `roleStatus` for the status shown). */
  status: "ENABLE" | "DISABLE";
  /** Users the role is assigned to, with when each assignment is in effect. */
  userIds: Map<string, AssignmentWindow>;
  /** Departments the role is assigned to, with when each assignment is in effect. */
  departmentIds: Map<string, AssignmentWindow>;
}

/** A role's status at `now`: `DISABLE` when disabled, or once its `disableTime` has come; `ENABLE` otherwise. */
export function roleStatus(role: RoleRecord, now: number): "ENABLE" | "DISABLE" {
  return role.status === "DISABLE" || (role.disableTime !== undefined && role.disableTime <= now) ? "DISABLE" : "ENABLE";
}

/** A user group and its members. */
export interface GroupRecord {
  /** The group's ID. */
  id: string;
  /** Its code, unique in the pool. */
  code: string;
  /** Display name. */
  name: string;
  /** Description. */
  description: string;
  /** GenAuth's group type, e.g. `static`. */
  type: string;
  /** Extended fields. */
  customData: Record<string, unknown>;
  /** Members. */
  userIds: Set<string>;
}

/** An organization: the root of a department tree. */
export interface OrganizationRecord {
  /** Its code, unique in the pool. */
  organizationCode: string;
  /** Display name. */
  organizationName: string;
  /** Description. */
  description?: string;
  /** The ID of its root department. */
  departmentId: string;
  /** The root department's ID in a third-party directory. */
  openDepartmentId?: string;
  /** Users who lead it. */
  leaderUserIds: string[];
  /** Whether it is enabled. */
  status: boolean;
  /** Unix milliseconds. */
  createdAt: number;
  /** Unix milliseconds. */
  updatedAt: number;
}

/** A department of an organization's tree (the organization's root included). */
export interface DepartmentRecord {
  /** The department's ID, unique in the pool. */
  departmentId: string;
  /** The organization it belongs to. */
  organizationCode: string;
  /** Display name. */
  name: string;
  /** Its code, when given. */
  code?: string;
  /** Description. */
  description?: string;
  /** The parent's ID; empty for an organization's root. */
  parentDepartmentId: string;
  /** Its ID in a third-party directory. */
  openDepartmentId?: string;
  /** Users who lead it. */
  leaderUserIds: string[];
  /** Whether it is a virtual node. */
  isVirtualNode: boolean;
  /** Whether it is enabled. */
  status: boolean;
  /** Extended fields. */
  customData: Record<string, unknown>;
  /** Members, with when each joined (Unix milliseconds). */
  members: Map<string, number>;
  /** Unix milliseconds. */
  createdAt: number;
  /** Unix milliseconds. */
  updatedAt: number;
}

/** An action that can be granted on a resource, e.g. `read`. */
export interface ResourceAction {
  /** The action's name, as grants and `isActionAllowed` name it. */
  name: string;
  /** What it allows. */
  description: string;
}

/** A resource of a permission space and the actions it has. */
export interface ResourceRecord {
  /** Its code, unique within its namespace. */
  code: string;
  /** `DATA`, `API`, `MENU`, `BUTTON` or `UI`. */
  type: string;
  /** Display name. */
  name?: string;
  /** Description. */
  description?: string;
  /** The actions that can be granted on it. */
  actions: ResourceAction[];
  /** The URL of an `API` resource. */
  apiIdentifier?: string;
  /** The permission space it belongs to. */
  namespace: string;
}

/** Actions on a resource granted to a user, role, group or department. */
export interface AuthorizationRecord {
  /** The permission space. */
  namespace: string;
  /** `USER`, `ROLE`, `GROUP` or `DEPARTMENT`. */
  targetType: string;
  /** The user ID, role code, group code or department ID. */
  targetIdentifier: string;
  /** The resource's code. */
  resourceCode: string;
  /** The resource's type. */
  resourceType: string;
  /** The granted actions. */
  actions: string[];
}

/** What the Management API keeps of an application beyond its `appId` and `appSecret` (kept in `fixtures.apps`). */
export interface ApplicationDetails {
  /** Display name. */
  appName: string;
  /** Unique identifier (the second-level domain on GenAuth). */
  appIdentifier: string;
  /** `web`, `spa`, `native`, `api`… */
  appType: string;
  /** Logo URL. */
  appLogo?: string;
  /** Description. */
  appDescription?: string;
  /** `oidc`, `oauth`, `saml`, `cas` or `asa`. */
  defaultProtocol?: string;
  /** Whether single sign-on is on. */
  ssoEnabled: boolean;
  /** Unix milliseconds. */
  createdAt: number;
}

/**
 * What the Management API remembers beside the user pool's users (which live in `state.users`,
 * shared with the Authentication API): roles, groups, organizations and departments, resources and
 * their authorizations, application details, and the signature nonces seen.
 */
export class ManagementState {
  /** Roles by `namespace` and `code` (the key `roleKey` makes). */
  readonly roles = new Map<string, RoleRecord>();
  /** Groups by code. */
  readonly groups = new Map<string, GroupRecord>();
  /** Organizations by code. */
  readonly organizations = new Map<string, OrganizationRecord>();
  /** Departments, organizations' roots included, by ID. */
  readonly departments = new Map<string, DepartmentRecord>();
  /** Resources by `namespace` and `code` (the key `roleKey` makes). */
  readonly resources = new Map<string, ResourceRecord>();
  /** Granted actions, in the order they were granted. */
  readonly authorizations: AuthorizationRecord[] = [];
  /** Details of the applications, by appId. */
  readonly applications = new Map<string, ApplicationDetails>();
  /** The department `setUserDepartments` made a user's main one, by user ID; it counts while they are a member. */
  readonly mainDepartments = new Map<string, string>();
  /** Signature nonces accepted within the signature window. */
  readonly nonces: NonceCache;
  #counter = 0;

  /** @param clock - The server's clock. */
  constructor(clock: Clock) {
    this.nonces = new NonceCache(clock, SIGNATURE_WINDOW_SECONDS * 1000);
  }

  /** A new ID, e.g. `mock-role-3`. */
  nextId(kind: string): string {
    this.#counter += 1;
    return `mock-${kind}-${this.#counter}`;
  }

  /** Forgets a deleted user everywhere: roles, groups, departments and their leaders, organizations' leaders, authorizations. */
  forgetUser(userId: string): void {
    for (const role of this.roles.values()) role.userIds.delete(userId);
    for (const group of this.groups.values()) group.userIds.delete(userId);
    for (const department of this.departments.values()) removeMember(department, userId);
    for (const organization of this.organizations.values()) organization.leaderUserIds = organization.leaderUserIds.filter((id) => id !== userId);
    this.revokeAll("USER", userId);
  }

  /** Removes a department (not the ones below it), its role assignments and its authorizations. */
  forgetDepartment(departmentId: string): void {
    this.departments.delete(departmentId);
    for (const role of this.roles.values()) role.departmentIds.delete(departmentId);
    this.revokeAll("DEPARTMENT", departmentId);
  }

  /** Removes every authorization of a target (in one namespace, when given). */
  revokeAll(targetType: string, targetIdentifier: string, namespace?: string): void {
    this.revokeWhere((grant) => isGrantOf(grant, targetType, targetIdentifier, namespace));
  }

  /** Removes every authorization `matches` picks. */
  revokeWhere(matches: (grant: AuthorizationRecord) => boolean): void {
    for (let i = this.authorizations.length - 1; i >= 0; i--) {
      const grant = this.authorizations[i];
      if (grant && matches(grant)) this.authorizations.splice(i, 1);
    }
  }

  /** Points a renamed target's authorizations (in one namespace, when given) at its new identifier. */
  renameTarget(targetType: string, from: string, to: string, namespace?: string): void {
    for (const grant of this.authorizations) if (isGrantOf(grant, targetType, from, namespace)) grant.targetIdentifier = to;
  }
}

/** Takes a user out of a department: out of its members, and so out of its leaders too. */
export function removeMember(department: DepartmentRecord, userId: string): void {
  department.members.delete(userId);
  department.leaderUserIds = department.leaderUserIds.filter((id) => id !== userId);
}

/** Gives an entry of `map` a new key, keeping its place in the map's order (a rename does not move a role, group or organization). */
export function rekey<K, V>(map: Map<K, V>, from: K, to: K): void {
  const entries = [...map];
  map.clear();
  for (const [key, value] of entries) map.set(key === from ? to : key, value);
}

/** The key of a role or resource: unique per namespace. */
export function roleKey(namespace: string | undefined, code: string): string {
  return `${namespace || DEFAULT_NAMESPACE}\n${code}`;
}

function isGrantOf(grant: AuthorizationRecord, targetType: string, targetIdentifier: string, namespace: string | undefined): boolean {
  return grant.targetType === targetType && grant.targetIdentifier === targetIdentifier && (namespace === undefined || grant.namespace === namespace);
}
