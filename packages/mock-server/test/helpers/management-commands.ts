// The commands of the Management API's stateful fuzz: each sends one write (or a sign-in, or moves
// the clock) over a small universe of identifiers and codes, so that sequences collide — taken and
// empty identifiers, unknown and deleted users, departments and roles, assignments that start or
// end as the clock moves. Each checks its answer against the model, updates the model, and checks
// the invariants it can have changed (test/helpers/management-invariants.ts).
import fc from "fast-check";
import { expect } from "vitest";
import type { Answer, ManagementSession } from "./management-session.js";
import { authApi, DEFAULT_APP } from "./authentication-requests.js";
import {
  checkAccess,
  checkDepartments,
  checkGroups,
  checkLookups,
  checkRoleMembers,
  checkUserList,
  dataOf,
  expectStatus,
  ORGANIZATION,
} from "./management-invariants.js";
import {
  IDENTIFIER_TYPES,
  type IdentifierField,
  type ManagementModel,
  NAMESPACES,
  RESOURCE,
  RESOURCE_CODES,
  ROLE_CODES,
  roleKey,
  type UserModel,
  type Window,
} from "./management-model.js";

const HOUR = 3_600_000;
const USERNAMES = ["ann", "bob", "cy"];
// Two spellings of one address: emails compare case-insensitively.
const EMAILS = ["ann@example.com", "ANN@example.com", "bob@example.com"];
const PHONES = ["13800000011", "13800000022"];
// An empty external ID is no one's: any number of users may have it.
const EXTERNAL_IDS = ["ext-1", "ext-2", ""];
const PASSWORDS = ["pass-1", "pass-2"];
/** Values user writes refuse with 400 (`12` is too short to be a phone number). */
const BAD = { username: [""], email: [""], phone: ["", "12"], password: [""] };
const STATUSES = ["Activated", "Suspended", "Resigned"];
const DEPARTMENT_CODES = ["d1", "d2", "d3"];
const GROUP_CODES = ["g1", "g2"];
/** Offsets from the clock for `enableTime` and `endTime`. */
const OFFSETS = [-HOUR, 0, HOUR, 2 * HOUR];
/** No user has this ID. */
const GHOST_USER = "mock-user-ghost";
const GHOST_DEPARTMENT = "mock-department-ghost";

type Command = fc.AsyncCommand<ManagementModel, ManagementSession>;

/** A user named by a command: a ghost (0), or by index into the run's users (live, then deleted); and how. */
interface UserRef {
  pick: number;
  /** `user_id`, or an identifier field to name them by when they have one. */
  by: "user_id" | IdentifierField;
}

/** A user as a request names them, and whom the model says that is. */
function resolveUser(m: ManagementModel, { pick, by }: UserRef): { userId: string; userIdType: string; user: UserModel | undefined } {
  const chosen = chosenUser(m, pick);
  if (!chosen) return { userId: GHOST_USER, userIdType: "user_id", user: undefined };
  const value = by === "user_id" ? undefined : chosen[by];
  if (by === "user_id" || value === undefined || value === "") return { userId: chosen.userId, userIdType: "user_id", user: m.user(chosen.userId) };
  return { userId: value, userIdType: IDENTIFIER_TYPES[by], user: m.owner(by, value) };
}

/** The user (live or deleted) a pick names, none for 0 or when the run has no users yet. */
function chosenUser(m: ManagementModel, pick: number): UserModel | undefined {
  const candidates = [...m.users, ...m.deletedUsers];
  return pick === 0 || candidates.length === 0 ? undefined : candidates[(pick - 1) % candidates.length];
}

/**
 * A department named by its code: by code (`departmentIdType: code`), or by the ID it has or last
 * had; with the department the model says that is (the ID of a code is its current department's).
 */
function resolveDepartment(m: ManagementModel, code: string, byCode: boolean) {
  const department = m.department(code);
  if (byCode) return { departmentId: code, departmentIdType: "code", department };
  return { departmentId: m.departmentIdsSeen.get(code) ?? GHOST_DEPARTMENT, departmentIdType: "department_id", department };
}

function isBadIdentifier(input: Identifiers): boolean {
  return (Object.keys(BAD) as (keyof typeof BAD)[]).some((field) => input[field] !== undefined && BAD[field].includes(input[field]));
}

