import { fail, ok } from "../envelope.js";
import type { Handler } from "../handler.js";
import { badEmailFailure } from "../email-address.js";
import { emptyFailure } from "../required-text.js";
import { userView } from "../users.js";
import { checkPassCode } from "./pass-code.js";

interface SignUpBody {
  connection: "PASSWORD" | "PASSCODE";
  passwordPayload?: { password: string; username?: string; email?: string };
  passCodePayload?: { passCode: string; email?: string; phone?: string; phoneCountryCode?: string };
  profile?: Record<string, unknown>;
}

/**
 * `signUp` (`POST /api/v3/signup`): username or email with a password, or email or phone with a
 * pass code from `sendEmail`/`sendSms` (channel `CHANNEL_REGISTER`). Answers the new user. A
 * malformed email or an empty password answers statusCode 400, as other bad input does.
 */
export const signUp: Handler = ({ body, state }) => {
  const { connection, passwordPayload, passCodePayload, profile = {} } = body as SignUpBody;
  const { users } = state;
  if (connection === "PASSWORD") {
    if (!passwordPayload) return fail(400, "passwordPayload is required when connection is PASSWORD");
    const { username, email, password } = passwordPayload;
    if (!username && !email) return fail(400, "passwordPayload needs a username or an email");
    const badPayload = emptyFailure("passwordPayload.password", password) ?? (email ? badEmailFailure("passwordPayload.email", email) : undefined);
    if (badPayload) return badPayload;
    if (username && users.byUsername(username)) return fail(409, "this username is already registered");
    if (email && users.byEmail(email)) return fail(409, "this email is already registered");
    const user = users.create({ username, email, password, profile });
    return ok(userView(user));
  }
  if (!passCodePayload) return fail(400, "passCodePayload is required when connection is PASSCODE");
  const { email, phone, phoneCountryCode, passCode } = passCodePayload;
  if (email) {
    const badEmail = badEmailFailure("passCodePayload.email", email);
    if (badEmail) return badEmail;
    if (users.byEmail(email)) return fail(409, "this email is already registered");
    const problem = checkPassCode(state, { email }, passCode, ["CHANNEL_REGISTER"]);
    if (problem) return problem;
    return ok(userView(users.create({ email, profile, verified: true })));
  }
  if (phone) {
    if (users.byPhone(phone, phoneCountryCode)) return fail(409, "this phone number is already registered");
    const problem = checkPassCode(state, { phone, phoneCountryCode }, passCode, ["CHANNEL_REGISTER"]);
    if (problem) return problem;
    return ok(userView(users.create({ phone, phoneCountryCode, profile, verified: true })));
  }
  return fail(400, "passCodePayload needs an email or a phone");
};
