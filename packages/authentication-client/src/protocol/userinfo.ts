import { checkHeaderValue, GenAuthConfigError, type RequestOptions } from "@genauth/core";
import { userInfoEndpoint } from "./endpoints.js";
import { optionsArgument } from "./options-argument.js";
import { requireString } from "./require-string.js";
import { tokenPathPrefix, type ProtocolContext } from "./settings.js";
import type { UserInfo } from "./types.js";

/** Options of `getUserInfoByAccessToken`. */
export interface UserInfoOptions {
  /** Default `GET`. */
  method?: "GET" | "POST" | undefined;
  /**
   * Where the token goes. Default `header` (`authorization: Bearer …`): tokens in URLs end up in
   * logs. `query` and `body` (POST only) remain for servers that need them.
   */
  tokenPlace?: "header" | "query" | "body" | undefined;
}

/** The OIDC claims of the user an access token belongs to. */
export async function getUserInfoByAccessToken(
  context: ProtocolContext,
  accessToken: string,
  given?: UserInfoOptions,
  requestOptions: RequestOptions = {},
): Promise<UserInfo> {
  requireString("accessToken", accessToken, "the access_token of a token response");
  const options = optionsArgument(given, "getUserInfoByAccessToken");
  const method = options.method ?? "GET";
  const tokenPlace = options.tokenPlace ?? "header";
  if (method !== "GET" && method !== "POST") {
    throw new GenAuthConfigError("method", `method must be "GET" or "POST", got ${JSON.stringify(method)}`);
  }
  if (tokenPlace === "body" && method !== "POST") {
    throw new GenAuthConfigError("tokenPlace", 'tokenPlace "body" needs method "POST": pass { method: "POST", tokenPlace: "body" }');
  }
  if (!["header", "query", "body"].includes(tokenPlace)) {
    throw new GenAuthConfigError("tokenPlace", `tokenPlace must be "header", "query" or "body", got ${JSON.stringify(tokenPlace)}`);
  }
  if (tokenPlace === "header") checkHeaderValue("accessToken", accessToken);
  const { transport, settings } = context;
  const endpoint = userInfoEndpoint(tokenPathPrefix(settings, "getUserInfoByAccessToken"), method, tokenPlace === "body");
  const input =
    tokenPlace === "header"
      ? { headers: { authorization: `Bearer ${accessToken}` } }
      : tokenPlace === "query"
        ? { query: { access_token: accessToken } }
        : { body: { access_token: accessToken } };
  return await transport.request(endpoint, input, requestOptions);
}
