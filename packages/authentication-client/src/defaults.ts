// The official SDK exports its defaults under these names; code that reads them (a scope built on
// `DEFAULT_SCOPE`) keeps working after the import change.

/** The scope sign-in URLs and token requests ask for when the client options give none. */
export const DEFAULT_SCOPE = "openid profile";

/** The name of the cookie that carries a redirect login's state, when `cookieKey` is not given. */
export const DEFAULT_COOKIE_KEY = "X-Authing-Node-OIDC-State";

export { DEFAULT_SOCKET_URI } from "@genauth/core";
