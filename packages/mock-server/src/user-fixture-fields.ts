import type { ValidateFunction } from "ajv/dist/2020.js";
import { fieldPath, refuseUnknownKeys } from "./fixture-keys.js";
import { spec } from "./generated/spec.js";
import { SpecValidator } from "./validation.js";

/** The fields of a user fixture that identify the user or sign them in: kept apart from the profile. */
export const USER_IDENTIFIER_FIELDS = ["userId", "username", "email", "phone", "phoneCountryCode", "password"] as const;

/**
 * Fields of the spec's `UserDto` that the mock computes, with where their value comes from: a
 * fixture's value would be overwritten in every answer, so a fixture may not give one.
 */
const COMPUTED_USER_FIELDS: Record<string, string> = {
  createdAt: "from the server's clock when it starts",
  updatedAt: "from the server's clock when the user last changes",
  loginsCount: "from the user's sign-ins",
  lastLogin: "from the user's sign-ins",
  lastIp: "from the user's sign-ins",
  lastLoginApp: "from the user's sign-ins",
  passwordLastSetAt: "from the time the password is set",
  workStatus: "always Active",
  userSourceType: "adminCreated for fixtures and the Management API's users, register for sign-ups",
  identities: "none: the mock links no identity sources",
  departmentIds: "from the Management API's departments: add the user with addDepartmentMembers",
  signedUp: "the same as createdAt",
  passwordSecurityLevel: "from the user's password",
};

const userDto = spec.components?.schemas?.UserDto as { properties: Record<string, unknown> };

/**
 * The profile fields a user fixture may carry besides its identifiers: the properties of the
 * spec's `UserDto` that the mock keeps as given and shows (`name`, `nickname`, `photo`, `gender`,
 * `status`, `emailVerified`, `customData`…).
 */
export const USER_PROFILE_FIELDS: readonly string[] = Object.keys(userDto.properties).filter(
  (field) => !(USER_IDENTIFIER_FIELDS as readonly string[]).includes(field) && !(field in COMPUTED_USER_FIELDS),
);

const KNOWN_FIELDS = [...USER_IDENTIFIER_FIELDS, ...USER_PROFILE_FIELDS];
const KNOWN_TEXT = `${USER_IDENTIFIER_FIELDS.join(", ")}, and these fields of UserDto: ${USER_PROFILE_FIELDS.join(", ")}`;

let profileCheck: ValidateFunction | undefined;

/**
 * Checks the fields of one user fixture (`where` is its path, e.g. `fixtures.users[0]`): no key
 * but an identifier or a `UserDto` profile field, identifiers that are strings, an `email` with
 * an `@` between two parts, and profile values that follow `UserDto`, whose
 * schema every answer about the user is checked against. Throws a `TypeError` naming the field.
 */
export function checkUserFixtureFields(entry: Record<string, unknown>, where: string): void {
  for (const key of Object.keys(entry)) {
    if (Object.hasOwn(COMPUTED_USER_FIELDS, key)) {
      throw new TypeError(`${fieldPath(where, key)} is computed by the mock server (${COMPUTED_USER_FIELDS[key]}): leave it out of the fixture`);
    }
  }
  refuseUnknownKeys(entry, where, KNOWN_FIELDS, KNOWN_TEXT);
  for (const field of USER_IDENTIFIER_FIELDS) {
    if (entry[field] !== undefined && typeof entry[field] !== "string") throw new TypeError(`${where}.${field} must be a string`);
  }
  // A fixture may use a single-label domain (`admin@localhost`), which sign-up refuses; what is
  // refused here is a value that is no address at all (a username or a phone in the email field).
  if (typeof entry.email === "string" && !/^[^\s@]+@[^\s@]+$/.test(entry.email)) {
    throw new TypeError(`${where}.email ${JSON.stringify(entry.email)} is not an email address: give one such as ann@example.com`);
  }
  profileCheck ??= SpecValidator.of(spec).propertiesCheck("UserDto", USER_PROFILE_FIELDS);
  if (profileCheck(entry)) return;
  const error = profileCheck.errors?.[0];
  const field = error?.instancePath.split("/").filter(Boolean).join(".") ?? "";
  const allowed = (error?.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
  const detail = allowed ? `must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}` : (error?.message ?? "is invalid");
  throw new TypeError(`${where}${field ? `.${field}` : ""} ${detail} (UserDto in the spec), got ${JSON.stringify(valueAt(entry, field))}`);
}

/** The value at a dotted path of `entry`, for the message. */
function valueAt(entry: Record<string, unknown>, path: string): unknown {
  let value: unknown = entry;
  for (const part of path.split(".").filter(Boolean)) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}