/** The identifier of `input` that belongs to a user other than `self`, if any. */
function takenIdentifier(m: ManagementModel, input: Partial<Record<IdentifierField, string>>, self?: UserModel): IdentifierField | undefined {
  return (Object.keys(IDENTIFIER_TYPES) as IdentifierField[]).find((field) => {
    const value = input[field];
    const owner = value === undefined ? undefined : m.owner(field, value);
    return owner !== undefined && owner !== self;
  });
}

/** A command described by its name and parameters, which is how fast-check prints counterexamples. */
abstract class Step implements Command {
  constructor(
    readonly name: string,
    readonly params: object,
  ) {}
  check(): boolean {
    return true;
  }
  abstract run(m: ManagementModel, s: ManagementSession): Promise<void>;
  toString(): string {
    return `${this.name}(${JSON.stringify(this.params)})`;
  }
}

interface Identifiers {
  username?: string;
  email?: string;
  phone?: string;
  externalId?: string;
  password?: string;
}

class CreateUser extends Step {
  constructor(readonly input: Identifiers & { status?: string; resetPasswordOnFirstLogin?: boolean }) {
    super("createUser", input);
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const { resetPasswordOnFirstLogin, ...fields } = this.input;
    const body = { ...fields, ...(resetPasswordOnFirstLogin === undefined ? {} : { options: { resetPasswordOnFirstLogin } }) };
    const answer = await s.post("create-user", body);
    const identified = [fields.username, fields.email, fields.phone, fields.externalId].some((value) => value !== undefined && value !== "");
    if (isBadIdentifier(fields) || !identified) return expectStatus(answer, 400);
    if (takenIdentifier(m, fields)) return expectStatus(answer, 409);
    const { userId } = dataOf<{ userId: string }>(answer);
    const { status = "Activated", ...identifiers } = fields;
    const user: UserModel = { userId, ...identifiers, status, signedIn: false };
    if (resetPasswordOnFirstLogin) user.resetRequired = "firstLogin";
    m.users.push(user);
    await checkUserList(s, m);
    await checkLookups(s, m, [user]);
  }
}

class UpdateUser extends Step {
  constructor(
    readonly ref: UserRef,
    readonly input: Identifiers & { status?: string; resetPasswordOnFirstLogin?: boolean; resetPasswordOnNextLogin?: boolean },
  ) {
    super("updateUser", { ref, input });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const { userId, userIdType, user } = resolveUser(m, this.ref);
    const { resetPasswordOnFirstLogin, resetPasswordOnNextLogin, ...fields } = this.input;
    const options = withoutUndefined({ userIdType, resetPasswordOnFirstLogin, resetPasswordOnNextLogin });
    const answer = await s.post("update-user", { userId, ...fields, options });
    if (!user) return expectStatus(answer, 404, 2004);
    if (isBadIdentifier(fields)) return expectStatus(answer, 400);
    if (takenIdentifier(m, fields, user)) return expectStatus(answer, 409);
    expectStatus(answer, 200);
    const before = { ...user };
    const { password, status, ...identifiers } = fields;
    Object.assign(user, identifiers);
    if (status !== undefined) user.status = status;
    if (password !== undefined) {
      user.password = password;
      delete user.resetRequired;
    }
    // In the order the options apply: the first-login requirement only before any sign-in, the next-login one over it.
    if (resetPasswordOnFirstLogin === true && !user.signedIn) user.resetRequired = "firstLogin";
    if (resetPasswordOnNextLogin === true) user.resetRequired = "nextLogin";
    if (resetPasswordOnFirstLogin === false && user.resetRequired === "firstLogin") delete user.resetRequired;
    if (resetPasswordOnNextLogin === false && user.resetRequired === "nextLogin") delete user.resetRequired;
    await checkUserList(s, m);
    // The former identifiers too: they are free now, or another user's.
    await checkLookups(s, m, [user, before]);
  }
}

