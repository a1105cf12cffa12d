import { DEFAULT_NAMESPACE, roleStatus, type RoleRecord } from "./management-state.js";

/** The role as both APIs show it (`RoleDto`) at `now`: `DISABLE` when disabled or past its `disableTime`. */
export function roleView(role: RoleRecord, now: number): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: role.id,
    code: role.code,
    name: role.name,
    description: role.description,
    namespace: role.namespace,
    namespaceName: role.namespace === DEFAULT_NAMESPACE ? "Default" : role.namespace,
    status: roleStatus(role, now),
  };
  if (role.disableTime !== undefined) view.disableTime = role.disableTime;
  return view;
}
