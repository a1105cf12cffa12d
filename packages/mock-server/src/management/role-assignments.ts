import type { RoleRecord } from "./management-state.js";

/**
 * When a role assignment is in effect (`assignRole`'s `enableTime` and `endTime`, Unix
 * milliseconds): from `enableTime` until `endTime`; from the assignment on, and forever, when unset.
 */
export interface AssignmentWindow {
  /** The assignment takes effect at this time. */
  enableTime?: number;
  /** The assignment ends at this time. */
  endTime?: number;
}

/** Whether an assignment is in effect at `now`: `enableTime` has come and `endTime` has not. */
export function inEffect(window: AssignmentWindow, now: number): boolean {
  return (window.enableTime === undefined || window.enableTime <= now) && (window.endTime === undefined || now < window.endTime);
}

/** The users (`USER`) or departments (`DEPARTMENT`) a role is assigned to at `now`, in assignment order. */
export function assignedAt(role: RoleRecord, targetType: "USER" | "DEPARTMENT", now: number): string[] {
  const assignments = targetType === "USER" ? role.userIds : role.departmentIds;
  return [...assignments].flatMap(([id, window]) => (inEffect(window, now) ? [id] : []));
}

/** Whether a role is assigned, at `now`, to this user (`USER`) or department (`DEPARTMENT`). */
export function isAssignedAt(role: RoleRecord, targetType: "USER" | "DEPARTMENT", id: string, now: number): boolean {
  const window = (targetType === "USER" ? role.userIds : role.departmentIds).get(id);
  return window !== undefined && inEffect(window, now);
}
