import { fail, type Envelope } from "../envelope.js";
import { normalizePhoneCountryCode } from "../phone-country-code.js";
import { identifierText, type UserRecord } from "../users.js";
import { USER_DTO_FIELDS } from "./user-dto-fields.js";

/** One item of `listUsers`' `advancedFilter` (`ListUsersAdvancedFilterItemDto`). */
export interface AdvancedFilter {
  field: string;
  operator: string;
  value?: unknown;
}

/** One item of `listUsers`' `options.sort` (`SortingDto`). */
export interface UserSort {
  field: string;
  order: string;
}

/** The operators of `ListUsersAdvancedFilterItemDto.operator`, all of which the mock evaluates. */
const OPERATORS = new Set(["EQUAL", "NOT_EQUAL", "CONTAINS", "NOT_CONTAINS", "IS_NULL", "NOT_NULL", "IN", "GREATER", "LESSER", "BETWEEN"]);

/** Fields whose filter GenAuth evaluates against data the mock does not keep (sources, apps, identities). */
const UNSUPPORTED_FIELDS = new Set(["userSource", "department", "loggedInApps", "identity"]);

/** Filter and sort fields that are times: compared as Unix milliseconds (a number, or a date text). */
const TIME_FIELDS = new Set(["createdAt", "updatedAt", "lastLogin", "passwordLastSetAt", "statusChangedAt", "lastMfaTime", "birthdate"]);

/** The user field a filter or sort names: `id` is the user ID, `signedUp` the creation time. */
function userField(field: string): string {
  return field === "id" ? "userId" : field === "signedUp" ? "createdAt" : field;
}

/**
 * What a user (`view`, custom data included) has in `field`: a user property (empty when the user
 * does not have it), or else a custom data field.
 */
function read(view: Record<string, unknown>, field: string): unknown {
  const name = userField(field);
  if (Object.hasOwn(view, name) || USER_DTO_FIELDS.has(name)) return view[name];
  const customData = view.customData as Record<string, unknown> | undefined;
  return customData && Object.hasOwn(customData, field) ? customData[field] : undefined;
}

/** A value as a number to compare: Unix milliseconds for a time field, else a number (or numeric text); undefined when it is not one. */
function comparable(field: string, value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (!TIME_FIELDS.has(userField(field))) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

function absent(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** A value as text to compare, as the pool compares that field (emails case-insensitively). */
function text(field: string, value: unknown): string {
  return identifierText(field, String(value));
}

/** Whether `actual` contains `value` as text (an email case-insensitively). */
function contains(field: string, actual: unknown, value: unknown): boolean {
  return text(field, actual).includes(text(field, value));
}

function equal(field: string, actual: unknown, value: unknown): boolean {
  if (absent(actual)) return absent(value);
  // The user shows a country code as `+86`, however it was given; so does a filter's value.
  if (field === "phoneCountryCode" && typeof value === "string") return actual === normalizePhoneCountryCode(value);
  if (TIME_FIELDS.has(userField(field))) {
    const time = comparable(field, actual);
    return time !== undefined && time === comparable(field, value);
  }
  return actual === value || (typeof actual !== "object" && typeof value !== "object" && text(field, actual) === text(field, value));
}

/**
 * A 400 envelope when the mock cannot evaluate a filter (an operator it does not know, a field it
 * does not keep, or a value the operator cannot use), naming what is wrong; undefined otherwise.
 */
export function filterProblem({ field, operator, value }: AdvancedFilter, where: string): Envelope | undefined {
  if (!OPERATORS.has(operator)) {
    return fail(400, `${where}.operator ${JSON.stringify(operator)} is not an operator the mock can evaluate: use one of ${[...OPERATORS].join(", ")}`);
  }
  if (UNSUPPORTED_FIELDS.has(field)) {
    return fail(400, `${where}.field ${JSON.stringify(field)} is not kept by the mock, which cannot evaluate ${operator} on it: filter on another field`);
  }
  if (operator === "IN" && !Array.isArray(value)) return fail(400, `${where}.value must be an array for operator IN, got ${JSON.stringify(value)}`);
  if ((operator === "GREATER" || operator === "LESSER") && comparable(field, value) === undefined) {
    return fail(
      400,
      `${where}.value must be a number${TIME_FIELDS.has(userField(field)) ? " or a time" : ""} for operator ${operator}, got ${JSON.stringify(value)}`,
    );
  }
  if (operator === "BETWEEN" && !(Array.isArray(value) && value.length === 2 && value.every((bound) => comparable(field, bound) !== undefined))) {
    return fail(
      400,
      `${where}.value must be [from, to] (numbers${TIME_FIELDS.has(userField(field)) ? " or times" : ""}) for operator BETWEEN, got ${JSON.stringify(value)}`,
    );
  }
  if ((operator === "CONTAINS" || operator === "NOT_CONTAINS") && (absent(value) || typeof value === "object")) {
    return fail(400, `${where}.value must be a text for operator ${operator}, got ${JSON.stringify(value)}`);
  }
  return undefined;
}

/** Whether a user (`view`, custom data included) passes a filter `filterProblem` accepted. GREATER, LESSER and BETWEEN include their bounds. */
export function matchesFilter(view: Record<string, unknown>, filter: AdvancedFilter): boolean {
  const { field, operator, value } = filter;
  const actual = read(view, field);
  const number = comparable(field, actual);
  switch (operator) {
    case "EQUAL":
      return equal(field, actual, value);
    case "NOT_EQUAL":
      return !equal(field, actual, value);
    case "CONTAINS":
      return !absent(actual) && contains(field, actual, value);
    case "NOT_CONTAINS":
      return absent(actual) || !contains(field, actual, value);
    case "IS_NULL":
      return absent(actual);
    case "NOT_NULL":
      return !absent(actual);
    case "IN":
      return (value as unknown[]).some((each) => equal(field, actual, each));
    case "GREATER":
      return number !== undefined && number >= (comparable(field, value) as number);
    case "LESSER":
      return number !== undefined && number <= (comparable(field, value) as number);
    case "BETWEEN": {
      const [from, to] = (value as unknown[]).map((bound) => comparable(field, bound) as number) as [number, number];
      return number !== undefined && number >= from && number <= to;
    }
    default:
      return false;
  }
}

/**
 * `items` sorted by each of `sort` in turn (`asc` or `desc`; times and numbers compared as numbers,
 * the rest as text), users without the field last; ties keep creation order.
 */
export function sortUsers<T extends { user: UserRecord; view: Record<string, unknown> }>(items: readonly T[], sort: readonly UserSort[]): T[] {
  const keyed = items.map((item) => ({ item, keys: sort.map(({ field }) => sortKey(field, read(item.view, field))) }));
  keyed.sort((a, b) => {
    for (const [i, { order }] of sort.entries()) {
      const x = a.keys[i];
      const y = b.keys[i];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const difference = x < y ? -1 : 1;
      return order === "desc" ? -difference : difference;
    }
    return 0;
  });
  return keyed.map(({ item }) => item);
}

function sortKey(field: string, value: unknown): number | string | undefined {
  if (absent(value)) return undefined;
  if (TIME_FIELDS.has(userField(field)) || typeof value === "number") return comparable(field, value);
  return typeof value === "boolean" ? Number(value) : String(value);
}
