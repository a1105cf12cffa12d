import { PROMPT_VALUES } from "./authorization-request.js";
import { SCOPE_CLAIMS } from "./claims.js";
import { endpointAuthMethods, type ProtocolPrefix } from "./client-registration.js";

/** The claims the mock's ID tokens and userinfo can carry: the protocol's, and those the scopes grant. */
const SUPPORTED_CLAIMS = ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", ...Object.values(SCOPE_CLAIMS).flat()];

/**
 * The OpenID Provider metadata (OpenID Connect Discovery 1.0) of a mock server whose base URL is
 * `baseUrl`, as served at `{prefix}/.well-known/openid-configuration`. The issuer is always
 * `{baseUrl}/oidc`, the issuer of every token: one provider issues the tokens of both paths, so they
 * all verify against one issuer, the SDK's default for `protocol: "oauth"` too. The endpoints are
 * those under `prefix` (`/oidc`, or its `/oauth` alias), with the client authentication methods
 * each takes there. Every value describes what the mock does.
 */
export function discoveryDocument(baseUrl: string, prefix: ProtocolPrefix): Record<string, unknown> {
  const at = (path: string) => `${baseUrl}${prefix}${path}`;
  return {
    issuer: `${baseUrl}/oidc`,
    authorization_endpoint: at("/auth"),
    token_endpoint: at("/token"),
    userinfo_endpoint: at("/me"),
    jwks_uri: `${baseUrl}/oidc/.well-known/jwks.json`,
    introspection_endpoint: at("/token/introspection"),
    revocation_endpoint: at("/token/revocation"),
    end_session_endpoint: at("/session/end"),
    response_types_supported: ["code"],
    response_modes_supported: ["query", "fragment", "form_post"],
    grant_types_supported: ["authorization_code", "refresh_token", "client_credentials"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: [...endpointAuthMethods("token", prefix)],
    introspection_endpoint_auth_methods_supported: [...endpointAuthMethods("introspection", prefix)],
    revocation_endpoint_auth_methods_supported: [...endpointAuthMethods("revocation", prefix)],
    code_challenge_methods_supported: ["S256", "plain"],
    // OpenID Connect Prompt Create 1.0: the prompt values the authorization endpoint takes.
    prompt_values_supported: [...PROMPT_VALUES],
    scopes_supported: ["openid", ...Object.keys(SCOPE_CLAIMS), "offline_access"],
    claims_supported: [...SUPPORTED_CLAIMS],
    claim_types_supported: ["normal"],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    authorization_response_iss_parameter_supported: false,
  };
}
