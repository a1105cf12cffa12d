// The invariants the stateful fuzz checks against its model (test/helpers/management-model.ts),
// each through the mock's Management API over HTTP: who the user lookups and lists find, the
// roles, members and permissions they answer, and that every answer is a GenAuth envelope.
import { expect } from "vitest";
import type { Answer, ManagementSession } from "./management-session.js";
import {
  IDENTIFIER_TYPES,
  type IdentifierField,
  type ManagementModel,
  NAMESPACES,
  RESOURCE_CODES,
  ROLE_CODES,
  roleKey,
  type UserModel,
} from "./management-model.js";

/** The organization every run's departments belong to. */
export const ORGANIZATION = "o";
/** Large enough for every list of a run in one page (the spec's maximum). */
const ALL = 50;

/** An answer is a GenAuth envelope: 200, or a 4xx with a message saying why. */
export function expectEnvelope(answer: Answer): void {
  const summary = JSON.stringify(answer);
  expect(typeof answer.statusCode, summary).toBe("number");
  if (answer.statusCode === 200) return;
  expect(answer.statusCode >= 400 && answer.statusCode < 500, summary).toBe(true);
  expect(typeof answer.message === "string" && answer.message.length > 0, summary).toBe(true);
}

/** An envelope with the `statusCode` (and `apiCode`, when given) the model expects. */
export function expectStatus(answer: Answer, statusCode: number, apiCode?: number): void {
  expectEnvelope(answer);
  expect(answer.statusCode, JSON.stringify(answer)).toBe(statusCode);
  if (apiCode !== undefined) expect(answer.apiCode, JSON.stringify(answer)).toBe(apiCode);
}

/** The `data` of a successful answer. */
export function dataOf<T>(answer: Answer): T {
  expectStatus(answer, 200);
  return answer.data as T;
}

interface UserView {
  userId: string;
  username?: string;
  email?: string;
  phone?: string;
  externalId?: string;
  status: string;
  resetPasswordOnNextLogin: boolean;
}
type Paged<T> = { totalCount: number; list: T[] };

/** What the model says a user's list entry shows. */
function expectedView(user: UserModel): Partial<UserView> {
  const { userId, username, email, phone, externalId, status } = user;
  return { userId, username, email, phone, externalId, status, resetPasswordOnNextLogin: user.resetRequired !== undefined };
}

function shownView(view: UserView): Partial<UserView> {
  const { userId, username, email, phone, externalId, status, resetPasswordOnNextLogin } = view;
  return { userId, username, email, phone, externalId, status, resetPasswordOnNextLogin };
}

/**
 * `listUsers` lists the model's users, in creation order, with their identifiers, status and reset
 * requirement; `paged` also reads it two at a time, `totalCount` the same on every page.
 */
export async function checkUserList(s: ManagementSession, m: ManagementModel, paged = false): Promise<void> {
  const all = dataOf<Paged<UserView>>(await s.post("list-users", { options: { pagination: { page: 1, limit: ALL } } }));
  expect(all.list.map(shownView)).toEqual(m.users.map(expectedView));
  expect(all.totalCount).toBe(m.users.length);
  if (!paged) return;
  const ids: string[] = [];
  for (let page = 1; page <= Math.ceil(m.users.length / 2) + 1; page++) {
    const one = dataOf<Paged<UserView>>(await s.post("list-users", { options: { pagination: { page, limit: 2 } } }));
    expect(one.totalCount).toBe(m.users.length);
    ids.push(...one.list.map((user) => user.userId));
  }
  expect(ids).toEqual(m.users.map((user) => user.userId));
}

/**
 * `getUser` finds, by user ID and by each identifier `users` have or had, whom the model says owns
 * it now: a deleted user by none, a former identifier of theirs only by its new owner.
 */
export async function checkLookups(s: ManagementSession, m: ManagementModel, users: UserModel[]): Promise<void> {
  for (const user of users) {
    await expectFound(s, user.userId, "user_id", m.user(user.userId));
    for (const [field, userIdType] of Object.entries(IDENTIFIER_TYPES) as [IdentifierField, string][]) {
      const value = user[field];
      if (value !== undefined) await expectFound(s, value, userIdType, m.owner(field, value));
    }
  }
}

async function expectFound(s: ManagementSession, userId: string, userIdType: string, owner: UserModel | undefined): Promise<void> {
  const answer = await s.get("get-user", { userId, userIdType });
  if (owner) expect(dataOf<UserView>(answer).userId, `getUser ${userIdType} ${JSON.stringify(userId)}`).toBe(owner.userId);
  else expectStatus(answer, 404, 2004);
}

/**
 * Each user's roles (`getUserRoles` per namespace, `hasAnyRole`) and permissions
 * (`checkPermission` for every resource code, `isActionAllowed` for two of them, which must agree
 * with it) are the model's.
 */
