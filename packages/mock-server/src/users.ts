import type { MockUser } from "./fixtures.js";
import { normalizePhoneCountryCode, samePhone } from "./phone-country-code.js";

/** A sign-in the mock recorded, as `getLoginHistory` lists it. */
export interface LoginRecord {
  /** The app the user signed in to. */
  appId: string;
  /** Unix milliseconds. */
  at: number;
  /** Whether the sign-in succeeded; failed attempts (e.g. a wrong password) are recorded too. */
  success: boolean;
  /** `PASSWORD`, `PASSCODE`… */
  method: string;
  /** The IP address the request came from. */
  clientIp: string;
  /** The request's `user-agent` header. */
  userAgent: string;
}

/** A user of the mock user pool, with what the mock remembers about them. */
export interface UserRecord {
  /** The user's ID, unique in the pool (`mock-user-<n>` unless the fixture gives one). */
  userId: string;
  /** Login name, when the user has one. */
  username?: string;
  /** Email address, when the user has one; looked up case-insensitively. */
  email?: string;
  /** Whether the email address was proved (with a code, or by being a fixture). */
  emailVerified: boolean;
  /** Phone number without the country code, e.g. `13800000000`. */
  phone?: string;
  /** The phone's country calling code, e.g. `+86`. */
  phoneCountryCode?: string;
  /** Whether the phone number was proved (with a code, or by being a fixture). */
  phoneVerified: boolean;
  /** Kept in memory only; never sent back. */
  password?: string;
  /** Unix milliseconds. */
  passwordLastSetAt?: number;
  /**
   * Set when the Management API requires a new password before the next password sign-in:
   * `firstLogin` (`resetPasswordOnFirstLogin`) or `nextLogin` (`resetPasswordOnNextLogin`). Setting
   * a password clears it.
   */
  passwordResetRequired?: "firstLogin" | "nextLogin";
  /** When the Management API last changed the account's `status`, Unix milliseconds. */
  statusChangedAt?: number;
  /** Profile fields `updateProfile` and sign-up set (name, nickname, photo, company…). */
  profile: Record<string, unknown>;
  /**
   * How the user came into the pool, as `userSourceType` shows it: `register` (they signed up),
   * `adminCreated` (the Management API or a fixture made them).
   */
  source: "register" | "adminCreated";
  /** Unix milliseconds. */
  createdAt: number;
  /** Last change to the user, Unix milliseconds. */
  updatedAt: number;
  /** Every sign-in attempt, oldest first. */
  loginHistory: LoginRecord[];
}

/**
 * The account's status, as the Management API set it (`Activated` when it never did). Only an
 * `Activated` account signs in; the others (`Suspended`, `Resigned`, `Archived`…) are locked.
 */
export function accountStatus(user: UserRecord): string {
  return typeof user.profile.status === "string" ? user.profile.status : "Activated";
}

/** The mock user pool: lookup by identifier, creation, and the public view of a user. */
export class UserStore {
  readonly #users: UserRecord[] = [];
  readonly #now: () => number;
  /** The fixtures' own user IDs: a generated ID never takes one, even before that fixture is added. */
  readonly #reserved: Set<string>;
  #counter = 0;

  /**
   * @param fixtures - the users the pool starts with (their identifiers count as verified unless
   *   `emailVerified` or `phoneVerified` is `false`).
   * @param now - the clock, Unix milliseconds, for `createdAt` and `updatedAt`.
   */
  constructor(fixtures: MockUser[], now: () => number) {
    this.#now = now;
    this.#reserved = new Set(fixtures.flatMap((user) => user.userId ?? []));
    for (const user of fixtures) {
      const { userId, username, email, phone, phoneCountryCode, password, emailVerified, phoneVerified, ...profile } = user;
      const record = this.create({ userId, username, email, phone, phoneCountryCode, password, profile, verified: true, source: "adminCreated" });
      // A fixture's identifiers count as proved unless it says otherwise, for a test of an unverified user.
      if (emailVerified === false) record.emailVerified = false;
      if (phoneVerified === false) record.phoneVerified = false;
    }
  }

  /** Every user, in creation order. */
  get all(): readonly UserRecord[] {
    return this.#users;
  }

  /** The user with this ID, or undefined. */
  byId(userId: string): UserRecord | undefined {
    return this.#users.find((user) => user.userId === userId);
  }

  /** The user with this email address (compared case-insensitively), or undefined. */
  byEmail(email: string): UserRecord | undefined {
    return this.#users.find((user) => user.email !== undefined && sameIdentifier("email", user.email, email));
  }

