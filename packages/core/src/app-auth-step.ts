import type { AuthRequest, AuthStep } from "./auth-step.js";
import type { ClientAuthMethod } from "./options.js";

/** The application and user credentials {@link appAuthStep} reads, at every attempt. */
export interface AppCredentials {
  /** The application ID, sent as `x-authing-app-id`. */
  readonly appId: string;
  /** The signed-in user's access token, if any. */
  getAccessToken(): string | undefined;
  /** The client options in force; `tokenEndPointAuthMethod` picks Basic client credentials. */
  readonly options: {
    /** `client_secret_basic` sends the Basic client credentials to the operations that take them. */
    readonly tokenEndPointAuthMethod: ClientAuthMethod;
  };
  /** `Basic base64(appId:appSecret)`; throws `GenAuthConfigError` without an app secret. */
  basicAuthorization(): string;
}

const APP_ID_HEADER = "x-authing-app-id";

/**
 * The Authentication API's credentials as an {@link AuthStep}: `x-authing-app-id` on every
 * request, and in `authorization` either the Basic client credentials (operations that take them,
 * with `client_secret_basic`) or the user's raw access token — unless the operation never carries
 * it or the call sets its own `authorization`.
 *
 * @param credentials - Where the step reads the credentials in force (the transport itself).
 */
export function appAuthStep(credentials: AppCredentials): AuthStep {
  return {
    async headers({ operation, input }: AuthRequest): Promise<Record<string, string>> {
      const token = credentials.getAccessToken();
      const authorization =
        operation.clientBasic === true && credentials.options.tokenEndPointAuthMethod === "client_secret_basic"
          ? credentials.basicAuthorization()
          : token && !operation.omitAccessToken && input.headers?.authorization === undefined
            ? token
            : undefined;
      return authorization === undefined ? { [APP_ID_HEADER]: credentials.appId } : { authorization, [APP_ID_HEADER]: credentials.appId };
    },
  };
}
