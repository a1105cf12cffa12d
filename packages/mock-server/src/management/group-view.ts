import type { MockState } from "../state.js";
import type { GroupRecord } from "./management-state.js";
import { managementUserView } from "./users-view.js";

/** The group as both APIs show it (`GroupDto`), its members included when `withMembers`. */
export function groupView(state: MockState, group: GroupRecord, withMembers = false, withCustomData = false): Record<string, unknown> {
  const members = withMembers ? [...group.userIds].flatMap((userId) => state.users.byId(userId) ?? []) : [];
  const view: Record<string, unknown> = {
    id: group.id,
    code: group.code,
    name: group.name,
    description: group.description,
    type: group.type,
    metadataSource: [],
    members: members.map((user) => managementUserView(state, user)),
  };
  if (withCustomData) view.customData = group.customData;
  return view;
}