class DeleteUsers extends Step {
  constructor(readonly refs: UserRef[]) {
    super("deleteUsersBatch", refs);
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const named = this.refs.map((ref) => resolveUser(m, { ...ref, by: "user_id" }));
    const answer = await s.post("delete-users-batch", { userIds: named.map(({ userId }) => userId) });
    if (named.some(({ user }) => !user)) return expectStatus(answer, 404, 2004);
    expectStatus(answer, 200);
    const users = [...new Set(named.map(({ user }) => user as UserModel))];
    for (const user of users) m.removeUser(user);
    await checkUserList(s, m);
    await checkLookups(s, m, users);
    await checkRoleMembers(s, m);
    await checkDepartments(s, m);
    await checkGroups(s, m);
  }
}

class ResignUser extends Step {
  constructor(readonly ref: UserRef) {
    super("resignUser", ref);
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const { userId, userIdType, user } = resolveUser(m, this.ref);
    const answer = await s.post("resign-user", { userId, userIdType });
    if (!user) return expectStatus(answer, 404, 2004);
    expectStatus(answer, 200);
    user.status = "Resigned";
    await checkUserList(s, m);
  }
}

/**
 * A password sign-in as a user of the run (live or deleted) by one of their identifiers (`ann` when
 * they have none), with their own password or one of the universe's.
 */
class SignIn extends Step {
  constructor(
    readonly ref: UserRef,
    readonly password: string | "own",
  ) {
    super("signIn", { ref, password });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const chosen = chosenUser(m, this.ref.pick);
    const field = this.ref.by === "user_id" || this.ref.by === "externalId" ? "username" : this.ref.by;
    const account = chosen?.[field] || chosen?.username || chosen?.email || chosen?.phone || "ann";
    const password = this.password === "own" ? (chosen?.password ?? "pass-1") : this.password;
    const credentials = { client_id: DEFAULT_APP.appId, client_secret: DEFAULT_APP.appSecret };
    const answer = (await authApi(s.server, "POST", "/api/v3/signin", {
      connection: "PASSWORD",
      passwordPayload: { account, password },
      ...credentials,
    })) as Answer;
    const user = m.accountOwner(account);
    if (!user || user.password !== password) return expectStatus(answer, 403, 2333);
    if (user.status !== "Activated") return expectStatus(answer, 403, 2005);
    if (user.resetRequired) return expectStatus(answer, 403, user.resetRequired === "firstLogin" ? 1639 : 2058);
    expectStatus(answer, 200);
    user.signedIn = true;
  }
}

class CreateRole extends Step {
  constructor(readonly role: { code: string; namespace: string }) {
    super("createRole", role);
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const { code, namespace } = this.role;
    const answer = await s.post("create-role", { code, namespace });
    if (m.roles.has(roleKey(code, namespace))) return expectStatus(answer, 409);
    expectStatus(answer, 200);
    m.roles.set(roleKey(code, namespace), { code, namespace, users: new Map(), departments: new Map() });
    await checkRoleMembers(s, m);
  }
}

class DeleteRoles extends Step {
  constructor(
    readonly codes: string[],
    readonly namespace: string,
  ) {
    super("deleteRolesBatch", { codes, namespace });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    expectStatus(await s.post("delete-roles-batch", { codeList: this.codes, namespace: this.namespace }), 200);
    for (const code of this.codes) {
      if (m.roles.delete(roleKey(code, this.namespace)) && this.namespace === "default") m.revoke("ROLE", code);
    }
    await checkRoleMembers(s, m);
    await checkAccess(
      s,
      m,
      m.users.map((user) => user.userId),
    );
  }
}

/** A role's target: a user, or a department by code. */
type RoleTarget = { user: UserRef } | { department: string };

