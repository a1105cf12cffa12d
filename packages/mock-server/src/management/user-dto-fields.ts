import { managementSpec } from "../generated/management-spec.js";

const USER_DTO = managementSpec.components?.schemas?.UserDto as { properties?: Record<string, unknown> } | undefined;

/**
 * The fields of a user: the properties of the spec's `UserDto`, whether a given user has them or
 * not. A custom data field never takes one of these names, so that a name always means the same.
 */
export const USER_DTO_FIELDS: ReadonlySet<string> = new Set(Object.keys(USER_DTO?.properties ?? {}));
