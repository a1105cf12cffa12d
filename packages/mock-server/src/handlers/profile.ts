import { fail, ok } from "../envelope.js";
import { userView } from "../users.js";
import { withUser } from "./signed-in-user.js";

/** `getProfile`: the signed-in user, with custom data, identities and department IDs on request. */
export const getProfile = withUser(({ query }, { user }) =>
  ok(
    userView(user, {
      withCustomData: query.withCustomData === true || query.withCustomData === "true",
      withIdentities: query.withIdentities === true || query.withIdentities === "true",
      withDepartmentIds: query.withDepartmentIds === true || query.withDepartmentIds === "true",
    }),
  ),
);

/** `updateProfile`: changes the given profile fields; `username` must stay unique. */
export const updateProfile = withUser(({ body, state }, { user }) => {
  const { username, ...profile } = body as Record<string, unknown> & { username?: string };
  if (username !== undefined && username !== user.username) {
    if (state.users.byUsername(username)) return fail(409, "this username is already taken");
    user.username = username;
  }
  Object.assign(user.profile, profile);
  state.users.touch(user);
  return ok(userView(user));
});

/** `getSecurityLevel`: a score from what the user has set up; `mfaEnrolled` once they have an MFA factor. */
export const getSecurityLevel = withUser(({ state }, { user }) => {
  const passwordSet = user.password !== undefined;
  const emailBinded = user.email !== undefined;
  const phoneBinded = user.phone !== undefined;
  return ok({
    passwordSecurityLevel: passwordSet ? strength(user.password ?? "") : 0,
    mfaEnrolled: state.mfa.ofUser(user.userId).length > 0,
    passwordSet,
    emailBinded,
    phoneBinded,
    securityScore: 40 + (passwordSet ? 20 : 0) + (emailBinded ? 20 : 0) + (phoneBinded ? 20 : 0),
  });
});

/** 1 weak, 2 medium, 3 strong: by length and character classes. */
function strength(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (password.length >= 8 && classes >= 3) return 3;
  return password.length >= 6 && classes >= 2 ? 2 : 1;
}