class ChangeRole extends Step {
  constructor(
    readonly assign: boolean,
    readonly code: string,
    readonly namespace: string,
    readonly target: RoleTarget,
    readonly offsets: { enable?: number; end?: number },
  ) {
    super(assign ? "assignRole" : "revokeRole", { code, namespace, target, ...(assign ? offsets : {}) });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const role = m.roles.get(roleKey(this.code, this.namespace));
    const user = "user" in this.target ? resolveUser(m, { ...this.target.user, by: "user_id" }) : undefined;
    const department = "department" in this.target ? resolveDepartment(m, this.target.department, false) : undefined;
    const targetIdentifier = (user?.userId ?? department?.departmentId) as string;
    const targetExists = user ? user.user !== undefined : department?.department !== undefined;
    const window: Window = {};
    if (this.assign && this.offsets.enable !== undefined) window.enableTime = m.now + this.offsets.enable;
    if (this.assign && this.offsets.end !== undefined) window.endTime = m.now + this.offsets.end;
    const answer = await s.post(this.assign ? "assign-role" : "revoke-role", {
      code: this.code,
      namespace: this.namespace,
      targets: [{ targetType: user ? "USER" : "DEPARTMENT", targetIdentifier }],
      ...window,
    });
    if (window.enableTime !== undefined && window.endTime !== undefined && window.enableTime > window.endTime) return expectStatus(answer, 400);
    if (!role) return expectStatus(answer, 404);
    if (!targetExists) return expectStatus(answer, 404);
    expectStatus(answer, 200);
    const assignments = user ? role.users : role.departments;
    if (this.assign) assignments.set(targetIdentifier, window);
    else assignments.delete(targetIdentifier);
    await checkRoleMembers(s, m);
    await checkAccess(s, m, user ? [targetIdentifier] : [...(department?.department?.members ?? [])]);
  }
}

class CreateDepartment extends Step {
  constructor(
    readonly code: string,
    readonly parent: string,
    readonly byCode: boolean,
  ) {
    super("createDepartment", { code, parent, byCode });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const parent =
      this.parent === "root"
        ? { departmentId: "root", departmentIdType: this.byCode ? "code" : "department_id", found: m.rootDepartmentId }
        : (({ departmentId, departmentIdType, department }) => ({ departmentId, departmentIdType, found: department?.departmentId }))(
            resolveDepartment(m, this.parent, this.byCode),
          );
    const answer = await s.post("create-department", {
      organizationCode: ORGANIZATION,
      name: this.code,
      code: this.code,
      parentDepartmentId: parent.departmentId,
      departmentIdType: parent.departmentIdType,
      metadata: {},
    });
    if (parent.found === undefined) return expectStatus(answer, 404);
    if (m.department(this.code)) return expectStatus(answer, 409);
    const { departmentId } = dataOf<{ departmentId: string }>(answer);
    m.departments.push({ code: this.code, departmentId, parentId: parent.found as string, members: new Set() });
    m.departmentIdsSeen.set(this.code, departmentId);
    await checkDepartments(s, m);
  }
}

class DeleteDepartment extends Step {
  constructor(
    readonly code: string,
    readonly byCode: boolean,
  ) {
    super("deleteDepartment", { code, byCode });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const { departmentId, departmentIdType, department } = resolveDepartment(m, this.code, this.byCode);
    const answer = await s.post("delete-department", { organizationCode: ORGANIZATION, departmentId, departmentIdType });
    if (!department) return expectStatus(answer, 404);
    expectStatus(answer, 200);
    const members = m.subtree(department).flatMap((each) => [...each.members]);
    m.removeDepartment(department);
    await checkDepartments(s, m);
    await checkAccess(s, m, members);
  }
}

class ChangeDepartmentMembers extends Step {
  constructor(
    readonly add: boolean,
    readonly code: string,
    readonly byCode: boolean,
    readonly refs: UserRef[],
  ) {
    super(add ? "addDepartmentMembers" : "removeDepartmentMembers", { code, byCode, refs });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const { departmentId, departmentIdType, department } = resolveDepartment(m, this.code, this.byCode);
    const named = this.refs.map((ref) => resolveUser(m, { ...ref, by: "user_id" }));
    const answer = await s.post(this.add ? "add-department-members" : "remove-department-members", {
      organizationCode: ORGANIZATION,
      departmentId,
      departmentIdType,
      userIds: named.map(({ userId }) => userId),
    });
    if (!department) return expectStatus(answer, 404);
    if (named.some(({ user }) => !user)) return expectStatus(answer, 404, 2004);
    expectStatus(answer, 200);
    for (const { userId } of named) {
      if (this.add) department.members.add(userId);
      else department.members.delete(userId);
    }
    await checkDepartments(s, m);
    await checkAccess(
      s,
      m,
      named.map(({ userId }) => userId),
    );
  }
}

