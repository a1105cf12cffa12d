import type { Clock } from "./clock.js";
import { OneTimeTokens } from "./one-time-tokens.js";

/** The kinds of MFA factor a user may enrol, in the order `listFactorsToEnroll` lists them. */
export const MFA_FACTOR_TYPES = ["OTP", "SMS", "EMAIL", "FACE"] as const;

/** A kind of MFA factor: an authenticator app, a phone, an email address or a face. */
export type MfaFactorType = (typeof MFA_FACTOR_TYPES)[number];

/**
 * How long an `enrollmentToken` works: a minute, as `sendEnrollFactorRequest`'s answer documents.
 */
export const MFA_ENROLLMENT_TOKEN_LIFETIME_SECONDS = 60;

/** What a factor is bound to, as `FactorDto.profile` shows it. */
export interface MfaFactorProfile {
  /** The phone that receives the codes of an SMS factor, without its country code. */
  phoneNumber?: string;
  /** That phone's country calling code, e.g. `+86`. */
  phoneCountryCode?: string;
  /** The address that receives the codes of an EMAIL factor. */
  email?: string;
  /** The photo a FACE factor was enrolled with. */
  photo?: string;
}

/** An MFA factor a user has enrolled. */
export interface MfaFactorRecord {
  /** The factor's ID, e.g. `mock-factor-1`. */
  factorId: string;
  /** The user it belongs to. */
  userId: string;
  /** Its kind. */
  factorType: MfaFactorType;
  /** Where its codes go: nothing for OTP, whose codes the authenticator app computes. */
  profile: MfaFactorProfile;
  /** The base32 TOTP secret, for an OTP factor. */
  secret?: string;
  /** The recovery code given at enrolment, for an OTP factor. */
  recoveryCode?: string;
  /** When it was enrolled, Unix milliseconds. */
  enrolledAt: number;
}

/** An enrolment `sendEnrollFactorRequest` started, waiting for `enrollFactor` and its code. */
export interface PendingEnrollment {
  /** The user who started it. */
  userId: string;
  /** The kind of factor being enrolled. */
  factorType: MfaFactorType;
  /** Where the factor's codes will go (SMS, EMAIL). */
  profile: MfaFactorProfile;
  /** The TOTP secret given to the authenticator app, for OTP. */
  secret?: string;
  /** The recovery code given with it, for OTP. */
  recoveryCode?: string;
}

/** The MFA factors users have enrolled, and the enrolments started and not yet finished. */
export class MfaFactorStore {
  /** Enrolments started by `sendEnrollFactorRequest`, by `enrollmentToken`. */
  readonly enrollments: OneTimeTokens<PendingEnrollment>;
  readonly #factors: MfaFactorRecord[] = [];
  readonly #now: Clock;
  #counter = 0;

  /** @param now - the clock, Unix milliseconds, that stamps factors and expires enrolment tokens. */
  constructor(now: Clock) {
    this.#now = now;
    this.enrollments = new OneTimeTokens("mock_mfa_enroll_", now);
  }

  /** The user's factors, in enrolment order. */
  ofUser(userId: string): MfaFactorRecord[] {
    return this.#factors.filter((factor) => factor.userId === userId);
  }

  /** The user's factor of this kind, or undefined: a user has one factor of each kind at most. */
  ofType(userId: string, factorType: MfaFactorType): MfaFactorRecord | undefined {
    return this.#factors.find((factor) => factor.userId === userId && factor.factorType === factorType);
  }

  /** The factor with this ID if it is the user's, or undefined: another user's factor is not theirs to read. */
  find(userId: string, factorId: string): MfaFactorRecord | undefined {
    return this.#factors.find((factor) => factor.userId === userId && factor.factorId === factorId);
  }

  /** Adds a factor to the user, or replaces the secret of their factor of that kind. */
  enroll(enrollment: PendingEnrollment): MfaFactorRecord {
    const existing = this.ofType(enrollment.userId, enrollment.factorType);
    const factor: MfaFactorRecord = {
      factorId: existing?.factorId ?? this.#nextId(),
      userId: enrollment.userId,
      factorType: enrollment.factorType,
      profile: { ...enrollment.profile },
      enrolledAt: this.#now(),
    };
    if (enrollment.secret !== undefined) factor.secret = enrollment.secret;
    if (enrollment.recoveryCode !== undefined) factor.recoveryCode = enrollment.recoveryCode;
    if (existing) this.#factors.splice(this.#factors.indexOf(existing), 1, factor);
    else this.#factors.push(factor);
    return factor;
  }

  /** Unbinds a factor. */
  remove(factor: MfaFactorRecord): void {
    const index = this.#factors.indexOf(factor);
    if (index >= 0) this.#factors.splice(index, 1);
  }

  /** Unbinds every factor of a user who is removed. */
  forgetUser(userId: string): void {
    for (const factor of this.ofUser(userId)) this.remove(factor);
  }

  #nextId(): string {
    this.#counter += 1;
    return `mock-factor-${this.#counter}`;
  }
}
