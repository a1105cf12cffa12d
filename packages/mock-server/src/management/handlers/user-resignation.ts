import { ok } from "../../envelope.js";
import type { ManagementHandler } from "../handler.js";
import { findUser, findUsers, userNotFound } from "../users-view.js";

/** The account status of a user who has left (`UserDto.status`). */
const RESIGNED = "Resigned";

/**
 * `resignUser`: the user (read as `userIdType`) leaves: their status becomes `Resigned`, dated in
 * `statusChangedAt`, which locks the account as any status but `Activated` does (sign-in answers
 * apiCode 2005, their tokens stop working). An unknown user answers 404, apiCode 2004.
 */
export const resignUser: ManagementHandler = ({ body, state }) => {
  const { userId, userIdType } = body as { userId: string; userIdType?: string };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  state.users.setStatus(user, RESIGNED);
  return ok({ success: true });
};

/** `resignUserBatch`: every user of `userIds` leaves, as with `resignUser`; none when one of them does not exist (404 naming it). */
export const resignUserBatch: ManagementHandler = ({ body, state }) => {
  const { userIds, userIdType } = body as { userIds: string[]; userIdType?: string };
  const found = findUsers(state, userIds, userIdType);
  if ("failure" in found) return found.failure;
  for (const user of found.users) state.users.setStatus(user, RESIGNED);
  return ok({ success: true });
};
