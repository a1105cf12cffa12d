import { fail, ok, type Envelope } from "../../envelope.js";
import type { MockState } from "../../state.js";
import type { ManagementHandler } from "../handler.js";
import { rekey, type GroupRecord } from "../management-state.js";
import { findGroup, groupNotFound } from "../targets.js";
import { groupView } from "../group-view.js";
import { groupsOf } from "../memberships.js";
import { findUser, managementUserView, userNotFound } from "../users-view.js";
import { page } from "../page.js";

interface GroupInput {
  code: string;
  name: string;
  description: string;
  type?: string;
  customData?: Record<string, unknown>;
}

/** `createGroup`: a group with a code unique in the pool. */
export const createGroup: ManagementHandler = ({ body, state }) => {
  const input = body as GroupInput;
  if (state.management.groups.has(input.code)) return groupExists(input.code);
  return ok(groupView(state, addGroup(state, input), false, true));
};

/** `createGroupsBatch`: every group of `list`, or none when a code is taken. */
export const createGroupsBatch: ManagementHandler = ({ body, state }) => {
  const { list } = body as { list: GroupInput[] };
  const taken = list.find((input, i) => state.management.groups.has(input.code) || list.slice(0, i).some((other) => other.code === input.code));
  if (taken) return groupExists(taken.code);
  return ok(list.map((input) => groupView(state, addGroup(state, input), false, true)));
};

/** `createOrUpdateGroup`: creates the group, or updates the one with that code. */
export const createOrUpdateGroup: ManagementHandler = ({ body, state }) => {
  const input = body as GroupInput;
  const existing = findGroup(state, input.code);
  if (existing) {
    Object.assign(existing, { name: input.name, description: input.description, type: input.type ?? existing.type });
    return ok({ created: false, data: groupView(state, existing, true) });
  }
  return ok({ created: true, data: groupView(state, addGroup(state, input)) });
};

/** `getGroup`: one group by code, with its members. */
export const getGroup: ManagementHandler = ({ query, state }) => {
  const { code, withCustomData } = query as { code: string; withCustomData?: boolean };
  const group = findGroup(state, code);
  return group ? ok(groupView(state, group, true, withCustomData === true)) : groupNotFound(code);
};

/** `listGroups`: the groups whose code, name or description contains `keywords`, paged. */
export const listGroups: ManagementHandler = ({ query, state }) => {
  const { keywords, page: pageNumber, limit, withCustomData } = query as { keywords?: string; page?: number; limit?: number; withCustomData?: boolean };
  const wanted = keywords?.toLowerCase();
  const groups = [...state.management.groups.values()].filter(
    (group) => !wanted || [group.code, group.name, group.description].some((text) => text.toLowerCase().includes(wanted)),
  );
  return ok(page(groups, pageNumber, limit, (group) => groupView(state, group, false, withCustomData === true)));
};

/** `getAllGroups`: every group, with members when `fetchMembers`. */
export const getAllGroups: ManagementHandler = ({ query, state }) => {
  const { fetchMembers, withCustomData } = query as { fetchMembers?: boolean; withCustomData?: boolean };
  return ok([...state.management.groups.values()].map((group) => groupView(state, group, fetchMembers === true, withCustomData === true)));
};

/** `updateGroup`: renames a group (`newCode`, keeping its place in the list), changes its name, description or custom data. */
export const updateGroup: ManagementHandler = ({ body, state }) => {
  const input = body as GroupInput & { newCode?: string; name?: string };
  const group = findGroup(state, input.code);
  if (!group) return groupNotFound(input.code);
  if (input.newCode !== undefined && input.newCode !== group.code) {
    if (state.management.groups.has(input.newCode)) return groupExists(input.newCode);
    rekey(state.management.groups, group.code, input.newCode);
    state.management.renameTarget("GROUP", group.code, input.newCode);
    group.code = input.newCode;
  }
  group.description = input.description;
  if (input.name !== undefined) group.name = input.name;
  if (input.customData !== undefined) group.customData = { ...group.customData, ...input.customData };
  return ok(groupView(state, group, true, true));
};

/** `deleteGroupsBatch`: removes the groups of `codeList` and their grants. */
export const deleteGroupsBatch: ManagementHandler = ({ body, state }) => {
  const { codeList } = body as { codeList: string[] };
  for (const code of codeList) {
    if (state.management.groups.delete(code)) state.management.revokeAll("GROUP", code);
  }
  return ok({ success: true });
};

/** `addGroupMembers`: adds users (by user ID) to a group. */
export const addGroupMembers: ManagementHandler = ({ body, state }) => changeMembers(state, body as { code: string; userIds: string[] }, true);

/** `removeGroupMembers`: removes users from a group. */
export const removeGroupMembers: ManagementHandler = ({ body, state }) => changeMembers(state, body as { code: string; userIds: string[] }, false);

/** `listGroupMembers`: a group's members, paged. */
export const listGroupMembers: ManagementHandler = ({ query, state }) => {
  const { code, page: pageNumber, limit } = query as { code: string; page?: number; limit?: number };
  const group = findGroup(state, code);
  if (!group) return groupNotFound(code);
  const members = [...group.userIds].flatMap((userId) => state.users.byId(userId) ?? []);
  return ok(page(members, pageNumber, limit, (user) => managementUserView(state, user, query)));
};

/** `getUserGroups`: the groups a user is a member of. */
export const getUserGroups: ManagementHandler = ({ query, state }) => {
  const { userId, userIdType } = query as { userId: string; userIdType?: string };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  const groups = groupsOf(state, user.userId);
  return ok({ totalCount: groups.length, list: groups.map((group) => groupView(state, group)) });
};

function addGroup(state: MockState, input: GroupInput): GroupRecord {
  const group: GroupRecord = {
    id: state.management.nextId("group"),
    code: input.code,
    name: input.name,
    description: input.description,
    type: input.type ?? "static",
    customData: { ...input.customData },
    userIds: new Set(),
  };
  state.management.groups.set(group.code, group);
  return group;
}

function changeMembers(state: MockState, { code, userIds }: { code: string; userIds: string[] }, add: boolean): Envelope {
  const group = findGroup(state, code);
  if (!group) return groupNotFound(code);
  const missing = userIds.find((userId) => !state.users.byId(userId));
  if (missing !== undefined) return userNotFound(missing);
  for (const userId of userIds) {
    if (add) group.userIds.add(userId);
    else group.userIds.delete(userId);
  }
  return ok({ success: true });
}

function groupExists(code: string): Envelope {
  return fail(409, `group ${JSON.stringify(code)} already exists: choose another code`);
}
