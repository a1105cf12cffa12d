import { Transport } from "@genauth/core";
import type { AuthenticationClientOptions } from "./options.js";
import { SignUpMethods } from "./sign-up.js";

/**
 * The GenAuth Authentication API client: every operation of the V3 API as a method, with the
 * official `authing-node-sdk` names and arguments.
 *
 * Methods resolve to GenAuth's response envelope as it came (`statusCode`, `message`, `data`…);
 * check `statusCode === 200`, or set `throwOnError: true` to get a `GenAuthApiError` instead.
 *
 * @example
 * ```ts
 * import { AuthenticationClient } from "@genauth/authentication-client";
 *
 * const authenticationClient = new AuthenticationClient({
 *   appId: "GEN_AUTH_APP_ID",
 *   appSecret: "GEN_AUTH_APP_SECRET",
 *   appHost: "https://my-app.genauth.ai",
 * });
 * const result = await authenticationClient.getWechatMpAccessTokenInfo({ appId: "wx…", appSecret: "…" });
 * ```
 */
export class AuthenticationClient extends SignUpMethods {
  protected readonly transport: Transport;

  /**
   * @param options - Application credentials and client settings. The object is not modified.
   * @throws GenAuthConfigError when an option is missing or malformed; the message names it.
   */
  constructor(options: AuthenticationClientOptions) {
    super();
    this.transport = new Transport(options);
  }

  /**
   * Sets the signed-in user's access token; later calls send it in `authorization`.
   * Pass `undefined` to sign the client out.
   */
  setAccessToken(accessToken: string | undefined): void {
    this.transport.setAccessToken(accessToken);
  }
}