  /**
   * The user with this phone number in this country, or undefined: `+1 13311112222` and
   * `+86 13311112222` are two users' numbers. Without a country code the number is `+86`'s, unless
   * it is written in full (`+12025550100`).
   */
  byPhone(phone: string, phoneCountryCode?: string): UserRecord | undefined {
    return this.#users.find(
      (user) => user.phone !== undefined && samePhone({ phone: user.phone, phoneCountryCode: user.phoneCountryCode }, { phone, phoneCountryCode }),
    );
  }

  /** The user with this username (exact match), or undefined. */
  byUsername(username: string): UserRecord | undefined {
    return this.#users.find((user) => user.username === username);
  }

  /** By username, email or phone, as the `account` sign-in field allows. */
  byAccount(account: string): UserRecord | undefined {
    return this.byUsername(account) ?? this.byEmail(account) ?? this.byPhone(account);
  }

  /** Adds a user; identifiers must be free (check with the lookups first). */
  create(input: {
    userId?: string | undefined;
    username?: string | undefined;
    email?: string | undefined;
    phone?: string | undefined;
    phoneCountryCode?: string | undefined;
    password?: string | undefined;
    profile?: Record<string, unknown>;
    /** Whether email and phone count as verified (true when proved with a pass code). */
    verified?: boolean;
    /** How the user came into the pool; default `register`. */
    source?: UserRecord["source"];
  }): UserRecord {
    const now = this.#now();
    const user: UserRecord = {
      userId: input.userId ?? this.#freeId(),
      emailVerified: Boolean(input.email && input.verified),
      phoneVerified: Boolean(input.phone && input.verified),
      profile: withoutIdentifiers(input.profile ?? {}),
      source: input.source ?? "register",
      createdAt: now,
      updatedAt: now,
      loginHistory: [],
    };
    if (input.username !== undefined) user.username = input.username;
    if (input.email !== undefined) user.email = input.email;
    if (input.phone !== undefined) user.phone = input.phone;
    if (input.phoneCountryCode !== undefined) user.phoneCountryCode = input.phoneCountryCode;
    if (input.password !== undefined) {
      user.password = input.password;
      user.passwordLastSetAt = now;
    }
    this.#users.push(user);
    return user;
  }

  /** The next `mock-user-<n>` that no user (nor fixture) has. */
  #freeId(): string {
    let id: string;
    do {
      this.#counter += 1;
      id = `mock-user-${this.#counter}`;
    } while (this.#reserved.has(id) || this.byId(id) !== undefined);
    return id;
  }

  /** Removes a user; their access tokens stop working with them. */
  remove(user: UserRecord): void {
    const index = this.#users.indexOf(user);
    if (index >= 0) this.#users.splice(index, 1);
  }

  /** Marks a change, for `updatedAt`. */
  touch(user: UserRecord): void {
    user.updatedAt = this.#now();
  }

  /** Sets the account's status (`Activated`, `Suspended`, `Resigned`…); a change is dated in `statusChangedAt`. */
  setStatus(user: UserRecord, status: string): void {
    if (accountStatus(user) !== status) user.statusChangedAt = this.#now();
    user.profile.status = status;
    this.touch(user);
  }

  /** Gives a user a new password, which also meets a requirement to reset it; marks the change. */
  setPassword(user: UserRecord, password: string): void {
    user.password = password;
    user.passwordLastSetAt = this.#now();
    delete user.passwordResetRequired;
    this.touch(user);
  }
}

/**
 * Whether two values of a user identifier (`username`, `email` or `phone`) name the same user, as
 * the pool's lookups compare them: emails case-insensitively, the others exactly.
 */
export function sameIdentifier(field: string, a: string, b: string): boolean {
  return identifierText(field, a) === identifierText(field, b);
}

/** A value of a user field as the pool compares it: an email in lower case (emails are case-insensitive), the others as they are. */
export function identifierText(field: string, value: string): string {
  return field === "email" ? value.toLowerCase() : value;
}

/** The user as the API shows it (`UserDto`): no password, timestamps as ISO strings. */
export function userView(
  user: UserRecord,
  options: { withCustomData?: boolean; withIdentities?: boolean; withDepartmentIds?: boolean } = {},
): Record<string, unknown> {
  const { customData, ...profile } = user.profile;
  const lastLogin = user.loginHistory.findLast((record) => record.success);
  const view: Record<string, unknown> = {
    ...profile,
    userId: user.userId,
    createdAt: iso(user.createdAt),
    updatedAt: iso(user.updatedAt),
    status: accountStatus(user),
    workStatus: "Active",
    gender: typeof profile.gender === "string" ? profile.gender : "U",
    emailVerified: user.emailVerified,
    phoneVerified: user.phoneVerified,
    userSourceType: user.source,
    loginsCount: user.loginHistory.filter((record) => record.success).length,
  };
  if (user.username !== undefined) view.username = user.username;
  if (user.email !== undefined) view.email = user.email;
  if (user.phone !== undefined) view.phone = user.phone;
  // Shown as `+86`, however it came (`86`, `0086`).
  if (user.phoneCountryCode !== undefined) view.phoneCountryCode = normalizePhoneCountryCode(user.phoneCountryCode);
  if (user.passwordLastSetAt !== undefined) view.passwordLastSetAt = iso(user.passwordLastSetAt);
  view.resetPasswordOnNextLogin = user.passwordResetRequired !== undefined;
  if (user.statusChangedAt !== undefined) view.statusChangedAt = iso(user.statusChangedAt);
  if (lastLogin) {
    view.lastLogin = iso(lastLogin.at);
    view.lastIp = lastLogin.clientIp;
    view.lastLoginApp = lastLogin.appId;
  }
  if (options.withCustomData) view.customData = (customData as Record<string, unknown> | undefined) ?? {};
  if (options.withIdentities) view.identities = [];
  if (options.withDepartmentIds) view.departmentIds = [];
  return view;
}

/** Profile fields only: email, phone and username are identifiers, set and proved on their own, and their verification is the record's. */
function withoutIdentifiers(profile: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...profile };
  for (const key of ["userId", "username", "email", "phone", "phoneCountryCode", "password", "emailVerified", "phoneVerified"]) delete copy[key];
  return copy;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