class CreateGroup extends Step {
  constructor(readonly code: string) {
    super("createGroup", { code });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const answer = await s.post("create-group", { code: this.code, name: this.code, description: "", type: "static" });
    if (m.groups.has(this.code)) return expectStatus(answer, 409);
    expectStatus(answer, 200);
    m.groups.set(this.code, new Set());
    await checkGroups(s, m);
  }
}

class AddGroupMembers extends Step {
  constructor(
    readonly code: string,
    readonly refs: UserRef[],
  ) {
    super("addGroupMembers", { code, refs });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const named = this.refs.map((ref) => resolveUser(m, { ...ref, by: "user_id" }));
    const answer = await s.post("add-group-members", { code: this.code, userIds: named.map(({ userId }) => userId) });
    const members = m.groups.get(this.code);
    if (!members) return expectStatus(answer, 404);
    if (named.some(({ user }) => !user)) return expectStatus(answer, 404, 2004);
    expectStatus(answer, 200);
    for (const { userId } of named) members.add(userId);
    await checkGroups(s, m);
    await checkAccess(
      s,
      m,
      named.map(({ userId }) => userId),
    );
  }
}

/** A grant's target: a user, a role of `default`, a group or a department, named as the universe names them. */
type GrantTarget = { user: UserRef } | { role: string } | { group: string } | { department: string };

class AuthorizeResources extends Step {
  constructor(
    readonly target: GrantTarget,
    readonly resource: string,
    readonly actions: string[],
  ) {
    super("authorizeResources", { target, resource, actions });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    const { targetType, target, exists } = this.#target(m);
    const answer = await s.post("authorize-resources", {
      list: [{ targetType, targetIdentifiers: [target], resources: [{ code: this.resource, actions: this.actions, resourceType: "DATA" }] }],
    });
    if (!exists) return expectStatus(answer, 404);
    if (!(RESOURCE_CODES as readonly string[]).includes(this.resource)) return expectStatus(answer, 404);
    expectStatus(answer, 200);
    const grant = m.grants.find((each) => each.targetType === targetType && each.target === target && each.resource === this.resource);
    if (grant) grant.actions = [...new Set([...grant.actions, ...this.actions])];
    else m.grants.push({ targetType, target, resource: this.resource, actions: [...this.actions] });
    await checkAccess(
      s,
      m,
      m.users.map((user) => user.userId),
    );
  }

  #target(m: ManagementModel): { targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT"; target: string; exists: boolean } {
    if ("user" in this.target) {
      const { userId, user } = resolveUser(m, { ...this.target.user, by: "user_id" });
      return { targetType: "USER", target: userId, exists: user !== undefined };
    }
    if ("role" in this.target) return { targetType: "ROLE", target: this.target.role, exists: m.roles.has(roleKey(this.target.role, "default")) };
    if ("group" in this.target) return { targetType: "GROUP", target: this.target.group, exists: m.groups.has(this.target.group) };
    const { departmentId, department } = resolveDepartment(m, this.target.department, false);
    return { targetType: "DEPARTMENT", target: departmentId, exists: department !== undefined };
  }
}

class AdvanceClock extends Step {
  constructor(readonly ms: number) {
    super("advanceClock", { ms });
  }
  async run(m: ManagementModel, s: ManagementSession) {
    s.now += this.ms;
    m.now = s.now;
    expect(m.now).toBe(s.now);
    await checkRoleMembers(s, m);
    await checkAccess(
      s,
      m,
      m.users.map((user) => user.userId),
    );
  }
}

const optional = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined, freq: 2 });
/** Sometimes a value of the universe, seldom one the write refuses, often none. */
const optionalOrBad = <T>(values: readonly T[], bad: readonly T[], freq = 2) =>
  fc.option(fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 6 }, { arbitrary: fc.constantFrom(...bad), weight: 1 }), { nil: undefined, freq });
const userRef: fc.Arbitrary<UserRef> = fc.record({
  pick: fc.nat(6),
  by: fc.constantFrom<UserRef["by"]>("user_id", "username", "email", "phone", "externalId"),
});
const userRefs = fc.array(userRef, { minLength: 1, maxLength: 3 });
const roleCode = fc.constantFrom(...ROLE_CODES);
const namespace = fc.constantFrom(...NAMESPACES);
const departmentCode = fc.constantFrom(...DEPARTMENT_CODES);
const identifiers = {
  username: optionalOrBad(USERNAMES, BAD.username),
  email: optionalOrBad(EMAILS, BAD.email),
  phone: optionalOrBad(PHONES, BAD.phone),
  externalId: optional(EXTERNAL_IDS),
  // Mostly given, so that sign-ins can succeed.
  password: optionalOrBad(PASSWORDS, BAD.password, 4),
};

