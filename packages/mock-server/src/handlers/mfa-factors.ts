import { fail, ok, type Envelope } from "../envelope.js";
import { MFA_FACTOR_TYPES, type MfaFactorRecord } from "../mfa-factors.js";
import { withUser } from "./signed-in-user.js";

/** `listEnrolledFactors`: the signed-in user's MFA factors, in enrolment order. */
export const listEnrolledFactors = withUser(({ state }, { user }) => ok(state.mfa.ofUser(user.userId).map(factorView)));

/** `getFactor`: one of the signed-in user's factors; 404 for another user's or an unknown one. */
export const getFactor = withUser(({ query, state }, { user }) => {
  const factorId = query.factorId as string;
  const factor = state.mfa.find(user.userId, factorId);
  return factor ? ok(factorView(factor)) : factorNotFound(factorId);
});

/** `resetFactor`: unbinds one of the signed-in user's factors; 404 for another user's or an unknown one. */
export const resetFactor = withUser(({ body, state }, { user }) => {
  const { factorId } = body as { factorId: string };
  const factor = state.mfa.find(user.userId, factorId);
  if (!factor) return factorNotFound(factorId);
  state.mfa.remove(factor);
  return ok();
});

/** `listFactorsToEnroll`: the kinds of factor the signed-in user has not enrolled (OTP, SMS, EMAIL, FACE). */
export const listFactorsToEnroll = withUser(({ state }, { user }) =>
  ok(MFA_FACTOR_TYPES.filter((factorType) => !state.mfa.ofType(user.userId, factorType)).map((factorType) => ({ factorType }))),
);

/** A factor as `FactorDto` shows it: never its secret. */
function factorView({ factorId, factorType, profile }: MfaFactorRecord) {
  return { factorId, factorType, profile };
}

/** The same answer for an unknown factor and another user's, so IDs reveal nothing. */
function factorNotFound(factorId: string): Envelope {
  return fail(404, `MFA factor ${JSON.stringify(factorId)} is not one of the signed-in user's factors: listEnrolledFactors lists them`);
}
