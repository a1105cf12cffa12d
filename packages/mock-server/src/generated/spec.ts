// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { OpenApiDocument } from "../spec-types.js";

/** The GenAuth Authentication API document the mock server validates against. */
export const spec: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "GenAuth Authentication API (V3)",
    version: "3.0.0",
    summary: "End-user authentication API of the GenAuth identity platform.",
    description:
      "The end-user side of GenAuth: sign-in and sign-up, profiles, MFA, permissions, WeChat and more.\nThis document is the single source of truth of the GenAuth TypeScript SDK: the types, the\n`AuthenticationClient` methods and the local mock server are all generated from it.\n\nAlmost every operation answers HTTP 200 with a JSON envelope (`statusCode`, `message`,\n`apiCode`, `requestId`, `data`); the envelope's `statusCode`, not the HTTP status, says\nwhether the call succeeded.\n\nEach operation names the SDK method that calls it in `x-sdk-method`, and how the SDK method\ntakes its arguments in `x-sdk-args`.\n",
    license: {
      name: "MIT",
      identifier: "MIT",
    },
  },
  servers: [
    {
      url: "{appHost}",
      description: "The application's own GenAuth domain.",
      variables: {
        appHost: {
          default: "https://example.genauth.ai",
          description: "The application's host, for example `https://my-app.genauth.ai`.",
        },
      },
    },
  ],
  security: [
    {
      appId: [],
    },
  ],
  tags: [
    {
      name: "Sign-in",
      description: "Signing users in through the API, without a browser redirect.",
    },
    {
      name: "Sign-up",
      description: "Creating user accounts.",
    },
    {
      name: "External identities",
      description: "Identities from external providers linked to the user.",
    },
    {
      name: "QR and push sign-in",
      description: "Signing in by scanning a QR code or approving a push request.",
    },
    {
      name: "Verification codes",
      description: "Codes sent by text or email, and captchas.",
    },
    {
      name: "WeChat",
      description: "WeChat and Douyin mini programs, official accounts and WeChat mobile sign-in.",
    },
    {
      name: "Profile and account",
      description: "The signed-in user's profile, contact details, password and account.",
    },
    {
      name: "Permissions",
      description: "The user's roles, resources and permission checks.",
    },
    {
      name: "Public information",
      description: "Server settings and reference data anyone may read.",
    },
    {
      name: "WebAuthn and passkeys",
      description: "Authenticators, passkeys and their credentials.",
    },
    {
      name: "Devices",
      description: "The user's devices and their sessions.",
    },
    {
      name: "Approvals",
      description: "Requests for access to applications and roles.",
    },
    {
      name: "Invitations",
      description: "Universal and policy invitation links.",
    },
    {
      name: "MFA",
      description: "Multi-factor authentication factors and tokens.",
    },
    {
      name: "Events",
      description: "Custom user events.",
    },
  ],
  paths: {
    "/api/v3/signin": {
      post: {
        operationId: "signInByCredentials",
        tags: ["Sign-in"],
        summary: "Sign in with credentials: password, pass code, LDAP or AD",
        description:
          "Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).\n",
        "x-sdk-method": "signInByCredentials",
        "x-sdk-args": ["body"],
        "x-sdk-wrapped-by": [
          "signInByEmailPassword",
          "signInByPhonePassword",
          "signInByUsernamePassword",
          "signInByAccountPassword",
          "signInByEmailPassCode",
          "signInByPhonePassCode",
          "signInByAD",
          "signInByLDAP",
        ],
        security: [
          {
            appId: [],
            clientBasic: [],
          },
          {
            appId: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SigninByCredentialsDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/LoginTokenRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/signin-by-mobile": {
      post: {
        operationId: "signInByMobile",
        tags: ["Sign-in"],
        summary: "Sign in from a mobile app through a social or enterprise provider",
        description:
          "Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).\n",
        "x-sdk-method": "signInByMobile",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            clientBasic: [],
          },
          {
            appId: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SigninByMobileDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/LoginTokenRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/switch-login-by-user": {
      post: {
        operationId: "switchLoginByUser",
        tags: ["Sign-in"],
        summary: "Switch the signed-in session to a public account",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "switchLoginByUser",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PublicAccountSwitchLoginDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/LoginTokenRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-alipay-authinfo": {
      get: {
        operationId: "getAlipayAuthInfo",
        tags: ["Sign-in"],
        summary: "Fetch the Alipay authInfo string a mobile app needs to start Alipay sign-in",
        "x-sdk-method": "getAlipayAuthInfo",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "extIdpConnidentifier",
            in: "query",
            required: true,
            description: "Identifier of the Alipay identity source connection configured in the GenAuth console.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetAlipayAuthInfoRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/validate-password": {
      post: {
        operationId: "validatePassword",
        tags: ["Sign-in"],
        summary: "Check whether a password is right for an account, without signing in",
        "x-sdk-method": "validatePassword",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ValidatePasswordDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/ValidatePasswordRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/signup": {
      post: {
        operationId: "signUp",
        tags: ["Sign-up"],
        summary: "Create a user account from a password or a verification code",
        "x-sdk-method": "signUp",
        "x-sdk-args": ["body"],
        "x-sdk-wrapped-by": ["signUpByEmailPassword", "signUpByUsernamePassword", "signUpByEmailCode", "signUpByPhoneCode"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SignUpDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/UserSingleRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/generate-link-extidp-url": {
      get: {
        operationId: "generateLinkExtIdpUrl",
        tags: ["External identities"],
        summary: "Build the URL that links an external identity provider to the signed-in user",
        "x-sdk-method": "generateLinkExtIdpUrl",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "ext_idp_conn_identifier",
            in: "query",
            required: true,
            "x-sdk-name": "extIdpConnIdentifier",
            description: "Identifier of the external identity source connection to link the user to.",
            schema: {
              type: "string",
            },
          },
          {
            name: "app_id",
            in: "query",
            required: true,
            "x-sdk-name": "appId",
            description: "ID of the GenAuth application the link is made for.",
            schema: {
              type: "string",
            },
          },
          {
            name: "id_token",
            in: "query",
            required: true,
            "x-sdk-name": "idToken",
            description: "The signed-in user's `id_token`, which identifies who the external identity is linked to.",
            schema: {
              type: "string",
            },
          },
          {
            name: "need_url_redirect",
            in: "query",
            required: false,
            "x-sdk-name": "needUrlRedirect",
            description: "Set to have the link result delivered by redirecting the browser to `target_url`.",
            schema: {
              type: "string",
            },
          },
          {
            name: "only_redirect_token",
            in: "query",
            required: false,
            "x-sdk-name": "onlyRedirectToken",
            description: "With the redirect delivery, send back only the token information, for browsers that cap URL length.",
            schema: {
              type: "string",
            },
          },
          {
            name: "need_form_post",
            in: "query",
            required: false,
            "x-sdk-name": "needFormPost",
            description: "Set to have the link result delivered as a form POST to `target_url`.",
            schema: {
              type: "string",
            },
          },
          {
            name: "target_url",
            in: "query",
            required: false,
            "x-sdk-name": "targetUrl",
            description: "Address that receives the link result when it is delivered by redirect or form POST.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenerateBindExtIdpLinkRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/unlink-extidp": {
      post: {
        operationId: "unlinkExtIdp",
        tags: ["External identities"],
        summary: "Detach an external identity provider from the user",
        "x-sdk-method": "unlinkExtIdp",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UnlinkExtIdpDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-identities": {
      get: {
        operationId: "getIdentities",
        tags: ["External identities"],
        summary: "List the external identities linked to the user",
        "x-sdk-method": "getIdentities",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetIdentitiesRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-application-enabled-extidps": {
      get: {
        operationId: "getApplicationEnabledExtIdps",
        tags: ["External identities"],
        summary: "List the external identity providers this application accepts",
        "x-sdk-method": "getApplicationEnabledExtIdps",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetExtIdpsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/gene-qrcode": {
      post: {
        operationId: "geneQrCode",
        tags: ["QR and push sign-in"],
        summary: "Create a sign-in QR code",
        "x-sdk-method": "geneQrCode",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/GenerateQrcodeDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GeneQRCodeRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-qrcode-status": {
      get: {
        operationId: "getQrCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Read the state of a sign-in QR code",
        "x-sdk-method": "getQrCodeStatus",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "qrcodeId",
            in: "query",
            required: true,
            description: "ID of the QR code whose state is read, as returned when the code was generated.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CheckQRCodeStatusRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/check-qrcode-status": {
      get: {
        operationId: "checkQrCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Read the state of a sign-in QR code (deprecated)",
        description: "Deprecated: call `getQrCodeStatus` instead.\n",
        deprecated: true,
        "x-sdk-method": "checkQrCodeStatus",
        "x-sdk-args": ["query"],
        "x-sdk-replacement": "getQrCodeStatus",
        parameters: [
          {
            name: "qrcodeId",
            in: "query",
            required: true,
            description: "ID of the QR code whose state is read, as returned when the code was generated.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CheckQRCodeStatusRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/exchange-tokenset-with-qrcode-ticket": {
      post: {
        operationId: "exchangeTokenSetWithQrCodeTicket",
        tags: ["QR and push sign-in"],
        summary: "Trade an authorized QR code ticket for a token set",
        description:
          "Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).\n",
        "x-sdk-method": "exchangeTokenSetWithQrCodeTicket",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            clientBasic: [],
          },
          {
            appId: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ExchangeTokenSetWithQRcodeTicketDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/LoginTokenRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/change-qrcode-status": {
      post: {
        operationId: "changeQrCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Scan, confirm or cancel a QR code from the signed-in app (deprecated)",
        description:
          "Deprecated: call `setQrCodeStatus` instead.\n\nNeeds the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        deprecated: true,
        "x-sdk-method": "changeQrCodeStatus",
        "x-sdk-args": ["body"],
        "x-sdk-replacement": "setQrCodeStatus",
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ChangeQRCodeStatusDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/set-qrcode-status": {
      post: {
        operationId: "setQrCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Scan, confirm or cancel a QR code from the signed-in app",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "setQrCodeStatus",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ChangeQRCodeStatusDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/signin-by-push": {
      post: {
        operationId: "signInByPush",
        tags: ["QR and push sign-in"],
        summary: "Start a push sign-in: send an approval request to the user's app",
        "x-sdk-method": "signInByPush",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SignInByPushDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenePushCodeRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/check-pushcode-status": {
      get: {
        operationId: "checkPushCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Read the state of a push sign-in request",
        "x-sdk-method": "checkPushCodeStatus",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "pushCodeId",
            in: "query",
            required: true,
            description: "ID of the push sign-in request, as returned when the push was sent.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CheckPushCodeStatusRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/set-pushcode-status": {
      post: {
        operationId: "setPushCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Approve or refuse a push sign-in request from the signed-in app",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "setPushCodeStatus",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ChangePushCodeStatusDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/change-pushcode-status": {
      post: {
        operationId: "changePushCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Approve or refuse a push sign-in request from the signed-in app (deprecated)",
        description:
          "Deprecated: call `setPushCodeStatus` instead.\n\nNeeds the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        deprecated: true,
        "x-sdk-method": "changePushCodeStatus",
        "x-sdk-args": ["body"],
        "x-sdk-replacement": "setPushCodeStatus",
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ChangePushCodeStatusDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-pushlogin-relation-apps": {
      post: {
        operationId: "getPushLoginRelationApps",
        tags: ["QR and push sign-in"],
        summary: "List the client applications behind a push sign-in request",
        "x-sdk-method": "getPushLoginRelationApps",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/GetPushCodeRelationAppsDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetPushCodeRelationAppsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/gene-fastpass-qrcode-info": {
      post: {
        operationId: "geneFastpassQrcodeInfo",
        tags: ["QR and push sign-in"],
        summary: "Create the data of a quick sign-in QR code for the signed-in user",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "geneFastpassQrcodeInfo",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SignInFastpassDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GeneFastpassQRCodeRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-fastpass-client-apps": {
      get: {
        operationId: "getFastpassParams",
        tags: ["QR and push sign-in"],
        summary: "List the applications a quick sign-in QR code can open",
        "x-sdk-method": "getFastpassParams",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "qrcodeId",
            in: "query",
            required: true,
            description: "ID of the quick sign-in QR code.",
            schema: {
              type: "string",
            },
          },
          {
            name: "appId",
            in: "query",
            required: true,
            description: "ID of the GenAuth application the request is made for.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetFastpassQRCodeRelationAppsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-app-login-qrcode-status": {
      get: {
        operationId: "getAppLoginQrCodeStatus",
        tags: ["QR and push sign-in"],
        summary: "Read the state of a quick sign-in QR code",
        "x-sdk-method": "getAppLoginQrCodeStatus",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "qrcodeId",
            in: "query",
            required: true,
            description: "ID of the quick sign-in QR code whose state is read.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CheckQRCodeStatusRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/qrcode-app-login": {
      post: {
        operationId: "qrCodeAppLogin",
        tags: ["QR and push sign-in"],
        summary: "Sign in by scanning a QR code from the signed-in app",
        "x-sdk-method": "qrCodeAppLogin",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/AppQRCodeLoginDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/LoginTokenRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-captcha-code": {
      get: {
        operationId: "geneCatchaCodeAndToken",
        tags: ["Verification codes"],
        summary: "Create an image captcha and the token that goes with it",
        "x-sdk-method": "geneCatchaCodeAndToken",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetCaptchaCodeRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/send-sms": {
      post: {
        operationId: "sendSms",
        tags: ["Verification codes"],
        summary: "Text a verification code to a phone number",
        "x-sdk-method": "sendSms",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SendSMSDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/SendSMSRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/send-email": {
      post: {
        operationId: "sendEmail",
        tags: ["Verification codes"],
        summary: "Email a verification code",
        "x-sdk-method": "sendEmail",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SendEmailDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/SendEmailRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/pre-check-code": {
      post: {
        operationId: "preCheckCode",
        tags: ["Verification codes"],
        summary: "Check a verification code without consuming it",
        "x-sdk-method": "preCheckCode",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PreCheckCodeDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/PreCheckCodeRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/decrypt-wechat-miniprogram-data": {
      post: {
        operationId: "decryptWechatMiniProgramData",
        tags: ["WeChat"],
        summary: "Decrypt data a WeChat mini program received from WeChat",
        "x-sdk-method": "decryptWechatMiniProgramData",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/DecryptWechatMiniProgramDataDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/DecryptWechatMiniProgramDataRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-wechat-access-token": {
      post: {
        operationId: "getWechatMpAccessToken",
        tags: ["WeChat"],
        summary: "Get a WeChat mini program or official account access token (deprecated)",
        description:
          "Returns the access token that GenAuth caches for a WeChat mini program or official\naccount, identified by its WeChat `appId` and `appSecret`.\n\nDeprecated: call `getWechatMpAccessTokenInfo` (`POST /api/v3/get-wechat-access-token-info`),\nwhich answers the same data.\n",
        deprecated: true,
        "x-sdk-method": "getWechatMpAccessToken",
        "x-sdk-args": ["body"],
        "x-sdk-replacement": "getWechatMpAccessTokenInfo",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/GetWechatAccessTokenDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The envelope; `data` holds the token when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetWechatAccessTokenRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-wechat-access-token-info": {
      post: {
        operationId: "getWechatMpAccessTokenInfo",
        tags: ["WeChat"],
        summary: "Get a WeChat mini program or official account access token",
        description:
          "Returns the access token that GenAuth caches for a WeChat mini program or official\naccount, identified by its WeChat `appId` and `appSecret`, with its expiry time.\n",
        "x-sdk-method": "getWechatMpAccessTokenInfo",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/GetWechatAccessTokenDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The envelope; `data` holds the token when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetWechatAccessTokenInfoRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/decrypt-douyin-miniprogram-data": {
      post: {
        operationId: "decryptDouyinMiniProgramData",
        tags: ["WeChat"],
        summary: "Decrypt data a Douyin mini program received from Douyin",
        "x-sdk-method": "decryptDouyinMiniProgramData",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/DecryptDouyinMiniProgramDataDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/DecryptDouyinMiniProgramDataRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/ecConn/wechatMobile/authByCodeIdentity": {
      post: {
        operationId: "authByCodeIdentity",
        tags: ["WeChat"],
        summary: "Sign in from a mobile app with a WeChat code",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "authByCodeIdentity",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/WechatMobileAuthByCodeIdentityInput",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/LoginTokenResponseDataDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/ecConn/wechatMobile/register": {
      post: {
        operationId: "registerNewUser",
        tags: ["WeChat"],
        summary: "WeChat mobile sign-in: create a new user from the WeChat identity",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "registerNewUser",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindByRegiserInputApi",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WechatLoginTokenRespDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/ecConn/wechatMobile/byEmailCode": {
      post: {
        operationId: "bindByEmailCode",
        tags: ["WeChat"],
        summary: "WeChat mobile sign-in: link the WeChat identity to a user proven by an email code",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByEmailCode",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindByEmailCodeInputApi",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WechatLoginTokenRespDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/ecConn/wechatMobile/byPhoneCode": {
      post: {
        operationId: "bindByPhoneCode",
        tags: ["WeChat"],
        summary: "WeChat mobile sign-in: link the WeChat identity to a user proven by a phone code",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByPhoneCode",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindByPhoneCodeInputApi",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WechatLoginTokenRespDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/ecConn/wechatMobile/byAccount": {
      post: {
        operationId: "bindByAccount",
        tags: ["WeChat"],
        summary: "WeChat mobile sign-in: link the WeChat identity to a user proven by account and password",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByAccount",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindByAccountInputApi",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WechatLoginTokenRespDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/ecConn/wechatMobile/select": {
      post: {
        operationId: "selectAccount",
        tags: ["WeChat"],
        summary: "WeChat mobile sign-in: pick one of several matching users",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "selectAccount",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindByAccountsInputApi",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WechatLoginTokenRespDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/ecConn/wechatMobile/byAccountId": {
      post: {
        operationId: "bindByAccountId",
        tags: ["WeChat"],
        summary: "WeChat mobile sign-in: link the WeChat identity to a user chosen by ID",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByAccountId",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindByAccountIdInputApi",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WechatLoginTokenRespDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-login-history": {
      get: {
        operationId: "getLoginHistory",
        tags: ["Profile and account"],
        summary: "Page through the user's sign-in history",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getLoginHistory",
        "x-sdk-args": ["query"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        parameters: [
          {
            name: "appId",
            in: "query",
            required: false,
            description: "Only return sign-ins to this application; leave out for every application.",
            schema: {
              type: "string",
            },
          },
          {
            name: "clientIp",
            in: "query",
            required: false,
            description: "Only return sign-ins made from this client IP address; leave out for every address.",
            schema: {
              type: "string",
            },
          },
          {
            name: "success",
            in: "query",
            required: false,
            description: "`true` for successful sign-ins only, `false` for failed ones only; leave out for both.",
            schema: {
              type: "boolean",
            },
          },
          {
            name: "start",
            in: "query",
            required: false,
            description: "Earliest sign-in time to return, in Unix milliseconds.",
            schema: {
              type: "number",
            },
          },
          {
            name: "end",
            in: "query",
            required: false,
            description: "Latest sign-in time to return, in Unix milliseconds.",
            schema: {
              type: "number",
            },
          },
          {
            name: "page",
            in: "query",
            required: false,
            description: "Page to return, counting from 1.",
            schema: {
              type: "number",
              default: 1,
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Number of records per page; 50 at most.",
            schema: {
              type: "number",
              default: 10,
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetLoginHistoryRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-logged-in-apps": {
      get: {
        operationId: "getLoggedInApps",
        tags: ["Profile and account"],
        summary: "List the applications the user is signed in to",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getLoggedInApps",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetLoggedInAppsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-accessible-apps": {
      get: {
        operationId: "getAccessibleApps",
        tags: ["Profile and account"],
        summary: "List the applications the user may open",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getAccessibleApps",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetAccessibleAppsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-tenant-list": {
      get: {
        operationId: "getTenantList",
        tags: ["Profile and account"],
        summary: "List the tenants the user belongs to",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getTenantList",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetTenantListRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-group-list": {
      get: {
        operationId: "getGroupList",
        tags: ["Profile and account"],
        summary: "List the user's groups",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getGroupList",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GroupListRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-department-list": {
      get: {
        operationId: "getDepartmentList",
        tags: ["Profile and account"],
        summary: "Page through the user's departments",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getDepartmentList",
        "x-sdk-args": ["query"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        parameters: [
          {
            name: "page",
            in: "query",
            required: false,
            description: "Page to return, counting from 1.",
            schema: {
              type: "number",
              default: 1,
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Number of departments per page; 50 at most.",
            schema: {
              type: "number",
              default: 10,
            },
          },
          {
            name: "withCustomData",
            in: "query",
            required: false,
            description: "Set to `true` to include each department's custom data.",
            schema: {
              type: "boolean",
              default: false,
            },
          },
          {
            name: "sortBy",
            in: "query",
            required: false,
            description: "Field the departments are sorted by: creation time, when the user joined, name or code.",
            schema: {
              type: "string",
              enum: ["DepartmentCreatedAt", "JoinDepartmentAt", "DepartmentName", "DepartmemtCode"],
              default: "JoinDepartmentAt",
            },
          },
          {
            name: "orderBy",
            in: "query",
            required: false,
            description: "Sort direction: `Asc` (ascending) or `Desc` (descending).",
            schema: {
              type: "string",
              enum: ["Asc", "Desc"],
              default: "Desc",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/UserDepartmentPaginatedRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-profile": {
      get: {
        operationId: "getProfile",
        tags: ["Profile and account"],
        summary: "Read the signed-in user's profile",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getProfile",
        "x-sdk-args": ["query"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        parameters: [
          {
            name: "withCustomData",
            in: "query",
            required: false,
            description: "Set to `true` to include the user's custom data in the profile.",
            schema: {
              type: "boolean",
              default: false,
            },
          },
          {
            name: "withIdentities",
            in: "query",
            required: false,
            description: "Set to `true` to include the user's linked external identities.",
            schema: {
              type: "boolean",
              default: false,
            },
          },
          {
            name: "withDepartmentIds",
            in: "query",
            required: false,
            description: "Set to `true` to include the IDs of the user's departments.",
            schema: {
              type: "boolean",
              default: false,
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/UserSingleRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/update-profile": {
      post: {
        operationId: "updateProfile",
        tags: ["Profile and account"],
        summary: "Change fields of the signed-in user's profile",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updateProfile",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UpdateUserProfileDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/UserSingleRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/bind-email": {
      post: {
        operationId: "bindEmail",
        tags: ["Profile and account"],
        summary: "Attach an email address to the account, proven by a code",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "bindEmail",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindEmailDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/unbind-email": {
      post: {
        operationId: "unbindEmail",
        tags: ["Profile and account"],
        summary: "Remove the account's email address",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "unbindEmail",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UnbindEmailDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/bind-phone": {
      post: {
        operationId: "bindPhone",
        tags: ["Profile and account"],
        summary: "Attach a phone number to the account, proven by a code",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "bindPhone",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BindPhoneDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/unbind-phone": {
      post: {
        operationId: "unbindPhone",
        tags: ["Profile and account"],
        summary: "Remove the account's phone number",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "unbindPhone",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UnbindPhoneDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-security-info": {
      get: {
        operationId: "getSecurityLevel",
        tags: ["Profile and account"],
        summary: "Rate the account's security and its password strength",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getSecurityLevel",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetSecurityInfoRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/update-password": {
      post: {
        operationId: "updatePassword",
        tags: ["Profile and account"],
        summary: "Change the signed-in user's password",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updatePassword",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UpdatePasswordDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/verify-update-email-request": {
      post: {
        operationId: "verifyUpdateEmailRequest",
        tags: ["Profile and account"],
        summary: "Prove ownership before changing the email address; returns a change token",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "verifyUpdateEmailRequest",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/VerifyUpdateEmailRequestDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/VerifyUpdateEmailRequestRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/update-email": {
      post: {
        operationId: "updateEmail",
        tags: ["Profile and account"],
        summary: "Change the email address with a token from verifyUpdateEmailRequest",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updateEmail",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UpdateEmailDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/verify-update-phone-request": {
      post: {
        operationId: "verifyUpdatePhoneRequest",
        tags: ["Profile and account"],
        summary: "Prove ownership before changing the phone number; returns a change token",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "verifyUpdatePhoneRequest",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/VerifyUpdatePhoneRequestDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/VerifyUpdatePhoneRequestRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/update-phone": {
      post: {
        operationId: "updatePhone",
        tags: ["Profile and account"],
        summary: "Change the phone number with a token from verifyUpdatePhoneRequest",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updatePhone",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UpdatePhoneDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/verify-reset-password-request": {
      post: {
        operationId: "verifyResetPasswordRequest",
        tags: ["Profile and account"],
        summary: "Prove identity for a forgotten password; returns a reset token",
        "x-sdk-method": "verifyResetPasswordRequest",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/VerifyResetPasswordRequestDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/PasswordResetVerifyResp",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/reset-password": {
      post: {
        operationId: "resetPassword",
        tags: ["Profile and account"],
        summary: "Set a new password with a token from verifyResetPasswordRequest",
        "x-sdk-method": "resetPassword",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ResetPasswordDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/verify-delete-account-request": {
      post: {
        operationId: "verifyDeleteAccountRequest",
        tags: ["Profile and account"],
        summary: "Prove identity before deleting the account; returns a deletion token",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "verifyDeleteAccountRequest",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/VerifyDeleteAccountRequestDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/VerifyDeleteAccountRequestRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/delete-account": {
      post: {
        operationId: "deleteAccount",
        tags: ["Profile and account"],
        summary: "Delete the user's own account with a token from verifyDeleteAccountRequest",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "deleteAccount",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/DeleteAccounDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-user-select-login-public-accounts": {
      get: {
        operationId: "listPublicAccountsForSwitchLoggedIn",
        tags: ["Profile and account"],
        summary: "List the public accounts the signed-in user may switch to",
        "x-sdk-method": "listPublicAccountsForSwitchLoggedIn",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "withOriginUser",
            in: "query",
            required: false,
            description: "Set to `true` to also return the basic details of the user's own personal account.",
            schema: {
              type: "boolean",
              default: false,
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetPublicAccountDataRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-role-list": {
      get: {
        operationId: "getRoleList",
        tags: ["Permissions"],
        summary: "List the user's roles",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getRoleList",
        "x-sdk-args": ["query"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        parameters: [
          {
            name: "namespace",
            in: "query",
            required: false,
            description: "Code of the permission space to read roles from; leave out for the default space.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/RoleListRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-my-authorized-resources": {
      get: {
        operationId: "getAuthorizedResources",
        tags: ["Permissions"],
        summary: "List the resources the user is granted",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getAuthorizedResources",
        "x-sdk-args": ["query"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        parameters: [
          {
            name: "namespace",
            in: "query",
            required: false,
            description: "Code of the permission space to read resources from; leave out for the default space.",
            schema: {
              type: "string",
            },
          },
          {
            name: "resourceType",
            in: "query",
            required: false,
            description: "Only return resources of this type (data, API, menu, button or UI); leave out for every type.",
            schema: {
              type: "string",
              enum: ["DATA", "API", "MENU", "BUTTON", "UI"],
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/AuthorizedResourcePaginatedRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/check-permission-string-resource": {
      post: {
        operationId: "checkPermissionByStringResource",
        tags: ["Permissions"],
        summary: "Check the user's permissions on string resources",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "checkPermissionByStringResource",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/CheckPermissionStringResourceDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CheckResourcePermissionsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/check-permission-array-resource": {
      post: {
        operationId: "checkPermissionByArrayResource",
        tags: ["Permissions"],
        summary: "Check the user's permissions on array resources",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "checkPermissionByArrayResource",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/CheckPermissionArrayResourceDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CheckResourcePermissionsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/check-permission-tree-resource": {
      post: {
        operationId: "checkPermissionByTreeResource",
        tags: ["Permissions"],
        summary: "Check the user's permissions on tree resources",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "checkPermissionByTreeResource",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/CheckPermissionTreeResourceDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CheckResourcePermissionsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-user-auth-resource-list": {
      get: {
        operationId: "getUserAuthorizedResourcesList",
        tags: ["Permissions"],
        summary: "List the resources granted to the user in this application",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getUserAuthorizedResourcesList",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetUserAuthResourceListRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-user-auth-resource-permission-list": {
      post: {
        operationId: "getUserAuthResourcePermissionList",
        tags: ["Permissions"],
        summary: "List the user's permissions on the given resources",
        "x-sdk-method": "getUserAuthResourcePermissionList",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/GetUserAuthResourcePermissionListDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetUserAuthResourcePermissionListRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-user-auth-resource-struct": {
      post: {
        operationId: "getUserAuthResourceStruct",
        tags: ["Permissions"],
        summary: "Describe the structure of a resource granted to the user",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getUserAuthResourceStruct",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/GetUserAuthResourceStructDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetUserAuthResourceStructRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/system": {
      get: {
        operationId: "getSystemInfo",
        tags: ["Public information"],
        summary: "Read the server's public settings: encryption keys, version, egress IPs",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "getSystemInfo",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/SystemInfoResp",
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-country-list": {
      get: {
        operationId: "getCountryList",
        tags: ["Public information"],
        summary: "List countries and their dialling codes",
        "x-sdk-method": "getCountryList",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetCountryListRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/authentication": {
      get: {
        operationId: "initAuthenticationOptions",
        tags: ["WebAuthn and passkeys"],
        summary: "Get the WebAuthn options that start a sign-in with an authenticator",
        "x-sdk-method": "initAuthenticationOptions",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetAuthenticationOptionsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
      post: {
        operationId: "verifyAuthentication",
        tags: ["WebAuthn and passkeys"],
        summary: "Check a WebAuthn assertion and sign the user in",
        "x-sdk-method": "verifyAuthentication",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/VerifyAuthenticationDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/VerifyAuthenticationResultRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/registration": {
      get: {
        operationId: "initRegisterOptions",
        tags: ["WebAuthn and passkeys"],
        summary: "Get the WebAuthn options that start registering an authenticator",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "initRegisterOptions",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetRegistrationOptionsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
      post: {
        operationId: "verifyRegister",
        tags: ["WebAuthn and passkeys"],
        summary: "Check a WebAuthn attestation and register the authenticator",
        "x-sdk-method": "verifyRegister",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/VerifyRegistrationDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/VerifyRegistrationResultRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/page-authenticator-device": {
      post: {
        operationId: "listCredentialsByPage",
        tags: ["WebAuthn and passkeys"],
        summary: "Page through the user's WebAuthn authenticators",
        description: "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "listCredentialsByPage",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ListDeviceCredentialDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ListWebAuthnAuthenticatorDeviceDataDto",
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/check-valid-credentials-by-credIds": {
      post: {
        operationId: "checkValidCredentialsByCredIds",
        tags: ["WebAuthn and passkeys"],
        summary: "Tell which of the given WebAuthn credential IDs are still valid",
        "x-sdk-method": "checkValidCredentialsByCredIds",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/CheckDeviceCredentialIdDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/WebAuthnCheckValidCredentialsByCredIdsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/remove-credentials-by-authenticator-code": {
      post: {
        operationId: "removeAllCredentials",
        tags: ["WebAuthn and passkeys"],
        summary: "Remove every WebAuthn credential of one authenticator",
        "x-sdk-method": "removeAllCredentials",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/RemoveDeviceCredentialDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/remove-credential/{credentialID}": {
      post: {
        operationId: "removeCredential",
        tags: ["WebAuthn and passkeys"],
        summary: "Remove one WebAuthn credential",
        description: "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n",
        "x-sdk-method": "removeCredential",
        "x-sdk-args": ["credentialId", "body"],
        parameters: [
          {
            name: "credentialID",
            in: "path",
            required: true,
            "x-sdk-name": "credentialId",
            description: "ID of the WebAuthn credential.",
            schema: {
              type: "string",
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/WebAuthnRemoveCredentialDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/admin/initialize": {
      post: {
        operationId: "webAuthnAdminInitialize",
        tags: ["WebAuthn and passkeys"],
        summary: "Start registering a passkey for a user, as an administrator",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnAdminInitialize",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/admin/registration/finalize": {
      post: {
        operationId: "webAuthnAdminRegisterFinalize",
        tags: ["WebAuthn and passkeys"],
        summary: "Finish registering a passkey for a user, as an administrator",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnAdminRegisterFinalize",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/admin/credentials/{credentialId}": {
      put: {
        operationId: "updateWebAuthnAdminCredential",
        tags: ["WebAuthn and passkeys"],
        summary: "Rename a user's passkey, as an administrator",
        description:
          "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n\nGenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "updateWebAuthnAdminCredential",
        "x-sdk-args": ["credentialId", "body"],
        parameters: [
          {
            name: "credentialId",
            in: "path",
            required: true,
            description: "ID of the WebAuthn credential (passkey).",
            schema: {
              type: "string",
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UpdatePasskeyDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}": {
      delete: {
        operationId: "deleteWebAuthnAdminCredential",
        tags: ["WebAuthn and passkeys"],
        summary: "Delete a user's passkey in an application, as an administrator",
        description:
          "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n\nGenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "deleteWebAuthnAdminCredential",
        "x-sdk-args": ["credentialId", "userId", "appId"],
        parameters: [
          {
            name: "credentialId",
            in: "path",
            required: true,
            description: "ID of the WebAuthn credential (passkey).",
            schema: {
              type: "string",
            },
          },
          {
            name: "userId",
            in: "path",
            required: true,
            description: "ID of the user who owns the credential.",
            schema: {
              type: "string",
            },
          },
          {
            name: "appId",
            in: "path",
            required: true,
            description: "ID of the application the credential belongs to.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v2/applications/subject/person/list": {
      post: {
        operationId: "listSubjectAuth",
        tags: ["WebAuthn and passkeys"],
        summary: "List the applications' person-level authorizations",
        "x-sdk-method": "listSubjectAuth",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "A JSON answer whose shape GenAuth does not document.",
            content: {
              "application/json": {
                schema: {},
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/person/credentials": {
      get: {
        operationId: "listWebAuthnPersonCredentials",
        tags: ["WebAuthn and passkeys"],
        summary: "Page through a given user's passkeys",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "listWebAuthnPersonCredentials",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "page",
            in: "query",
            required: false,
            description: "Page to return, counting from 1.",
            schema: {
              type: "number",
              default: 1,
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Number of credentials per page.",
            schema: {
              type: "number",
              default: 10,
            },
          },
          {
            name: "userId",
            in: "query",
            required: true,
            description: "ID of the user whose passkeys are listed.",
            schema: {
              type: "string",
            },
          },
          {
            name: "appId",
            in: "query",
            required: false,
            description: "Only return passkeys registered for this application.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/login/initialize": {
      post: {
        operationId: "webAuthnLoginInitalize",
        tags: ["WebAuthn and passkeys"],
        summary: "Start a passkey sign-in",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnLoginInitalize",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/login/finalize": {
      post: {
        operationId: "webAuthnLoginFinalize",
        tags: ["WebAuthn and passkeys"],
        summary: "Finish a passkey sign-in",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnLoginFinalize",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/FinalizeWebAuthnLoginDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/registration/initialize": {
      post: {
        operationId: "webAuthnRegisterInitalize",
        tags: ["WebAuthn and passkeys"],
        summary: "Start adding a passkey to the signed-in user",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnRegisterInitalize",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/mfa-bind/initialize": {
      post: {
        operationId: "webAuthnMfaBindInitialize",
        tags: ["WebAuthn and passkeys"],
        summary: "Start adding a passkey as an MFA factor",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnMfaBindInitialize",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/mfa-verify/initialize": {
      post: {
        operationId: "webAuthnMfaVerifyInitalize",
        tags: ["WebAuthn and passkeys"],
        summary: "Start an MFA check with a passkey",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnMfaVerifyInitalize",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/registration/finalize": {
      post: {
        operationId: "webAuthnRegisterFinalize",
        tags: ["WebAuthn and passkeys"],
        summary: "Finish adding a passkey to the signed-in user",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnRegisterFinalize",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/credentials": {
      get: {
        operationId: "listWebAuthnCredentials",
        tags: ["WebAuthn and passkeys"],
        summary: "Page through the signed-in user's passkeys",
        description: "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "listWebAuthnCredentials",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "page",
            in: "query",
            required: false,
            description: "Page to return, counting from 1.",
            schema: {
              type: "number",
              default: 1,
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Number of credentials per page.",
            schema: {
              type: "number",
              default: 10,
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/webauthn/credentials/{credentialId}": {
      put: {
        operationId: "updateWebAuthnCredential",
        tags: ["WebAuthn and passkeys"],
        summary: "Rename one of the signed-in user's passkeys",
        description: "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n",
        "x-sdk-method": "updateWebAuthnCredential",
        "x-sdk-args": ["credentialId", "body"],
        parameters: [
          {
            name: "credentialId",
            in: "path",
            required: true,
            description: "ID of the WebAuthn credential (passkey).",
            schema: {
              type: "string",
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UpdatePasskeyDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
      delete: {
        operationId: "deleteWebAuthnCredential",
        tags: ["WebAuthn and passkeys"],
        summary: "Delete one of the signed-in user's passkeys",
        description:
          "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n\nGenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "deleteWebAuthnCredential",
        "x-sdk-args": ["credentialId"],
        parameters: [
          {
            name: "credentialId",
            in: "path",
            required: true,
            description: "ID of the WebAuthn credential (passkey).",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/mydevices/list": {
      get: {
        operationId: "list",
        tags: ["Devices"],
        summary: "Page through the user's devices",
        "x-sdk-method": "list",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "page",
            in: "query",
            required: false,
            description: "Page to return, counting from 1.",
            schema: {
              type: "number",
              default: 1,
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Number of devices per page; 50 at most.",
            schema: {
              type: "number",
              default: 10,
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/TerminalSessionRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/mydevices/unbind": {
      post: {
        operationId: "unbind",
        tags: ["Devices"],
        summary: "Remove one of the user's devices",
        "x-sdk-method": "unbind",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UnbindDeviceDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/mydevices/revoke-session": {
      post: {
        operationId: "revoke",
        tags: ["Devices"],
        summary: "Sign one of the user's devices out",
        "x-sdk-method": "revoke",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/RevokeDeviceSessionDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CommonResponseDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/applications-permission-applicable": {
      get: {
        operationId: "getEnablePermissionApplyApplicationList",
        tags: ["Approvals"],
        summary: "List the applications the user may request access to",
        "x-sdk-method": "getEnablePermissionApplyApplicationList",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "appName",
            in: "query",
            required: false,
            description: "Only return applications whose name contains this text.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/EnablePermissionApplyApplicationListRes",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/roles-permission-applicable": {
      get: {
        operationId: "getEnablePermissionApplyRoleList",
        tags: ["Approvals"],
        summary: "Page through the roles of an application the user may request",
        "x-sdk-method": "getEnablePermissionApplyRoleList",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "page",
            in: "query",
            required: false,
            description: "Page to return, counting from 1.",
            schema: {
              type: "number",
              default: 1,
            },
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Number of roles per page; 50 at most.",
            schema: {
              type: "number",
              default: 10,
            },
          },
          {
            name: "keyword",
            in: "query",
            required: false,
            description: "Only return roles whose code or name contains this text.",
            schema: {
              type: "string",
            },
          },
          {
            name: "appId",
            in: "query",
            required: true,
            description: "ID of the GenAuth application whose roles are listed.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/EnablePermissionApplyRoleListRes",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/approval": {
      post: {
        operationId: "createApproval",
        tags: ["Approvals"],
        summary: "Submit one permission request for approval",
        "x-sdk-method": "createApproval",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/CreateApprovalReq",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/CreateApprovalRes",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
      get: {
        operationId: "getDetail",
        tags: ["Approvals"],
        summary: "Read one approval request by its number",
        "x-sdk-method": "getDetail",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "number",
            in: "query",
            required: true,
            description: "Number of the approval request, as returned when it was created.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/ApprovalDetailRes",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/approval-batch": {
      post: {
        operationId: "batchCreateApproval",
        tags: ["Approvals"],
        summary: "Submit several permission requests for approval",
        "x-sdk-method": "batchCreateApproval",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/BatchCreateApprovalReq",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/approval-initiated-list": {
      get: {
        operationId: "initiatedList",
        tags: ["Approvals"],
        summary: "Page through the approval requests the user submitted",
        "x-sdk-method": "initiatedList",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "pageNo",
            in: "query",
            required: false,
            description: "Page to return, counting from 1.",
            schema: {
              type: "number",
              default: 1,
            },
          },
          {
            name: "pageSize",
            in: "query",
            required: false,
            description: "Number of requests per page; 50 at most.",
            schema: {
              type: "number",
              default: 10,
            },
          },
          {
            name: "objectType",
            in: "query",
            required: false,
            description: "Only return requests of this kind: access to an application or membership of a role.",
            schema: {
              type: "string",
              enum: ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            },
          },
          {
            name: "keyword",
            in: "query",
            required: false,
            description: "Only return requests whose number or submitter's name contains this text.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/InitiatedApprovalListRes",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-universal-invitation-public-config": {
      get: {
        operationId: "getUniversalInvitationPublicConfig",
        tags: ["Invitations"],
        summary: "Read the public settings of a universal invitation link",
        "x-sdk-method": "getUniversalInvitationPublicConfig",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "identifier",
            in: "query",
            required: true,
            description: "Identifier of the universal invitation link, taken from the link itself.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetUniversalInvitationPublicConfigRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/signup-by-invitation": {
      post: {
        operationId: "signupByUniversal",
        tags: ["Invitations"],
        summary: "Ask to join through a universal invitation link",
        "x-sdk-method": "signupByUniversal",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/UniversalInvitationUserJoinDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetUniversalInvitationJoinRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/generate-policy-invitation-token": {
      post: {
        operationId: "generateInviteToken",
        tags: ["Invitations"],
        summary: "Create the registration token of a policy invitation",
        "x-sdk-method": "generateInviteToken",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/InvitationLinkDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenerateInviteeTokenRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-policy-invitation-context": {
      get: {
        operationId: "getInviteCodeContext",
        tags: ["Invitations"],
        summary: "Read what the invitee's sign-up page needs from an invitation token",
        "x-sdk-method": "getInviteCodeContext",
        "x-sdk-args": ["query"],
        parameters: [
          {
            name: "token",
            in: "query",
            required: true,
            description: "Invitation token the invitee received, which lets them sign up.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetInviteeContextRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/verify-invite-code": {
      post: {
        operationId: "verifyInviteCode",
        tags: ["Invitations"],
        summary: "Check the code an invitee received",
        "x-sdk-method": "verifyInviteCode",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/VerifyInviteCodeDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/join-by-invitation": {
      post: {
        operationId: "signupByPolicy",
        tags: ["Invitations"],
        summary: "Join through a policy invitation",
        "x-sdk-method": "signupByPolicy",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PolicyInviteeJoinedDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/generate-universal-invitation-link-by-member": {
      post: {
        operationId: "generateUniversalInvitationByMember",
        tags: ["Invitations"],
        summary: "Create an invitation link owned by the signed-in member",
        "x-sdk-method": "generateUniversalInvitationByMember",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenerateInvitationLinkRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/clear-my-all-invitation-links": {
      post: {
        operationId: "clearMyAllUniversalInvitationLinks",
        tags: ["Invitations"],
        summary: "Revoke every invitation link the signed-in member created",
        "x-sdk-method": "clearMyAllUniversalInvitationLinks",
        "x-sdk-args": [],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/IsSuccessRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/mfa/token/introspection": {
      post: {
        operationId: "verifyMfaToken",
        tags: ["MFA"],
        summary: "Introspect an MFA token",
        description: "The answer is the bare payload, without GenAuth's envelope.\n\nThe form body is sent; the official SDK declared it but never sent it.\n",
        "x-sdk-method": "verifyMfaToken",
        "x-sdk-args": ["formData"],
        "x-sdk-body-name": "formData",
        requestBody: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: {
                $ref: "#/components/schemas/MfaTokenIntrospectEndpointParams",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The payload itself, not wrapped in an envelope.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MfaTokenIntrospectResponse",
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/send-enroll-factor-request": {
      post: {
        operationId: "sendEnrollFactorRequest",
        tags: ["MFA"],
        summary: "Start enrolling an MFA factor",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "sendEnrollFactorRequest",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SendEnrollFactorRequestDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/SendEnrollFactorRequestRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/enroll-factor": {
      post: {
        operationId: "enrollFactor",
        tags: ["MFA"],
        summary: "Finish enrolling an MFA factor",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "enrollFactor",
        "x-sdk-args": ["body"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/EnrollFactorDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/EnrollFactorRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/reset-factor": {
      post: {
        operationId: "resetFactor",
        tags: ["MFA"],
        summary: "Remove an enrolled MFA factor",
        "x-sdk-method": "resetFactor",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/ResetFactorDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/ResetFactorRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/list-enrolled-factors": {
      get: {
        operationId: "listEnrolledFactors",
        tags: ["MFA"],
        summary: "List the user's enrolled MFA factors",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "listEnrolledFactors",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/ListEnrolledFactorsRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/get-factor": {
      get: {
        operationId: "getFactor",
        tags: ["MFA"],
        summary: "Read one enrolled MFA factor",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getFactor",
        "x-sdk-args": ["query"],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        parameters: [
          {
            name: "factorId",
            in: "query",
            required: true,
            description: "ID of the enrolled MFA factor to read.",
            schema: {
              type: "string",
            },
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GetFactorRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/list-factors-to-enroll": {
      get: {
        operationId: "listFactorsToEnroll",
        tags: ["MFA"],
        summary: "List the MFA factors the user may still enroll",
        description: "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "listFactorsToEnroll",
        "x-sdk-args": [],
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/ListFactorsToEnrollRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/mfa-totp-verify": {
      post: {
        operationId: "mfaOtpVerify",
        tags: ["MFA"],
        summary: "Check a one-time password from the user's MFA authenticator app",
        "x-sdk-method": "mfaOtpVerify",
        "x-sdk-args": ["body"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/MfaOtpVerityDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/MfaOtpVerityRespDto",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    "/api/v3/pub-userEvent": {
      post: {
        operationId: "publishUserEvent",
        tags: ["Events"],
        summary: "Publish a custom user event",
        description:
          "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n\nCalled by the hand-written `pub(eventName, data)`, which needs an access token.\n",
        "x-sdk-method": "pub",
        "x-sdk-args": ["eventName", "data"],
        "x-sdk-handwritten": true,
        security: [
          {
            appId: [],
            userAccessToken: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/PubUserEventDto",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "GenAuth's envelope; `statusCode` 200 means success.",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    {
                      $ref: "#/components/schemas/GenAuthDataEnvelope",
                    },
                    {
                      $ref: "#/components/schemas/GenAuthErrorEnvelope",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      appId: {
        type: "apiKey",
        in: "header",
        name: "x-authing-app-id",
        description: "The GenAuth application ID. The SDK sends it on every request.",
      },
      userAccessToken: {
        type: "apiKey",
        in: "header",
        name: "authorization",
        description: "The signed-in user's access token, sent as the raw token (no `Bearer ` prefix), the way\nGenAuth's own SDKs send it.\n",
      },
      clientBasic: {
        type: "http",
        scheme: "basic",
        description:
          "`base64(appId:appSecret)`; used on the token and sign-in endpoints when the application's\ntoken endpoint authentication method is `client_secret_basic`.\n",
      },
    },
    schemas: {
      AccessToken: {
        description: "Claims of a decoded GenAuth access token (a JWT).",
        type: "object",
        required: ["jti", "sub", "iat", "exp", "scope", "iss", "aud"],
        properties: {
          jti: {
            type: "string",
            description: "Unique ID of the token (its `jti` claim).",
          },
          sub: {
            type: "string",
            description: "ID of the user the token was issued to.",
          },
          iat: {
            type: "number",
            description: "When the token was issued, in Unix seconds.",
          },
          exp: {
            type: "number",
            description: "When the token stops being valid, in Unix seconds.",
          },
          scope: {
            type: "string",
            description: "Scopes granted to the token, separated by spaces.",
          },
          iss: {
            type: "string",
            description: "URL of the issuer that signed the token.",
          },
          aud: {
            type: "string",
            description: "ID of the application (client) the token was issued for.",
          },
        },
      },
      AccessibleAppsDto: {
        description: "An application the signed-in user is allowed to open.",
        type: "object",
        required: ["appId", "appName", "appLoginUrl", "appLogo", "active"],
        properties: {
          appId: {
            type: "string",
            description: "ID of the application.",
          },
          appName: {
            type: "string",
            description: "Name of the application.",
          },
          appLoginUrl: {
            type: "string",
            description: "Address of the application's sign-in page.",
          },
          appLogo: {
            type: "string",
            description: "Logo of the application.",
          },
          active: {
            type: "boolean",
            description: "Whether the user currently has a signed-in session in the application.",
          },
        },
      },
      AlipayAuthInfoDataDto: {
        description: "What a mobile app needs to start Alipay sign-in.",
        type: "object",
        required: ["authInfo"],
        properties: {
          authInfo: {
            type: "string",
            description: "The `authInfo` string to hand to the Alipay SDK to start sign-in.",
          },
        },
      },
      AppQRCodeLoginDto: {
        description: "Request body for signing in with a quick sign-in QR code scanned in an app.",
        type: "object",
        required: ["action", "qrcodeId"],
        properties: {
          action: {
            type: "string",
            enum: ["APP_LOGIN"],
            "x-enum-varnames": ["APP_LOGIN"],
            description: "Always `APP_LOGIN`: the sign-in is made by scanning the code in an app.",
          },
          qrcodeId: {
            type: "string",
            description: "ID of the QR code that was scanned.",
          },
        },
      },
      AppValidateRuleDto: {
        description: "A check that the value of an extended user field must pass.",
        type: "object",
        required: ["type", "content"],
        properties: {
          type: {
            type: "string",
            enum: ["None", "regExp", "phone", "email", "isNumber"],
            "x-enum-varnames": ["NONE", "REG_EXP", "PHONE", "EMAIL", "IS_NUMBER"],
            description: "Kind of check: none, a regular expression, a phone number, an email address or a number.",
          },
          content: {
            type: "string",
            enum: ["None", "regExp", "phone", "email", "isNumber"],
            "x-enum-varnames": ["NONE", "REG_EXP", "PHONE", "EMAIL", "IS_NUMBER"],
            description: "What the check uses, such as the pattern of a `regExp` rule.",
          },
          errorMessage: {
            type: "string",
            description: "Message shown when the value fails the check.",
          },
          i18n: {
            $ref: "#/components/schemas/ErrMsgI18nDto",
            description: "The error message in other languages.",
          },
        },
      },
      ApplicationPermissionApplyApprovalObject: {
        description: "The application an access request is about.",
        type: "object",
        required: ["objectId", "objectName", "logo"],
        properties: {
          objectId: {
            type: "string",
            description: "ID of the requested application.",
          },
          objectName: {
            type: "string",
            description: "Name of the requested application.",
          },
          logo: {
            type: "string",
            description: "Address of the requested application's logo.",
          },
        },
      },
      ApprovalDetailDto: {
        description: "One approval request and where it stands.",
        type: "object",
        required: ["approvalId", "number", "status", "submitTime", "objectType", "approvalObjectList"],
        properties: {
          approvalId: {
            type: "number",
            description: "ID of the approval request.",
          },
          number: {
            type: "string",
            description: "Number of the approval request, as shown to users.",
          },
          status: {
            type: "string",
            enum: ["PENDING", "AGREED", "REFUSED"],
            "x-enum-varnames": ["PENDING", "AGREED", "REFUSED"],
            description: "Where the request stands: waiting (`PENDING`), approved (`AGREED`) or refused (`REFUSED`).",
          },
          submitTime: {
            type: "string",
            description: "When the request was submitted.",
          },
          closedTime: {
            type: "string",
            description: "When the request was approved or refused.",
          },
          objectType: {
            type: "string",
            enum: ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            "x-enum-varnames": ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            description: "What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).",
          },
          approvalObjectList: {
            oneOf: [
              {
                $ref: "#/components/schemas/RolePermissionApplyApprovalObject",
              },
              {
                $ref: "#/components/schemas/ApplicationPermissionApplyApprovalObject",
              },
            ],
            description: "The requested role or application; a single object despite the name.",
          },
          extraParams: {
            $ref: "#/components/schemas/ExtraParams",
            description: "When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests.",
          },
        },
      },
      ApprovalDetailRes: {
        description: "Answer of `getDetail`: one approval request.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/ApprovalDetailDto",
                description: "The approval request.",
              },
            },
          },
        ],
      },
      ArrResourceAuthAction: {
        description: "What the user is granted on an array data resource.",
        type: "object",
        properties: {
          values: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Values of the array resource the user is granted.",
          },
          actions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions the user may perform on those values.",
          },
        },
      },
      ArrayAuthorize: {
        description: "The part of a data policy that covers an array data resource.",
        type: "object",
        required: ["values", "actions"],
        properties: {
          values: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Values of the array resource the policy covers.",
          },
          actions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions the policy grants on those values.",
          },
        },
      },
      AuthUrlResult: {
        description: "A sign-in URL built by the SDK, with the values it put in it.",
        type: "object",
        required: ["url"],
        properties: {
          url: {
            type: "string",
            description: "Authorization URL to send the browser to for sign-in.",
          },
          state: {
            type: "string",
            description: "The `state` value carried by the URL; compare it with the one the callback returns.",
          },
          nonce: {
            type: "string",
            description: "The `nonce` value carried by the URL; only set for OIDC.",
          },
        },
      },
      AuthenticationCredentialDto: {
        description: "A WebAuthn credential as returned by the browser after the authenticator signed the challenge.",
        type: "object",
        required: ["id", "rawId", "response", "type"],
        properties: {
          id: {
            type: "string",
            description: "ID of the credential, Base64URL-encoded.",
          },
          rawId: {
            type: "string",
            description: "ID of the credential as the browser reports it in `rawId`.",
          },
          response: {
            $ref: "#/components/schemas/AuthenticatorAssertionResponseDto",
            description: "The authenticator's assertion: its data, the client data and the signature.",
          },
          type: {
            type: "string",
            description: "Type of the credential; always `public-key`.",
          },
        },
      },
      AuthenticationOptionsDto: {
        description: "What the browser needs to ask an authenticator to sign in with WebAuthn.",
        type: "object",
        required: ["authenticationOptions", "ticket"],
        properties: {
          authenticationOptions: {
            $ref: "#/components/schemas/PublicKeyCredentialRequestOptionsDto",
            description: "Options to pass to the browser's WebAuthn API for the authenticator to sign.",
          },
          ticket: {
            type: "string",
            description: "Ticket to send back together with the authenticator's signed answer when it is checked.",
          },
        },
      },
      AuthenticatorAssertionResponseDto: {
        description: "The part of a WebAuthn assertion produced by the authenticator and the browser.",
        type: "object",
        required: ["authenticatorData", "clientDataJSON", "signature", "userHandle"],
        properties: {
          authenticatorData: {
            type: "string",
            description: "Data from the authenticator, such as whether the user was verified and the signature counter.",
          },
          clientDataJSON: {
            type: "string",
            description: "JSON the browser collected for the ceremony, with the origin of the request and the challenge.",
          },
          signature: {
            type: "string",
            description: "Signature the authenticator made over its data and the client data.",
          },
          userHandle: {
            type: "string",
            description: "User handle: the user ID given to the authenticator when the credential was registered.",
          },
        },
      },
      AuthenticatorAttestationResponseDto: {
        description: "The part of a new WebAuthn credential produced by the authenticator and the browser.",
        type: "object",
        required: ["attestationObject", "clientDataJSON"],
        properties: {
          attestationObject: {
            type: "string",
            description: "CBOR-encoded attestation: the new credential's public key and ID, a signature, the signature counter\nand more.\n",
          },
          clientDataJSON: {
            type: "string",
            description: "JSON the browser collected for the ceremony, with the origin of the request and the challenge.",
          },
        },
      },
      AuthorizedResourceDto: {
        description: "A resource the signed-in user is granted, with the actions and the policy effect.",
        type: "object",
        required: ["resourceCode", "resourceType", "apiIdentifier", "actions", "effect"],
        properties: {
          resourceCode: {
            type: "string",
            description: "Code that identifies the resource.",
          },
          description: {
            type: "string",
            description: "Description of the resource.",
          },
          condition: {
            type: "array",
            items: {
              $ref: "#/components/schemas/PolicyCondition",
            },
            description: "Conditions of the policy under which the grant applies.",
          },
          resourceType: {
            type: "string",
            enum: ["DATA", "API", "MENU", "BUTTON", "UI"],
            "x-enum-varnames": ["DATA", "API", "MENU", "BUTTON", "UI"],
            description: "Kind of resource: data, API, menu, button or UI.",
          },
          apiIdentifier: {
            type: "string",
            description: "Address of the API the resource stands for.",
          },
          actions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions the user is granted on the resource.",
          },
          effect: {
            type: "string",
            enum: ["ALLOW", "DENY"],
            "x-enum-varnames": ["ALLOW", "DENY"],
            description: "Whether the policy allows (`ALLOW`) or denies (`DENY`) the actions.",
          },
        },
      },
      AuthorizedResourcePaginatedRespDto: {
        description: "Answer of `getAuthorizedResources`: one page of the user's granted resources.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/AuthorizedResourcePagingDto",
                description: "The page of granted resources and the total count.",
              },
            },
          },
        ],
      },
      AuthorizedResourcePagingDto: {
        description: "One page of the resources granted to the user.",
        type: "object",
        required: ["totalCount", "list"],
        properties: {
          totalCount: {
            type: "number",
            description: "Number of granted resources across all pages.",
          },
          list: {
            type: "array",
            items: {
              $ref: "#/components/schemas/AuthorizedResourceDto",
            },
            description: "The granted resources on this page.",
          },
        },
      },
      BatchCreateApprovalReq: {
        description: "Request body for submitting several access requests of the same kind at once.",
        type: "object",
        required: ["objectType", "objectIds"],
        properties: {
          objectType: {
            type: "string",
            enum: ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            "x-enum-varnames": ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            description: "What is requested: access to applications (`APP_PERMISSION_APPLY`) or roles (`ROLE_PERMISSION_APPLY`).",
          },
          objectIds: {
            type: "array",
            items: {
              type: "string",
            },
            description: "IDs of the requested roles or applications, according to `objectType`.",
          },
          extraParams: {
            $ref: "#/components/schemas/ExtraParams",
            description: "When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests.",
          },
        },
      },
      BindByAccountIdInputApi: {
        description: "Request body for linking the WeChat identity to an existing account given by its ID.",
        type: "object",
        required: ["key", "action", "accountId"],
        properties: {
          key: {
            type: "string",
            description: "Key of the WeChat mobile sign-in in progress, which this step continues.",
          },
          action: {
            type: "string",
            description: "Code of the action this step performs.",
          },
          accountId: {
            type: "string",
            description: "ID of the account to link the WeChat identity to.",
          },
        },
      },
      BindByAccountInputApi: {
        description: "Request body for linking the WeChat identity to an account proven by its password.",
        type: "object",
        required: ["key", "action", "password", "account"],
        properties: {
          key: {
            type: "string",
            description: "Key of the WeChat mobile sign-in in progress, which this step continues.",
          },
          action: {
            type: "string",
            description: "Code of the action this step performs.",
          },
          password: {
            type: "string",
            description: "Password of the account.",
          },
          account: {
            type: "string",
            description: "The account to link to: its phone number, email address or username.",
          },
        },
      },
      BindByAccountsInputApi: {
        description: "Request body for picking one of several accounts that match the WeChat identity.",
        type: "object",
        required: ["key", "action", "account"],
        properties: {
          key: {
            type: "string",
            description: "Key of the WeChat mobile sign-in in progress, which this step continues.",
          },
          action: {
            type: "string",
            description: "Code of the action this step performs.",
          },
          account: {
            type: "string",
            description: "ID of the picked account.",
          },
        },
      },
      BindByEmailCodeInputApi: {
        description: "Request body for linking the WeChat identity to an account proven by an email code.",
        type: "object",
        required: ["key", "action", "code", "email"],
        properties: {
          key: {
            type: "string",
            description: "Key of the WeChat mobile sign-in in progress, which this step continues.",
          },
          action: {
            type: "string",
            description: "Code of the action this step performs.",
          },
          code: {
            type: "string",
            description: "The 4- or 6-digit code sent to the email address.",
          },
          email: {
            type: "string",
            description: "Email address the code was sent to.",
          },
        },
      },
      BindByPhoneCodeInputApi: {
        description: "Request body for linking the WeChat identity to an account proven by a text-message code.",
        type: "object",
        required: ["key", "action", "code", "phone"],
        properties: {
          key: {
            type: "string",
            description: "Key of the WeChat mobile sign-in in progress, which this step continues.",
          },
          action: {
            type: "string",
            description: "Code of the action this step performs.",
          },
          code: {
            type: "string",
            description: "The 4- or 6-digit code sent to the phone.",
          },
          phone: {
            type: "string",
            description: "Phone number the code was sent to.",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code in the form `+86`; older forms such as `86`, `086` or `0086` are still accepted.",
          },
        },
      },
      BindByRegiserInputApi: {
        description: "Request body for creating a new user from the WeChat identity.",
        type: "object",
        required: ["key", "action"],
        properties: {
          key: {
            type: "string",
            description: "Key of the WeChat mobile sign-in in progress, which this step continues.",
          },
          action: {
            type: "string",
            description: "Code of the action this step performs.",
          },
        },
      },
      BindEmailDto: {
        description: "Request body for adding an email address to the signed-in user.",
        type: "object",
        required: ["passCode", "email"],
        properties: {
          passCode: {
            type: "string",
            description: "Code sent to the email address; it works once and expires.",
          },
          email: {
            type: "string",
            description: "Email address to add; letter case does not matter.",
          },
        },
      },
      BindPhoneDto: {
        description: "Request body for adding a phone number to the signed-in user.",
        type: "object",
        required: ["passCode", "phoneNumber"],
        properties: {
          passCode: {
            type: "string",
            description: "Code sent by text message to the number; it works once and expires.",
          },
          phoneNumber: {
            type: "string",
            description: "Phone number without its country calling code, which goes in `phoneCountryCode`.",
          },
          phoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the number; may be left out for mainland China. Other countries need\ninternational text messages set up in the console.\n",
          },
        },
      },
      Cas20ValidationFailureResult: {
        description: "A failed CAS 2.0 ticket validation (`serviceValidate`).",
        type: "object",
        required: ["authenticationFailure"],
        properties: {
          authenticationFailure: {
            type: "object",
            required: ["code", "description"],
            properties: {
              code: {
                type: "string",
                description: "Machine-readable reason the ticket was rejected, such as `INVALID_TICKET`.",
              },
              description: {
                type: "string",
                description: "Human-readable explanation of the failure.",
              },
            },
            description: "Why the ticket validation failed.",
          },
        },
      },
      Cas20ValidationSuccessResult: {
        description: "A successful CAS 2.0 ticket validation (`serviceValidate`), with the user's attributes.",
        type: "object",
        required: ["serviceResponse"],
        properties: {
          serviceResponse: {
            type: "object",
            required: ["authenticationSuccess"],
            properties: {
              authenticationSuccess: {
                type: "object",
                required: ["user", "attributes"],
                properties: {
                  user: {
                    type: "string",
                    description: "Login name of the user the ticket was issued for.",
                  },
                  attributes: {
                    type: "object",
                    required: [
                      "updated_at",
                      "address",
                      "phone_number_verified",
                      "phone_number",
                      "locale",
                      "zoneinfo",
                      "birthdate",
                      "gender",
                      "email_verified",
                      "email",
                      "website",
                      "picture",
                      "profile",
                      "preferred_username",
                      "nickname",
                      "middle_name",
                      "family_name",
                      "given_name",
                      "name",
                      "sub",
                      "external_id",
                      "unionid",
                    ],
                    properties: {
                      updated_at: {
                        type: "string",
                        description: "When the user's profile was last updated.",
                      },
                      address: {
                        type: "object",
                        required: ["country", "postal_code", "region", "formatted"],
                        properties: {
                          country: {
                            type: "string",
                            description: "Country.",
                          },
                          postal_code: {
                            type: "string",
                            description: "Postal code.",
                          },
                          region: {
                            type: "string",
                            description: "Region or province.",
                          },
                          formatted: {
                            type: "string",
                            description: "The whole address, formatted for display.",
                          },
                        },
                        description: "The user's postal address.",
                      },
                      phone_number_verified: {
                        type: "boolean",
                        description: "Whether the phone number has been verified.",
                      },
                      phone_number: {
                        type: "string",
                        description: "Phone number of the user.",
                      },
                      locale: {
                        type: "string",
                        description: "The user's locale.",
                      },
                      zoneinfo: {
                        type: "string",
                        description: "The user's time zone.",
                      },
                      birthdate: {
                        type: "string",
                        description: "Date of birth.",
                      },
                      gender: {
                        type: "string",
                        description: "Gender: `M`, `F` or `U` (unknown).",
                      },
                      email_verified: {
                        type: "boolean",
                        description: "Whether the email address has been verified.",
                      },
                      email: {
                        type: "string",
                        description: "Email address of the user.",
                      },
                      website: {
                        type: "string",
                        description: "Address of the user's website.",
                      },
                      picture: {
                        type: "string",
                        description: "Address of the user's avatar image.",
                      },
                      profile: {
                        type: "string",
                        description: "Address of the user's profile page.",
                      },
                      preferred_username: {
                        type: "string",
                        description: "Name the user prefers to be called by.",
                      },
                      nickname: {
                        type: "string",
                        description: "Nickname of the user.",
                      },
                      middle_name: {
                        type: "string",
                        description: "Middle name.",
                      },
                      family_name: {
                        type: "string",
                        description: "Family name (surname).",
                      },
                      given_name: {
                        type: "string",
                        description: "Given name (first name).",
                      },
                      name: {
                        type: "string",
                        description: "Full name of the user.",
                      },
                      sub: {
                        type: "string",
                        description: "ID of the user.",
                      },
                      external_id: {
                        type: "string",
                        description: "ID of the user in an external system.",
                      },
                      unionid: {
                        type: "string",
                        description: "Union ID of the user's external (for example WeChat) identity.",
                      },
                    },
                    description: "The user's profile, as claims named like the OIDC standard ones.",
                  },
                },
                description: "Present when the ticket is valid: the user and their attributes.",
              },
            },
            description: "Body of the CAS validation answer.",
          },
        },
      },
      CasParams: {
        description: "Options for building a CAS sign-in URL.",
        type: "object",
        properties: {
          service: {
            type: "string",
            description: "URL of the CAS service (the callback) the ticket is issued for.",
          },
        },
      },
      ChangePushCodeStatusDto: {
        description: "Request body for confirming or cancelling a push sign-in request.",
        type: "object",
        required: ["pushCodeId", "action"],
        properties: {
          pushCodeId: {
            type: "string",
            description: "ID of the push sign-in request.",
          },
          action: {
            type: "string",
            enum: ["CONFIRM", "CANCEL"],
            "x-enum-varnames": ["CONFIRM", "CANCEL"],
            description: "What to do with the request: confirm the sign-in (`CONFIRM`) or cancel it (`CANCEL`).",
          },
        },
      },
      ChangeQRCodeStatusDto: {
        description: "Request body for reporting what the app did with a sign-in QR code.",
        type: "object",
        required: ["qrcodeId", "action"],
        properties: {
          qrcodeId: {
            type: "string",
            description: "ID of the QR code.",
          },
          action: {
            type: "string",
            enum: ["SCAN", "CONFIRM", "CANCEL"],
            "x-enum-varnames": ["SCAN", "CONFIRM", "CANCEL"],
            description: "What happened: the code was scanned (`SCAN`), the sign-in confirmed (`CONFIRM`) or cancelled (`CANCEL`).",
          },
        },
      },
      CheckDeviceCredentialIdDto: {
        description: "Request body listing the WebAuthn credential IDs to check; GenAuth does not document its fields.",
        type: "object",
        additionalProperties: {},
      },
      CheckPermissionArrayResourceDto: {
        description: "Request body for checking the user's permission on array data resources.",
        type: "object",
        required: ["resources", "action"],
        properties: {
          resources: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Paths of the array resources to check.",
          },
          action: {
            type: "string",
            description: "Action to check, such as `read`, `get` or `write`.",
          },
        },
      },
      CheckPermissionStringResourceDto: {
        description: "Request body for checking the user's permission on string data resources.",
        type: "object",
        required: ["resources", "action"],
        properties: {
          resources: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Paths of the string resources to check.",
          },
          action: {
            type: "string",
            description: "Action to check, such as `read`, `get` or `write`.",
          },
        },
      },
      CheckPermissionTreeResourceDto: {
        description: "Request body for checking the user's permission on tree data resources.",
        type: "object",
        required: ["resources", "action"],
        properties: {
          resources: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Paths of the tree resources to check.",
          },
          action: {
            type: "string",
            description: "Action to check, such as `read`, `get` or `write`.",
          },
        },
      },
      CheckPushCodeStatusDataDto: {
        description: "Where a push sign-in request stands, and the tokens once it is authorized.",
        type: "object",
        required: ["status"],
        properties: {
          status: {
            type: "string",
            enum: ["PUSHED", "AUTHORIZED", "CANCELLED", "EXPIRED", "ERROR"],
            "x-enum-varnames": ["PUSHED", "AUTHORIZED", "CANCELLED", "EXPIRED", "ERROR"],
            description: "State of the request: pushed, authorized, cancelled, expired or failed (`ERROR`).",
          },
          tokenSet: {
            $ref: "#/components/schemas/LoginTokenResponseDataDto",
            description: "Tokens of the signed-in user; only present when `status` is `AUTHORIZED`.",
          },
        },
      },
      CheckPushCodeStatusRespDto: {
        description: "Answer of `checkPushCodeStatus`: where the push sign-in request stands.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/CheckPushCodeStatusDataDto",
                description: "State of the push request.",
              },
            },
          },
        ],
      },
      CheckQRCodeStatusDataDto: {
        description: "Where a sign-in QR code stands, with what the web page needs at each step.",
        type: "object",
        required: ["status"],
        properties: {
          status: {
            type: "string",
            enum: ["PENDING", "SCANNED", "AUTHORIZED", "CANCELLED", "EXPIRED", "ERROR"],
            "x-enum-varnames": ["PENDING", "SCANNED", "AUTHORIZED", "CANCELLED", "EXPIRED", "ERROR"],
            description: "State of the code: waiting to be scanned (`PENDING`), scanned, authorized, cancelled, expired or\nfailed (`ERROR`).\n",
          },
          ticket: {
            type: "string",
            description: "Present once `AUTHORIZED` unless web polling returns full user information; exchange it for the tokens.",
          },
          briefUserInfo: {
            $ref: "#/components/schemas/QRCodeStatusBriefUserInfoDto",
            description: "Display name and avatar of the user who scanned; present once scanned, authorized or cancelled.",
          },
          tokenSet: {
            $ref: "#/components/schemas/LoginTokenResponseDataDto",
            description: "Tokens of the signed-in user; only when `AUTHORIZED` and web polling returns full user information\n(off by default).\n",
          },
        },
      },
      CheckQRCodeStatusRespDto: {
        description: "Answer of the QR code state checks: where the sign-in QR code stands.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/CheckQRCodeStatusDataDto",
                description: "State of the QR code.",
              },
            },
          },
        ],
      },
      CheckResourcePermissionDataDto: {
        description: "Results of checking the user's permission on several data resources.",
        type: "object",
        required: ["checkResultList"],
        properties: {
          checkResultList: {
            type: "array",
            items: {
              $ref: "#/components/schemas/CheckResourcePermissionRespDto",
            },
            description: "One result per resource checked.",
          },
        },
      },
      CheckResourcePermissionRespDto: {
        description: "Whether the user may perform an action on one data resource.",
        type: "object",
        required: ["namespaceCode", "action", "resource", "enabled"],
        properties: {
          namespaceCode: {
            type: "string",
            description: "Code of the permission space the check ran in.",
          },
          action: {
            type: "string",
            description: "Action that was checked.",
          },
          resource: {
            type: "string",
            description: "Path of the resource that was checked.",
          },
          enabled: {
            type: "boolean",
            description: "`true` when the user may perform the action on the resource in that permission space.",
          },
        },
      },
      CheckResourcePermissionsRespDto: {
        description: "Answer of the `checkPermissionBy*Resource` methods: one result per resource.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/CheckResourcePermissionDataDto",
                description: "The check results.",
              },
            },
          },
        ],
      },
      CommonResponseDto: {
        description: "GenAuth's envelope without `data`, for operations that only report success or failure.",
        $ref: "#/components/schemas/GenAuthEnvelope",
      },
      CountryDetailInfo: {
        description: "A country, with its codes, calling code, flag and names.",
        type: "object",
        required: ["alpha2", "alpha3", "phoneCountryCode", "flag", "name"],
        properties: {
          alpha2: {
            type: "string",
            description: "Two-letter ISO 3166 code of the country.",
          },
          alpha3: {
            type: "string",
            description: "Three-letter ISO 3166 code of the country.",
          },
          phoneCountryCode: {
            type: "string",
            description: "International dialling prefix of the country.",
          },
          flag: {
            type: "string",
            description: "Flag icon of the country.",
          },
          name: {
            $ref: "#/components/schemas/LangObject",
            description: "Name of the country in several languages (currently Chinese and English).",
          },
        },
      },
      CreateApprovalDto: {
        description: "The approval request that was just created.",
        type: "object",
        required: ["approvalId", "number"],
        properties: {
          approvalId: {
            type: "number",
            description: "ID of the new approval request.",
          },
          number: {
            type: "string",
            description: "Number of the new approval request; `getDetail` reads it back by this number.",
          },
        },
      },
      CreateApprovalReq: {
        description: "Request body for submitting one access request.",
        type: "object",
        required: ["objectType", "objectId"],
        properties: {
          objectType: {
            type: "string",
            enum: ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            "x-enum-varnames": ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            description: "What is requested: access to an application (`APP_PERMISSION_APPLY`) or a role (`ROLE_PERMISSION_APPLY`).",
          },
          objectId: {
            type: "string",
            description: "ID of the requested role or application, according to `objectType`.",
          },
          extraParams: {
            $ref: "#/components/schemas/ExtraParams",
            description: "When the role membership starts and ends; only for `ROLE_PERMISSION_APPLY` requests.",
          },
        },
      },
      CreateApprovalRes: {
        description: "Envelope answering `createApproval`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/CreateApprovalDto",
                description: "ID and number of the approval that was created.",
              },
            },
          },
        ],
      },
      CustomFieldI18n: {
        description: "Translations of a custom field's display name.",
        type: "object",
        required: ["label"],
        properties: {
          label: {
            $ref: "#/components/schemas/LangObject",
            description: "The display name in each supported language.",
          },
        },
      },
      DecryptDouyinMiniProgramDataDto: {
        description: "What a Douyin mini program sends to have its encrypted open data decrypted.",
        type: "object",
        required: ["code", "iv", "encryptedData", "extIdpConnidentifier"],
        properties: {
          code: {
            type: "string",
            description: "Login code the mini program got from Douyin's `tt.login`.",
          },
          iv: {
            type: "string",
            description: "Decryption IV that Douyin returned along with the encrypted data.",
          },
          encryptedData: {
            type: "string",
            description: "The `encryptedData` string from Douyin's open data API.",
          },
          extIdpConnidentifier: {
            type: "string",
            description: "Identifier of the Douyin mini program connection (external identity source) to use.",
          },
        },
      },
      DecryptDouyinMiniProgramDataRespDto: {
        description: "Envelope answering `decryptDouyinMiniProgramData`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                description: "The decrypted open data.",
              },
            },
          },
        ],
      },
      DecryptWechatMiniProgramDataDto: {
        description: "What a WeChat mini program sends to have its encrypted open data decrypted.",
        type: "object",
        required: ["code", "iv", "encryptedData", "extIdpConnidentifier"],
        properties: {
          code: {
            type: "string",
            description: "Login code the mini program got from WeChat's `wx.login`.",
          },
          iv: {
            type: "string",
            description: "Decryption IV that WeChat returned along with the encrypted data.",
          },
          encryptedData: {
            type: "string",
            description: "The `encryptedData` string from WeChat's open data API.",
          },
          extIdpConnidentifier: {
            type: "string",
            description: "Identifier of the WeChat mini program connection (external identity source) to use.",
          },
        },
      },
      DecryptWechatMiniProgramDataRespDto: {
        description: "Envelope answering `decryptWechatMiniProgramData`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                description: "The decrypted open data.",
              },
            },
          },
        ],
      },
      DeleteAccounDto: {
        description: "The token that authorizes deleting the user's account.",
        type: "object",
        required: ["deleteAccountToken"],
        properties: {
          deleteAccountToken: {
            type: "string",
            description: "Account-deletion token returned by `verifyDeleteAccountRequest`.",
          },
        },
      },
      DeleteAccountByEmailPassCodeDto: {
        description: "Proves the right to delete the account with a code sent by email.",
        type: "object",
        required: ["passCode"],
        properties: {
          email: {
            type: "string",
            description: "The account's email address; letter case does not matter.",
          },
          passCode: {
            type: "string",
            description: "One-time code sent to that email (send it first with `sendEmail`); by default it expires after 5 minutes.",
          },
        },
      },
      DeleteAccountByPasswordDto: {
        description: "Proves the right to delete the account with the user's password.",
        type: "object",
        required: ["password"],
        properties: {
          password: {
            type: "string",
            description: "The user's current password.",
          },
          passwordEncryptType: {
            type: "string",
            enum: ["sm2", "rsa", "none"],
            "x-enum-varnames": ["SM2", "RSA", "NONE"],
            description: '"How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`."',
          },
        },
      },
      DeleteAccountByPhonePassCodeDto: {
        description: "Proves the right to delete the account with a code sent by SMS.",
        type: "object",
        required: ["phoneNumber", "passCode"],
        properties: {
          phoneNumber: {
            type: "string",
            description: "The account's phone number without the country code (send that in `phoneCountryCode`).",
          },
          passCode: {
            type: "string",
            description: "One-time SMS code (send it first with `sendSms`); it expires after one minute.",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code of `phoneNumber`, e.g. `+86`.",
          },
        },
      },
      DepartmentI18nDto: {
        description: "Translations of a department's name.",
        type: "object",
        required: ["name"],
        properties: {
          name: {
            $ref: "#/components/schemas/LangObject",
            description: "The department name in each supported language.",
          },
        },
      },
      DeviceInfo: {
        description: "A device as GenAuth records it.",
        type: "object",
        required: ["deviceId", "type"],
        properties: {
          deviceId: {
            type: "string",
            description: "ID that uniquely identifies the device.",
          },
          name: {
            type: "string",
            description: "Name of the device.",
          },
          version: {
            type: "string",
            description: "Version of the device's operating system.",
          },
          type: {
            type: "string",
            enum: ["Browser", "Mobile", "Desktop"],
            "x-enum-varnames": ["BROWSER", "MOBILE", "DESKTOP"],
            description: "Kind of device.",
          },
          mod: {
            type: "string",
            description: "Model of the device.",
          },
          os: {
            type: "string",
            description: "Operating system the device runs.",
          },
          status: {
            type: "string",
            enum: ["activated", "suspended", "deactivated"],
            "x-enum-varnames": ["ACTIVATED", "SUSPENDED", "DEACTIVATED"],
            description: "State of the device.",
          },
          userAgent: {
            type: "string",
            description: "User-Agent string the device sent.",
          },
        },
      },
      EnablePermissionApplyApplication: {
        description: "An application the user may request permissions in.",
        type: "object",
        required: ["appId", "appName", "logo", "appType"],
        properties: {
          appId: {
            type: "string",
            description: "ID of the application.",
          },
          appName: {
            type: "string",
            description: "Name of the application.",
          },
          logo: {
            type: "string",
            description: "URL of the application's logo.",
          },
          appType: {
            type: "string",
            enum: ["web", "spa", "native", "api", "mfa", "mini-program", "gateway-app", "gateway-agent"],
            "x-enum-varnames": ["WEB", "SPA", "NATIVE", "API", "MFA", "MINI_PROGRAM", "GATEWAY_APP", "GATEWAY_AGENT"],
            description: "Kind of application.",
          },
          template: {
            type: "string",
            description: "Template the integrated application was created from, if any.",
          },
        },
      },
      EnablePermissionApplyApplicationList: {
        description: "The applications the user may request permissions in.",
        type: "object",
        required: ["list"],
        properties: {
          list: {
            type: "array",
            items: {
              $ref: "#/components/schemas/EnablePermissionApplyApplication",
            },
            description: "One entry per application.",
          },
        },
      },
      EnablePermissionApplyApplicationListRes: {
        description: "Envelope answering `getEnablePermissionApplyApplicationList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/EnablePermissionApplyApplicationList",
                description: "The applications that accept permission requests.",
              },
            },
          },
        ],
      },
      EnablePermissionApplyRole: {
        description: "A role of an application that the user may request.",
        type: "object",
        required: ["roleId", "code", "name"],
        properties: {
          roleId: {
            type: "string",
            description: "ID of the role.",
          },
          code: {
            type: "string",
            description: "Code of the role, unique within its application.",
          },
          name: {
            type: "string",
            description: "Name of the role in the application.",
          },
          description: {
            type: "string",
            description: "Free-text description of the role.",
          },
        },
      },
      EnablePermissionApplyRoleListRes: {
        description: "Envelope answering `getEnablePermissionApplyRoleList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/EnablePermissionApplyRolePageList",
                description: "One page of requestable roles.",
              },
            },
          },
        ],
      },
      EnablePermissionApplyRolePageList: {
        description: "One page of roles the user may request.",
        type: "object",
        required: ["list", "totalCount"],
        properties: {
          list: {
            type: "array",
            items: {
              $ref: "#/components/schemas/EnablePermissionApplyRole",
            },
            description: "The roles on this page.",
          },
          totalCount: {
            type: "number",
            description: "How many roles match in all, across every page.",
          },
        },
      },
      EnrollFactorDto: {
        description: "The enrollment token and proof that finish binding an MFA factor.",
        type: "object",
        required: ["enrollmentData", "enrollmentToken", "factorType"],
        properties: {
          enrollmentData: {
            $ref: "#/components/schemas/EnrollFactorEnrollmentDataDto",
            description: "The proof the chosen factor needs to finish binding.",
          },
          enrollmentToken: {
            type: "string",
            description: "The `enrollmentToken` from `sendEnrollFactorRequest`; it is valid for one minute.",
          },
          factorType: {
            type: "string",
            enum: ["OTP", "SMS", "EMAIL", "FACE"],
            "x-enum-varnames": ["OTP", "SMS", "EMAIL", "FACE"],
            description: "Kind of MFA factor being bound.",
          },
        },
      },
      EnrollFactorEnrollmentDataDto: {
        description: "Proof supplied when binding an MFA factor; which field is needed depends on the factor.",
        type: "object",
        properties: {
          passCode: {
            type: "string",
            description: "The code received by SMS or email, or shown by the OTP app; needed for SMS, EMAIL and OTP factors.",
          },
          photo: {
            type: "string",
            description: "URL of the face photo; needed for a FACE factor.",
          },
          isExternalPhoto: {
            type: "boolean",
            description: "Whether `photo` points outside GenAuth; needed for a FACE factor.",
          },
        },
      },
      EnrollFactorRespDto: {
        description: "Envelope answering `enrollFactor`.",
        $ref: "#/components/schemas/GenAuthEnvelope",
      },
      ErrMsgI18nDto: {
        description: "Translations of an error message.",
        type: "object",
        properties: {
          errorMessage: {
            $ref: "#/components/schemas/LangUnit",
            description: "The error message in each supported language.",
          },
        },
      },
      ExchangeTokenSetWithQRcodeTicketDto: {
        description: "A QR code sign-in ticket to trade for tokens, with the application's credentials when needed.",
        type: "object",
        required: ["ticket"],
        properties: {
          ticket: {
            type: "string",
            description:
              "Ticket reported by the QR code status check once the scan is authorized (when the full user info is not returned there); trade it here for tokens.",
          },
          client_id: {
            type: "string",
            description: "The application's ID; send it when the application authenticates at the token endpoint with `client_secret_post`.",
          },
          client_secret: {
            type: "string",
            description: "The application's secret; send it when the application authenticates at the token endpoint with `client_secret_post`.",
          },
        },
      },
      ExtIdpInfoDto: {
        description: "A connection of an external identity source that the application offers for sign-in.",
        type: "object",
        required: ["identifier", "extIdpId", "type", "extIdpType", "bindUrl", "name"],
        properties: {
          identifier: {
            type: "string",
            description: "Identifier of the connection, unique across connections.",
          },
          extIdpId: {
            type: "string",
            description: "ID of the identity source the connection belongs to.",
          },
          type: {
            type: "string",
            enum: [
              "oidc",
              "oauth2",
              "saml",
              "ldap",
              "ad",
              "cas",
              "azure-ad",
              "wechat",
              "google",
              "qq",
              "wechatwork",
              "dingtalk",
              "weibo",
              "github",
              "alipay",
              "apple",
              "baidu",
              "lark",
              "gitlab",
              "twitter",
              "facebook",
              "slack",
              "linkedin",
              "yidun",
              "qingcloud",
              "gitee",
              "instagram",
              "welink",
              "huawei",
              "honor",
              "xiaomi",
              "oppo",
              "aws",
              "amazon",
              "douyin",
              "kuaishou",
              "line",
              "sdbz",
              "zjzwfw",
              "zzding",
              "seeyona8v5",
            ],
            "x-enum-varnames": [
              "OIDC",
              "OAUTH2",
              "SAML",
              "LDAP",
              "AD",
              "CAS",
              "AZURE_AD",
              "WECHAT",
              "GOOGLE",
              "QQ",
              "WECHATWORK",
              "DINGTALK",
              "WEIBO",
              "GITHUB",
              "ALIPAY",
              "APPLE",
              "BAIDU",
              "LARK",
              "GITLAB",
              "TWITTER",
              "FACEBOOK",
              "SLACK",
              "LINKEDIN",
              "YIDUN",
              "QINGCLOUD",
              "GITEE",
              "INSTAGRAM",
              "WELINK",
              "HUAWEI",
              "HONOR",
              "XIAOMI",
              "OPPO",
              "AWS",
              "AMAZON",
              "DOUYIN",
              "KUAISHOU",
              "LINE",
              "SDBZ",
              "ZJZWFW",
              "ZZDING",
              "SEEYONA8V5",
            ],
            description: "Provider or protocol of the identity source.",
          },
          extIdpType: {
            type: "string",
            enum: ["social", "enterprise"],
            "x-enum-varnames": ["SOCIAL", "ENTERPRISE"],
            description: "Whether it is a social or an enterprise identity source.",
          },
          bindUrl: {
            type: "string",
            description: "URL that starts authentication with this connection.",
          },
          name: {
            type: "string",
            description: "Name of the identity source as shown to users.",
          },
          name_en: {
            type: "string",
            description: "English name of the identity source as shown to users.",
          },
          desc: {
            type: "string",
            description: "Free-text description.",
          },
          desc_en: {
            type: "string",
            description: "Free-text description in English.",
          },
          logo: {
            type: "string",
            description: "URL of the identity source's icon.",
          },
        },
      },
      ExtendsFieldDto: {
        description: "An extended user field shown on the sign-up information-completion form.",
        type: "object",
        required: ["type", "id", "name", "label", "show", "allowRewrite", "inputType", "source"],
        properties: {
          type: {
            type: "string",
            enum: ["user", "internal"],
            "x-enum-varnames": ["USER", "INTERNAL"],
            description: "Whether the field is a user-defined field or a built-in one.",
          },
          id: {
            type: "string",
            description: "ID of the field; set for user and metadata fields.",
          },
          name: {
            type: "string",
            description: "Key of the field.",
          },
          label: {
            type: "string",
            description: "Label shown for the field.",
          },
          show: {
            type: "boolean",
            description: "Whether the field is displayed.",
          },
          allowRewrite: {
            type: "boolean",
            description: "Whether the user may change the value.",
          },
          inputType: {
            type: "string",
            enum: [
              "image",
              "number",
              "date",
              "dateTime",
              "datetime",
              "select",
              "dropdown",
              "boolean",
              "string",
              "text",
              "gender",
              "country",
              "username",
              "phone",
              "email",
            ],
            "x-enum-varnames": [
              "IMAGE",
              "NUMBER",
              "DATE",
              "DATE_TIME",
              "DATETIME",
              "SELECT",
              "DROPDOWN",
              "BOOLEAN",
              "STRING",
              "TEXT",
              "GENDER",
              "COUNTRY",
              "USERNAME",
              "PHONE",
              "EMAIL",
            ],
            description: "Data type of the field, as set in the extended field configuration.",
          },
          required: {
            type: "boolean",
            description: "Whether a value must be given.",
          },
          validateRules: {
            $ref: "#/components/schemas/AppValidateRuleDto",
            description: "Rules a value must pass.",
          },
          source: {
            type: "string",
            enum: ["preset", "manual_add"],
            "x-enum-varnames": ["PRESET", "MANUAL_ADD"],
            description: "Whether the field is preset or was added by hand.",
          },
          i18n: {
            $ref: "#/components/schemas/CustomFieldI18n",
            description: "The label in each supported language.",
          },
        },
      },
      ExtraParams: {
        description: "When a subject's role membership starts and ends.",
        type: "object",
        properties: {
          endTime: {
            type: "number",
            description: "When the membership ends, in milliseconds since the Unix epoch; `null` means it never expires.",
          },
          enableTime: {
            type: "number",
            description: "When the membership starts, in milliseconds since the Unix epoch; `null` means at once.",
          },
        },
      },
      FactorDto: {
        description: "An MFA factor the user has bound.",
        type: "object",
        required: ["factorId", "factorType", "profile"],
        properties: {
          factorId: {
            type: "string",
            description: "ID of the bound factor.",
          },
          factorType: {
            type: "string",
            enum: ["OTP", "SMS", "EMAIL", "FACE"],
            "x-enum-varnames": ["OTP", "SMS", "EMAIL", "FACE"],
            description: "Kind of MFA factor.",
          },
          profile: {
            description: "Details of the factor, such as the phone number or email it uses.",
          },
        },
      },
      FactorProfile: {
        description: "Where a new MFA factor sends its codes; which field is needed depends on the factor.",
        type: "object",
        properties: {
          phoneNumber: {
            type: "string",
            description: "Phone number for an SMS factor (required for SMS); one request per number per minute.",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code for a phone number outside mainland China, for the SMS factor; `+86` when omitted.",
          },
          email: {
            type: "string",
            description: "Email address for an EMAIL factor (required for EMAIL); one request per address per minute.",
          },
        },
      },
      FactorToEnrollDto: {
        description: "An MFA factor kind the user can still bind.",
        type: "object",
        required: ["factorType"],
        properties: {
          factorType: {
            type: "string",
            enum: ["OTP", "SMS", "EMAIL", "FACE"],
            "x-enum-varnames": ["OTP", "SMS", "EMAIL", "FACE"],
            description: "Kind of MFA factor.",
          },
        },
      },
      FastpassQRCodeRelationAppDto: {
        description: "An application that a quick sign-in QR code can sign the user in to.",
        type: "object",
        required: ["id", "name"],
        properties: {
          id: {
            type: "string",
            description: "ID of the application.",
          },
          name: {
            type: "string",
            description: "Name of the application.",
          },
          logo: {
            type: "string",
            description: "URL of the application's logo.",
          },
        },
      },
      FastpassUserInfoDto: {
        description: "Who a quick sign-in QR code belongs to, as shown to the scanner.",
        type: "object",
        required: ["id", "displayName", "photo"],
        properties: {
          id: {
            type: "string",
            description: "ID of the user.",
          },
          displayName: {
            type: "string",
            description: "Name shown for the user.",
          },
          photo: {
            type: "string",
            description: "URL of the user's avatar.",
          },
        },
      },
      FinalizeWebAuthnLoginDto: {
        description: "The ticket and authenticator assertion that finish a WebAuthn sign-in.",
        type: "object",
        required: ["ticket", "credential"],
        properties: {
          ticket: {
            type: "string",
            description: "Ticket that came back with the WebAuthn authentication options.",
          },
          credential: {
            $ref: "#/components/schemas/AuthenticationCredentialDto",
            description: "The assertion the authenticator produced.",
          },
          options: {
            $ref: "#/components/schemas/SignInByWebAuthnOptionsDto",
            description: "Extra sign-in options.",
          },
        },
      },
      GenAuthDataEnvelope: {
        description: "An envelope whose `data` GenAuth does not document; it may hold any JSON value.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            properties: {
              data: {
                description: "The result, when the call succeeded.",
              },
            },
          },
        ],
      },
      GenAuthEnvelope: {
        type: "object",
        description: "The outer shape shared by GenAuth V3 JSON responses.",
        required: ["statusCode", "message"],
        properties: {
          statusCode: {
            type: "number",
            description: "Business status code. 200 is success; anything else is a failure or a further step.",
          },
          message: {
            type: "string",
            description: "Human-readable outcome.",
          },
          apiCode: {
            type: "number",
            description: "Finer business error code; present only on failures that have one.",
          },
          requestId: {
            type: "string",
            description: "Identifier of the request, for support; always present on failures.",
          },
        },
      },
      GenAuthErrorEnvelope: {
        description: "The envelope of a failed call (or one that needs a further step): `statusCode` is not 200\nand there is no `data`.\n",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["requestId"],
            properties: {
              statusCode: {
                description: "GenAuth’s code for the failure or the further step; never 200.",
                not: {
                  const: 200,
                },
              },
            },
          },
        ],
      },
      GeneFastpassQRCodeInfoDto: {
        description: "Data to encode in a quick sign-in QR code.",
        type: "object",
        required: ["scene", "qrcodeId", "apiHost", "user", "appId", "userpool"],
        properties: {
          scene: {
            type: "string",
            description: "What the QR code is for.",
          },
          qrcodeId: {
            type: "string",
            description: "ID of the QR code; pass it when asking for the QR code's status.",
          },
          apiHost: {
            type: "string",
            description: "Base URL of the API the scanning app should call.",
          },
          user: {
            $ref: "#/components/schemas/FastpassUserInfoDto",
            description: "The signed-in user who created the QR code.",
          },
          appId: {
            type: "string",
            description: "ID of the application the user was signed in to when creating the QR code.",
          },
          userpool: {
            $ref: "#/components/schemas/FastpassUserInfoDto",
            description: "The user pool the QR code belongs to.",
          },
        },
      },
      GeneFastpassQRCodeRespDto: {
        description: "Envelope answering `geneFastpassQrcodeInfo`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            properties: {
              data: {
                $ref: "#/components/schemas/GeneFastpassQRCodeInfoDto",
                description: "What to put in the quick sign-in QR code.",
              },
            },
          },
        ],
      },
      GenePushCodeDataDto: {
        description: "A push sign-in request that was sent to the user's app.",
        type: "object",
        required: ["pushCodeId", "expireTime"],
        properties: {
          pushCodeId: {
            type: "string",
            description: "ID of the push sign-in request; pass it when asking for its status.",
          },
          expireTime: {
            type: "number",
            description: "Seconds until the push request expires, e.g. 120.",
          },
        },
      },
      GenePushCodeRespDto: {
        description: "Envelope answering `signInByPush`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GenePushCodeDataDto",
                description: "The push sign-in request that was sent.",
              },
            },
          },
        ],
      },
      GeneQRCodeDataDto: {
        description: "A new sign-in QR code.",
        type: "object",
        required: ["qrcodeId", "url"],
        properties: {
          qrcodeId: {
            type: "string",
            description: "ID of the QR code; pass it when asking for the QR code's status.",
          },
          url: {
            type: "string",
            description: "URL of the QR code image, for the front end to display.",
          },
          customLogoUrl: {
            type: "string",
            description: "For mini program QR codes made with `autoMergeQrCode` false, the custom logo, which the front end may draw over the QR code.",
          },
        },
      },
      GeneQRCodeRespDto: {
        description: "Envelope answering `geneQrCode`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GeneQRCodeDataDto",
                description: "The QR code that was created.",
              },
            },
          },
        ],
      },
      GenerateBindExtIdpLinkDataDto: {
        description: "A link that binds an external identity to the user.",
        type: "object",
        required: ["url"],
        properties: {
          url: {
            type: "string",
            description: "URL the user opens to bind the external identity source.",
          },
        },
      },
      GenerateBindExtIdpLinkRespDto: {
        description: "Envelope answering `generateLinkExtIdpUrl`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GenerateBindExtIdpLinkDataDto",
                description: "The binding link.",
              },
            },
          },
        ],
      },
      GenerateInvitationLinkDto: {
        description: "An invitation link a member created.",
        type: "object",
        required: ["link"],
        properties: {
          link: {
            type: "string",
            description: "URL of the invitation.",
          },
        },
      },
      GenerateInvitationLinkRespDto: {
        description: "Envelope answering `generateUniversalInvitationByMember`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GenerateInvitationLinkDto",
                description: "The invitation link.",
              },
            },
          },
        ],
      },
      GenerateInviteeTokenDto: {
        description: "A token for an invitee who opened an invitation link.",
        type: "object",
        properties: {
          token: {
            type: "string",
            description: "Token issued when the invitee opens the link; use it to read the invitee's details and to finish the invited sign-up.",
          },
          invitationContext: {
            $ref: "#/components/schemas/InviteeContextDto",
            description: "The invitation the token belongs to.",
          },
        },
      },
      GenerateInviteeTokenRespDto: {
        description: "Envelope answering `generateInviteToken`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GenerateInviteeTokenDto",
                description: "The invitee token and its invitation.",
              },
            },
          },
        ],
      },
      GenerateQrcodeDto: {
        description: "What kind of sign-in QR code to create, and its options.",
        type: "object",
        required: ["type"],
        properties: {
          type: {
            type: "string",
            enum: ["MOBILE_APP", "WECHAT_MINIPROGRAM", "WECHAT_OFFICIAL_ACCOUNT"],
            "x-enum-varnames": ["MOBILE_APP", "WECHAT_MINIPROGRAM", "WECHAT_OFFICIAL_ACCOUNT"],
            description: "Which app scans the QR code.",
          },
          extIdpConnId: {
            type: "string",
            description: "For `WECHAT_MINIPROGRAM` and `WECHAT_OFFICIAL_ACCOUNT`, the identity source connection to use; the first enabled one when omitted.",
          },
          customData: {
            description: "For `MOBILE_APP`, custom data written into the user's custom data once the scan is authorized.",
          },
          context: {
            description: "For `WECHAT_OFFICIAL_ACCOUNT` and `WECHAT_MINIPROGRAM`, custom context handed to the pipeline.",
          },
          autoMergeQrCode: {
            type: "boolean",
            description: "For `WECHAT_MINIPROGRAM`, whether the server draws the custom logo into the QR image; `false` by default, since merging is slower.",
          },
        },
      },
      GeoIp: {
        description: "Where an IP address is, as found by IP geolocation.",
        type: "object",
        required: ["location", "country_name", "country_code2", "country_code3", "region_name", "region_code", "city_name", "continent_code", "timezone"],
        properties: {
          location: {
            $ref: "#/components/schemas/GeoIpLocation",
            description: "Coordinates of the address.",
          },
          country_name: {
            type: "string",
            description: "Name of the country.",
          },
          country_code2: {
            type: "string",
            description: "Two-letter country code.",
          },
          country_code3: {
            type: "string",
            description: "Three-letter country code.",
          },
          region_name: {
            type: "string",
            description: "Name of the region or province.",
          },
          region_code: {
            type: "string",
            description: "Code of the region or province.",
          },
          city_name: {
            type: "string",
            description: "Name of the city.",
          },
          continent_code: {
            type: "string",
            description: "Code of the continent.",
          },
          timezone: {
            type: "string",
            description: "Time zone of the location.",
          },
        },
      },
      GeoIpLocation: {
        description: "A point given by longitude and latitude.",
        type: "object",
        required: ["lon", "lat"],
        properties: {
          lon: {
            type: "number",
            description: "Longitude in degrees.",
          },
          lat: {
            type: "number",
            description: "Latitude in degrees.",
          },
        },
      },
      GetAccessibleAppsRespDto: {
        description: "Envelope answering `getAccessibleApps`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/AccessibleAppsDto",
                },
                description: "The applications the user may open.",
              },
            },
          },
        ],
      },
      GetAlipayAuthInfoRespDto: {
        description: "Envelope answering `getAlipayAuthInfo`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/AlipayAuthInfoDataDto",
                description: "The Alipay `authInfo` the app needs to start Alipay sign-in.",
              },
            },
          },
        ],
      },
      GetAuthenticationOptionsRespDto: {
        description: "Envelope answering `initAuthenticationOptions`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/AuthenticationOptionsDto",
                description: "The WebAuthn options for the authenticator, and the ticket that goes with them.",
              },
            },
          },
        ],
      },
      GetCaptchaCodeDataDto: {
        description: "An image captcha and its token.",
        type: "object",
        required: ["captchaCodeSvg", "captchaToken"],
        properties: {
          captchaCodeSvg: {
            type: "string",
            description: "The captcha picture, as SVG markup.",
          },
          captchaToken: {
            type: "string",
            description: "Token of this captcha; send it along with what the user typed when signing in.",
          },
        },
      },
      GetCaptchaCodeRespDto: {
        description: "Envelope answering `geneCatchaCodeAndToken`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetCaptchaCodeDataDto",
                description: "The captcha image and its token.",
              },
            },
          },
        ],
      },
      GetCountryListRespDto: {
        description: "Envelope answering `getCountryList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/CountryDetailInfo",
                },
                description: "Countries with their dialling codes.",
              },
            },
          },
        ],
      },
      GetExtIdpsRespDto: {
        description: "Envelope answering `getApplicationEnabledExtIdps`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/ExtIdpInfoDto",
                },
                description: "The external identity source connections enabled for the application.",
              },
            },
          },
        ],
      },
      GetFactorRespDto: {
        description: "Envelope answering `getFactor`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/FactorDto",
                description: "The MFA factor that was asked for.",
              },
            },
          },
        ],
      },
      GetFastpassQRCodeRelationAppsDto: {
        description: "The client applications a quick sign-in QR code can sign the user in to.",
        type: "object",
        properties: {
          relationApps: {
            type: "array",
            items: {
              $ref: "#/components/schemas/FastpassQRCodeRelationAppDto",
            },
            description: "One entry per related client application.",
          },
        },
      },
      GetFastpassQRCodeRelationAppsRespDto: {
        description: "Envelope answering `getFastpassParams`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetFastpassQRCodeRelationAppsDto",
                description: "The related client applications.",
              },
            },
          },
        ],
      },
      GetIdentitiesRespDto: {
        description: "Envelope answering `getIdentities`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/IdentityDto",
                },
                description: "The external identities linked to the user.",
              },
            },
          },
        ],
      },
      GetInviteeContextRespDto: {
        description: "Envelope answering `getInviteCodeContext`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/InviteeContextDto",
                description: "What the invitee's sign-up page needs to know about the invitation.",
              },
            },
          },
        ],
      },
      GetLoggedInAppsRespDto: {
        description: "Envelope answering `getLoggedInApps`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/LoggedInAppsDto",
                },
                description: "The applications the user is signed in to.",
              },
            },
          },
        ],
      },
      GetLoginHistoryRespDto: {
        description: "Envelope answering `getLoginHistory`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/LoginHistoryPaginatedRespDto",
                description: "One page of the user's sign-in history.",
              },
            },
          },
        ],
      },
      GetPublicAccountDataRespDto: {
        description: "Envelope answering `listPublicAccountsForSwitchLoggedIn`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/GetUserSelectLoginPublicAccountsDataDto",
                },
                description: "The public accounts the user may switch to, with the user's own account.",
              },
            },
          },
        ],
      },
      GetPushCodeRelationAppsDataDto: {
        description: "The client applications behind a push sign-in request.",
        type: "object",
        properties: {
          appIds: {
            type: "array",
            items: {
              type: "string",
            },
            description: "IDs of the client applications related to the application that sent the push sign-in.",
          },
        },
      },
      GetPushCodeRelationAppsDto: {
        description: "The push sign-in request whose related client applications are wanted.",
        type: "object",
        required: ["appId", "pushCodeId"],
        properties: {
          appId: {
            type: "string",
            description: "ID of the application that sent the push sign-in.",
          },
          pushCodeId: {
            type: "string",
            description: "ID of the push sign-in request.",
          },
        },
      },
      GetPushCodeRelationAppsRespDto: {
        description: "Envelope answering `getPushLoginRelationApps`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetPushCodeRelationAppsDataDto",
                description: "The related client applications.",
              },
            },
          },
        ],
      },
      GetRegistrationOptionsRespDto: {
        description: "Envelope answering `initRegisterOptions`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/RegistrationOptionsDto",
                description: "The WebAuthn options for registering an authenticator, and the ticket that goes with them.",
              },
            },
          },
        ],
      },
      GetSecurityInfoDto: {
        description: "How secure the user's account is.",
        type: "object",
        required: ["passwordSecurityLevel", "mfaEnrolled", "passwordSet", "emailBinded", "phoneBinded", "securityScore"],
        properties: {
          passwordSecurityLevel: {
            type: "number",
            description: "Strength level of the user's password.",
          },
          mfaEnrolled: {
            type: "boolean",
            description: "Whether the user has bound an MFA factor.",
          },
          passwordSet: {
            type: "boolean",
            description: "Whether the user has a password.",
          },
          emailBinded: {
            type: "boolean",
            description: "Whether the user has bound an email address.",
          },
          phoneBinded: {
            type: "boolean",
            description: "Whether the user has bound a phone number.",
          },
          securityScore: {
            type: "number",
            description: "Overall security score of the account.",
          },
        },
      },
      GetSecurityInfoRespDto: {
        description: "Envelope answering `getSecurityLevel`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetSecurityInfoDto",
                description: "The account's security rating.",
              },
            },
          },
        ],
      },
      GetTenantListRespDto: {
        description: "Envelope answering `getTenantList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/UserTenantListDto",
                },
                description: "The tenants the user belongs to.",
              },
            },
          },
        ],
      },
      GetUniversalInvitationJoinRespDto: {
        description: "Envelope answering `signupByUniversal`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/UniversalInvitationJoinRespDto",
                description: "The outcome of the request to join.",
              },
            },
          },
        ],
      },
      GetUniversalInvitationPublicConfigRespDto: {
        description: "Envelope answering `getUniversalInvitationPublicConfig`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/UniversalInvitationPublicConfigDto",
                description: "The public settings of the universal invitation link.",
              },
            },
          },
        ],
      },
      GetUserAuthResourceListDataDto: {
        description: "The resources granted to the user in the application.",
        type: "object",
        required: ["userPermissionList"],
        properties: {
          userPermissionList: {
            type: "array",
            items: {
              $ref: "#/components/schemas/UserAuthResourceListDto",
            },
            description: "One entry per granted resource.",
          },
        },
      },
      GetUserAuthResourceListRespDto: {
        description: "Envelope answering `getUserAuthorizedResourcesList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetUserAuthResourceListDataDto",
                description: "The user's granted resources.",
              },
            },
          },
        ],
      },
      GetUserAuthResourcePermissionList: {
        description: "The actions the user may perform on one resource.",
        type: "object",
        required: ["namespaceCode", "actions", "resource"],
        properties: {
          namespaceCode: {
            type: "string",
            description: "ID of the current application (its permission space).",
          },
          actions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions the user is allowed on the resource.",
          },
          resource: {
            type: "string",
            description: "Path of the resource.",
          },
        },
      },
      GetUserAuthResourcePermissionListDataDto: {
        description: "The user's permissions on the requested resources.",
        type: "object",
        required: ["permissionList"],
        properties: {
          permissionList: {
            type: "array",
            items: {
              $ref: "#/components/schemas/GetUserAuthResourcePermissionList",
            },
            description: "One entry per requested resource.",
          },
        },
      },
      GetUserAuthResourcePermissionListDto: {
        description: "The resources to look up the user's permissions on.",
        type: "object",
        required: ["resources"],
        properties: {
          resources: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Paths of the resources to check; a path into a tree resource must end at a concrete node.",
          },
        },
      },
      GetUserAuthResourcePermissionListRespDto: {
        description: "Envelope answering `getUserAuthResourcePermissionList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetUserAuthResourcePermissionListDataDto",
                description: "The user's permissions, per resource.",
              },
            },
          },
        ],
      },
      GetUserAuthResourceStructDataDto: {
        description: "The structure of a resource and what the user may do with its parts.",
        type: "object",
        required: ["namespaceCode", "resourceCode", "resourceType"],
        properties: {
          namespaceCode: {
            type: "string",
            description: "Code of the permission space the resource belongs to.",
          },
          resourceCode: {
            type: "string",
            description: "Code of the resource.",
          },
          resourceType: {
            type: "string",
            enum: ["TREE", "STRING", "ARRAY"],
            "x-enum-varnames": ["TREE", "STRING", "ARRAY"],
            description: "Shape of the resource; it decides which of the three `*ResourceAuthAction` fields is filled in.",
          },
          strResourceAuthAction: {
            $ref: "#/components/schemas/StrResourceAuthAction",
            description: "Granted actions, for a `STRING` resource.",
          },
          arrResourceAuthAction: {
            $ref: "#/components/schemas/ArrResourceAuthAction",
            description: "Granted actions, for an `ARRAY` resource.",
          },
          treeResourceAuthAction: {
            $ref: "#/components/schemas/TreeResourceAuthAction",
            description: "Granted actions, for a `TREE` resource.",
          },
        },
      },
      GetUserAuthResourceStructDto: {
        description: "The resource whose structure is wanted.",
        type: "object",
        required: ["resource"],
        properties: {
          resource: {
            type: "string",
            description: "Code of the resource to describe.",
          },
        },
      },
      GetUserAuthResourceStructRespDto: {
        description: "Envelope answering `getUserAuthResourceStruct`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetUserAuthResourceStructDataDto",
                description: "The resource's structure with the user's granted actions.",
              },
            },
          },
        ],
      },
      GetUserSelectLoginPublicAccountsDataDto: {
        description: "Public accounts the user may switch to, and the user's own account.",
        type: "object",
        required: ["publicAccounts"],
        properties: {
          publicAccounts: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ListPublicAccountDataDto",
            },
            description: "The public accounts available for switching.",
          },
          originUser: {
            $ref: "#/components/schemas/GetUserSelectLoginPublicAccountsOriginUserDto",
            description: "The user's own (personal) account.",
          },
        },
      },
      GetUserSelectLoginPublicAccountsOriginUserDto: {
        description: "The personal account a user switches from and back to.",
        type: "object",
        required: ["userId"],
        properties: {
          userId: {
            type: "string",
            description: "ID of the account.",
          },
          avatar: {
            type: "string",
            description: "URL of the account's avatar.",
          },
          displayName: {
            type: "string",
            description: "Name shown for the account.",
          },
          usertype: {
            type: "string",
            enum: ["1", "2"],
            "x-enum-varnames": ["_1", "_2"],
            description: '"Kind of account: `1` is a personal user, `2` a public account."',
          },
        },
      },
      GetWechatAccessTokenDataDto: {
        description: "A WeChat access token and when it expires.",
        type: "object",
        required: ["accessToken", "expiresAt"],
        properties: {
          accessToken: {
            type: "string",
            description: "The WeChat access token that GenAuth holds for this WeChat app.",
          },
          expiresAt: {
            type: "string",
            description: "When the token stops working, as Unix time in seconds (a string).",
          },
        },
      },
      GetWechatAccessTokenDto: {
        description: "Identifies a WeChat mini program or official account.",
        type: "object",
        required: ["appId", "appSecret"],
        properties: {
          appId: {
            type: "string",
            description: "The WeChat AppID of the mini program or official account.",
          },
          appSecret: {
            type: "string",
            description: "The WeChat AppSecret of the mini program or official account.",
          },
        },
      },
      GetWechatAccessTokenInfoRespDto: {
        description: "Envelope answering `getWechatMpAccessTokenInfo`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetWechatAccessTokenDataDto",
                description: "The cached WeChat access token and its expiry.",
              },
            },
          },
        ],
      },
      GetWechatAccessTokenRespDto: {
        description: "Envelope answering `getWechatMpAccessToken`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/GetWechatAccessTokenDataDto",
                description: "The WeChat access token and its expiry.",
              },
            },
          },
        ],
      },
      GroupDto: {
        description: "A user group.",
        type: "object",
        required: ["id", "code", "name", "description", "type", "metadataSource", "members"],
        properties: {
          id: {
            type: "string",
            description: "ID of the group.",
          },
          code: {
            type: "string",
            description: "Code of the group.",
          },
          name: {
            type: "string",
            description: "Name of the group.",
          },
          description: {
            type: "string",
            description: "Free-text description of the group.",
          },
          type: {
            type: "string",
            description: "Kind of group.",
          },
          metadataSource: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Metadata of the group.",
          },
          members: {
            type: "array",
            items: {
              $ref: "#/components/schemas/UserDto",
            },
            description: "Users in the group.",
          },
        },
      },
      GroupListRespDto: {
        description: "Envelope answering `getGroupList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/GroupDto",
                },
                description: "The groups the user belongs to.",
              },
            },
          },
        ],
      },
      IDToken: {
        description: "The claims of a decoded OIDC ID token.",
        type: "object",
        required: [
          "sub",
          "aud",
          "exp",
          "iat",
          "iss",
          "nonce",
          "at_hash",
          "s_hash",
          "name",
          "nickname",
          "given_name",
          "family_name",
          "birthdate",
          "gender",
          "picture",
          "updated_at",
          "zoneinfo",
          "preferred_username",
          "locale",
        ],
        properties: {
          sub: {
            type: "string",
            description: '"`sub` claim: ID of the user."',
          },
          aud: {
            type: "string",
            description: '"`aud` claim: ID of the application (client) the token was issued to."',
          },
          exp: {
            type: "number",
            description: '"`exp` claim: when the token expires, in Unix seconds."',
          },
          iat: {
            type: "number",
            description: '"`iat` claim: when the token was issued, in Unix seconds."',
          },
          iss: {
            type: "string",
            description: '"`iss` claim: URL of the issuer."',
          },
          nonce: {
            type: "string",
            description: "The `nonce` that was sent with the authorization request.",
          },
          at_hash: {
            type: "string",
            description: "Hash of the access token issued alongside.",
          },
          s_hash: {
            type: "string",
            description: "Hash of the `state` value.",
          },
          name: {
            type: "string",
            description: "The user's full name.",
          },
          nickname: {
            type: "string",
            description: "The user's nickname.",
          },
          given_name: {
            type: "string",
            description: "The user's given (first) name.",
          },
          family_name: {
            type: "string",
            description: "The user's family (last) name.",
          },
          birthdate: {
            type: "string",
            description: "The user's date of birth.",
          },
          gender: {
            type: "string",
            enum: ["M", "F", "U"],
            description: '"The user\'s gender: `M`, `F` or `U` (unknown)."',
          },
          picture: {
            type: "string",
            description: "URL of the user's avatar.",
          },
          updated_at: {
            type: "string",
            description: "When the user's profile last changed.",
          },
          zoneinfo: {
            type: "string",
            description: "The user's time zone.",
          },
          preferred_username: {
            type: "string",
            description: "Username the user prefers to be called by.",
          },
          locale: {
            type: "string",
            description: "The user's locale.",
          },
        },
        additionalProperties: {},
      },
      IdentityDto: {
        description: "An external identity linked to the user.",
        type: "object",
        required: ["identityId", "extIdpId", "provider", "type", "userIdInIdp", "userInfoInIdp", "originConnIds"],
        properties: {
          identityId: {
            type: "string",
            description: "ID of the linked identity.",
          },
          extIdpId: {
            type: "string",
            description: "ID of the identity source connection.",
          },
          provider: {
            type: "string",
            enum: [
              "oidc",
              "oauth2",
              "saml",
              "ldap",
              "ad",
              "cas",
              "azure-ad",
              "wechat",
              "google",
              "qq",
              "wechatwork",
              "dingtalk",
              "weibo",
              "github",
              "alipay",
              "apple",
              "baidu",
              "lark",
              "gitlab",
              "twitter",
              "facebook",
              "slack",
              "linkedin",
              "yidun",
              "qingcloud",
              "gitee",
              "instagram",
              "welink",
              "huawei",
              "honor",
              "xiaomi",
              "oppo",
              "aws",
              "amazon",
              "douyin",
              "kuaishou",
              "line",
              "sdbz",
              "zjzwfw",
              "zzding",
              "seeyona8v5",
            ],
            "x-enum-varnames": [
              "OIDC",
              "OAUTH2",
              "SAML",
              "LDAP",
              "AD",
              "CAS",
              "AZURE_AD",
              "WECHAT",
              "GOOGLE",
              "QQ",
              "WECHATWORK",
              "DINGTALK",
              "WEIBO",
              "GITHUB",
              "ALIPAY",
              "APPLE",
              "BAIDU",
              "LARK",
              "GITLAB",
              "TWITTER",
              "FACEBOOK",
              "SLACK",
              "LINKEDIN",
              "YIDUN",
              "QINGCLOUD",
              "GITEE",
              "INSTAGRAM",
              "WELINK",
              "HUAWEI",
              "HONOR",
              "XIAOMI",
              "OPPO",
              "AWS",
              "AMAZON",
              "DOUYIN",
              "KUAISHOU",
              "LINE",
              "SDBZ",
              "ZJZWFW",
              "ZZDING",
              "SEEYONA8V5",
            ],
            description: "Provider or protocol of the external identity source.",
          },
          type: {
            type: "string",
            description: '"Kind of identity, such as `unionid`, `openid` or `primary`."',
          },
          userIdInIdp: {
            type: "string",
            description: "The user's ID at the external identity source.",
          },
          userInfoInIdp: {
            description: "The user's profile as the external identity source reports it.",
          },
          accessToken: {
            type: "string",
            description: "Access token from the external identity source; included only when users read their own identities, never through management APIs.",
          },
          refreshToken: {
            type: "string",
            description: "Refresh token from the external identity source; included only when users read their own identities, never through management APIs.",
          },
          originConnIds: {
            type: "array",
            items: {
              type: "string",
            },
            description: "IDs of the identity source connections this identity was obtained through.",
          },
        },
      },
      InitiatedApproval: {
        description: "A permission request the user has submitted for approval.",
        type: "object",
        required: ["approvalId", "number", "status", "submitTime", "objectType", "approvalObjectList"],
        properties: {
          approvalId: {
            type: "number",
            description: "ID of the approval.",
          },
          number: {
            type: "string",
            description: "Number of the approval.",
          },
          status: {
            type: "string",
            enum: ["PENDING", "AGREED", "REFUSED"],
            "x-enum-varnames": ["PENDING", "AGREED", "REFUSED"],
            description: "Where the approval stands.",
          },
          submitTime: {
            type: "string",
            description: "When the request was submitted.",
          },
          closedTime: {
            type: "string",
            description: "When the approval was completed; absent while it is pending.",
          },
          objectType: {
            type: "string",
            enum: ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            "x-enum-varnames": ["APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY"],
            description: '"What is requested: `APP_PERMISSION_APPLY` (access to an application) or `ROLE_PERMISSION_APPLY` (a role)."',
          },
          approvalObjectList: {
            oneOf: [
              {
                $ref: "#/components/schemas/RolePermissionApplyApprovalObject",
              },
              {
                $ref: "#/components/schemas/ApplicationPermissionApplyApprovalObject",
              },
            ],
            description:
              "The application or role that was requested.\nThe official SDK's comment calls this an array, but its TypeScript type is a single object of either kind.\n",
          },
          extraParams: {
            $ref: "#/components/schemas/ExtraParams",
            description: "Extra settings of the request; only used with `ROLE_PERMISSION_APPLY`.",
          },
        },
      },
      InitiatedApprovalListRes: {
        description: "Envelope answering `initiatedList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/InitiatedApprovalPageList",
                description: "One page of the user's submitted approvals.",
              },
            },
          },
        ],
      },
      InitiatedApprovalPageList: {
        description: "One page of approvals the user has submitted.",
        type: "object",
        required: ["list", "totalCount"],
        properties: {
          list: {
            type: "array",
            items: {
              $ref: "#/components/schemas/InitiatedApproval",
            },
            description: "The approvals on this page.",
          },
          totalCount: {
            type: "number",
            description: "How many approvals match in all, across every page.",
          },
        },
      },
      InvitationLinkDto: {
        description: "The invitation link the invitee opened, and what to return with the token.",
        type: "object",
        required: ["signature", "identifier"],
        properties: {
          signature: {
            type: "string",
            description: "Signature carried by the invitation link.",
          },
          identifier: {
            type: "string",
            description: "Identifier of the invitation link, unique across links.",
          },
          withInviteeInfo: {
            type: "boolean",
            description: "Set to also get back the invitee's details.",
          },
          withInvitationSettings: {
            type: "boolean",
            description: "Set to also get back the invitation's public settings.",
          },
        },
      },
      InviteeContextDto: {
        description: "What the invitee's sign-up page needs to know about an invitation.",
        type: "object",
        required: [
          "enabledIdentifierVerify",
          "sendVerifyCodeMethod",
          "enabledInfoFill",
          "extendsFields",
          "extendsFieldsI18n",
          "extendsFieldsOptions",
          "email",
          "verifyCodeMaxErrCount",
        ],
        properties: {
          enabledIdentifierVerify: {
            type: "boolean",
            description: "Whether the invitee must confirm their identity with a verification code.",
          },
          sendVerifyCodeMethod: {
            type: "string",
            enum: ["prioritySMS", "priorityEmail"],
            "x-enum-varnames": ["PRIORITY_SMS", "PRIORITY_EMAIL"],
            description: "Whether the verification code goes preferably by SMS or by email.",
          },
          enabledInfoFill: {
            type: "boolean",
            description: "Whether the invitee is asked to complete extra profile information.",
          },
          registerInfoFillMsg: {
            type: "string",
            description: "Hint text shown on the profile-completion page.",
          },
          extendsFields: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ExtendsFieldDto",
            },
            description: "Fields the profile-completion page asks for.",
          },
          extendsFieldsI18n: {
            description: "Translations for the profile-completion fields.",
          },
          extendsFieldsOptions: {
            type: "array",
            items: {},
            description: "Additional settings of the profile-completion fields.",
          },
          email: {
            type: "string",
            description: "The invitee's email address.",
          },
          phone: {
            type: "string",
            description: "The invitee's phone number.",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code of `phone`, e.g. `+86`.",
          },
          inviteeName: {
            type: "string",
            description: "The invitee's name.",
          },
          verifyCodeMaxErrCount: {
            type: "number",
            description: "How many wrong verification codes are allowed.",
          },
        },
      },
      InviteeProfileDto: {
        description: "Profile details of an invitee.",
        type: "object",
        properties: {
          username: {
            type: "string",
            description: "The invitee's username.",
          },
          nickname: {
            type: "string",
            description: "The invitee's nickname.",
          },
          company: {
            type: "string",
            description: "Company the invitee works for.",
          },
          photo: {
            type: "string",
            description: "URL of the invitee's avatar.",
          },
          device: {
            type: "string",
            description: "Device the invitee uses.",
          },
          browser: {
            type: "string",
            description: "Browser the invitee uses.",
          },
          name: {
            type: "string",
            description: "The invitee's full name.",
          },
          givenName: {
            type: "string",
            description: "The invitee's given (first) name.",
          },
          familyName: {
            type: "string",
            description: "The invitee's family (last) name.",
          },
          middleName: {
            type: "string",
            description: "The invitee's middle name.",
          },
          profile: {
            type: "string",
            description: "The invitee's profile.",
          },
          preferredUsername: {
            type: "string",
            description: "Username the invitee prefers to be called by.",
          },
          website: {
            type: "string",
            description: "The invitee's personal website.",
          },
          gender: {
            type: "string",
            enum: ["M", "F", "U"],
            "x-enum-varnames": ["M", "F", "U"],
            description: '"Gender: `M` male, `F` female, `U` unknown."',
          },
          birthdate: {
            type: "string",
            description: "The invitee's date of birth.",
          },
          zoneinfo: {
            type: "string",
            description: "The invitee's time zone.",
          },
          locale: {
            type: "string",
            description: "The invitee's locale.",
          },
          address: {
            type: "string",
            description: "The invitee's postal address.",
          },
          formatted: {
            type: "string",
            description: "Full address, formatted for display.",
          },
          streetAddress: {
            type: "string",
            description: "Street part of the address.",
          },
          locality: {
            type: "string",
            description: "City or town.",
          },
          region: {
            type: "string",
            description: "Region, state or province.",
          },
          postalCode: {
            type: "string",
            description: "Postal code of the address.",
          },
          country: {
            type: "string",
            description: "Country of the address.",
          },
          email: {
            type: "string",
            description: "The invitee's email address.",
          },
          phone: {
            type: "string",
            description: "The invitee's phone number.",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code of `phone`, e.g. `+86`.",
          },
          customData: {
            description: "Values of user-defined (custom) fields.",
          },
        },
      },
      InviterDetailDto: {
        description: "Who sent an invitation.",
        type: "object",
        required: ["displayName"],
        properties: {
          displayName: {
            type: "string",
            description: "Name of the inviter.",
          },
        },
      },
      IsSuccessDto: {
        description: "Tells whether an operation succeeded.",
        type: "object",
        required: ["success"],
        properties: {
          success: {
            type: "boolean",
            description: "`true` when the operation succeeded.",
          },
        },
      },
      IsSuccessRespDto: {
        description: "Envelope for operations that only report success or failure.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/IsSuccessDto",
                description: "Reports whether the operation succeeded.",
              },
            },
          },
        ],
      },
      JWKSObject: {
        description: "A JSON Web Key Set (JWKS).",
        type: "object",
        required: ["keys"],
        properties: {
          keys: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: {},
              description: "One JSON Web Key.",
            },
            description: "The application's public signing keys, as JSON Web Keys.",
          },
        },
      },
      LangObject: {
        description: "A text in each of the four supported languages.",
        type: "object",
        required: ["zh-CN", "en-US", "zh-TW", "ja-JP"],
        properties: {
          "zh-CN": {
            $ref: "#/components/schemas/LangUnit",
            description: "The text in Simplified Chinese.",
          },
          "en-US": {
            $ref: "#/components/schemas/LangUnit",
            description: "The text in English.",
          },
          "zh-TW": {
            $ref: "#/components/schemas/LangUnit",
            description: "The text in Traditional Chinese.",
          },
          "ja-JP": {
            $ref: "#/components/schemas/LangUnit",
            description: "The text in Japanese.",
          },
        },
      },
      LangUnit: {
        description: "The text for one language, and whether it is used.",
        type: "object",
        required: ["enabled", "value"],
        properties: {
          enabled: {
            type: "boolean",
            description: "Whether this translation is used; it is shown when enabled and the language is chosen in the console. Off by default.",
          },
          value: {
            type: "string",
            description: "The translated text.",
          },
        },
      },
      ListDeviceCredentialDto: {
        description: "Paging options for the user's WebAuthn authenticators; GenAuth does not document the fields.",
        type: "object",
        additionalProperties: {},
      },
      ListEnrolledFactorsRespDto: {
        description: "Envelope answering `listEnrolledFactors`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/FactorDto",
                },
                description: "The MFA factors the user has bound.",
              },
            },
          },
        ],
      },
      ListFactorsToEnrollRespDto: {
        description: "Envelope answering `listFactorsToEnroll`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/FactorToEnrollDto",
                },
                description: "The MFA factor kinds the user can still bind.",
              },
            },
          },
        ],
      },
      ListPublicAccountDataDto: {
        description: "A public account the user may switch to.",
        type: "object",
        required: ["userId"],
        properties: {
          userId: {
            type: "string",
            description: "ID of the account.",
          },
          avatar: {
            type: "string",
            description: "URL of the account's avatar.",
          },
          displayName: {
            type: "string",
            description: "Name shown for the account.",
          },
          usertype: {
            type: "string",
            enum: ["1", "2"],
            "x-enum-varnames": ["_1", "_2"],
            description: '"Kind of account: `1` is a personal user, `2` a public account."',
          },
        },
      },
      ListWebAuthnAuthenticatorDeviceDataDto: {
        description: "One page of the user's WebAuthn authenticators.",
        type: "object",
        required: ["totalCount", "list"],
        properties: {
          totalCount: {
            type: "number",
            description: "How many authenticators there are in all, across every page.",
          },
          list: {
            type: "array",
            items: {},
            description: "The authenticators on this page.",
          },
        },
      },
      LoggedInAppsDto: {
        description: "An application the user has signed in to.",
        type: "object",
        required: ["appId", "appName", "appLoginUrl", "appLogo", "active"],
        properties: {
          appId: {
            type: "string",
            description: "ID of the application.",
          },
          appName: {
            type: "string",
            description: "Name of the application.",
          },
          appLoginUrl: {
            type: "string",
            description: "URL of the application's sign-in page.",
          },
          appLogo: {
            type: "string",
            description: "URL of the application's logo.",
          },
          active: {
            type: "boolean",
            description: "Whether the user is signed in to it right now.",
          },
        },
      },
      LoginHistoryDto: {
        description: "One sign-in attempt by the user.",
        type: "object",
        required: [
          "userId",
          "appId",
          "appName",
          "appLoginUrl",
          "appLogo",
          "loginAt",
          "clientIp",
          "success",
          "userAgent",
          "parsedUserAgent",
          "loginMethod",
          "geoip",
        ],
        properties: {
          userId: {
            type: "string",
            description: "ID of the user.",
          },
          appId: {
            type: "string",
            description: "ID of the application signed in to.",
          },
          appName: {
            type: "string",
            description: "Name of the application.",
          },
          appLoginUrl: {
            type: "string",
            description: "URL of the application's sign-in page.",
          },
          appLogo: {
            type: "string",
            description: "URL of the application's logo.",
          },
          loginAt: {
            type: "string",
            description: "When the sign-in happened.",
          },
          clientIp: {
            type: "string",
            description: "IP address the client signed in from.",
          },
          success: {
            type: "boolean",
            description: "Whether the sign-in succeeded.",
          },
          errorMessage: {
            type: "string",
            description: "Why the sign-in failed; present only for failures.",
          },
          userAgent: {
            type: "string",
            description: "User-Agent string of the client.",
          },
          parsedUserAgent: {
            $ref: "#/components/schemas/ParsedUserAgent",
            description: "The User-Agent broken down into device, browser and OS.",
          },
          loginMethod: {
            type: "string",
            description: "How the user signed in.",
          },
          geoip: {
            $ref: "#/components/schemas/GeoIp",
            description: "Where the client IP is located.",
          },
          tenantId: {
            type: "string",
            description: "ID of the tenant signed in to, if any.",
          },
        },
      },
      LoginHistoryPaginatedRespDto: {
        description: "One page of sign-in history.",
        type: "object",
        required: ["totalCount", "list"],
        properties: {
          totalCount: {
            type: "number",
            description: "How many records there are in all, across every page.",
          },
          list: {
            type: "array",
            items: {
              $ref: "#/components/schemas/LoginHistoryDto",
            },
            description: "The records on this page.",
          },
        },
      },
      LoginTokenRespDto: {
        description: "Envelope answering a successful sign-in, carrying the issued tokens.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/LoginTokenResponseDataDto",
                description: "The tokens issued for the user.",
              },
            },
          },
        ],
      },
      LoginTokenResponseDataDto: {
        description: "Tokens issued when a user signs in.",
        type: "object",
        required: ["token_type", "expire_in"],
        properties: {
          scope: {
            type: "string",
            description: "Scopes the access token grants.",
          },
          access_token: {
            type: "string",
            description: "Access token for calling protected APIs until it expires.",
          },
          id_token: {
            type: "string",
            description: "ID token; decode it to read the user's identity claims.",
          },
          refresh_token: {
            type: "string",
            description: "Token for getting a new access token when the current one expires.",
          },
          token_type: {
            type: "string",
            description: "Type of the access token.",
          },
          expire_in: {
            type: "number",
            description: "Lifetime of the access token, in seconds.",
          },
        },
      },
      LogoutParams: {
        description: "Options of `buildLogoutUrl` and `logoutWithRedirect`.",
        type: "object",
        properties: {
          redirectUri: {
            type: "string",
            description: "Where to send the browser after sign-out; replaces the `logoutRedirectUri` given to the client.",
          },
          idToken: {
            type: "string",
            description: "ID token from the sign-in, sent as `id_token_hint`; recommended.",
          },
          state: {
            type: "string",
            description: "Value handed back unchanged to the redirect target.",
          },
        },
      },
      MfaOtpVerityDto: {
        description: "A one-time password to check against the user's OTP factor.",
        type: "object",
        required: ["totp"],
        properties: {
          totp: {
            type: "string",
            description: "One-time password from the user's authenticator app.",
          },
        },
      },
      MfaOtpVerityRespDto: {
        description: "Envelope answering `mfaOtpVerify`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/OtpVerityRespDto",
                description: "Whether the one-time password was accepted.",
              },
            },
          },
        ],
      },
      MfaTokenIntrospectEndpointParams: {
        description: "The MFA token to introspect.",
        type: "object",
        required: ["token"],
        properties: {
          token: {
            type: "string",
            description: "The `mfa_token` to inspect.",
          },
        },
      },
      MfaTokenIntrospectResponse: {
        description: "What introspecting an MFA token reveals.",
        type: "object",
        required: ["active"],
        properties: {
          active: {
            type: "boolean",
            description: "Whether the token is valid; the other fields are only present when it is.",
          },
          userPoolId: {
            type: "string",
            description: "ID of the user pool that issued the token.",
          },
          userId: {
            type: "string",
            description: "ID of the user the token was issued to.",
          },
          exp: {
            type: "number",
            description: "When the token expires, in Unix seconds.",
          },
          iat: {
            type: "number",
            description: "When the token was issued, in Unix seconds.",
          },
        },
      },
      OIDCTokenResponse: {
        description: "Tokens returned by the OIDC token endpoint.",
        type: "object",
        required: ["access_token", "id_token", "expires_in", "refresh_token", "token_type"],
        properties: {
          access_token: {
            type: "string",
            description: "The access token, a JWT.",
          },
          id_token: {
            type: "string",
            description: "The ID token, a JWT.",
          },
          expires_in: {
            type: "number",
            description: "Lifetime of the access token, in seconds.",
          },
          refresh_token: {
            type: "string",
            description: "Refresh token; issued only when the `offline_access` scope was requested.",
          },
          token_type: {
            type: "string",
            description: '"Type of the access token: `Bearer`."',
          },
        },
      },
      OauthParams: {
        description: "OAuth 2.0 options of `buildAuthorizeUrl`.",
        type: "object",
        properties: {
          redirectUri: {
            type: "string",
            description: "Callback URL; the `redirectUri` given to the client when omitted.",
          },
          responseType: {
            type: "string",
            enum: ["code", "token"],
            description: "OAuth 2.0 response type; `code` when omitted.",
          },
          state: {
            type: "string",
            description: "Opaque value for the callback; a random string is generated when omitted.",
          },
          scope: {
            type: "string",
            description: "Scopes to request; `user` when omitted.",
          },
        },
      },
      OidcParams: {
        description: "OIDC options of `buildAuthorizeUrl`.",
        type: "object",
        properties: {
          redirectUri: {
            type: "string",
            description: "Callback URL; the `redirectUri` given to the client when omitted.",
          },
          responseType: {
            type: "string",
            enum: ["code", "code id_token token", "code id_token", "code token", "id_token token", "id_token", "none"],
            description: "OIDC response type; `code` (authorization code flow) when omitted.",
          },
          responseMode: {
            type: "string",
            enum: ["query", "fragment", "form_post"],
            description: "How the result is delivered to the callback; `query` when omitted.",
          },
          state: {
            type: "string",
            description: "Opaque value for the callback; a random string is generated when omitted.",
          },
          nonce: {
            type: "string",
            description: "Value bound into the ID token; a random string is generated when omitted.",
          },
          scope: {
            type: "string",
            description:
              "Scopes to request, separated by spaces.\nWhen omitted, the docs give `openid profile email phone address`, while the official SDK 4.0.2 uses `openid profile`.\n",
          },
          codeChallengeMethod: {
            type: "string",
            enum: ["plain", "S256"],
            description: '"How `codeChallenge` was derived for PKCE: `plain` or `S256`."',
          },
          codeChallenge: {
            type: "string",
            description: "PKCE `code_challenge`, at least 43 characters long.",
          },
          tenantId: {
            type: "string",
            description: "ID of the GenAuth tenant to sign in to.",
          },
          forced: {
            type: "boolean",
            description: "Make the user sign in again even with a live session (sends `prompt=login`).",
          },
        },
      },
      OpenResource: {
        description: "A resource granted by a data policy, with what the grant allows.",
        type: "object",
        required: ["resourceCode", "resourceType"],
        properties: {
          resourceCode: {
            type: "string",
            description: "Code of the resource the data policy grants.",
          },
          resourceType: {
            type: "string",
            enum: ["TREE", "STRING", "ARRAY"],
            "x-enum-varnames": ["TREE", "STRING", "ARRAY"],
            description: "Shape of the granted resource; it decides which of the three `*Authorize` fields is filled in.",
          },
          strAuthorize: {
            $ref: "#/components/schemas/StrAuthorize",
            description: "The grant, for a `STRING` resource.",
          },
          arrAuthorize: {
            $ref: "#/components/schemas/ArrayAuthorize",
            description: "The grant, for an `ARRAY` resource.",
          },
          treeAuthorize: {
            $ref: "#/components/schemas/TreeAuthorize",
            description: "The grant, for a `TREE` resource.",
          },
        },
      },
      OtpVerityRespDto: {
        description: "Outcome of checking a one-time password.",
        type: "object",
        required: ["verified"],
        properties: {
          verified: {
            type: "boolean",
            description: "Whether the one-time password was accepted.",
          },
        },
      },
      ParsedUserAgent: {
        description: "A User-Agent string broken into parts.",
        type: "object",
        required: ["device", "name", "os"],
        properties: {
          device: {
            type: "string",
            description: "Kind of device the client ran on.",
          },
          name: {
            type: "string",
            description: "Name of the browser.",
          },
          os: {
            type: "string",
            description: "Operating system of the client.",
          },
        },
      },
      PasswordResetVerifyResp: {
        description: "Envelope answering `verifyResetPasswordRequest`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/ResetPasswordVerify",
                description: "The password reset token and when it expires.",
              },
            },
          },
        ],
      },
      PolicyCondition: {
        description: "One condition of a policy statement.",
        type: "object",
        required: ["param", "operator", "value"],
        properties: {
          param: {
            type: "string",
            enum: [
              "UserPoolId",
              "AppId",
              "RequestFrom",
              "UserId",
              "UserArn",
              "CurrentTime",
              "EpochTime",
              "SourceIp",
              "User",
              "MultiFactorAuthPresent",
              "MultiFactorAuthAge",
              "UserAgent",
              "Referer",
              "Device",
              "OS",
              "Country",
              "Province",
              "City",
              "DeviceChanged",
              "DeviceUntrusted",
              "ProxyUntrusted",
              "LoggedInApps",
              "Namespace",
            ],
            "x-enum-varnames": [
              "USER_POOL_ID",
              "APP_ID",
              "REQUEST_FROM",
              "USER_ID",
              "USER_ARN",
              "CURRENT_TIME",
              "EPOCH_TIME",
              "SOURCE_IP",
              "USER",
              "MULTI_FACTOR_AUTH_PRESENT",
              "MULTI_FACTOR_AUTH_AGE",
              "USER_AGENT",
              "REFERER",
              "DEVICE",
              "OS",
              "COUNTRY",
              "PROVINCE",
              "CITY",
              "DEVICE_CHANGED",
              "DEVICE_UNTRUSTED",
              "PROXY_UNTRUSTED",
              "LOGGED_IN_APPS",
              "NAMESPACE",
            ],
            description: "What the condition tests, such as the source IP or the current time.",
          },
          operator: {
            type: "string",
            enum: [
              "Bool",
              "DateEquals",
              "DateNotEquals",
              "DateLessThan",
              "DateLessThanEquals",
              "DateGreaterThan",
              "DateGreaterThanEquals",
              "IpAddress",
              "NotIpAddress",
              "NumericEquals",
              "NumericNotEquals",
              "NumericLessThan",
              "NumericLessThanEquals",
              "NumericGreaterThan",
              "NumericGreaterThanEquals",
              "StringEquals",
              "StringNotEquals",
              "StringEqualsIgnoreCase",
              "StringNotEqualsIgnoreCase",
              "StringLike",
              "StringNotLike",
              "ListContains",
            ],
            "x-enum-varnames": [
              "BOOL",
              "DATE_EQUALS",
              "DATE_NOT_EQUALS",
              "DATE_LESS_THAN",
              "DATE_LESS_THAN_EQUALS",
              "DATE_GREATER_THAN",
              "DATE_GREATER_THAN_EQUALS",
              "IP_ADDRESS",
              "NOT_IP_ADDRESS",
              "NUMERIC_EQUALS",
              "NUMERIC_NOT_EQUALS",
              "NUMERIC_LESS_THAN",
              "NUMERIC_LESS_THAN_EQUALS",
              "NUMERIC_GREATER_THAN",
              "NUMERIC_GREATER_THAN_EQUALS",
              "STRING_EQUALS",
              "STRING_NOT_EQUALS",
              "STRING_EQUALS_IGNORE_CASE",
              "STRING_NOT_EQUALS_IGNORE_CASE",
              "STRING_LIKE",
              "STRING_NOT_LIKE",
              "LIST_CONTAINS",
            ],
            description: "How the tested value is compared with `value`.",
          },
          value: {
            type: "string",
            description: "Value the tested attribute is compared with.",
          },
        },
      },
      PolicyInviteJoinedOptionsDto: {
        description: "Extra options when joining through a policy invitation.",
        type: "object",
        properties: {
          phonePassCodeForInformationCompletion: {
            type: "string",
            description: "SMS code for the phone number entered while completing the profile at sign-up.",
          },
          emailPassCodeForInformationCompletion: {
            type: "string",
            description: "Email code for the email address entered while completing the profile at sign-up.",
          },
        },
      },
      PolicyInviteeJoinedDto: {
        description: "The invitee token, verification code and profile for joining through a policy invitation.",
        type: "object",
        required: ["token"],
        properties: {
          token: {
            type: "string",
            description: "The invitee token from `generateInviteToken`, which allows the invited sign-up.",
          },
          code: {
            type: "string",
            description: "Verification code the invitee received.",
          },
          receiverType: {
            type: "string",
            enum: ["smsCode", "emailCode"],
            "x-enum-varnames": ["SMS_CODE", "EMAIL_CODE"],
            description: "Whether the code was sent by SMS or by email.",
          },
          profile: {
            $ref: "#/components/schemas/InviteeProfileDto",
            description: "Profile details of the new user.",
          },
          options: {
            $ref: "#/components/schemas/PolicyInviteJoinedOptionsDto",
            description: "Extra options.",
          },
        },
      },
      PreCheckCodeDataDto: {
        description: "Outcome of checking a verification code in advance.",
        type: "object",
        required: ["isValid"],
        properties: {
          isValid: {
            type: "boolean",
            description: "Whether the code is right and has not expired.",
          },
          message: {
            type: "string",
            description: "Why the code was rejected (wrong or expired); present when `isValid` is false.",
          },
        },
      },
      PreCheckCodeDto: {
        description: "A verification code to check without using it up.",
        type: "object",
        required: ["codeType"],
        properties: {
          codeType: {
            type: "string",
            enum: ["SMS", "EMAIL"],
            "x-enum-varnames": ["SMS", "EMAIL"],
            description: "Whether an SMS or an email code is checked.",
          },
          smsCodePayload: {
            $ref: "#/components/schemas/PreCheckSmsCodeDto",
            description: "What to check, for an SMS code.",
          },
          emailCodePayload: {
            $ref: "#/components/schemas/PreCheckEmailCodeDto",
            description: "What to check, for an email code.",
          },
        },
      },
      PreCheckCodeRespDto: {
        description: "Envelope answering `preCheckCode`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/PreCheckCodeDataDto",
                description: "Whether the code is valid.",
              },
            },
          },
        ],
      },
      PreCheckEmailCodeDto: {
        description: "An email code to check in advance.",
        type: "object",
        required: ["email", "passCode", "channel"],
        properties: {
          email: {
            type: "string",
            description: "Email address the code was sent to; letter case does not matter.",
          },
          passCode: {
            type: "string",
            description: "The code from the email.",
          },
          channel: {
            type: "string",
            enum: [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_VERIFY_EMAIL_LINK",
              "CHANNEL_UPDATE_EMAIL",
              "CHANNEL_BIND_EMAIL",
              "CHANNEL_UNBIND_EMAIL",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNLOCK_ACCOUNT",
              "CHANNEL_COMPLETE_EMAIL",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            "x-enum-varnames": [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_VERIFY_EMAIL_LINK",
              "CHANNEL_UPDATE_EMAIL",
              "CHANNEL_BIND_EMAIL",
              "CHANNEL_UNBIND_EMAIL",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNLOCK_ACCOUNT",
              "CHANNEL_COMPLETE_EMAIL",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            description: '"Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."',
          },
        },
      },
      PreCheckSmsCodeDto: {
        description: "An SMS code to check in advance.",
        type: "object",
        required: ["phone", "passCode", "channel"],
        properties: {
          phone: {
            type: "string",
            description: "Phone number the code was sent to, without the country code (send that in `phoneCountryCode`).",
          },
          passCode: {
            type: "string",
            description: "The code from the SMS.",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code of `phone`; may be left out for mainland China numbers. SMS abroad must be enabled in the console.",
          },
          channel: {
            type: "string",
            enum: [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_BIND_PHONE",
              "CHANNEL_UNBIND_PHONE",
              "CHANNEL_BIND_MFA",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNBIND_MFA",
              "CHANNEL_COMPLETE_PHONE",
              "CHANNEL_IDENTITY_VERIFICATION",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            "x-enum-varnames": [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_BIND_PHONE",
              "CHANNEL_UNBIND_PHONE",
              "CHANNEL_BIND_MFA",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNBIND_MFA",
              "CHANNEL_COMPLETE_PHONE",
              "CHANNEL_IDENTITY_VERIFICATION",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            description: '"Purpose the code was sent for, e.g. `CHANNEL_LOGIN` to sign in or `CHANNEL_REGISTER` to sign up."',
          },
        },
      },
      PubUserEventDto: {
        type: "object",
        description: "A custom user event, as `pub(eventName, data)` sends it.",
        required: ["eventType", "source", "eventData"],
        properties: {
          eventType: {
            type: "string",
            description: "Name of the event.",
          },
          source: {
            type: "string",
            description: "Who sent it; the official SDK sends `authing-node-sdk: <version>`.",
          },
          eventData: {
            type: "string",
            description: "The event's payload, as a string.",
          },
        },
      },
      PublicAccountSwitchLoginDto: {
        description: "The account to switch the session to, and sign-in options.",
        type: "object",
        required: ["targetUserId"],
        properties: {
          targetUserId: {
            type: "string",
            description: "ID of the account to switch the session to.",
          },
          options: {
            $ref: "#/components/schemas/SignInBySwitchOptionsDto",
            description: "Extra sign-in options.",
          },
        },
      },
      PublicKeyCredentialCreationOptionsDto: {
        description: "WebAuthn options for creating a credential (`PublicKeyCredentialCreationOptions`).",
        type: "object",
        required: ["challenge", "excludeCredentials", "pubKeyCredParams", "rp", "timeout", "user"],
        properties: {
          challenge: {
            type: "string",
            description: "Challenge to sign, base64url-encoded.",
          },
          excludeCredentials: {
            type: "array",
            items: {
              $ref: "#/components/schemas/PublicKeyCredentialDescriptorDto",
            },
            description: "Credentials the user already has, so the same authenticator is not registered twice.",
          },
          pubKeyCredParams: {
            type: "array",
            items: {
              $ref: "#/components/schemas/PublicKeyCredentialParametersDto",
            },
            description: "Signature algorithms the relying party accepts.",
          },
          rp: {
            $ref: "#/components/schemas/PublicKeyCredentialRpEntityDto",
            description: "The relying party.",
          },
          timeout: {
            type: "number",
            description: "How long the ceremony may take, in milliseconds.",
          },
          user: {
            $ref: "#/components/schemas/PublicKeyCredentialUserEntityDto",
            description: "The user the credential is created for.",
          },
        },
      },
      PublicKeyCredentialDescriptorDto: {
        description: "Identifies a WebAuthn credential (`PublicKeyCredentialDescriptor`).",
        type: "object",
        required: ["id", "transports", "type"],
        properties: {
          id: {
            type: "string",
            description: "ID of the credential.",
          },
          transports: {
            type: "array",
            items: {
              type: "string",
            },
            description: "How the client may reach the authenticator holding the credential.",
          },
          type: {
            type: "string",
            description: "Always `public-key`.",
          },
        },
      },
      PublicKeyCredentialParametersDto: {
        description: "A credential type and signature algorithm the relying party accepts.",
        type: "object",
        required: ["alg", "type"],
        properties: {
          alg: {
            type: "number",
            description: "COSE algorithm identifier, a negative integer.",
          },
          type: {
            type: "string",
            description: "Always `public-key`.",
          },
        },
      },
      PublicKeyCredentialRequestOptionsDto: {
        description: "WebAuthn options for asserting with a credential (`PublicKeyCredentialRequestOptions`).",
        type: "object",
        required: ["challenge", "rpId", "timeout"],
        properties: {
          challenge: {
            type: "string",
            description: "Challenge to sign, base64url-encoded.",
          },
          allowCredentials: {
            type: "array",
            items: {
              $ref: "#/components/schemas/PublicKeyCredentialDescriptorDto",
            },
            description: "Credentials the authenticator may use for this sign-in.",
          },
          rpId: {
            type: "string",
            description: "ID of the relying party; the same as when the authenticator was registered.",
          },
          timeout: {
            type: "number",
            description: "How long the ceremony may take, in milliseconds.",
          },
        },
      },
      PublicKeyCredentialRpEntityDto: {
        description: "The WebAuthn relying party.",
        type: "object",
        required: ["id", "name"],
        properties: {
          id: {
            type: "string",
            description: "Domain of the relying party.",
          },
          name: {
            type: "string",
            description: "Name of the relying party.",
          },
        },
      },
      PublicKeyCredentialUserEntityDto: {
        description: "The user a WebAuthn credential belongs to.",
        type: "object",
        required: ["id", "name", "displayName"],
        properties: {
          id: {
            type: "string",
            description: "ID of the user.",
          },
          name: {
            type: "string",
            description: "Username of the user.",
          },
          displayName: {
            type: "string",
            description: "Name shown for the user.",
          },
        },
      },
      QRCodeStatusBriefUserInfoDto: {
        description: "Short details of the user who scanned a QR code.",
        type: "object",
        required: ["displayName", "photo"],
        properties: {
          displayName: {
            type: "string",
            description: "Name shown for the user.",
          },
          photo: {
            type: "string",
            description: "URL of the user's avatar.",
          },
        },
      },
      RegistrationCredentialDto: {
        description: "The credential an authenticator created (a WebAuthn `PublicKeyCredential` with an attestation).",
        type: "object",
        required: ["id", "rawId", "response", "type"],
        properties: {
          id: {
            type: "string",
            description: "ID of the credential, base64url-encoded.",
          },
          rawId: {
            type: "string",
            description: "ID of the credential as raw bytes.",
          },
          response: {
            $ref: "#/components/schemas/AuthenticatorAttestationResponseDto",
            description: "The attestation the relying party checks before registering the credential.",
          },
          transports: {
            type: "array",
            items: {
              type: "string",
            },
            description: "How the client may reach the authenticator; optional.",
          },
          type: {
            type: "string",
            description: "Always `public-key`.",
          },
        },
      },
      RegistrationOptionsDto: {
        description: "WebAuthn options for registering an authenticator, with the ticket that goes with them.",
        type: "object",
        required: ["registrationOptions", "ticket"],
        properties: {
          registrationOptions: {
            $ref: "#/components/schemas/PublicKeyCredentialCreationOptionsDto",
            description: "What the authenticator needs to create the credential.",
          },
          ticket: {
            type: "string",
            description: "Ticket to send back together with the created credential when it is verified.",
          },
        },
      },
      RemoveDeviceCredentialDto: {
        description: "A request body with no documented fields; any properties given are sent as they are.",
        type: "object",
        additionalProperties: {},
      },
      ResetFactorDto: {
        description: "Identifies the MFA factor to unbind from the current user.",
        type: "object",
        required: ["factorId"],
        properties: {
          factorId: {
            type: "string",
            description: "ID of the bound MFA factor to remove.",
          },
        },
      },
      ResetFactorRespDto: {
        description: "Envelope answering `resetFactor`; it carries no data of its own.",
        $ref: "#/components/schemas/GenAuthEnvelope",
      },
      ResetPasswordByEmailPassCodeDto: {
        description: "Proves ownership of the account's email with a one-time passcode, as a step toward resetting the password.",
        type: "object",
        required: ["passCode"],
        properties: {
          email: {
            type: "string",
            description: "The email address the account is bound to; letter case does not matter.",
          },
          passCode: {
            type: "string",
            description: "The one-time code mailed by `sendEmail`; it can be used once and by default expires after 5 minutes.",
          },
        },
      },
      ResetPasswordByPhonePassCodeDto: {
        description: "Proves ownership of the account's phone number with an SMS passcode, as a step toward resetting the password.",
        type: "object",
        required: ["phoneNumber", "passCode"],
        properties: {
          phoneNumber: {
            type: "string",
            description: "The phone number the account is bound to, without the country calling code (that goes in `phoneCountryCode`).",
          },
          passCode: {
            type: "string",
            description: "The one-time code texted by `sendSms`; it can be used once and expires after one minute.",
          },
          phoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console.",
          },
        },
      },
      ResetPasswordDto: {
        description: "Sets a new password using the token obtained from `verifyResetPasswordRequest`.",
        type: "object",
        required: ["password", "passwordResetToken"],
        properties: {
          password: {
            type: "string",
            description: "The new password, encrypted as given by `passwordEncryptType` (plain text when `none`).",
          },
          passwordResetToken: {
            type: "string",
            description: "The reset token returned by `verifyResetPasswordRequest`.",
          },
          passwordEncryptType: {
            type: "string",
            enum: ["sm2", "rsa", "none"],
            "x-enum-varnames": ["SM2", "RSA", "NONE"],
            description: "How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.",
          },
        },
      },
      ResetPasswordVerify: {
        description: "A token that lets the holder set a new password, and how long it lasts.",
        type: "object",
        required: ["passwordResetToken", "tokenExpiresIn"],
        properties: {
          passwordResetToken: {
            type: "string",
            description: "Token to pass as `passwordResetToken` to `resetPassword`.",
          },
          tokenExpiresIn: {
            type: "number",
            description: "How long the token stays valid, in seconds.",
          },
        },
      },
      RevokeDeviceSessionDto: {
        description: "Identifies the device whose login session should be ended.",
        type: "object",
        required: ["deviceId"],
        properties: {
          deviceId: {
            type: "string",
            description: "The device's unique identifier, as listed by the device list.",
          },
        },
      },
      RoleDto: {
        description: "A role held by the current user, within one permission space.",
        type: "object",
        required: ["id", "code", "name", "description", "namespace", "namespaceName"],
        properties: {
          id: {
            type: "string",
            description: "The role's ID.",
          },
          code: {
            type: "string",
            description: "The role's code; no two roles in the same permission space share one.",
          },
          name: {
            type: "string",
            description: "The role's display name within its permission space.",
          },
          description: {
            type: "string",
            description: "Free-text description of the role.",
          },
          namespace: {
            type: "string",
            description: "Code of the permission space (namespace) the role belongs to; absent means the default permission space.",
          },
          namespaceName: {
            type: "string",
            description: "Display name of the permission space (namespace) the role belongs to.",
          },
          status: {
            type: "string",
            description: "Whether the role is active: `ENABLE` (in use) or `DISABLE` (disabled).",
          },
          disableTime: {
            type: "number",
            description: "When the role will be disabled automatically, as a millisecond timestamp; null if it never expires.",
          },
          enablePermissionApply: {
            type: "boolean",
            description:
              "True if users may request this role's permissions; the application must also have SSO enabled and be visible to users without access.",
          },
        },
      },
      RoleListRespDto: {
        description: "Envelope answering `getRoleList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/RoleDto",
                },
                description: "The roles the current user holds.",
              },
            },
          },
        ],
      },
      RolePermissionApplyApprovalObject: {
        description: "A role that a permission request asks to be granted.",
        type: "object",
        required: ["objectId", "objectName", "roleCode", "namespaceId", "namespaceCode"],
        properties: {
          objectId: {
            type: "string",
            description: "ID of the requested role.",
          },
          objectName: {
            type: "string",
            description: "Display name of the requested role.",
          },
          roleCode: {
            type: "string",
            description: "Code of the requested role.",
          },
          namespaceId: {
            type: "number",
            description: "Numeric ID of the role's permission space.",
          },
          namespaceCode: {
            type: "string",
            description: "Code of the role's permission space, which is the application ID.",
          },
        },
      },
      SendEmailDto: {
        description: "Asks GenAuth to send an email (such as a one-time passcode) for a given purpose.",
        type: "object",
        required: ["channel", "email"],
        properties: {
          channel: {
            type: "string",
            enum: [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_VERIFY_EMAIL_LINK",
              "CHANNEL_UPDATE_EMAIL",
              "CHANNEL_BIND_EMAIL",
              "CHANNEL_UNBIND_EMAIL",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNLOCK_ACCOUNT",
              "CHANNEL_COMPLETE_EMAIL",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            "x-enum-varnames": [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_VERIFY_EMAIL_LINK",
              "CHANNEL_UPDATE_EMAIL",
              "CHANNEL_BIND_EMAIL",
              "CHANNEL_UNBIND_EMAIL",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNLOCK_ACCOUNT",
              "CHANNEL_COMPLETE_EMAIL",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            description:
              "What the email is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.",
          },
          email: {
            type: "string",
            description: "Address to send to; letter case does not matter.",
          },
        },
      },
      SendEmailRespDto: {
        description: "Envelope answering `sendEmail`; it carries no data of its own.",
        $ref: "#/components/schemas/GenAuthEnvelope",
      },
      SendEnrollFactorRequestDataDto: {
        description: "What GenAuth returns when an MFA factor enrollment is started.",
        type: "object",
        required: ["enrollmentToken"],
        properties: {
          enrollmentToken: {
            type: "string",
            description: "Short-lived token (valid for one minute) to pass back when completing the factor enrollment.",
          },
          otpData: {
            $ref: "#/components/schemas/SendEnrollFactorRequestOtpDataDto",
            description: "OTP setup data; present only when the factor being enrolled is of type `OTP`.",
          },
        },
      },
      SendEnrollFactorRequestDto: {
        description: "Starts enrolling a new MFA factor for the current user.",
        type: "object",
        required: ["profile", "factorType"],
        properties: {
          profile: {
            $ref: "#/components/schemas/FactorProfile",
            description: "Details of the factor to enroll, such as the phone number or email that will receive codes.",
          },
          factorType: {
            type: "string",
            enum: ["OTP", "SMS", "EMAIL", "FACE"],
            "x-enum-varnames": ["OTP", "SMS", "EMAIL", "FACE"],
            description: "Kind of factor to enroll: `OTP`, `SMS`, `EMAIL` or `FACE`.",
          },
        },
      },
      SendEnrollFactorRequestOtpDataDto: {
        description: "What an authenticator app needs to set up an OTP factor.",
        type: "object",
        required: ["qrCodeUri", "qrCodeDataUrl", "recoveryCode"],
        properties: {
          qrCodeUri: {
            type: "string",
            description: "The `otpauth://` URI describing the OTP secret, for authenticator apps.",
          },
          qrCodeDataUrl: {
            type: "string",
            description: "The same URI as a QR code image, Base64-encoded, ready for a front end to display.",
          },
          recoveryCode: {
            type: "string",
            description: "Recovery code for regaining access if the OTP device is lost.",
          },
        },
      },
      SendEnrollFactorRequestRespDto: {
        description: "Envelope answering `sendEnrollFactorRequest`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/SendEnrollFactorRequestDataDto",
                description: "The enrollment token and, for OTP factors, the setup data.",
              },
            },
          },
        ],
      },
      SendSMSDto: {
        description: "Asks GenAuth to text a one-time passcode for a given purpose.",
        type: "object",
        required: ["channel", "phoneNumber"],
        properties: {
          channel: {
            type: "string",
            enum: [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_BIND_PHONE",
              "CHANNEL_UNBIND_PHONE",
              "CHANNEL_BIND_MFA",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNBIND_MFA",
              "CHANNEL_COMPLETE_PHONE",
              "CHANNEL_IDENTITY_VERIFICATION",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            "x-enum-varnames": [
              "CHANNEL_LOGIN",
              "CHANNEL_REGISTER",
              "CHANNEL_RESET_PASSWORD",
              "CHANNEL_BIND_PHONE",
              "CHANNEL_UNBIND_PHONE",
              "CHANNEL_BIND_MFA",
              "CHANNEL_VERIFY_MFA",
              "CHANNEL_UNBIND_MFA",
              "CHANNEL_COMPLETE_PHONE",
              "CHANNEL_IDENTITY_VERIFICATION",
              "CHANNEL_DELETE_ACCOUNT",
            ],
            description: "What the SMS is for (login, registration, password reset, binding, MFA and so on); the code it carries only works for that purpose.",
          },
          phoneNumber: {
            type: "string",
            description: "Number to send to, without the country calling code (that goes in `phoneCountryCode`).",
          },
          phoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console.",
          },
        },
      },
      SendSMSRespDto: {
        description: "Envelope answering `sendSms`; it carries no data of its own.",
        $ref: "#/components/schemas/GenAuthEnvelope",
      },
      SignInByAdPayloadDto: {
        description: "Windows Active Directory credentials for signing in.",
        type: "object",
        required: ["password", "sAMAccountName"],
        properties: {
          password: {
            type: "string",
            description: "The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption.",
          },
          sAMAccountName: {
            type: "string",
            description: "The account's sAMAccountName (logon name) in the Windows AD directory.",
          },
        },
      },
      SignInByAlipayPayloadDto: {
        description: "What the Alipay mobile SDK returns, for signing in with Alipay.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by Alipay after the user authorized the app.",
          },
        },
      },
      SignInByAmazonPayloadDto: {
        description: "What the Amazon mobile SDK returns, for signing in with Amazon.",
        type: "object",
        required: ["access_token"],
        properties: {
          access_token: {
            type: "string",
            description: "Access token issued by Amazon after the user authorized the app.",
          },
        },
      },
      SignInByApplePayloadDto: {
        description: "What Sign in with Apple returns on mobile, for signing in with Apple.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by Apple after the user authorized the app.",
          },
        },
      },
      SignInByBaiduPayloadDto: {
        description: "What the Baidu mobile SDK returns, for signing in with Baidu; send either `code` or `access_token`.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Authorization code from Baidu; if `access_token` is sent as well, this one is used.",
          },
          access_token: {
            type: "string",
            description: "Access token from Baidu; ignored when `code` is also sent.",
          },
        },
      },
      SignInByDingTalkPayloadDto: {
        description: "What the DingTalk mobile SDK returns, for signing in with DingTalk.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Code handed back by DingTalk after the user authorized the app.",
          },
          isSnsCode: {
            type: "boolean",
            description:
              "Set to true when `code` is an SNS code that GenAuth must resolve through DingTalk's `sns/getuserinfo_bycode`; otherwise the code is first exchanged for an access token.",
          },
        },
      },
      SignInByDouyinMiniProgramCodeAndPhonePayloadDto: {
        description: "Douyin mini program login data together with the user's authorized phone number.",
        type: "object",
        required: ["loginParams", "phoneParams"],
        properties: {
          loginParams: {
            $ref: "#/components/schemas/SignInByDouyinMiniProgramCodePayloadDto",
            description: "The login code and, optionally, the user profile from `tt.getUserProfile`.",
          },
          phoneParams: {
            $ref: "#/components/schemas/SignInByDouyinMiniProgramPhoneInfoPayloadDto",
            description: "The encrypted phone number the user agreed to share; it is stored on a new user, or on an existing user who has no phone yet.",
          },
        },
      },
      SignInByDouyinMiniProgramCodePayloadDto: {
        description: "What a Douyin mini program sends to sign the user in.",
        type: "object",
        required: ["code"],
        properties: {
          encryptedData: {
            type: "string",
            description: "Encrypted user data returned by Douyin's open-data API.",
          },
          iv: {
            type: "string",
            description: "Initialization vector Douyin returns for decrypting `encryptedData`; needed whenever `encryptedData` is sent.",
          },
          code: {
            type: "string",
            description: "Login code returned by Douyin's `tt.login`.",
          },
        },
      },
      SignInByDouyinMiniProgramPhoneInfoPayloadDto: {
        description: "The encrypted phone number a Douyin mini program received from the user.",
        type: "object",
        properties: {
          iv: {
            type: "string",
            description: "Initialization vector from the mini program's get-phone-number call; needed whenever `encryptedData` is sent.",
          },
          encryptedData: {
            type: "string",
            description: "The encrypted phone number from the mini program's get-phone-number call.",
          },
        },
      },
      SignInByDouyinPayloadDto: {
        description: "What the Douyin mobile SDK returns, for signing in with Douyin.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by Douyin after the user authorized the app.",
          },
        },
      },
      SignInByFacebookPayloadDto: {
        description: "What the Facebook mobile SDK returns, for signing in with Facebook.",
        type: "object",
        required: ["access_token"],
        properties: {
          access_token: {
            type: "string",
            description: "Access token issued by Facebook after the user authorized the app.",
          },
        },
      },
      SignInByGiteePayloadDto: {
        description: "What Gitee returns on mobile, for signing in with Gitee.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by Gitee after the user authorized the app.",
          },
        },
      },
      SignInByGithubPayloadDto: {
        description: "What GitHub returns on mobile, for signing in with GitHub.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by GitHub after the user authorized the app.",
          },
        },
      },
      SignInByGitlabPayloadDto: {
        description: "What GitLab returns on mobile, for signing in with GitLab.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by GitLab after the user authorized the app.",
          },
        },
      },
      SignInByGooglePayloadDto: {
        description: "What the Google mobile SDK returns, for signing in with Google.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Code handed back by Google after the user authorized the app.",
          },
        },
      },
      SignInByHuaweiPayloadDto: {
        description: "What the Huawei mobile SDK returns, for signing in with Huawei.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by Huawei after the user authorized the app.",
          },
        },
      },
      SignInByKuaishouPayloadDto: {
        description: "What the Kuaishou mobile SDK returns, for signing in with Kuaishou.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by Kuaishou after the user authorized the app.",
          },
        },
      },
      SignInByLarkBlockPayloadDto: {
        description: "What a Lark (Feishu) widget returns, for signing in with Lark.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by the Lark (Feishu) widget login.",
          },
        },
      },
      SignInByLarkInternalPayloadDto: {
        description: "What a Lark (Feishu) self-built app returns on mobile, for signing in with Lark.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by the Lark (Feishu) self-built app login.",
          },
        },
      },
      SignInByLarkPublicPayloadDto: {
        description: "What a Lark (Feishu) app-store app returns on mobile, for signing in with Lark.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by the Lark (Feishu) app-store app login.",
          },
        },
      },
      SignInByLdapPayloadDto: {
        description: "LDAP directory credentials for signing in.",
        type: "object",
        required: ["password", "sAMAccountName"],
        properties: {
          password: {
            type: "string",
            description: "The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption.",
          },
          sAMAccountName: {
            type: "string",
            description: "The account's sAMAccountName (logon name) in the LDAP or AD directory.",
          },
        },
      },
      SignInByLinePayloadDto: {
        description: "What the LINE mobile SDK returns, for signing in with LINE.",
        type: "object",
        required: ["access_token"],
        properties: {
          access_token: {
            type: "string",
            description: "Access token issued by LINE after the user authorized the app.",
          },
          id_token: {
            type: "string",
            description:
              "ID token issued by LINE (only with the `openid` scope); when present the user's details are read from it instead of via `access_token`.",
          },
        },
      },
      SignInByLinkedInPayloadDto: {
        description: "What LinkedIn returns on mobile, for signing in with LinkedIn.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Code handed back by LinkedIn after the user authorized the app.",
          },
        },
      },
      SignInByMobileOptionsDto: {
        description: "Optional settings for a mobile social sign-in.",
        type: "object",
        properties: {
          scope: {
            type: "string",
            description:
              "Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token.",
          },
          context: {
            description: "Extra context for this request, made available to Pipeline functions run before and after authentication.",
          },
          tenantId: {
            type: "string",
            description: "ID of the tenant to sign in to.",
          },
          customData: {
            description: "Custom user data to store; each custom field must be defined in the console first.",
          },
        },
      },
      SignInByOPPOPayloadDto: {
        description: "What the OPPO mobile SDK returns, for signing in with OPPO.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by OPPO after the user authorized the app.",
          },
        },
      },
      SignInByPassCodePayloadDto: {
        description: "A one-time passcode plus the email or phone it was sent to.",
        type: "object",
        required: ["passCode"],
        properties: {
          passCode: {
            type: "string",
            description: "The one-time code, sent beforehand with `sendSms` or `sendEmail`.",
          },
          email: {
            type: "string",
            description: "Email address the code was sent to; letter case does not matter.",
          },
          phone: {
            type: "string",
            description: "Phone number the code was sent to.",
          },
          phoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console.",
          },
        },
      },
      SignInByPasswordPayloadDto: {
        description: "A password plus one identifier (account, email, username or phone) of the user.",
        type: "object",
        required: ["password"],
        properties: {
          password: {
            type: "string",
            description: "The user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption.",
          },
          account: {
            type: "string",
            description: "Any of the user's identifiers: username, phone number or email.",
          },
          email: {
            type: "string",
            description: "The user's email address; letter case does not matter.",
          },
          username: {
            type: "string",
            description: "The user's username.",
          },
          phone: {
            type: "string",
            description: "The user's phone number.",
          },
        },
      },
      SignInByPushDto: {
        description: "Starts a push sign-in for an account, answered with a code that identifies the pending login.",
        type: "object",
        required: ["account"],
        properties: {
          account: {
            type: "string",
            description: "Any of the user's identifiers: username, phone number or email.",
          },
          options: {
            $ref: "#/components/schemas/SignInByPushOptionsDto",
            description: "Optional settings for the sign-in.",
          },
        },
      },
      SignInByPushOptionsDto: {
        description: "Optional settings for a push sign-in.",
        type: "object",
        properties: {
          scope: {
            type: "string",
            description:
              "Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token.",
          },
          context: {
            type: "string",
            description: "Extra context for this request, made available to Pipeline functions run before and after authentication.",
          },
          customData: {
            description: "Custom user data to store; each custom field must be defined in the console first.",
          },
        },
      },
      SignInByQQPayloadDto: {
        description: "What the QQ mobile SDK returns, for signing in with QQ.",
        type: "object",
        required: ["access_token"],
        properties: {
          access_token: {
            type: "string",
            description: "Access token issued by QQ after the user authorized the app.",
          },
        },
      },
      SignInBySlackPayloadDto: {
        description: "What Slack returns on mobile, for signing in with Slack.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by Slack after the user authorized the app.",
          },
        },
      },
      SignInBySwitchOptionsDto: {
        description: "Optional settings for switching the signed-in account.",
        type: "object",
        properties: {
          scope: {
            type: "string",
            description:
              "Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token.",
          },
          context: {
            description: "Extra context for this request, made available to Pipeline functions run before and after authentication.",
          },
          customData: {
            description: "Custom user data to store; each custom field must be defined in the console first.",
          },
        },
      },
      SignInByWebAuthnOptionsDto: {
        description: "Optional settings for a WebAuthn (passkey) sign-in.",
        type: "object",
        properties: {
          scope: {
            type: "string",
            description:
              "Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token.",
          },
          context: {
            description: "Extra context for this request, made available to Pipeline functions run before and after authentication.",
          },
          customData: {
            description: "Custom user data to store; each custom field must be defined in the console first.",
          },
        },
      },
      SignInByWechatMiniProgramCodeAndPhonePayloadDto: {
        description: "WeChat mini program login data together with the user's authorized phone number.",
        type: "object",
        required: ["wxLoginInfo", "wxPhoneInfo"],
        properties: {
          wxLoginInfo: {
            $ref: "#/components/schemas/SignInByWechatMiniProgramCodePayloadDto",
            description: "The `wx.login` code and, optionally, the encrypted user data.",
          },
          wxPhoneInfo: {
            $ref: "#/components/schemas/SignInByWechatMiniProgramPhoneInfoPayloadDto",
            description:
              "The code for the phone number the user agreed to share; the number is stored on a new user, or on an existing user who has no phone yet.",
          },
        },
      },
      SignInByWechatMiniProgramCodePayloadDto: {
        description: "What a WeChat mini program sends to sign the user in.",
        type: "object",
        required: ["code"],
        properties: {
          encryptedData: {
            type: "string",
            description: "Encrypted user data returned by WeChat's open-data API.",
          },
          iv: {
            type: "string",
            description: "Initialization vector WeChat returns for decrypting `encryptedData`.",
          },
          code: {
            type: "string",
            description: "Login code returned by WeChat's `wx.login`.",
          },
        },
      },
      SignInByWechatMiniProgramPhoneInfoPayloadDto: {
        description: "The phone number a WeChat mini program received from the user, as a code.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Code from the mini program's get-phone-number call, which GenAuth exchanges for the number.",
          },
        },
      },
      SignInByWechatMiniProgramPhonePayloadDto: {
        description: "What a WeChat mini program sends to sign the user in by their phone number.",
        type: "object",
        required: ["encryptedData", "iv", "code"],
        properties: {
          encryptedData: {
            type: "string",
            description: "Encrypted data returned by WeChat's open-data API.",
          },
          iv: {
            type: "string",
            description: "Initialization vector WeChat returns for decrypting `encryptedData`.",
          },
          code: {
            type: "string",
            description: "Login code returned by WeChat's `wx.login`.",
          },
        },
      },
      SignInByWechatPayloadDto: {
        description: "What the WeChat mobile SDK returns, for signing in with WeChat.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by WeChat after the user authorized the app.",
          },
        },
      },
      SignInByWechatworkAgencyPayloadDto: {
        description: "What WeCom returns on mobile for an app built by a service provider (agency mode), for signing in with WeCom.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by WeCom (agency mode) after the user authorized the app.",
          },
        },
      },
      SignInByWechatworkDto: {
        description: "What the WeCom (WeChat Work) mobile SDK returns, for signing in with WeCom.",
        type: "object",
        properties: {
          code: {
            type: "string",
            description: "Single-use code handed back by WeCom after the user authorized the app.",
          },
        },
      },
      SignInByWeiboPayloadDto: {
        description: "What the Sina Weibo mobile SDK returns, for signing in with Weibo.",
        type: "object",
        required: ["access_token"],
        properties: {
          access_token: {
            type: "string",
            description: "Access token issued by Sina Weibo after the user authorized the app.",
          },
        },
      },
      SignInByXiaomiPayloadDto: {
        description: "What the Xiaomi mobile SDK returns, for signing in with Xiaomi.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code handed back by Xiaomi after the user authorized the app.",
          },
        },
      },
      SignInByYidunPayloadDto: {
        description: "What NetEase Yidun's one-tap mobile carrier login returns.",
        type: "object",
        properties: {
          token: {
            type: "string",
            description: "Token issued by NetEase Yidun.",
          },
          accessToken: {
            type: "string",
            description: "The mobile carrier's authorization code, as returned through NetEase Yidun.",
          },
        },
      },
      SignInFastpassDto: {
        description: "Settings for creating a fast-pass sign-in QR code.",
        type: "object",
        properties: {
          options: {
            $ref: "#/components/schemas/SignInFastpassOptionsDto",
            description: "Optional settings for the fast-pass sign-in.",
          },
        },
      },
      SignInFastpassOptionsDto: {
        description: "Optional settings for a fast-pass (QR code) sign-in.",
        type: "object",
        properties: {
          scope: {
            type: "string",
            description:
              "Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token.",
          },
          context: {
            description: "Extra context for this request, made available to Pipeline functions run before and after authentication.",
          },
          customData: {
            description: "Custom user data to store; each custom field must be defined in the console first.",
          },
        },
      },
      SignInOptionsDto: {
        description: "Optional settings for a sign-in with credentials.",
        type: "object",
        properties: {
          scope: {
            type: "string",
            description:
              "Space-separated scopes to request; must contain `openid`, add `phone` or `email` for those claims and `offline_access` to get a refresh token.",
          },
          clientIp: {
            type: "string",
            description: "The end user's real IP address; GenAuth otherwise logs the IP the request came from, so set this when calling from a server.",
          },
          context: {
            description: "Extra context for this request, made available to Pipeline functions run before and after authentication.",
          },
          tenantId: {
            type: "string",
            description: "ID of the tenant to sign in to.",
          },
          customData: {
            description: "Custom user data to store; each custom field must be defined in the console first.",
          },
          autoRegister: {
            type: "boolean",
            description:
              "When true, a user that does not exist yet is created; works only with a username, email or phone plus password, not with the generic `account` field.",
          },
          captchaCode: {
            type: "string",
            description:
              "The text of the image captcha (letter case does not matter); needed once too many failed logins have triggered a captcha security policy.",
          },
          captchaToken: {
            type: "string",
            description: "The token returned alongside the captcha by `geneCatchaCodeAndToken`; send it together with `captchaCode`.",
          },
          passwordEncryptType: {
            type: "string",
            enum: ["sm2", "rsa", "none"],
            "x-enum-varnames": ["SM2", "RSA", "NONE"],
            description: "How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.",
          },
        },
      },
      SignUpByPassCodeDto: {
        description: "A one-time passcode plus the email or phone it was sent to, for registering.",
        type: "object",
        required: ["passCode"],
        properties: {
          passCode: {
            type: "string",
            description: "The one-time code, sent beforehand with `sendSms` or `sendEmail`.",
          },
          email: {
            type: "string",
            description: "Email address the code was sent to; letter case does not matter.",
          },
          phone: {
            type: "string",
            description: "Phone number the code was sent to.",
          },
          phoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console.",
          },
        },
      },
      SignUpByPasswordDto: {
        description: "A password plus a username or email, for registering.",
        type: "object",
        required: ["password"],
        properties: {
          password: {
            type: "string",
            description: "The new user's password; sent as plain text over HTTPS unless `options.passwordEncryptType` selects RSA256 or SM2 encryption.",
          },
          username: {
            type: "string",
            description: "Username for the new account.",
          },
          email: {
            type: "string",
            description: "Email address for the new account; letter case does not matter.",
          },
        },
      },
      SignUpDto: {
        description: "Registers a new user with a password or a one-time passcode.",
        type: "object",
        required: ["connection"],
        properties: {
          connection: {
            type: "string",
            enum: ["PASSWORD", "PASSCODE"],
            "x-enum-varnames": ["PASSWORD", "PASSCODE"],
            description: "How the user registers: `PASSWORD` (fill `passwordPayload`) or `PASSCODE` (fill `passCodePayload`).",
          },
          passwordPayload: {
            $ref: "#/components/schemas/SignUpByPasswordDto",
            description: "Password registration data; required when `connection` is `PASSWORD`.",
          },
          passCodePayload: {
            $ref: "#/components/schemas/SignUpByPassCodeDto",
            description: "Passcode registration data; required when `connection` is `PASSCODE`.",
          },
          profile: {
            $ref: "#/components/schemas/SignUpProfileDto",
            description: "Profile fields to store on the new user.",
          },
          options: {
            $ref: "#/components/schemas/SignUpOptionsDto",
            description: "Optional registration settings.",
          },
        },
      },
      SignUpOptionsDto: {
        description: "Optional settings for a registration.",
        type: "object",
        required: ["context"],
        properties: {
          clientIp: {
            type: "string",
            description: "The end user's IP address.",
          },
          phonePassCodeForInformationCompletion: {
            type: "string",
            description: "SMS passcode proving the phone number given in the profile, when registration asks the user to complete that information.",
          },
          emailPassCodeForInformationCompletion: {
            type: "string",
            description: "Email passcode proving the email address given in the profile, when registration asks the user to verify it.",
          },
          passwordForPhonePassCode: {
            type: "string",
            description: "A password to give the account when it is registered with a phone passcode.",
          },
          context: {
            description: "Extra values sent with the registration, saved into the user's custom fields.",
          },
          passwordEncryptType: {
            type: "string",
            enum: ["sm2", "rsa", "none"],
            "x-enum-varnames": ["SM2", "RSA", "NONE"],
            description: "How the password is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.",
          },
        },
      },
      SignUpProfileDto: {
        description: "Profile fields that may be set on a user at registration.",
        type: "object",
        properties: {
          nickname: {
            type: "string",
            description: "The user's nickname.",
          },
          company: {
            type: "string",
            description: "Company the user works for.",
          },
          photo: {
            type: "string",
            description: "The user's avatar image.",
          },
          device: {
            type: "string",
            description: "Device the user registered from.",
          },
          browser: {
            type: "string",
            description: "Browser the user registered from.",
          },
          name: {
            type: "string",
            description: "The user's name.",
          },
          givenName: {
            type: "string",
            description: "The user's given (first) name.",
          },
          familyName: {
            type: "string",
            description: "The user's family (last) name.",
          },
          middleName: {
            type: "string",
            description: "The user's middle name.",
          },
          profile: {
            type: "string",
            description: "The user's profile (for example a profile page address).",
          },
          preferredUsername: {
            type: "string",
            description: "The name the user prefers to be called by.",
          },
          website: {
            type: "string",
            description: "The user's website.",
          },
          gender: {
            type: "string",
            enum: ["M", "F", "U"],
            "x-enum-varnames": ["M", "F", "U"],
            description: "The user's gender: `M` male, `F` female, `U` unknown.",
          },
          birthdate: {
            type: "string",
            description: "The user's date of birth.",
          },
          zoneinfo: {
            type: "string",
            description: "The user's time zone or region.",
          },
          locale: {
            type: "string",
            description: "The user's locale (language and region).",
          },
          address: {
            type: "string",
            description: "The user's address.",
          },
          formatted: {
            type: "string",
            description: "The full address, formatted for display.",
          },
          streetAddress: {
            type: "string",
            description: "Street part of the user's address.",
          },
          locality: {
            type: "string",
            description: "City or locality of the user's address.",
          },
          region: {
            type: "string",
            description: "Region, such as a province or state, of the user's address.",
          },
          postalCode: {
            type: "string",
            description: "Postal code of the user's address.",
          },
          country: {
            type: "string",
            description: "Country of the user's address.",
          },
          email: {
            type: "string",
            description:
              "The user's email; to have it verified at registration, also send the code mailed by `sendEmail` as `options.emailPassCodeForInformationCompletion`.",
          },
          phone: {
            type: "string",
            description:
              "The user's phone number; to have it verified at registration, also send the code texted by `sendSms` as `options.phonePassCodeForInformationCompletion`.",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code of `phone`.",
          },
          customData: {
            description: "Values for the user pool's custom user fields.",
          },
        },
      },
      SigninByCredentialsDto: {
        description: "Signs a user in with a password, a one-time passcode, or LDAP/AD credentials.",
        type: "object",
        required: ["connection"],
        properties: {
          connection: {
            type: "string",
            enum: ["PASSWORD", "PASSCODE", "LDAP", "AD"],
            "x-enum-varnames": ["PASSWORD", "PASSCODE", "LDAP", "AD"],
            description: "Which kind of credentials are sent: `PASSWORD`, `PASSCODE`, `LDAP` or `AD`; fill the matching payload.",
          },
          passwordPayload: {
            $ref: "#/components/schemas/SignInByPasswordPayloadDto",
            description: "Password credentials; required when `connection` is `PASSWORD`.",
          },
          passCodePayload: {
            $ref: "#/components/schemas/SignInByPassCodePayloadDto",
            description: "Passcode credentials; required when `connection` is `PASSCODE`.",
          },
          adPayload: {
            $ref: "#/components/schemas/SignInByAdPayloadDto",
            description: "Windows AD credentials; required when `connection` is `AD`.",
          },
          ldapPayload: {
            $ref: "#/components/schemas/SignInByLdapPayloadDto",
            description: "LDAP credentials; required when `connection` is `LDAP`.",
          },
          options: {
            $ref: "#/components/schemas/SignInOptionsDto",
            description: "Optional sign-in settings.",
          },
          client_id: {
            type: "string",
            description: "The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`.",
          },
          client_secret: {
            type: "string",
            description: "The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`.",
          },
        },
      },
      SigninByMobileDto: {
        description: "Signs a user in with what a social or mobile identity provider returned to the app.",
        type: "object",
        required: ["extIdpConnidentifier", "connection"],
        properties: {
          extIdpConnidentifier: {
            type: "string",
            description: "Identifier of the external identity source connection configured in the console.",
          },
          connection: {
            type: "string",
            enum: [
              "apple",
              "wechat",
              "alipay",
              "wechatwork",
              "wechatwork_agency",
              "lark_internal",
              "lark_public",
              "lark_block",
              "yidun",
              "wechat_mini_program_code",
              "wechat_mini_program_phone",
              "wechat_mini_program_code_and_phone",
              "google",
              "facebook",
              "qq",
              "weibo",
              "baidu",
              "linkedin",
              "dingtalk",
              "github",
              "gitee",
              "gitlab",
              "douyin",
              "kuaishou",
              "xiaomi",
              "line",
              "slack",
              "oppo",
              "huawei",
              "amazon",
              "douyin_mini_program_code",
              "douyin_mini_program_code_and_phone",
            ],
            "x-enum-varnames": [
              "APPLE",
              "WECHAT",
              "ALIPAY",
              "WECHATWORK",
              "WECHATWORK_AGENCY",
              "LARK_INTERNAL",
              "LARK_PUBLIC",
              "LARK_BLOCK",
              "YIDUN",
              "WECHAT_MINI_PROGRAM_CODE",
              "WECHAT_MINI_PROGRAM_PHONE",
              "WECHAT_MINI_PROGRAM_CODE_AND_PHONE",
              "GOOGLE",
              "FACEBOOK",
              "QQ",
              "WEIBO",
              "BAIDU",
              "LINKEDIN",
              "DINGTALK",
              "GITHUB",
              "GITEE",
              "GITLAB",
              "DOUYIN",
              "KUAISHOU",
              "XIAOMI",
              "LINE",
              "SLACK",
              "OPPO",
              "HUAWEI",
              "AMAZON",
              "DOUYIN_MINI_PROGRAM_CODE",
              "DOUYIN_MINI_PROGRAM_CODE_AND_PHONE",
            ],
            description: "Which provider the credentials come from; fill the payload field that matches it.",
          },
          wechatPayload: {
            $ref: "#/components/schemas/SignInByWechatPayloadDto",
            description: "WeChat sign-in data; required when `connection` is `wechat`. (The official SDK's comment calls it the Apple payload by mistake.)",
          },
          applePayload: {
            $ref: "#/components/schemas/SignInByApplePayloadDto",
            description: "Apple sign-in data; required when `connection` is `apple`. (The official SDK's comment calls it the WeChat payload by mistake.)",
          },
          alipayPayload: {
            $ref: "#/components/schemas/SignInByAlipayPayloadDto",
            description: "Alipay sign-in data; required when `connection` is `alipay`.",
          },
          wechatworkPayload: {
            $ref: "#/components/schemas/SignInByWechatworkDto",
            description: "WeCom (WeChat Work) sign-in data; required when `connection` is `wechatwork`.",
          },
          wechatworkAgencyPayload: {
            $ref: "#/components/schemas/SignInByWechatworkAgencyPayloadDto",
            description: "WeCom agency-mode sign-in data; required when `connection` is `wechatwork_agency`.",
          },
          larkPublicPayload: {
            $ref: "#/components/schemas/SignInByLarkPublicPayloadDto",
            description: "Lark (Feishu) app-store app sign-in data; required when `connection` is `lark_public`.",
          },
          larkInternalPayload: {
            $ref: "#/components/schemas/SignInByLarkInternalPayloadDto",
            description: "Lark (Feishu) self-built app sign-in data; required when `connection` is `lark_internal`.",
          },
          larkBlockPayload: {
            $ref: "#/components/schemas/SignInByLarkBlockPayloadDto",
            description: "Lark (Feishu) widget sign-in data; required when `connection` is `lark_block`.",
          },
          yidunPayload: {
            $ref: "#/components/schemas/SignInByYidunPayloadDto",
            description: "NetEase Yidun sign-in data; required when `connection` is `yidun`.",
          },
          wechatMiniProgramCodePayload: {
            $ref: "#/components/schemas/SignInByWechatMiniProgramCodePayloadDto",
            description: "WeChat mini program code sign-in data; required when `connection` is `wechat_mini_program_code`.",
          },
          wechatMiniProgramPhonePayload: {
            $ref: "#/components/schemas/SignInByWechatMiniProgramPhonePayloadDto",
            description: "WeChat mini program phone sign-in data; required when `connection` is `wechat_mini_program_phone`.",
          },
          wechatMiniProgramCodeAndPhonePayload: {
            $ref: "#/components/schemas/SignInByWechatMiniProgramCodeAndPhonePayloadDto",
            description: "WeChat mini program code-and-phone sign-in data; required when `connection` is `wechat_mini_program_code_and_phone`.",
          },
          douyinMiniProgramCodePayload: {
            $ref: "#/components/schemas/SignInByDouyinMiniProgramCodePayloadDto",
            description: "Douyin mini program code sign-in data; required when `connection` is `douyin_mini_program_code`.",
          },
          douyinMiniProgramCodeAndPhonePayload: {
            $ref: "#/components/schemas/SignInByDouyinMiniProgramCodeAndPhonePayloadDto",
            description: "Douyin mini program code-and-phone sign-in data; required when `connection` is `douyin_mini_program_code_and_phone`.",
          },
          googlePayload: {
            $ref: "#/components/schemas/SignInByGooglePayloadDto",
            description: "Google sign-in data; required when `connection` is `google`.",
          },
          facebookPayload: {
            $ref: "#/components/schemas/SignInByFacebookPayloadDto",
            description: "Facebook sign-in data; required when `connection` is `facebook`.",
          },
          qqPayload: {
            $ref: "#/components/schemas/SignInByQQPayloadDto",
            description: "QQ sign-in data; required when `connection` is `qq`.",
          },
          weiboPayload: {
            $ref: "#/components/schemas/SignInByWeiboPayloadDto",
            description: "Sina Weibo sign-in data; required when `connection` is `weibo`.",
          },
          baiduPayload: {
            $ref: "#/components/schemas/SignInByBaiduPayloadDto",
            description: "Baidu sign-in data; required when `connection` is `baidu`. Send `code` or `access_token`; `code` wins if both are given.",
          },
          linkedInPayload: {
            $ref: "#/components/schemas/SignInByLinkedInPayloadDto",
            description: "LinkedIn sign-in data; required when `connection` is `linkedin`.",
          },
          dingTalkPayload: {
            $ref: "#/components/schemas/SignInByDingTalkPayloadDto",
            description: "DingTalk sign-in data; required when `connection` is `dingtalk`.",
          },
          githubPayload: {
            $ref: "#/components/schemas/SignInByGithubPayloadDto",
            description: "GitHub sign-in data; required when `connection` is `github`.",
          },
          giteePayload: {
            $ref: "#/components/schemas/SignInByGiteePayloadDto",
            description: "Gitee sign-in data; required when `connection` is `gitee`.",
          },
          gitlabPayload: {
            $ref: "#/components/schemas/SignInByGitlabPayloadDto",
            description: "GitLab sign-in data; required when `connection` is `gitlab`.",
          },
          douyinPayload: {
            $ref: "#/components/schemas/SignInByDouyinPayloadDto",
            description: "Douyin sign-in data; required when `connection` is `douyin`.",
          },
          kuaishouPayload: {
            $ref: "#/components/schemas/SignInByKuaishouPayloadDto",
            description: "Kuaishou sign-in data; required when `connection` is `kuaishou`.",
          },
          xiaomiPayload: {
            $ref: "#/components/schemas/SignInByXiaomiPayloadDto",
            description: "Xiaomi sign-in data; required when `connection` is `xiaomi`.",
          },
          linePayload: {
            $ref: "#/components/schemas/SignInByLinePayloadDto",
            description: "LINE sign-in data; required when `connection` is `line`.",
          },
          slackPayload: {
            $ref: "#/components/schemas/SignInBySlackPayloadDto",
            description: "Slack sign-in data; required when `connection` is `slack`.",
          },
          oppoPayload: {
            $ref: "#/components/schemas/SignInByOPPOPayloadDto",
            description: "OPPO sign-in data; required when `connection` is `oppo`.",
          },
          huaweiPayload: {
            $ref: "#/components/schemas/SignInByHuaweiPayloadDto",
            description: "Huawei sign-in data; required when `connection` is `huawei`.",
          },
          amazonPayload: {
            $ref: "#/components/schemas/SignInByAmazonPayloadDto",
            description: "Amazon sign-in data; required when `connection` is `amazon`.",
          },
          options: {
            $ref: "#/components/schemas/SignInByMobileOptionsDto",
            description: "Optional sign-in settings.",
          },
          client_id: {
            type: "string",
            description: "The application's ID; required when the application authenticates at the token endpoint with `client_secret_post`.",
          },
          client_secret: {
            type: "string",
            description: "The application's secret; required when the application authenticates at the token endpoint with `client_secret_post`.",
          },
        },
      },
      StrAuthorize: {
        description: "A string-type data resource and the actions the user may perform on it.",
        type: "object",
        required: ["value", "actions"],
        properties: {
          value: {
            type: "string",
            description: "The string resource's value.",
          },
          actions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions the user may perform on the string resource.",
          },
        },
      },
      StrResourceAuthAction: {
        description: "A string-type data resource and its actions.",
        type: "object",
        properties: {
          value: {
            type: "string",
            description: "The string resource's value.",
          },
          actions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions defined for the string resource.",
          },
        },
      },
      SystemInfoResp: {
        description: "Public server information: encryption keys, versions and egress IPs.",
        type: "object",
        required: ["rsa", "sm2", "version", "publicIps"],
        properties: {
          rsa: {
            $ref: "#/components/schemas/SystmeInfoRSAConfig",
            description: "RSA256 settings, used to encrypt passwords with `passwordEncryptType` `rsa`.",
          },
          sm2: {
            $ref: "#/components/schemas/SystmeInfoSM2Config",
            description: "SM2 settings, used to encrypt passwords with `passwordEncryptType` `sm2`.",
          },
          version: {
            $ref: "#/components/schemas/SystmeInfoVersion",
            description: "Versions of the GenAuth server, console and hosted login page.",
          },
          publicIps: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Public IP addresses that GenAuth's outgoing requests come from.",
          },
        },
      },
      SystmeInfoRSAConfig: {
        description: "The server's RSA256 public key.",
        type: "object",
        required: ["publicKey"],
        properties: {
          publicKey: {
            type: "string",
            description: "Public key for RSA256 encryption of passwords.",
          },
        },
      },
      SystmeInfoSM2Config: {
        description: "The server's SM2 public key.",
        type: "object",
        required: ["publicKey"],
        properties: {
          publicKey: {
            type: "string",
            description: "Public key for SM2 encryption of passwords.",
          },
        },
      },
      SystmeInfoVersion: {
        description: "Versions of the GenAuth components.",
        type: "object",
        required: ["server", "console", "login"],
        properties: {
          server: {
            type: "string",
            description: "Version of the core GenAuth service.",
          },
          console: {
            type: "string",
            description: "Version of the GenAuth console.",
          },
          login: {
            type: "string",
            description: "Version of the hosted login page.",
          },
        },
      },
      TerminalSessionDto: {
        description: "A device the current user has signed in from, with its last login.",
        type: "object",
        required: ["device", "lastLoginTime", "online"],
        properties: {
          device: {
            $ref: "#/components/schemas/DeviceInfo",
            description: "Details of the device.",
          },
          lastLoginTime: {
            type: "string",
            description: "When the user last signed in on this device.",
          },
          lastIp: {
            type: "string",
            description: "IP address of the last sign-in on this device.",
          },
          online: {
            type: "boolean",
            description: "True if the device currently has an active session.",
          },
        },
      },
      TerminalSessionRespDto: {
        description: "Envelope answering `list` (the current user's devices).",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/TerminalSessionDto",
                },
                description: "The devices the current user has signed in from.",
              },
            },
          },
        ],
      },
      TreeAuthBo: {
        description: "A node of a tree-type data resource that the user is authorized on.",
        type: "object",
        required: ["nodePath", "nodeName", "nodeActions"],
        properties: {
          nodePath: {
            type: "string",
            description: "Path of the node within the tree.",
          },
          nodeName: {
            type: "string",
            description: "Name of the node.",
          },
          nodeActions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions the user may perform on the node.",
          },
          nodeValue: {
            type: "string",
            description: "Value of the node.",
          },
          nodeExtendFieldValue: {
            description: "Values of the node's extended fields.",
          },
        },
      },
      TreeAuthorize: {
        description: "The nodes of a tree-type data resource that the user is authorized on.",
        type: "object",
        required: ["authList"],
        properties: {
          authList: {
            type: "array",
            items: {
              $ref: "#/components/schemas/TreeAuthBo",
            },
            description: "One entry per authorized node.",
          },
        },
      },
      TreeResourceAuthAction: {
        description: "The nodes of a tree-type data resource and their actions.",
        type: "object",
        properties: {
          nodeAuthActionList: {
            type: "array",
            items: {
              $ref: "#/components/schemas/TreeStructs",
            },
            description: "The tree's nodes.",
          },
        },
      },
      TreeStructs: {
        description: "A node of a tree-type data resource, with its children.",
        type: "object",
        required: ["code", "name"],
        properties: {
          code: {
            type: "string",
            description: "The node's code; unique among nodes at the same level.",
          },
          name: {
            type: "string",
            description: "The node's name; unique among nodes at the same level.",
          },
          value: {
            type: "string",
            description: "The node's value.",
          },
          actions: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Actions defined on this node of the data policy.",
          },
          children: {
            type: "array",
            items: {
              $ref: "#/components/schemas/TreeStructs",
            },
            description: "The node's child nodes; a tree has at most five levels.",
          },
        },
      },
      UnbindDeviceDto: {
        description: "Identifies the device to remove from the current user's devices.",
        type: "object",
        required: ["deviceId"],
        properties: {
          deviceId: {
            type: "string",
            description: "The device's unique identifier, as listed by the device list.",
          },
        },
      },
      UnbindEmailDto: {
        description: "Confirms removing the email address bound to the current user.",
        type: "object",
        required: ["passCode"],
        properties: {
          passCode: {
            type: "string",
            description: "Passcode mailed by `sendEmail` to the bound address.",
          },
        },
      },
      UnbindPhoneDto: {
        description: "Confirms removing the phone number bound to the current user.",
        type: "object",
        required: ["passCode"],
        properties: {
          passCode: {
            type: "string",
            description: "Passcode texted by `sendSms` to the bound number.",
          },
        },
      },
      UniversalInvitationJoinRespDto: {
        description: "Outcome of a request to join through a universal invitation link.",
        type: "object",
        required: ["status"],
        properties: {
          status: {
            type: "string",
            enum: ["PENDING", "PASSED"],
            "x-enum-varnames": ["PENDING", "PASSED"],
            description: "State of the request: `PENDING` (awaiting approval) or `PASSED` (accepted).",
          },
        },
      },
      UniversalInvitationPublicConfigDto: {
        description: "Public information shown on a universal invitation page.",
        type: "object",
        required: ["userPool"],
        properties: {
          userPool: {
            $ref: "#/components/schemas/UserPoolPublicConfigDto",
            description: "The user pool being joined.",
          },
          inviter: {
            $ref: "#/components/schemas/InviterDetailDto",
            description: "The person who sent the invitation.",
          },
        },
      },
      UniversalInvitationUserJoinDto: {
        description: "Asks to join a user pool through a universal invitation link.",
        type: "object",
        required: ["emailCode", "identifier"],
        properties: {
          emailCode: {
            type: "string",
            description: "Verification code sent to the applicant's email.",
          },
          identifier: {
            type: "string",
            description: "Identifier of the invitation link the applicant followed.",
          },
          profile: {
            $ref: "#/components/schemas/UniversalInviteeProfileDto",
            description: "Who is applying.",
          },
        },
      },
      UniversalInviteeProfileDto: {
        description: "Who is applying to join through an invitation.",
        type: "object",
        required: ["name", "email"],
        properties: {
          name: {
            type: "string",
            description: "The applicant's name.",
          },
          email: {
            type: "string",
            description: "The applicant's email address.",
          },
        },
      },
      UnlinkExtIdpDto: {
        description: "Identifies the external identity source to unlink from the current user.",
        type: "object",
        required: ["extIdpId"],
        properties: {
          extIdpId: {
            type: "string",
            description: "ID of the external identity source.",
          },
        },
      },
      UpdateEmailByEmailPassCodeDto: {
        description: "Proves ownership of a new email address (and, if required, of the old one) with passcodes.",
        type: "object",
        required: ["newEmail", "newEmailPassCode"],
        properties: {
          newEmail: {
            type: "string",
            description: "The email address to switch to.",
          },
          newEmailPassCode: {
            type: "string",
            description: "Passcode mailed to the new address.",
          },
          oldEmail: {
            type: "string",
            description: "The current email address; needed when the user pool requires verifying it before a change.",
          },
          oldEmailPassCode: {
            type: "string",
            description: "Passcode mailed to the current address; needed when the user pool requires verifying it before a change.",
          },
        },
      },
      UpdateEmailDto: {
        description: "Applies an email change that has been verified.",
        type: "object",
        required: ["updateEmailToken"],
        properties: {
          updateEmailToken: {
            type: "string",
            description: "Short-lived token returned by `verifyUpdateEmailRequest`.",
          },
        },
      },
      UpdatePasskeyDto: {
        description: "New settings for a passkey (WebAuthn credential).",
        type: "object",
        required: ["name"],
        properties: {
          name: {
            type: "string",
            description: "Name to show for the passkey.",
          },
        },
      },
      UpdatePasswordDto: {
        description: "Changes the current user's password.",
        type: "object",
        required: ["newPassword"],
        properties: {
          newPassword: {
            type: "string",
            description: "The password to set.",
          },
          oldPassword: {
            type: "string",
            description: "The user's current password; required if the user already has one.",
          },
          passwordEncryptType: {
            type: "string",
            enum: ["sm2", "rsa", "none"],
            "x-enum-varnames": ["SM2", "RSA", "NONE"],
            description: "How the passwords are encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.",
          },
          passwordResetToken: {
            type: "string",
            description: "Reset token returned by `verifyResetPasswordRequest`.",
          },
        },
      },
      UpdatePhoneByPhonePassCodeDto: {
        description: "Proves ownership of a new phone number (and, if required, of the old one) with SMS passcodes.",
        type: "object",
        required: ["newPhoneNumber", "newPhonePassCode"],
        properties: {
          newPhoneNumber: {
            type: "string",
            description: "The phone number to switch to, without the country calling code (that goes in `newPhoneCountryCode`).",
          },
          newPhonePassCode: {
            type: "string",
            description: "Passcode texted to the new number.",
          },
          newPhoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the new number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console.",
          },
          oldPhoneNumber: {
            type: "string",
            description: "The current phone number, without the country calling code; needed when the user pool requires verifying it before a change.",
          },
          oldPhonePassCode: {
            type: "string",
            description: "Passcode texted to the current number; needed when the user pool requires verifying it before a change.",
          },
          oldPhoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the current number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console.",
          },
        },
      },
      UpdatePhoneDto: {
        description: "Applies a phone number change that has been verified.",
        type: "object",
        required: ["updatePhoneToken"],
        properties: {
          updatePhoneToken: {
            type: "string",
            description: "Short-lived token returned by `verifyUpdatePhoneRequest`.",
          },
        },
      },
      UpdateUserProfileDto: {
        description: "Profile fields of the current user to change; fields left out keep their value.",
        type: "object",
        properties: {
          name: {
            type: "string",
            description: "The user's real name; other users may have the same one.",
          },
          nickname: {
            type: "string",
            description: "The user's nickname.",
          },
          photo: {
            type: "string",
            description: "Address (URL) of the user's avatar image.",
          },
          externalId: {
            type: "string",
            description: "The user's ID in an external (third-party) system.",
          },
          birthdate: {
            type: "string",
            description: "The user's date of birth.",
          },
          country: {
            type: "string",
            description: "Country the user lives in.",
          },
          province: {
            type: "string",
            description: "Province or state the user lives in.",
          },
          city: {
            type: "string",
            description: "City the user lives in.",
          },
          address: {
            type: "string",
            description: "The user's address.",
          },
          streetAddress: {
            type: "string",
            description: "Street part of the user's address.",
          },
          postalCode: {
            type: "string",
            description: "Postal code of the user's address.",
          },
          gender: {
            type: "string",
            enum: ["M", "F", "U"],
            "x-enum-varnames": ["M", "F", "U"],
            description: "The user's gender: `M` male, `F` female, `U` unknown.",
          },
          username: {
            type: "string",
            description: "The user's username; no two users in a user pool may share one.",
          },
          company: {
            type: "string",
            description: "Company the user works for.",
          },
          customData: {
            description: "Values for custom user fields; every key must already be defined as a custom field of the user pool.",
          },
          identityNumber: {
            type: "string",
            description: "The user's national ID card number.",
          },
        },
      },
      UserAuthResourceListDto: {
        description: "The data resources a data policy grants one user within one permission space.",
        type: "object",
        required: ["userId", "namespaceCode"],
        properties: {
          userId: {
            type: "string",
            description: "ID of the user the data policy grants access to.",
          },
          namespaceCode: {
            type: "string",
            description: "Code of the permission space the data policy applies in.",
          },
          resourceList: {
            type: "array",
            items: {
              $ref: "#/components/schemas/OpenResource",
            },
            description: "Every data-policy resource the user has in that permission space.",
          },
        },
      },
      UserDepartmentPaginatedRespDto: {
        description: "Envelope answering `getDepartmentList`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/UserDepartmentPagingDto",
                description: "One page of the current user's departments, with the total count.",
              },
            },
          },
        ],
      },
      UserDepartmentPagingDto: {
        description: "One page of departments plus the total number of matches.",
        type: "object",
        required: ["totalCount", "list"],
        properties: {
          totalCount: {
            type: "number",
            description: "How many departments match in all, across every page.",
          },
          list: {
            type: "array",
            items: {
              $ref: "#/components/schemas/UserDepartmentRespDto",
            },
            description: "The departments on this page.",
          },
        },
      },
      UserDepartmentRespDto: {
        description: "A department the current user belongs to, with the user's role in it.",
        type: "object",
        required: [
          "organizationCode",
          "departmentId",
          "isRoot",
          "createdAt",
          "name",
          "description",
          "isLeader",
          "code",
          "isMainDepartment",
          "joinedAt",
          "isVirtualNode",
        ],
        properties: {
          organizationCode: {
            type: "string",
            description: "Code of the organization the department is part of.",
          },
          departmentId: {
            type: "string",
            description: "The department's ID.",
          },
          isRoot: {
            type: "boolean",
            description: "True if this is the organization's root department.",
          },
          createdAt: {
            type: "string",
            description: "When the department was created.",
          },
          name: {
            type: "string",
            description: "The department's name.",
          },
          description: {
            type: "string",
            description: "Free-text description of the department.",
          },
          openDepartmentId: {
            type: "string",
            description: "A custom ID given to the department.",
          },
          isLeader: {
            type: "boolean",
            description: "True if the user leads this department.",
          },
          code: {
            type: "string",
            description: "The department's identifying code.",
          },
          isMainDepartment: {
            type: "boolean",
            description: "True if this is the user's main department.",
          },
          joinedAt: {
            type: "string",
            description: "When the user joined the department.",
          },
          isVirtualNode: {
            type: "boolean",
            description: "True if the department is a virtual one.",
          },
          i18n: {
            $ref: "#/components/schemas/DepartmentI18nDto",
            description: "Names of the department in other languages.",
          },
          customData: {
            description: "Values of the department's extended (custom) fields.",
          },
          departmentIdPath: {
            type: "array",
            items: {
              type: "string",
            },
            description: "IDs of the departments from the top of the tree down to this one.",
          },
          departmentCodePath: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Codes of the departments from the top of the tree down to this one.",
          },
          departmentNamePath: {
            type: "array",
            items: {
              type: "string",
            },
            description: "Names of the departments from the top of the tree down to this one.",
          },
        },
      },
      UserDto: {
        description: "A user's account and profile as GenAuth stores it.",
        type: "object",
        required: ["userId", "createdAt", "updatedAt", "status", "workStatus", "gender", "emailVerified", "phoneVerified", "userSourceType"],
        properties: {
          userId: {
            type: "string",
            description: "The user's unique identifier (by default, the user ID).",
          },
          createdAt: {
            type: "string",
            description: "When the account was created.",
          },
          updatedAt: {
            type: "string",
            description: "When the account was last changed.",
          },
          status: {
            type: "string",
            enum: ["Suspended", "Resigned", "Activated", "Archived", "Deactivated"],
            "x-enum-varnames": ["SUSPENDED", "RESIGNED", "ACTIVATED", "ARCHIVED", "DEACTIVATED"],
            description: "State of the account: `Suspended`, `Resigned`, `Activated`, `Archived` or `Deactivated`.",
          },
          workStatus: {
            type: "string",
            enum: ["Closed", "Active"],
            "x-enum-varnames": ["CLOSED", "ACTIVE"],
            description: "Employment state of the account: `Active` or `Closed`.",
          },
          externalId: {
            type: "string",
            description: "The user's ID in an external (third-party) system.",
          },
          email: {
            type: "string",
            description: "The user's email address; letter case does not matter.",
          },
          phone: {
            type: "string",
            description: "The user's phone number, without the country calling code (that is in `phoneCountryCode`).",
          },
          phoneCountryCode: {
            type: "string",
            description: "Country calling code of `phone`, such as `+86`; may be absent for mainland China numbers.",
          },
          username: {
            type: "string",
            description: "The user's username; no two users in a user pool share one.",
          },
          name: {
            type: "string",
            description: "The user's real name; other users may have the same one.",
          },
          nickname: {
            type: "string",
            description: "The user's nickname.",
          },
          photo: {
            type: "string",
            description: "Address (URL) of the user's avatar image.",
          },
          loginsCount: {
            type: "number",
            description: "How many times the user has signed in, in total.",
          },
          lastLogin: {
            type: "string",
            description: "When the user last signed in.",
          },
          lastIp: {
            type: "string",
            description: "IP address of the user's last sign-in.",
          },
          gender: {
            type: "string",
            enum: ["M", "F", "U"],
            "x-enum-varnames": ["M", "F", "U"],
            description: "The user's gender: `M` male, `F` female, `U` unknown.",
          },
          emailVerified: {
            type: "boolean",
            description: "True once the email address has been verified.",
          },
          phoneVerified: {
            type: "boolean",
            description: "True once the phone number has been verified.",
          },
          passwordLastSetAt: {
            type: "string",
            description: "When the user's password was last changed.",
          },
          birthdate: {
            type: "string",
            description: "The user's date of birth.",
          },
          country: {
            type: "string",
            description: "Country the user lives in.",
          },
          province: {
            type: "string",
            description: "Province or state the user lives in.",
          },
          city: {
            type: "string",
            description: "City the user lives in.",
          },
          address: {
            type: "string",
            description: "The user's address.",
          },
          streetAddress: {
            type: "string",
            description: "Street part of the user's address.",
          },
          postalCode: {
            type: "string",
            description: "Postal code of the user's address.",
          },
          company: {
            type: "string",
            description: "Company the user works for.",
          },
          browser: {
            type: "string",
            description: "User agent of the browser used for the last sign-in.",
          },
          device: {
            type: "string",
            description: "Device used for the last sign-in.",
          },
          givenName: {
            type: "string",
            description: "The user's given (first) name.",
          },
          familyName: {
            type: "string",
            description: "The user's family (last) name.",
          },
          middleName: {
            type: "string",
            description: "The user's middle name.",
          },
          profile: {
            type: "string",
            description: "The user's profile (the OIDC `profile` claim).",
          },
          preferredUsername: {
            type: "string",
            description: "The name the user prefers to be called by.",
          },
          website: {
            type: "string",
            description: "Address of the user's personal web page.",
          },
          zoneinfo: {
            type: "string",
            description: "The user's time zone.",
          },
          locale: {
            type: "string",
            description: "The user's locale (language and region).",
          },
          formatted: {
            type: "string",
            description: "The user's full address, formatted for display.",
          },
          region: {
            type: "string",
            description: "The user's region.",
          },
          userSourceType: {
            type: "string",
            enum: ["excel", "register", "adminCreated", "sync"],
            "x-enum-varnames": ["EXCEL", "REGISTER", "ADMIN_CREATED", "SYNC"],
            description:
              "How the account came to exist: `excel` (imported from a spreadsheet), `register` (signed up), `adminCreated` (created by an administrator) or `sync` (synchronized from elsewhere).",
          },
          userSourceId: {
            type: "string",
            description: "ID of the application (for sign-ups) or of the synchronization task (for synced users) the account came from.",
          },
          lastLoginApp: {
            type: "string",
            description: "ID of the application the user last signed in to.",
          },
          mainDepartmentId: {
            type: "string",
            description: "ID of the user's main department.",
          },
          lastMfaTime: {
            type: "string",
            description: "When the user last passed multi-factor authentication.",
          },
          passwordSecurityLevel: {
            type: "number",
            description: "Strength level of the user's password.",
          },
          resetPasswordOnNextLogin: {
            type: "boolean",
            description: "True if the user must change their password at the next sign-in.",
          },
          registerSource: {
            type: "array",
            items: {
              type: "string",
            },
            description: "How the user registered.",
          },
          departmentIds: {
            type: "array",
            items: {
              type: "string",
            },
            description: "IDs of the departments the user belongs to.",
          },
          identities: {
            type: "array",
            items: {
              $ref: "#/components/schemas/IdentityDto",
            },
            description: "The external identity sources linked to the user.",
          },
          identityNumber: {
            type: "string",
            description: "The user's national ID card number.",
          },
          customData: {
            description: "Values of the user's extended (custom) fields.",
          },
          metadataSource: {
            description: "Values of the user's extended fields defined on data objects.",
          },
          postIdList: {
            type: "array",
            items: {
              type: "string",
            },
            description: 'IDs linked to the user, documented as department IDs (the field name suggests positions, or "posts").',
          },
          statusChangedAt: {
            type: "string",
            description: "When the account's `status` last changed.",
          },
          tenantId: {
            type: "string",
            description: "ID of the user's tenant.",
          },
          signedUp: {
            type: "string",
            description: "When the user registered.",
          },
        },
      },
      UserPoolPublicConfigDto: {
        description: "Public details of a user pool.",
        type: "object",
        properties: {
          name: {
            type: "string",
            description: "The user pool's name.",
          },
          logo: {
            type: "string",
            description: "The user pool's logo image.",
          },
          description: {
            type: "string",
            description: "Free-text description of the user pool.",
          },
        },
      },
      UserSingleRespDto: {
        description: "Envelope holding one user, answering `getProfile`, `updateProfile` and `signUp`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/UserDto",
                description: "The user's account and profile.",
              },
            },
          },
        ],
      },
      UserTenantListDto: {
        description: "A tenant the user belongs to.",
        type: "object",
        required: ["tenantId", "tenantName", "joinAt"],
        properties: {
          tenantId: {
            type: "string",
            description: "The tenant's ID.",
          },
          tenantName: {
            type: "string",
            description: "The tenant's name.",
          },
          joinAt: {
            type: "string",
            description: "When the user joined the tenant.",
          },
        },
      },
      ValidatePasswordDto: {
        description: "A password to check against a user identified by phone, email or username.",
        type: "object",
        properties: {
          phone: {
            type: "string",
            description: "The user's phone number, without the country calling code (that goes in `phoneCountryCode`).",
          },
          email: {
            type: "string",
            description: "The user's email address; letter case does not matter.",
          },
          username: {
            type: "string",
            description: "The user's username; unique within the user pool.",
          },
          phoneCountryCode: {
            type: "string",
            description:
              "Country calling code of the phone number, such as `+86`; may be left out for mainland China numbers, and other regions need international SMS enabled in the console.",
          },
          password: {
            type: "string",
            description: "The password to check; sent as plain text over HTTPS unless `passwordEncryptType` selects RSA256 or SM2 encryption.",
          },
          passwordEncryptType: {
            type: "string",
            enum: ["sm2", "rsa", "none"],
            "x-enum-varnames": ["SM2", "RSA", "NONE"],
            description: "How `password` is encrypted: `none` (plain text, the default), `rsa` (RSA256) or `sm2`.",
          },
        },
      },
      ValidatePasswordRespDto: {
        description: "Envelope answering `validatePassword`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/ValidatePasswordResultDto",
                description: "Whether the password matched.",
              },
            },
          },
        ],
      },
      ValidatePasswordResultDto: {
        description: "Outcome of a password check.",
        type: "object",
        required: ["valid"],
        properties: {
          valid: {
            type: "boolean",
            description: "True if the password is the user's password.",
          },
        },
      },
      VerifyAuthenticationDto: {
        description: "Completes a WebAuthn sign-in by submitting the authenticator's assertion.",
        type: "object",
        required: ["ticket", "authenticationCredential"],
        properties: {
          ticket: {
            type: "string",
            description: "The ticket returned by `initAuthenticationOptions`.",
          },
          authenticationCredential: {
            $ref: "#/components/schemas/AuthenticationCredentialDto",
            description: "The assertion the authenticator produced.",
          },
          options: {
            $ref: "#/components/schemas/SignInByWebAuthnOptionsDto",
            description: "Optional sign-in settings.",
          },
        },
      },
      VerifyAuthenticationResultDto: {
        description: "Outcome of a WebAuthn sign-in, with tokens when it succeeded.",
        type: "object",
        required: ["verified"],
        properties: {
          verified: {
            type: "boolean",
            description: "True if GenAuth accepted the authenticator's assertion.",
          },
          tokenSet: {
            $ref: "#/components/schemas/LoginTokenResponseDataDto",
            description: "The issued tokens; present only when `verified` is true.",
          },
        },
      },
      VerifyAuthenticationResultRespDto: {
        description: "Envelope answering `verifyAuthentication`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/VerifyAuthenticationResultDto",
                description: "Whether the assertion was accepted and, if so, the tokens.",
              },
            },
          },
        ],
      },
      VerifyDeleteAccountRequestDataDto: {
        description: "A short-lived token that allows deleting the account.",
        type: "object",
        required: ["deleteAccountToken", "tokenExpiresIn"],
        properties: {
          deleteAccountToken: {
            type: "string",
            description: "Token to pass to `deleteAccount`.",
          },
          tokenExpiresIn: {
            type: "number",
            description: "How long the token stays valid, in seconds (60 by default).",
          },
        },
      },
      VerifyDeleteAccountRequestDto: {
        description: "Proves the user's identity before deleting their account.",
        type: "object",
        required: ["verifyMethod"],
        properties: {
          verifyMethod: {
            type: "string",
            enum: ["PHONE_PASSCODE", "EMAIL_PASSCODE", "PASSWORD"],
            "x-enum-varnames": ["PHONE_PASSCODE", "EMAIL_PASSCODE", "PASSWORD"],
            description: "How the user proves their identity: `PHONE_PASSCODE`, `EMAIL_PASSCODE` or `PASSWORD`; fill the matching payload.",
          },
          phonePassCodePayload: {
            $ref: "#/components/schemas/DeleteAccountByPhonePassCodeDto",
            description: "Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`.",
          },
          emailPassCodePayload: {
            $ref: "#/components/schemas/DeleteAccountByEmailPassCodeDto",
            description: "Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`.",
          },
          passwordPayload: {
            $ref: "#/components/schemas/DeleteAccountByPasswordDto",
            description: "The user's password; used when `verifyMethod` is `PASSWORD`.",
          },
        },
      },
      VerifyDeleteAccountRequestRespDto: {
        description: "Envelope answering `verifyDeleteAccountRequest`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/VerifyDeleteAccountRequestDataDto",
                description: "The account deletion token and its lifetime.",
              },
            },
          },
        ],
      },
      VerifyInviteCodeDto: {
        description: "A code an invitee received, to be checked before they register.",
        type: "object",
        required: ["receiverType", "code", "token"],
        properties: {
          receiverType: {
            type: "string",
            enum: ["smsCode", "emailCode"],
            "x-enum-varnames": ["SMS_CODE", "EMAIL_CODE"],
            description: "Where the code was sent: `smsCode` (by SMS) or `emailCode` (by email).",
          },
          code: {
            type: "string",
            description: "The code the invitee received.",
          },
          token: {
            type: "string",
            description: "The token identifying the invitation to register.",
          },
        },
      },
      VerifyRegistrationDto: {
        description: "Completes registering a WebAuthn authenticator by submitting the credential it created.",
        type: "object",
        required: ["ticket", "registrationCredential"],
        properties: {
          ticket: {
            type: "string",
            description: "The ticket returned by `initRegisterOptions`.",
          },
          registrationCredential: {
            $ref: "#/components/schemas/RegistrationCredentialDto",
            description: "The credential the authenticator created, to bind to the user.",
          },
          authenticatorCode: {
            type: "string",
            enum: ["fingerprint", "face", "other"],
            "x-enum-varnames": ["FINGERPRINT", "FACE", "OTHER"],
            description: "Kind of authenticator: `fingerprint`, `face` or `other`.",
          },
        },
      },
      VerifyRegistrationResultDto: {
        description: "Outcome of registering a WebAuthn authenticator.",
        type: "object",
        required: ["verified"],
        properties: {
          verified: {
            type: "boolean",
            description: "True if GenAuth accepted the authenticator's registration.",
          },
        },
      },
      VerifyRegistrationResultRespDto: {
        description: "Envelope answering `verifyRegister`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/VerifyRegistrationResultDto",
                description: "Whether the registration was accepted.",
              },
            },
          },
        ],
      },
      VerifyResetPasswordRequestDto: {
        description: "Proves the user's identity to start a forgotten-password reset.",
        type: "object",
        required: ["verifyMethod"],
        properties: {
          verifyMethod: {
            type: "string",
            enum: ["EMAIL_PASSCODE", "PHONE_PASSCODE"],
            "x-enum-varnames": ["EMAIL_PASSCODE", "PHONE_PASSCODE"],
            description: "How the user proves their identity: `EMAIL_PASSCODE` or `PHONE_PASSCODE`; fill the matching payload.",
          },
          phonePassCodePayload: {
            $ref: "#/components/schemas/ResetPasswordByPhonePassCodeDto",
            description: "Phone number and SMS passcode; used when `verifyMethod` is `PHONE_PASSCODE`.",
          },
          emailPassCodePayload: {
            $ref: "#/components/schemas/ResetPasswordByEmailPassCodeDto",
            description: "Email address and passcode; used when `verifyMethod` is `EMAIL_PASSCODE`.",
          },
        },
      },
      VerifyUpdateEmailRequestData: {
        description: "A short-lived token that allows changing the email address.",
        type: "object",
        required: ["updateEmailToken", "tokenExpiresIn"],
        properties: {
          updateEmailToken: {
            type: "string",
            description: "Token to pass to `updateEmail`.",
          },
          tokenExpiresIn: {
            type: "number",
            description: "How long the token stays valid, in seconds (60).",
          },
        },
      },
      VerifyUpdateEmailRequestDto: {
        description: "Proves ownership of the addresses involved before changing the email.",
        type: "object",
        required: ["emailPassCodePayload", "verifyMethod"],
        properties: {
          emailPassCodePayload: {
            $ref: "#/components/schemas/UpdateEmailByEmailPassCodeDto",
            description: "The new address and its passcode, plus the old ones when the user pool requires them.",
          },
          verifyMethod: {
            type: "string",
            enum: ["EMAIL_PASSCODE"],
            "x-enum-varnames": ["EMAIL_PASSCODE"],
            description: "How ownership is proved; only `EMAIL_PASSCODE` is supported.",
          },
        },
      },
      VerifyUpdateEmailRequestRespDto: {
        description: "Envelope answering `verifyUpdateEmailRequest`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/VerifyUpdateEmailRequestData",
                description: "The email change token and its lifetime.",
              },
            },
          },
        ],
      },
      VerifyUpdatePhoneRequestData: {
        description: "A short-lived token that allows changing the phone number.",
        type: "object",
        required: ["updatePhoneToken", "tokenExpiresIn"],
        properties: {
          updatePhoneToken: {
            type: "string",
            description: "Token to pass to `updatePhone`.",
          },
          tokenExpiresIn: {
            type: "number",
            description: "How long the token stays valid, in seconds.",
          },
        },
      },
      VerifyUpdatePhoneRequestDto: {
        description: "Proves ownership of the numbers involved before changing the phone number.",
        type: "object",
        required: ["phonePassCodePayload", "verifyMethod"],
        properties: {
          phonePassCodePayload: {
            $ref: "#/components/schemas/UpdatePhoneByPhonePassCodeDto",
            description: "The new number and its passcode, plus the old ones when the user pool requires them.",
          },
          verifyMethod: {
            type: "string",
            enum: ["PHONE_PASSCODE"],
            "x-enum-varnames": ["PHONE_PASSCODE"],
            description: "How ownership is proved; only `PHONE_PASSCODE` is supported.",
          },
        },
      },
      VerifyUpdatePhoneRequestRespDto: {
        description: "Envelope answering `verifyUpdatePhoneRequest`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                $ref: "#/components/schemas/VerifyUpdatePhoneRequestData",
                description: "The phone change token and its lifetime.",
              },
            },
          },
        ],
      },
      WebAuthnCheckValidCredentialsByCredIdsRespDto: {
        description: "Envelope answering `checkValidCredentialsByCredIds`.",
        allOf: [
          {
            $ref: "#/components/schemas/GenAuthEnvelope",
          },
          {
            type: "object",
            required: ["data"],
            properties: {
              data: {
                type: "array",
                items: {},
                description: "The credentials among those asked about that are still valid; GenAuth does not document the item shape.",
              },
            },
          },
        ],
      },
      WebAuthnRemoveCredentialDto: {
        description: "A request body with no documented fields; any properties given are sent as they are.",
        type: "object",
        additionalProperties: {},
      },
      WechatLoginTokenRespDto: {
        description: "Tokens issued after a WeChat mobile sign-in step completes.",
        type: "object",
        required: ["token_type", "expire_in"],
        properties: {
          scope: {
            type: "string",
            description: "The scopes that were requested at sign-in.",
          },
          access_token: {
            type: "string",
            description: "Short-lived token for calling protected APIs.",
          },
          id_token: {
            type: "string",
            description: "Token asserting who the user is; decoding it yields the user's details.",
          },
          refresh_token: {
            type: "string",
            description: "Token for getting a new access token when the current one expires.",
          },
          token_type: {
            type: "string",
            description: "Kind of token issued (for example `Bearer`).",
          },
          expire_in: {
            type: "number",
            description: "How long the access token stays valid, in seconds.",
          },
        },
      },
      WechatMobileAuthByCodeIdentityInput: {
        description: "Signs in with the code WeChat returned to a mobile app.",
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            description: "Authorization code WeChat returned once the user authorized the app.",
          },
          appId: {
            type: "string",
            description: "ID of the GenAuth application.",
          },
          connId: {
            type: "string",
            description: "ID of the identity source connection.",
          },
          options: {
            $ref: "#/components/schemas/SignInOptionsDto",
            description: "Optional sign-in settings.",
          },
        },
      },
    },
  },
};