const signIn = fc
  .tuple(userRef, fc.oneof({ arbitrary: fc.constant("own"), weight: 3 }, fc.constantFrom(...PASSWORDS)))
  .map(([ref, password]) => new SignIn(ref, password));
const createRole = fc.tuple(roleCode, namespace).map(([code, ns]) => new CreateRole({ code, namespace: ns }));
const createUser = fc
  .record({ ...identifiers, status: optional(STATUSES), resetPasswordOnFirstLogin: optional([true, false]) }, { requiredKeys: [] })
  .map((input) => new CreateUser(withoutUndefined(input)));
const changeRole = fc
  .tuple(
    fc.boolean(),
    roleCode,
    namespace,
    fc.oneof({ arbitrary: fc.record({ user: userRef }), weight: 3 }, { arbitrary: fc.record({ department: departmentCode }), weight: 1 }),
    fc.record({ enable: optional(OFFSETS), end: optional(OFFSETS) }),
  )
  .map(([assign, code, ns, target, offsets]) => new ChangeRole(assign, code, ns, target, withoutUndefined(offsets)));
const createDepartment = fc
  .tuple(departmentCode, fc.constantFrom("root", ...DEPARTMENT_CODES), fc.boolean())
  .map(([code, parent, byCode]) => new CreateDepartment(code, parent, byCode));
const changeDepartmentMembers = fc
  .tuple(fc.boolean(), departmentCode, fc.boolean(), userRefs)
  .map(([add, code, byCode, refs]) => new ChangeDepartmentMembers(add, code, byCode, refs));
const authorizeResources = fc
  .tuple(
    fc.oneof(
      fc.record({ user: userRef }),
      fc.record({ role: roleCode }),
      fc.record({ group: fc.constantFrom(...GROUP_CODES) }),
      fc.record({ department: departmentCode }),
    ),
    fc.constantFrom(RESOURCE, `${RESOURCE}:1`, "magazines"),
    fc.constantFrom<string[]>(["read"], ["write"], ["*"]),
  )
  .map(([target, resource, actions]) => new AuthorizeResources(target, resource, actions));

/**
 * Every command, with arguments from the universe; those that create what the others act on, and
 * those that act on it, listed more than once, so that sequences reach states worth checking.
 */
export const COMMANDS: fc.Arbitrary<Command>[] = [
  createUser,
  createUser,
  createUser,
  fc
    .tuple(
      userRef,
      fc.record(
        { ...identifiers, status: optional(STATUSES), resetPasswordOnFirstLogin: optional([true, false]), resetPasswordOnNextLogin: optional([true, false]) },
        { requiredKeys: [] },
      ),
    )
    .map(([ref, input]) => new UpdateUser(ref, withoutUndefined(input))),
  userRefs.map((refs) => new DeleteUsers(refs)),
  userRef.map((ref) => new ResignUser(ref)),
  signIn,
  signIn,
  createRole,
  createRole,
  fc.tuple(fc.subarray([...ROLE_CODES], { minLength: 1 }), namespace).map(([codes, ns]) => new DeleteRoles(codes, ns)),
  changeRole,
  changeRole,
  changeRole,
  createDepartment,
  createDepartment,
  fc.tuple(departmentCode, fc.boolean()).map(([code, byCode]) => new DeleteDepartment(code, byCode)),
  changeDepartmentMembers,
  changeDepartmentMembers,
  fc.constantFrom(...GROUP_CODES).map((code) => new CreateGroup(code)),
  fc.tuple(fc.constantFrom(...GROUP_CODES), userRefs).map(([code, refs]) => new AddGroupMembers(code, refs)),
  authorizeResources,
  authorizeResources,
  fc.constantFrom(HOUR / 2, HOUR).map((ms) => new AdvanceClock(ms)),
];

/** The object without its undefined fields, so that requests and counterexamples show only what is sent. */
function withoutUndefined<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
}
