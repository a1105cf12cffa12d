// What the Management API should hold after a sequence of writes, kept in plain maps: the model the
// stateful fuzz (test/management-stateful-fuzz.test.ts) compares the mock with.

/** The namespaces roles live in: the default one and one other, so that reads must filter by it. */
export const NAMESPACES = ["default", "ns2"] as const;
/** The role codes of the universe, each possible in both namespaces. */
export const ROLE_CODES = ["admin", "viewer"] as const;
/** The resource every run starts with (in `default`), and the codes grants and checks name on it. */
export const RESOURCE = "books";
export const RESOURCE_CODES = [RESOURCE, `${RESOURCE}:1`, `${RESOURCE}:2`] as const;
/** The identifiers a user is looked up by besides the user ID, as `userIdType` names them. */
export const IDENTIFIER_TYPES = { username: "username", email: "email", phone: "phone", externalId: "external_id" } as const;
export type IdentifierField = keyof typeof IDENTIFIER_TYPES;

/** When a role assignment is in effect (Unix milliseconds on the server's clock). */
export interface Window {
  enableTime?: number;
  endTime?: number;
}

/** A user as the model knows them. */
export interface UserModel {
  userId: string;
  username?: string;
  email?: string;
  phone?: string;
  externalId?: string;
  password?: string;
  status: string;
  /** Why password sign-in is refused until a new password: `resetPasswordOnFirstLogin` or `…OnNextLogin`. */
  resetRequired?: "firstLogin" | "nextLogin";
  /** Whether the user has signed in successfully (`resetPasswordOnFirstLogin` then no longer applies). */
  signedIn: boolean;
}

/** A role and its assignments by user ID and department ID. */
export interface RoleModel {
  code: string;
  namespace: string;
  users: Map<string, Window>;
  departments: Map<string, Window>;
}

/** A department below the organization's root (or below another such department). */
export interface DepartmentModel {
  code: string;
  departmentId: string;
  parentId: string;
  members: Set<string>;
}

/** Actions granted on a resource code (in `default`) to a target. */
export interface GrantModel {
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  target: string;
  resource: string;
  actions: string[];
}

/** Whether an assignment is in effect at `now`: `enableTime` has come and `endTime` has not. */
export function inEffect(window: Window, now: number): boolean {
  return (window.enableTime === undefined || window.enableTime <= now) && (window.endTime === undefined || now < window.endTime);
}

/** The key of a role: unique per namespace. */
export function roleKey(code: string, namespace: string): string {
  return `${namespace}/${code}`;
}

/** The model's state; the run's clock is the mock's (`now`), moved by the test. */
export class ManagementModel {
  readonly users: UserModel[] = [];
  /** Users deleted in this run: no lookup may find them. */
  readonly deletedUsers: UserModel[] = [];
  readonly roles = new Map<string, RoleModel>();
  readonly departments: DepartmentModel[] = [];
  /** The ID each department code last had, so that commands can name deleted departments too. */
  readonly departmentIdsSeen = new Map<string, string>();
  readonly groups = new Map<string, Set<string>>();
  readonly grants: GrantModel[] = [];

  constructor(
    public now: number,
    readonly rootDepartmentId: string,
  ) {}

  /** The user with this user ID, or undefined. */
  user(userId: string): UserModel | undefined {
    return this.users.find((user) => user.userId === userId);
  }

  /** The user who has this identifier; an empty one is no one's, and emails compare case-insensitively. */
  owner(field: IdentifierField, value: string): UserModel | undefined {
    if (value === "") return undefined;
    const text = (each: string) => (field === "email" ? each.toLowerCase() : each);
    return this.users.find((user) => user[field] !== undefined && text(user[field]) === text(value));
  }

  /** The user a password sign-in's `account` names: by username, else email, else phone. */
  accountOwner(account: string): UserModel | undefined {
    return this.owner("username", account) ?? this.owner("email", account) ?? this.owner("phone", account);
  }

  department(code: string): DepartmentModel | undefined {
    return this.departments.find((department) => department.code === code);
  }

  /** A department and every department below it. */
  subtree(department: DepartmentModel): DepartmentModel[] {
    const below = this.departments.filter((each) => each.parentId === department.departmentId);
    return [department, ...below.flatMap((each) => this.subtree(each))];
  }

  /** The departments a user is a member of. */
  departmentsOf(userId: string): DepartmentModel[] {
    return this.departments.filter((department) => department.members.has(userId));
  }

  /** The roles of a namespace assigned to the user directly and in effect now: what `getUserRoles` lists. */
  rolesOf(userId: string, namespace: string): RoleModel[] {
    return [...this.roles.values()].filter((role) => {
      const window = role.users.get(userId);
      return role.namespace === namespace && window !== undefined && inEffect(window, this.now);
    });
  }

  /** The users a role is assigned to, in effect now: what `listRoleMembers` lists. */
  roleMembers(role: RoleModel): string[] {
    return [...role.users].flatMap(([userId, window]) => (inEffect(window, this.now) ? [userId] : []));
  }

  /**
   * Whether the user may do `action` on `resource`: granted to them, to a role of `default` in effect
   * for them (directly or through a department they are a member of), to a group or a department of
   * theirs; on the resource or, for `code:instance`, on its code; the action or `*`.
   */
  allows(userId: string, resource: string, action: string): boolean {
    const departmentIds = new Set(this.departmentsOf(userId).map((department) => department.departmentId));
    const holds = (grant: GrantModel): boolean => {
      switch (grant.targetType) {
        case "USER":
          return grant.target === userId;
        case "GROUP":
          return this.groups.get(grant.target)?.has(userId) === true;
        case "DEPARTMENT":
          return departmentIds.has(grant.target);
        case "ROLE": {
          const role = this.roles.get(roleKey(grant.target, "default"));
          if (!role) return false;
          const userWindow = role.users.get(userId);
          if (userWindow && inEffect(userWindow, this.now)) return true;
          return [...role.departments].some(([departmentId, window]) => departmentIds.has(departmentId) && inEffect(window, this.now));
        }
      }
    };
    return this.grants.some(
      (grant) =>
        (grant.resource === resource || resource.startsWith(`${grant.resource}:`)) &&
        (grant.actions.includes(action) || grant.actions.includes("*")) &&
        holds(grant),
    );
  }

  /** Forgets a deleted user everywhere, as `deleteUsersBatch` does. */
  removeUser(user: UserModel): void {
    this.users.splice(this.users.indexOf(user), 1);
    this.deletedUsers.push(user);
    for (const role of this.roles.values()) role.users.delete(user.userId);
    for (const department of this.departments) department.members.delete(user.userId);
    for (const members of this.groups.values()) members.delete(user.userId);
    this.revoke("USER", user.userId);
  }

  /** Removes a department and its subtree, with their role assignments and grants. */
  removeDepartment(department: DepartmentModel): void {
    for (const each of this.subtree(department)) {
      this.departments.splice(this.departments.indexOf(each), 1);
      for (const role of this.roles.values()) role.departments.delete(each.departmentId);
      this.revoke("DEPARTMENT", each.departmentId);
    }
  }

  /** Removes every grant of a target. */
  revoke(targetType: GrantModel["targetType"], target: string): void {
    for (let i = this.grants.length - 1; i >= 0; i--) {
      const grant = this.grants[i] as GrantModel;
      if (grant.targetType === targetType && grant.target === target) this.grants.splice(i, 1);
    }
  }
}