export async function checkAccess(s: ManagementSession, m: ManagementModel, userIds: Iterable<string>): Promise<void> {
  for (const userId of new Set(userIds)) {
    if (!m.user(userId)) continue;
    for (const namespace of NAMESPACES) {
      const roles = dataOf<Paged<{ code: string }>>(await s.get("get-user-roles", { userId, namespace }));
      expect(roles.totalCount).toBe(roles.list.length);
      expect(roles.list.map((role) => role.code).sort(), `getUserRoles ${userId} ${namespace}`).toEqual(
        m
          .rolesOf(userId, namespace)
          .map((role) => role.code)
          .sort(),
      );
    }
    // Two disjoint pairs, so each role counts alone in one of them.
    for (const pair of [
      [roleKey("admin", "default"), roleKey("viewer", "ns2")],
      [roleKey("viewer", "default"), roleKey("admin", "ns2")],
    ]) {
      const roles = pair.map((key) => ({ namespace: key.split("/")[0] as string, code: key.split("/")[1] as string }));
      const answer = dataOf<{ hasAnyRole: boolean }>(await s.post("has-any-role", { userId, roles }));
      const expected = roles.some(({ code, namespace }) => m.rolesOf(userId, namespace).some((role) => role.code === code));
      expect(answer.hasAnyRole, `hasAnyRole ${userId} ${pair.join(" ")}`).toBe(expected);
    }
    const enabled = new Map<string, boolean>();
    for (const action of ["read", "write"]) {
      const resources = [...RESOURCE_CODES];
      const { checkResultList } = dataOf<{ checkResultList: { resource: string; enabled: boolean }[] }>(
        await s.post("check-permission", { userId, action, resources, namespaceCode: "default" }),
      );
      expect(checkResultList.map((each) => each.resource)).toEqual(resources);
      for (const { resource, enabled: allowed } of checkResultList) {
        expect(allowed, `checkPermission ${userId} ${action} ${resource}`).toBe(m.allows(userId, resource, action));
        enabled.set(`${action} ${resource}`, allowed);
      }
    }
    for (const [action, resource] of [
      ["read", RESOURCE_CODES[1]],
      ["write", RESOURCE_CODES[0]],
    ] as const) {
      const { allowed } = dataOf<{ allowed: boolean }>(await s.post("is-action-allowed", { userId, action, resource }));
      expect(allowed, `isActionAllowed ${userId} ${action} ${resource} vs checkPermission`).toBe(enabled.get(`${action} ${resource}`));
    }
  }
}

/** `listRoleMembers` lists each role's members in effect (answering 404 for a role the model lacks). */
export async function checkRoleMembers(s: ManagementSession, m: ManagementModel): Promise<void> {
  for (const namespace of NAMESPACES) {
    for (const code of ROLE_CODES) {
      const role = m.roles.get(roleKey(code, namespace));
      const answer = await s.get("list-role-members", { code, namespace, limit: ALL });
      if (!role) {
        expectStatus(answer, 404);
        continue;
      }
      const members = dataOf<Paged<{ userId: string }>>(answer);
      expect(members.totalCount).toBe(members.list.length);
      expect(members.list.map((user) => user.userId).sort(), `listRoleMembers ${namespace} ${code}`).toEqual(m.roleMembers(role).sort());
    }
  }
}

/**
 * Each department lists the members the model says (a deleted one answers 404), and each user's
 * `getUserDepartments` the departments that list them.
 */
export async function checkDepartments(s: ManagementSession, m: ManagementModel): Promise<void> {
  for (const [code, departmentId] of m.departmentIdsSeen) {
    const department = m.department(code);
    const answer = await s.get("list-department-members", { organizationCode: ORGANIZATION, departmentId, limit: ALL });
    if (department?.departmentId !== departmentId) {
      expectStatus(answer, 404);
      continue;
    }
    const members = dataOf<Paged<{ userId: string }>>(answer);
    expect(members.totalCount).toBe(members.list.length);
    expect(members.list.map((user) => user.userId).sort(), `listDepartmentMembers ${code}`).toEqual([...department.members].sort());
  }
  for (const user of m.users) {
    const departments = dataOf<Paged<{ departmentId: string }>>(await s.get("get-user-departments", { userId: user.userId, limit: ALL }));
    expect(departments.totalCount).toBe(departments.list.length);
    expect(departments.list.map((each) => each.departmentId).sort(), `getUserDepartments ${user.userId}`).toEqual(
      m
        .departmentsOf(user.userId)
        .map((each) => each.departmentId)
        .sort(),
    );
  }
}

/** Each group lists the members the model says, and each user's `getUserGroups` the groups that list them. */
export async function checkGroups(s: ManagementSession, m: ManagementModel): Promise<void> {
  for (const [code, members] of m.groups) {
    const listed = dataOf<Paged<{ userId: string }>>(await s.get("list-group-members", { code, limit: ALL }));
    expect(listed.list.map((user) => user.userId).sort(), `listGroupMembers ${code}`).toEqual([...members].sort());
  }
  for (const user of m.users) {
    const groups = dataOf<Paged<{ code: string }>>(await s.get("get-user-groups", { userId: user.userId }));
    const expected = [...m.groups].flatMap(([code, members]) => (members.has(user.userId) ? [code] : []));
    expect(groups.list.map((group) => group.code).sort(), `getUserGroups ${user.userId}`).toEqual(expected.sort());
  }
}

/** Every invariant, for every user, role, department and group of the run (deleted ones included). */
export async function checkEverything(s: ManagementSession, m: ManagementModel): Promise<void> {
  await checkUserList(s, m, true);
  await checkLookups(s, m, [...m.users, ...m.deletedUsers]);
  await checkAccess(
    s,
    m,
    m.users.map((user) => user.userId),
  );
  await checkRoleMembers(s, m);
  await checkDepartments(s, m);
  await checkGroups(s, m);
}
