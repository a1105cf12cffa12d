// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { OpenApiDocument } from "../spec-types.js";

/** The GenAuth Authentication API document the mock server validates against. */
export const spec: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "GenAuth Authentication API (V3)",
    "version": "3.0.0",
    "summary": "End-user authentication API of the GenAuth identity platform.",
    "description": "The end-user side of GenAuth: sign-in and sign-up, profiles, MFA, permissions, WeChat and more.\nThis document is the single source of truth of the GenAuth TypeScript SDK: the types, the\n`AuthenticationClient` methods and the local mock server are all generated from it.\n\nAlmost every operation answers HTTP 200 with a JSON envelope (`statusCode`, `message`,\n`apiCode`, `requestId`, `data`); the envelope's `statusCode`, not the HTTP status, says\nwhether the call succeeded.\n\nEach operation names the SDK method that calls it in `x-sdk-method`, and how the SDK method\ntakes its arguments in `x-sdk-args`.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "{appHost}",
      "description": "The application's own GenAuth domain.",
      "variables": {
        "appHost": {
          "default": "https://example.genauth.ai",
          "description": "The application's host, for example `https://my-app.genauth.ai`."
        }
      }
    }
  ],
  "security": [
    {
      "appId": []
    }
  ],
  "tags": [
    {
      "name": "Sign-in",
      "description": "Signing users in through the API, without a browser redirect."
    },
    {
      "name": "Sign-up",
      "description": "Creating user accounts."
    },
    {
      "name": "External identities",
      "description": "Identities from external providers linked to the user."
    },
    {
      "name": "QR and push sign-in",
      "description": "Signing in by scanning a QR code or approving a push request."
    },
    {
      "name": "Verification codes",
      "description": "Codes sent by text or email, and captchas."
    },
    {
      "name": "WeChat",
      "description": "WeChat and Douyin mini programs, official accounts and WeChat mobile sign-in."
    },
    {
      "name": "Profile and account",
      "description": "The signed-in user's profile, contact details, password and account."
    },
    {
      "name": "Permissions",
      "description": "The user's roles, resources and permission checks."
    },
    {
      "name": "Public information",
      "description": "Server settings and reference data anyone may read."
    },
    {
      "name": "WebAuthn and passkeys",
      "description": "Authenticators, passkeys and their credentials."
    },
    {
      "name": "Devices",
      "description": "The user's devices and their sessions."
    },
    {
      "name": "Approvals",
      "description": "Requests for access to applications and roles."
    },
    {
      "name": "Invitations",
      "description": "Universal and policy invitation links."
    },
    {
      "name": "MFA",
      "description": "Multi-factor authentication factors and tokens."
    },
    {
      "name": "Events",
      "description": "Custom user events."
    }
  ],
  "paths": {
    "/api/v3/signin": {
      "post": {
        "operationId": "signInByCredentials",
        "tags": [
          "Sign-in"
        ],
        "summary": "Sign in with credentials: password, pass code, LDAP or AD",
        "description": "Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).\n",
        "x-sdk-method": "signInByCredentials",
        "x-sdk-args": [
          "body"
        ],
        "x-sdk-wrapped-by": [
          "signInByEmailPassword",
          "signInByPhonePassword",
          "signInByUsernamePassword",
          "signInByAccountPassword",
          "signInByEmailPassCode",
          "signInByPhonePassCode",
          "signInByAD",
          "signInByLDAP"
        ],
        "security": [
          {
            "appId": [],
            "clientBasic": []
          },
          {
            "appId": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SigninByCredentialsDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/LoginTokenRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/signin-by-mobile": {
      "post": {
        "operationId": "signInByMobile",
        "tags": [
          "Sign-in"
        ],
        "summary": "Sign in from a mobile app through a social or enterprise provider",
        "description": "Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).\n",
        "x-sdk-method": "signInByMobile",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "clientBasic": []
          },
          {
            "appId": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SigninByMobileDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/LoginTokenRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/switch-login-by-user": {
      "post": {
        "operationId": "switchLoginByUser",
        "tags": [
          "Sign-in"
        ],
        "summary": "Switch the signed-in session to a public account",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "switchLoginByUser",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicAccountSwitchLoginDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/LoginTokenRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-alipay-authinfo": {
      "get": {
        "operationId": "getAlipayAuthInfo",
        "tags": [
          "Sign-in"
        ],
        "summary": "Fetch the Alipay authInfo string a mobile app needs to start Alipay sign-in",
        "x-sdk-method": "getAlipayAuthInfo",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "extIdpConnidentifier",
            "in": "query",
            "required": true,
            "description": "Identifier of the external identity source connection",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetAlipayAuthInfoRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/validate-password": {
      "post": {
        "operationId": "validatePassword",
        "tags": [
          "Sign-in"
        ],
        "summary": "Check whether a password is right for an account, without signing in",
        "x-sdk-method": "validatePassword",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ValidatePasswordDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/ValidatePasswordRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/signup": {
      "post": {
        "operationId": "signUp",
        "tags": [
          "Sign-up"
        ],
        "summary": "Create a user account from a password or a verification code",
        "x-sdk-method": "signUp",
        "x-sdk-args": [
          "body"
        ],
        "x-sdk-wrapped-by": [
          "signUpByEmailPassword",
          "signUpByUsernamePassword",
          "signUpByEmailCode",
          "signUpByPhoneCode"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SignUpDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/UserSingleRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/generate-link-extidp-url": {
      "get": {
        "operationId": "generateLinkExtIdpUrl",
        "tags": [
          "External identities"
        ],
        "summary": "Build the URL that links an external identity provider to the signed-in user",
        "x-sdk-method": "generateLinkExtIdpUrl",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "ext_idp_conn_identifier",
            "in": "query",
            "required": true,
            "x-sdk-name": "extIdpConnIdentifier",
            "description": "Unique identifier of the external identity source connection",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "app_id",
            "in": "query",
            "required": true,
            "x-sdk-name": "appId",
            "description": "Authing application ID",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "id_token",
            "in": "query",
            "required": true,
            "x-sdk-name": "idToken",
            "description": "User's id_token",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "need_url_redirect",
            "in": "query",
            "required": false,
            "x-sdk-name": "needUrlRedirect",
            "description": "Return the binding result by URL redirect",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "only_redirect_token",
            "in": "query",
            "required": false,
            "x-sdk-name": "onlyRedirectToken",
            "description": "With URL redirect, return only token info (some browsers limit URL length)",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "need_form_post",
            "in": "query",
            "required": false,
            "x-sdk-name": "needFormPost",
            "description": "Return the binding result by form post",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "target_url",
            "in": "query",
            "required": false,
            "x-sdk-name": "targetUrl",
            "description": "URL that receives the binding result when URL redirect or form post is used",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenerateBindExtIdpLinkRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/unlink-extidp": {
      "post": {
        "operationId": "unlinkExtIdp",
        "tags": [
          "External identities"
        ],
        "summary": "Detach an external identity provider from the user",
        "x-sdk-method": "unlinkExtIdp",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnlinkExtIdpDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-identities": {
      "get": {
        "operationId": "getIdentities",
        "tags": [
          "External identities"
        ],
        "summary": "List the external identities linked to the user",
        "x-sdk-method": "getIdentities",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetIdentitiesRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-application-enabled-extidps": {
      "get": {
        "operationId": "getApplicationEnabledExtIdps",
        "tags": [
          "External identities"
        ],
        "summary": "List the external identity providers this application accepts",
        "x-sdk-method": "getApplicationEnabledExtIdps",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetExtIdpsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/gene-qrcode": {
      "post": {
        "operationId": "geneQrCode",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Create a sign-in QR code",
        "x-sdk-method": "geneQrCode",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateQrcodeDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GeneQRCodeRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-qrcode-status": {
      "get": {
        "operationId": "getQrCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Read the state of a sign-in QR code",
        "x-sdk-method": "getQrCodeStatus",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "qrcodeId",
            "in": "query",
            "required": true,
            "description": "Unique QR code ID",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CheckQRCodeStatusRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/check-qrcode-status": {
      "get": {
        "operationId": "checkQrCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Read the state of a sign-in QR code (deprecated)",
        "description": "Deprecated: call `getQrCodeStatus` instead.\n",
        "deprecated": true,
        "x-sdk-method": "checkQrCodeStatus",
        "x-sdk-args": [
          "query"
        ],
        "x-sdk-replacement": "getQrCodeStatus",
        "parameters": [
          {
            "name": "qrcodeId",
            "in": "query",
            "required": true,
            "description": "Unique QR code ID",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CheckQRCodeStatusRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/exchange-tokenset-with-qrcode-ticket": {
      "post": {
        "operationId": "exchangeTokenSetWithQrCodeTicket",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Trade an authorized QR code ticket for a token set",
        "description": "Takes client credentials: the `authorization: Basic` header when the application uses `client_secret_basic`, or `client_id`/`client_secret` body fields for `client_secret_post` (the `signInBy*` helpers add them).\n",
        "x-sdk-method": "exchangeTokenSetWithQrCodeTicket",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "clientBasic": []
          },
          {
            "appId": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExchangeTokenSetWithQRcodeTicketDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/LoginTokenRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/change-qrcode-status": {
      "post": {
        "operationId": "changeQrCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Scan, confirm or cancel a QR code from the signed-in app (deprecated)",
        "description": "Deprecated: call `setQrCodeStatus` instead.\n\nNeeds the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "deprecated": true,
        "x-sdk-method": "changeQrCodeStatus",
        "x-sdk-args": [
          "body"
        ],
        "x-sdk-replacement": "setQrCodeStatus",
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangeQRCodeStatusDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/set-qrcode-status": {
      "post": {
        "operationId": "setQrCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Scan, confirm or cancel a QR code from the signed-in app",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "setQrCodeStatus",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangeQRCodeStatusDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/signin-by-push": {
      "post": {
        "operationId": "signInByPush",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Start a push sign-in: send an approval request to the user's app",
        "x-sdk-method": "signInByPush",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SignInByPushDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenePushCodeRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/check-pushcode-status": {
      "get": {
        "operationId": "checkPushCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Read the state of a push sign-in request",
        "x-sdk-method": "checkPushCodeStatus",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "pushCodeId",
            "in": "query",
            "required": true,
            "description": "Push code (unique push login ID)",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CheckPushCodeStatusRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/set-pushcode-status": {
      "post": {
        "operationId": "setPushCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Approve or refuse a push sign-in request from the signed-in app",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "setPushCodeStatus",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangePushCodeStatusDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/change-pushcode-status": {
      "post": {
        "operationId": "changePushCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Approve or refuse a push sign-in request from the signed-in app (deprecated)",
        "description": "Deprecated: call `setPushCodeStatus` instead.\n\nNeeds the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "deprecated": true,
        "x-sdk-method": "changePushCodeStatus",
        "x-sdk-args": [
          "body"
        ],
        "x-sdk-replacement": "setPushCodeStatus",
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangePushCodeStatusDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-pushlogin-relation-apps": {
      "post": {
        "operationId": "getPushLoginRelationApps",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "List the client applications behind a push sign-in request",
        "x-sdk-method": "getPushLoginRelationApps",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GetPushCodeRelationAppsDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetPushCodeRelationAppsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/gene-fastpass-qrcode-info": {
      "post": {
        "operationId": "geneFastpassQrcodeInfo",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Create the data of a quick sign-in QR code for the signed-in user",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "geneFastpassQrcodeInfo",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SignInFastpassDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GeneFastpassQRCodeRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-fastpass-client-apps": {
      "get": {
        "operationId": "getFastpassParams",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "List the applications a quick sign-in QR code can open",
        "x-sdk-method": "getFastpassParams",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "qrcodeId",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "appId",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetFastpassQRCodeRelationAppsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-app-login-qrcode-status": {
      "get": {
        "operationId": "getAppLoginQrCodeStatus",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Read the state of a quick sign-in QR code",
        "x-sdk-method": "getAppLoginQrCodeStatus",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "qrcodeId",
            "in": "query",
            "required": true,
            "description": "Unique QR code ID",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CheckQRCodeStatusRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/qrcode-app-login": {
      "post": {
        "operationId": "qrCodeAppLogin",
        "tags": [
          "QR and push sign-in"
        ],
        "summary": "Sign in by scanning a QR code from the signed-in app",
        "x-sdk-method": "qrCodeAppLogin",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AppQRCodeLoginDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/LoginTokenRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-captcha-code": {
      "get": {
        "operationId": "geneCatchaCodeAndToken",
        "tags": [
          "Verification codes"
        ],
        "summary": "Create an image captcha and the token that goes with it",
        "x-sdk-method": "geneCatchaCodeAndToken",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetCaptchaCodeRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/send-sms": {
      "post": {
        "operationId": "sendSms",
        "tags": [
          "Verification codes"
        ],
        "summary": "Text a verification code to a phone number",
        "x-sdk-method": "sendSms",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SendSMSDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/SendSMSRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/send-email": {
      "post": {
        "operationId": "sendEmail",
        "tags": [
          "Verification codes"
        ],
        "summary": "Email a verification code",
        "x-sdk-method": "sendEmail",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SendEmailDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/SendEmailRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/pre-check-code": {
      "post": {
        "operationId": "preCheckCode",
        "tags": [
          "Verification codes"
        ],
        "summary": "Check a verification code without consuming it",
        "x-sdk-method": "preCheckCode",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PreCheckCodeDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/PreCheckCodeRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/decrypt-wechat-miniprogram-data": {
      "post": {
        "operationId": "decryptWechatMiniProgramData",
        "tags": [
          "WeChat"
        ],
        "summary": "Decrypt data a WeChat mini program received from WeChat",
        "x-sdk-method": "decryptWechatMiniProgramData",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DecryptWechatMiniProgramDataDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/DecryptWechatMiniProgramDataRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-wechat-access-token": {
      "post": {
        "operationId": "getWechatMpAccessToken",
        "tags": [
          "WeChat"
        ],
        "summary": "Get a WeChat mini program or official account access token (deprecated)",
        "description": "Returns the access token that GenAuth caches for a WeChat mini program or official\naccount, identified by its WeChat `appId` and `appSecret`.\n\nDeprecated: call `getWechatMpAccessTokenInfo` (`POST /api/v3/get-wechat-access-token-info`),\nwhich answers the same data.\n",
        "deprecated": true,
        "x-sdk-method": "getWechatMpAccessToken",
        "x-sdk-args": [
          "body"
        ],
        "x-sdk-replacement": "getWechatMpAccessTokenInfo",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GetWechatAccessTokenDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The envelope; `data` holds the token when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetWechatAccessTokenRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-wechat-access-token-info": {
      "post": {
        "operationId": "getWechatMpAccessTokenInfo",
        "tags": [
          "WeChat"
        ],
        "summary": "Get a WeChat mini program or official account access token",
        "description": "Returns the access token that GenAuth caches for a WeChat mini program or official\naccount, identified by its WeChat `appId` and `appSecret`, with its expiry time.\n",
        "x-sdk-method": "getWechatMpAccessTokenInfo",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GetWechatAccessTokenDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The envelope; `data` holds the token when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetWechatAccessTokenInfoRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/decrypt-douyin-miniprogram-data": {
      "post": {
        "operationId": "decryptDouyinMiniProgramData",
        "tags": [
          "WeChat"
        ],
        "summary": "Decrypt data a Douyin mini program received from Douyin",
        "x-sdk-method": "decryptDouyinMiniProgramData",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DecryptDouyinMiniProgramDataDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/DecryptDouyinMiniProgramDataRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/ecConn/wechatMobile/authByCodeIdentity": {
      "post": {
        "operationId": "authByCodeIdentity",
        "tags": [
          "WeChat"
        ],
        "summary": "Sign in from a mobile app with a WeChat code",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "authByCodeIdentity",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WechatMobileAuthByCodeIdentityInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LoginTokenResponseDataDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/ecConn/wechatMobile/register": {
      "post": {
        "operationId": "registerNewUser",
        "tags": [
          "WeChat"
        ],
        "summary": "WeChat mobile sign-in: create a new user from the WeChat identity",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "registerNewUser",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindByRegiserInputApi"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WechatLoginTokenRespDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/ecConn/wechatMobile/byEmailCode": {
      "post": {
        "operationId": "bindByEmailCode",
        "tags": [
          "WeChat"
        ],
        "summary": "WeChat mobile sign-in: link the WeChat identity to a user proven by an email code",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByEmailCode",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindByEmailCodeInputApi"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WechatLoginTokenRespDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/ecConn/wechatMobile/byPhoneCode": {
      "post": {
        "operationId": "bindByPhoneCode",
        "tags": [
          "WeChat"
        ],
        "summary": "WeChat mobile sign-in: link the WeChat identity to a user proven by a phone code",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByPhoneCode",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindByPhoneCodeInputApi"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WechatLoginTokenRespDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/ecConn/wechatMobile/byAccount": {
      "post": {
        "operationId": "bindByAccount",
        "tags": [
          "WeChat"
        ],
        "summary": "WeChat mobile sign-in: link the WeChat identity to a user proven by account and password",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByAccount",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindByAccountInputApi"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WechatLoginTokenRespDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/ecConn/wechatMobile/select": {
      "post": {
        "operationId": "selectAccount",
        "tags": [
          "WeChat"
        ],
        "summary": "WeChat mobile sign-in: pick one of several matching users",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "selectAccount",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindByAccountsInputApi"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WechatLoginTokenRespDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/ecConn/wechatMobile/byAccountId": {
      "post": {
        "operationId": "bindByAccountId",
        "tags": [
          "WeChat"
        ],
        "summary": "WeChat mobile sign-in: link the WeChat identity to a user chosen by ID",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "bindByAccountId",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindByAccountIdInputApi"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WechatLoginTokenRespDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-login-history": {
      "get": {
        "operationId": "getLoginHistory",
        "tags": [
          "Profile and account"
        ],
        "summary": "Page through the user's sign-in history",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getLoginHistory",
        "x-sdk-args": [
          "query"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "parameters": [
          {
            "name": "appId",
            "in": "query",
            "required": false,
            "description": "Application ID filter for login history; omit to include all applications",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "clientIp",
            "in": "query",
            "required": false,
            "description": "Client IP filter for login history; omit to include all IPs",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "success",
            "in": "query",
            "required": false,
            "description": "Filter by login success; omit to include both successful and failed logins",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "start",
            "in": "query",
            "required": false,
            "description": "Start time, Unix timestamp in milliseconds",
            "schema": {
              "type": "number"
            }
          },
          {
            "name": "end",
            "in": "query",
            "required": false,
            "description": "End time, Unix timestamp in milliseconds",
            "schema": {
              "type": "number"
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Current page number, starting from 1",
            "schema": {
              "type": "number",
              "default": 1
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Items per page, at most 50, default 10",
            "schema": {
              "type": "number",
              "default": 10
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetLoginHistoryRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-logged-in-apps": {
      "get": {
        "operationId": "getLoggedInApps",
        "tags": [
          "Profile and account"
        ],
        "summary": "List the applications the user is signed in to",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getLoggedInApps",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetLoggedInAppsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-accessible-apps": {
      "get": {
        "operationId": "getAccessibleApps",
        "tags": [
          "Profile and account"
        ],
        "summary": "List the applications the user may open",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getAccessibleApps",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetAccessibleAppsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-tenant-list": {
      "get": {
        "operationId": "getTenantList",
        "tags": [
          "Profile and account"
        ],
        "summary": "List the tenants the user belongs to",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getTenantList",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetTenantListRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-group-list": {
      "get": {
        "operationId": "getGroupList",
        "tags": [
          "Profile and account"
        ],
        "summary": "List the user's groups",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getGroupList",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GroupListRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-department-list": {
      "get": {
        "operationId": "getDepartmentList",
        "tags": [
          "Profile and account"
        ],
        "summary": "Page through the user's departments",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getDepartmentList",
        "x-sdk-args": [
          "query"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Current page number, starting from 1",
            "schema": {
              "type": "number",
              "default": 1
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Items per page, at most 50, default 10",
            "schema": {
              "type": "number",
              "default": 10
            }
          },
          {
            "name": "withCustomData",
            "in": "query",
            "required": false,
            "description": "Whether to include the departments' custom data",
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "sortBy",
            "in": "query",
            "required": false,
            "description": "Sort key: department creation time, join time, department name or department code",
            "schema": {
              "type": "string",
              "enum": [
                "DepartmentCreatedAt",
                "JoinDepartmentAt",
                "DepartmentName",
                "DepartmemtCode"
              ],
              "default": "JoinDepartmentAt"
            }
          },
          {
            "name": "orderBy",
            "in": "query",
            "required": false,
            "description": "Ascending or descending",
            "schema": {
              "type": "string",
              "enum": [
                "Asc",
                "Desc"
              ],
              "default": "Desc"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/UserDepartmentPaginatedRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-profile": {
      "get": {
        "operationId": "getProfile",
        "tags": [
          "Profile and account"
        ],
        "summary": "Read the signed-in user's profile",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getProfile",
        "x-sdk-args": [
          "query"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "parameters": [
          {
            "name": "withCustomData",
            "in": "query",
            "required": false,
            "description": "Whether to include custom data",
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "withIdentities",
            "in": "query",
            "required": false,
            "description": "Whether to include identities",
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "withDepartmentIds",
            "in": "query",
            "required": false,
            "description": "Whether to include the department ID list",
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/UserSingleRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/update-profile": {
      "post": {
        "operationId": "updateProfile",
        "tags": [
          "Profile and account"
        ],
        "summary": "Change fields of the signed-in user's profile",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updateProfile",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateUserProfileDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/UserSingleRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/bind-email": {
      "post": {
        "operationId": "bindEmail",
        "tags": [
          "Profile and account"
        ],
        "summary": "Attach an email address to the account, proven by a code",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "bindEmail",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindEmailDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/unbind-email": {
      "post": {
        "operationId": "unbindEmail",
        "tags": [
          "Profile and account"
        ],
        "summary": "Remove the account's email address",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "unbindEmail",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnbindEmailDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/bind-phone": {
      "post": {
        "operationId": "bindPhone",
        "tags": [
          "Profile and account"
        ],
        "summary": "Attach a phone number to the account, proven by a code",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "bindPhone",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BindPhoneDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/unbind-phone": {
      "post": {
        "operationId": "unbindPhone",
        "tags": [
          "Profile and account"
        ],
        "summary": "Remove the account's phone number",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "unbindPhone",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnbindPhoneDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-security-info": {
      "get": {
        "operationId": "getSecurityLevel",
        "tags": [
          "Profile and account"
        ],
        "summary": "Rate the account's security and its password strength",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getSecurityLevel",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetSecurityInfoRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/update-password": {
      "post": {
        "operationId": "updatePassword",
        "tags": [
          "Profile and account"
        ],
        "summary": "Change the signed-in user's password",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updatePassword",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdatePasswordDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/verify-update-email-request": {
      "post": {
        "operationId": "verifyUpdateEmailRequest",
        "tags": [
          "Profile and account"
        ],
        "summary": "Prove ownership before changing the email address; returns a change token",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "verifyUpdateEmailRequest",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyUpdateEmailRequestDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/VerifyUpdateEmailRequestRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/update-email": {
      "post": {
        "operationId": "updateEmail",
        "tags": [
          "Profile and account"
        ],
        "summary": "Change the email address with a token from verifyUpdateEmailRequest",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updateEmail",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateEmailDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/verify-update-phone-request": {
      "post": {
        "operationId": "verifyUpdatePhoneRequest",
        "tags": [
          "Profile and account"
        ],
        "summary": "Prove ownership before changing the phone number; returns a change token",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "verifyUpdatePhoneRequest",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyUpdatePhoneRequestDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/VerifyUpdatePhoneRequestRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/update-phone": {
      "post": {
        "operationId": "updatePhone",
        "tags": [
          "Profile and account"
        ],
        "summary": "Change the phone number with a token from verifyUpdatePhoneRequest",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "updatePhone",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdatePhoneDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/verify-reset-password-request": {
      "post": {
        "operationId": "verifyResetPasswordRequest",
        "tags": [
          "Profile and account"
        ],
        "summary": "Prove identity for a forgotten password; returns a reset token",
        "x-sdk-method": "verifyResetPasswordRequest",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyResetPasswordRequestDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/PasswordResetVerifyResp"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/reset-password": {
      "post": {
        "operationId": "resetPassword",
        "tags": [
          "Profile and account"
        ],
        "summary": "Set a new password with a token from verifyResetPasswordRequest",
        "x-sdk-method": "resetPassword",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ResetPasswordDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/verify-delete-account-request": {
      "post": {
        "operationId": "verifyDeleteAccountRequest",
        "tags": [
          "Profile and account"
        ],
        "summary": "Prove identity before deleting the account; returns a deletion token",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "verifyDeleteAccountRequest",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyDeleteAccountRequestDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/VerifyDeleteAccountRequestRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/delete-account": {
      "post": {
        "operationId": "deleteAccount",
        "tags": [
          "Profile and account"
        ],
        "summary": "Delete the user's own account with a token from verifyDeleteAccountRequest",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "deleteAccount",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DeleteAccounDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-user-select-login-public-accounts": {
      "get": {
        "operationId": "listPublicAccountsForSwitchLoggedIn",
        "tags": [
          "Profile and account"
        ],
        "summary": "List the public accounts the signed-in user may switch to",
        "x-sdk-method": "listPublicAccountsForSwitchLoggedIn",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "withOriginUser",
            "in": "query",
            "required": false,
            "description": "Whether to include the current personal user's basic info",
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetPublicAccountDataRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-role-list": {
      "get": {
        "operationId": "getRoleList",
        "tags": [
          "Permissions"
        ],
        "summary": "List the user's roles",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getRoleList",
        "x-sdk-args": [
          "query"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "parameters": [
          {
            "name": "namespace",
            "in": "query",
            "required": false,
            "description": "Code of the permission space (namespace); omit for the default one",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/RoleListRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-my-authorized-resources": {
      "get": {
        "operationId": "getAuthorizedResources",
        "tags": [
          "Permissions"
        ],
        "summary": "List the resources the user is granted",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getAuthorizedResources",
        "x-sdk-args": [
          "query"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "parameters": [
          {
            "name": "namespace",
            "in": "query",
            "required": false,
            "description": "Code of the permission space (namespace); omit for the default one",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "resourceType",
            "in": "query",
            "required": false,
            "description": "Resource type, e.g. data, API, menu, button",
            "schema": {
              "type": "string",
              "enum": [
                "DATA",
                "API",
                "MENU",
                "BUTTON",
                "UI"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/AuthorizedResourcePaginatedRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/check-permission-string-resource": {
      "post": {
        "operationId": "checkPermissionByStringResource",
        "tags": [
          "Permissions"
        ],
        "summary": "Check the user's permissions on string resources",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "checkPermissionByStringResource",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CheckPermissionStringResourceDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CheckResourcePermissionsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/check-permission-array-resource": {
      "post": {
        "operationId": "checkPermissionByArrayResource",
        "tags": [
          "Permissions"
        ],
        "summary": "Check the user's permissions on array resources",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "checkPermissionByArrayResource",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CheckPermissionArrayResourceDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CheckResourcePermissionsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/check-permission-tree-resource": {
      "post": {
        "operationId": "checkPermissionByTreeResource",
        "tags": [
          "Permissions"
        ],
        "summary": "Check the user's permissions on tree resources",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "checkPermissionByTreeResource",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CheckPermissionTreeResourceDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CheckResourcePermissionsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-user-auth-resource-list": {
      "get": {
        "operationId": "getUserAuthorizedResourcesList",
        "tags": [
          "Permissions"
        ],
        "summary": "List the resources granted to the user in this application",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getUserAuthorizedResourcesList",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetUserAuthResourceListRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-user-auth-resource-permission-list": {
      "post": {
        "operationId": "getUserAuthResourcePermissionList",
        "tags": [
          "Permissions"
        ],
        "summary": "List the user's permissions on the given resources",
        "x-sdk-method": "getUserAuthResourcePermissionList",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GetUserAuthResourcePermissionListDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetUserAuthResourcePermissionListRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-user-auth-resource-struct": {
      "post": {
        "operationId": "getUserAuthResourceStruct",
        "tags": [
          "Permissions"
        ],
        "summary": "Describe the structure of a resource granted to the user",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getUserAuthResourceStruct",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GetUserAuthResourceStructDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetUserAuthResourceStructRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/system": {
      "get": {
        "operationId": "getSystemInfo",
        "tags": [
          "Public information"
        ],
        "summary": "Read the server's public settings: encryption keys, version, egress IPs",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "getSystemInfo",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SystemInfoResp"
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-country-list": {
      "get": {
        "operationId": "getCountryList",
        "tags": [
          "Public information"
        ],
        "summary": "List countries and their dialling codes",
        "x-sdk-method": "getCountryList",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetCountryListRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/authentication": {
      "get": {
        "operationId": "initAuthenticationOptions",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Get the WebAuthn options that start a sign-in with an authenticator",
        "x-sdk-method": "initAuthenticationOptions",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetAuthenticationOptionsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "verifyAuthentication",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Check a WebAuthn assertion and sign the user in",
        "x-sdk-method": "verifyAuthentication",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyAuthenticationDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/VerifyAuthenticationResultRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/registration": {
      "get": {
        "operationId": "initRegisterOptions",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Get the WebAuthn options that start registering an authenticator",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "initRegisterOptions",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetRegistrationOptionsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "verifyRegister",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Check a WebAuthn attestation and register the authenticator",
        "x-sdk-method": "verifyRegister",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyRegistrationDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/VerifyRegistrationResultRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/page-authenticator-device": {
      "post": {
        "operationId": "listCredentialsByPage",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Page through the user's WebAuthn authenticators",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n",
        "x-sdk-method": "listCredentialsByPage",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListDeviceCredentialDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListWebAuthnAuthenticatorDeviceDataDto"
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/check-valid-credentials-by-credIds": {
      "post": {
        "operationId": "checkValidCredentialsByCredIds",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Tell which of the given WebAuthn credential IDs are still valid",
        "x-sdk-method": "checkValidCredentialsByCredIds",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CheckDeviceCredentialIdDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/WebAuthnCheckValidCredentialsByCredIdsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/remove-credentials-by-authenticator-code": {
      "post": {
        "operationId": "removeAllCredentials",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Remove every WebAuthn credential of one authenticator",
        "x-sdk-method": "removeAllCredentials",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RemoveDeviceCredentialDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/remove-credential/{credentialID}": {
      "post": {
        "operationId": "removeCredential",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Remove one WebAuthn credential",
        "description": "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n",
        "x-sdk-method": "removeCredential",
        "x-sdk-args": [
          "credentialId",
          "body"
        ],
        "parameters": [
          {
            "name": "credentialID",
            "in": "path",
            "required": true,
            "x-sdk-name": "credentialId",
            "description": "ID of the WebAuthn credential.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebAuthnRemoveCredentialDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/admin/initialize": {
      "post": {
        "operationId": "webAuthnAdminInitialize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Start registering a passkey for a user, as an administrator",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnAdminInitialize",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/admin/registration/finalize": {
      "post": {
        "operationId": "webAuthnAdminRegisterFinalize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Finish registering a passkey for a user, as an administrator",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnAdminRegisterFinalize",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/admin/credentials/{credentialId}": {
      "put": {
        "operationId": "updateWebAuthnAdminCredential",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Rename a user's passkey, as an administrator",
        "description": "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n\nGenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "updateWebAuthnAdminCredential",
        "x-sdk-args": [
          "credentialId",
          "body"
        ],
        "parameters": [
          {
            "name": "credentialId",
            "in": "path",
            "required": true,
            "description": "ID of the WebAuthn credential (passkey).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdatePasskeyDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/admin/credentials/{credentialId}/{userId}/{appId}": {
      "delete": {
        "operationId": "deleteWebAuthnAdminCredential",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Delete a user's passkey in an application, as an administrator",
        "description": "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n\nGenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "deleteWebAuthnAdminCredential",
        "x-sdk-args": [
          "credentialId",
          "userId",
          "appId"
        ],
        "parameters": [
          {
            "name": "credentialId",
            "in": "path",
            "required": true,
            "description": "ID of the WebAuthn credential (passkey).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "userId",
            "in": "path",
            "required": true,
            "description": "ID of the user who owns the credential.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "appId",
            "in": "path",
            "required": true,
            "description": "ID of the application the credential belongs to.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v2/applications/subject/person/list": {
      "post": {
        "operationId": "listSubjectAuth",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "List the applications' person-level authorizations",
        "x-sdk-method": "listSubjectAuth",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "A JSON answer whose shape GenAuth does not document.",
            "content": {
              "application/json": {
                "schema": {}
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/person/credentials": {
      "get": {
        "operationId": "listWebAuthnPersonCredentials",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Page through a given user's passkeys",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "listWebAuthnPersonCredentials",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number",
            "schema": {
              "type": "number",
              "default": 1
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Items per page",
            "schema": {
              "type": "number",
              "default": 10
            }
          },
          {
            "name": "userId",
            "in": "query",
            "required": true,
            "description": "User ID",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "appId",
            "in": "query",
            "required": false,
            "description": "Application ID",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/login/initialize": {
      "post": {
        "operationId": "webAuthnLoginInitalize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Start a passkey sign-in",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnLoginInitalize",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/login/finalize": {
      "post": {
        "operationId": "webAuthnLoginFinalize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Finish a passkey sign-in",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnLoginFinalize",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FinalizeWebAuthnLoginDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/registration/initialize": {
      "post": {
        "operationId": "webAuthnRegisterInitalize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Start adding a passkey to the signed-in user",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnRegisterInitalize",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/mfa-bind/initialize": {
      "post": {
        "operationId": "webAuthnMfaBindInitialize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Start adding a passkey as an MFA factor",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnMfaBindInitialize",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/mfa-verify/initialize": {
      "post": {
        "operationId": "webAuthnMfaVerifyInitalize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Start an MFA check with a passkey",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnMfaVerifyInitalize",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/registration/finalize": {
      "post": {
        "operationId": "webAuthnRegisterFinalize",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Finish adding a passkey to the signed-in user",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "webAuthnRegisterFinalize",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/credentials": {
      "get": {
        "operationId": "listWebAuthnCredentials",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Page through the signed-in user's passkeys",
        "description": "GenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "listWebAuthnCredentials",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number",
            "schema": {
              "type": "number",
              "default": 1
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Items per page",
            "schema": {
              "type": "number",
              "default": 10
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/webauthn/credentials/{credentialId}": {
      "put": {
        "operationId": "updateWebAuthnCredential",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Rename one of the signed-in user's passkeys",
        "description": "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n",
        "x-sdk-method": "updateWebAuthnCredential",
        "x-sdk-args": [
          "credentialId",
          "body"
        ],
        "parameters": [
          {
            "name": "credentialId",
            "in": "path",
            "required": true,
            "description": "ID of the WebAuthn credential (passkey).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdatePasskeyDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "deleteWebAuthnCredential",
        "tags": [
          "WebAuthn and passkeys"
        ],
        "summary": "Delete one of the signed-in user's passkeys",
        "description": "The path parameters are filled in and URL-encoded; the official SDK sent the placeholders literally.\n\nGenAuth does not document the shape of `data`; the official SDK typed the answer `any`.\n",
        "x-sdk-method": "deleteWebAuthnCredential",
        "x-sdk-args": [
          "credentialId"
        ],
        "parameters": [
          {
            "name": "credentialId",
            "in": "path",
            "required": true,
            "description": "ID of the WebAuthn credential (passkey).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/mydevices/list": {
      "get": {
        "operationId": "list",
        "tags": [
          "Devices"
        ],
        "summary": "Page through the user's devices",
        "x-sdk-method": "list",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Current page number, starting from 1",
            "schema": {
              "type": "number",
              "default": 1
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Items per page, at most 50, default 10",
            "schema": {
              "type": "number",
              "default": 10
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/TerminalSessionRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/mydevices/unbind": {
      "post": {
        "operationId": "unbind",
        "tags": [
          "Devices"
        ],
        "summary": "Remove one of the user's devices",
        "x-sdk-method": "unbind",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UnbindDeviceDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/mydevices/revoke-session": {
      "post": {
        "operationId": "revoke",
        "tags": [
          "Devices"
        ],
        "summary": "Sign one of the user's devices out",
        "x-sdk-method": "revoke",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RevokeDeviceSessionDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CommonResponseDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/applications-permission-applicable": {
      "get": {
        "operationId": "getEnablePermissionApplyApplicationList",
        "tags": [
          "Approvals"
        ],
        "summary": "List the applications the user may request access to",
        "x-sdk-method": "getEnablePermissionApplyApplicationList",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "appName",
            "in": "query",
            "required": false,
            "description": "Fuzzy search by application name",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/EnablePermissionApplyApplicationListRes"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/roles-permission-applicable": {
      "get": {
        "operationId": "getEnablePermissionApplyRoleList",
        "tags": [
          "Approvals"
        ],
        "summary": "Page through the roles of an application the user may request",
        "x-sdk-method": "getEnablePermissionApplyRoleList",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Current page number, starting from 1",
            "schema": {
              "type": "number",
              "default": 1
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Items per page, at most 50, default 10",
            "schema": {
              "type": "number",
              "default": 10
            }
          },
          {
            "name": "keyword",
            "in": "query",
            "required": false,
            "description": "Optional fuzzy search by role code or name",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "appId",
            "in": "query",
            "required": true,
            "description": "Authing application ID",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/EnablePermissionApplyRoleListRes"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/approval": {
      "post": {
        "operationId": "createApproval",
        "tags": [
          "Approvals"
        ],
        "summary": "Submit one permission request for approval",
        "x-sdk-method": "createApproval",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApprovalReq"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/CreateApprovalRes"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "get": {
        "operationId": "getDetail",
        "tags": [
          "Approvals"
        ],
        "summary": "Read one approval request by its number",
        "x-sdk-method": "getDetail",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "number",
            "in": "query",
            "required": true,
            "description": "Approval number",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/ApprovalDetailRes"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/approval-batch": {
      "post": {
        "operationId": "batchCreateApproval",
        "tags": [
          "Approvals"
        ],
        "summary": "Submit several permission requests for approval",
        "x-sdk-method": "batchCreateApproval",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BatchCreateApprovalReq"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/approval-initiated-list": {
      "get": {
        "operationId": "initiatedList",
        "tags": [
          "Approvals"
        ],
        "summary": "Page through the approval requests the user submitted",
        "x-sdk-method": "initiatedList",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "pageNo",
            "in": "query",
            "required": false,
            "description": "Current page number, starting from 1",
            "schema": {
              "type": "number",
              "default": 1
            }
          },
          {
            "name": "pageSize",
            "in": "query",
            "required": false,
            "description": "Items per page, at most 50, default 10",
            "schema": {
              "type": "number",
              "default": 10
            }
          },
          {
            "name": "objectType",
            "in": "query",
            "required": false,
            "description": "Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY",
            "schema": {
              "type": "string",
              "enum": [
                "APP_PERMISSION_APPLY",
                "ROLE_PERMISSION_APPLY"
              ]
            }
          },
          {
            "name": "keyword",
            "in": "query",
            "required": false,
            "description": "Optional fuzzy search by approval number or initiator name",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/InitiatedApprovalListRes"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-universal-invitation-public-config": {
      "get": {
        "operationId": "getUniversalInvitationPublicConfig",
        "tags": [
          "Invitations"
        ],
        "summary": "Read the public settings of a universal invitation link",
        "x-sdk-method": "getUniversalInvitationPublicConfig",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "identifier",
            "in": "query",
            "required": true,
            "description": "Unique identifier of the invitation link",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetUniversalInvitationPublicConfigRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/signup-by-invitation": {
      "post": {
        "operationId": "signupByUniversal",
        "tags": [
          "Invitations"
        ],
        "summary": "Ask to join through a universal invitation link",
        "x-sdk-method": "signupByUniversal",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UniversalInvitationUserJoinDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetUniversalInvitationJoinRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/generate-policy-invitation-token": {
      "post": {
        "operationId": "generateInviteToken",
        "tags": [
          "Invitations"
        ],
        "summary": "Create the registration token of a policy invitation",
        "x-sdk-method": "generateInviteToken",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InvitationLinkDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenerateInviteeTokenRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-policy-invitation-context": {
      "get": {
        "operationId": "getInviteCodeContext",
        "tags": [
          "Invitations"
        ],
        "summary": "Read what the invitee's sign-up page needs from an invitation token",
        "x-sdk-method": "getInviteCodeContext",
        "x-sdk-args": [
          "query"
        ],
        "parameters": [
          {
            "name": "token",
            "in": "query",
            "required": true,
            "description": "Invitee registration credential",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetInviteeContextRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/verify-invite-code": {
      "post": {
        "operationId": "verifyInviteCode",
        "tags": [
          "Invitations"
        ],
        "summary": "Check the code an invitee received",
        "x-sdk-method": "verifyInviteCode",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyInviteCodeDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/join-by-invitation": {
      "post": {
        "operationId": "signupByPolicy",
        "tags": [
          "Invitations"
        ],
        "summary": "Join through a policy invitation",
        "x-sdk-method": "signupByPolicy",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PolicyInviteeJoinedDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/generate-universal-invitation-link-by-member": {
      "post": {
        "operationId": "generateUniversalInvitationByMember",
        "tags": [
          "Invitations"
        ],
        "summary": "Create an invitation link owned by the signed-in member",
        "x-sdk-method": "generateUniversalInvitationByMember",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenerateInvitationLinkRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/clear-my-all-invitation-links": {
      "post": {
        "operationId": "clearMyAllUniversalInvitationLinks",
        "tags": [
          "Invitations"
        ],
        "summary": "Revoke every invitation link the signed-in member created",
        "x-sdk-method": "clearMyAllUniversalInvitationLinks",
        "x-sdk-args": [],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/IsSuccessRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/mfa/token/introspection": {
      "post": {
        "operationId": "verifyMfaToken",
        "tags": [
          "MFA"
        ],
        "summary": "Introspect an MFA token",
        "description": "The answer is the bare payload, without GenAuth's envelope.\n\nThe form body is sent; the official SDK declared it but never sent it.\n",
        "x-sdk-method": "verifyMfaToken",
        "x-sdk-args": [
          "formData"
        ],
        "x-sdk-body-name": "formData",
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/MfaTokenIntrospectEndpointParams"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payload itself, not wrapped in an envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MfaTokenIntrospectResponse"
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/send-enroll-factor-request": {
      "post": {
        "operationId": "sendEnrollFactorRequest",
        "tags": [
          "MFA"
        ],
        "summary": "Start enrolling an MFA factor",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "sendEnrollFactorRequest",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SendEnrollFactorRequestDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/SendEnrollFactorRequestRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/enroll-factor": {
      "post": {
        "operationId": "enrollFactor",
        "tags": [
          "MFA"
        ],
        "summary": "Finish enrolling an MFA factor",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "enrollFactor",
        "x-sdk-args": [
          "body"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EnrollFactorDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/EnrollFactorRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/reset-factor": {
      "post": {
        "operationId": "resetFactor",
        "tags": [
          "MFA"
        ],
        "summary": "Remove an enrolled MFA factor",
        "x-sdk-method": "resetFactor",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ResetFactorDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/ResetFactorRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/list-enrolled-factors": {
      "get": {
        "operationId": "listEnrolledFactors",
        "tags": [
          "MFA"
        ],
        "summary": "List the user's enrolled MFA factors",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "listEnrolledFactors",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/ListEnrolledFactorsRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/get-factor": {
      "get": {
        "operationId": "getFactor",
        "tags": [
          "MFA"
        ],
        "summary": "Read one enrolled MFA factor",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "getFactor",
        "x-sdk-args": [
          "query"
        ],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "parameters": [
          {
            "name": "factorId",
            "in": "query",
            "required": true,
            "description": "MFA Factor ID",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GetFactorRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/list-factors-to-enroll": {
      "get": {
        "operationId": "listFactorsToEnroll",
        "tags": [
          "MFA"
        ],
        "summary": "List the MFA factors the user may still enroll",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n",
        "x-sdk-method": "listFactorsToEnroll",
        "x-sdk-args": [],
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/ListFactorsToEnrollRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/mfa-totp-verify": {
      "post": {
        "operationId": "mfaOtpVerify",
        "tags": [
          "MFA"
        ],
        "summary": "Check a one-time password from the user's MFA authenticator app",
        "x-sdk-method": "mfaOtpVerify",
        "x-sdk-args": [
          "body"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MfaOtpVerityDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `data` holds the result when `statusCode` is 200.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/MfaOtpVerityRespDto"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/api/v3/pub-userEvent": {
      "post": {
        "operationId": "publishUserEvent",
        "tags": [
          "Events"
        ],
        "summary": "Publish a custom user event",
        "description": "Needs the signed-in user's access token (the `accessToken` option or `setAccessToken()`).\n\nCalled by the hand-written `pub(eventName, data)`, which needs an access token.\n",
        "x-sdk-method": "pub",
        "x-sdk-args": [
          "eventName",
          "data"
        ],
        "x-sdk-handwritten": true,
        "security": [
          {
            "appId": [],
            "userAccessToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PubUserEventDto"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "GenAuth's envelope; `statusCode` 200 means success.",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/GenAuthDataEnvelope"
                    },
                    {
                      "$ref": "#/components/schemas/GenAuthErrorEnvelope"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "appId": {
        "type": "apiKey",
        "in": "header",
        "name": "x-authing-app-id",
        "description": "The GenAuth application ID. The SDK sends it on every request."
      },
      "userAccessToken": {
        "type": "apiKey",
        "in": "header",
        "name": "authorization",
        "description": "The signed-in user's access token, sent as the raw token (no `Bearer ` prefix), the way\nGenAuth's own SDKs send it.\n"
      },
      "clientBasic": {
        "type": "http",
        "scheme": "basic",
        "description": "`base64(appId:appSecret)`; used on the token and sign-in endpoints when the application's\ntoken endpoint authentication method is `client_secret_basic`.\n"
      }
    },
    "schemas": {
      "AccessToken": {
        "type": "object",
        "required": [
          "jti",
          "sub",
          "iat",
          "exp",
          "scope",
          "iss",
          "aud"
        ],
        "properties": {
          "jti": {
            "type": "string",
            "description": "JWT ID (unique token ID)"
          },
          "sub": {
            "type": "string",
            "description": "Subject: the user ID"
          },
          "iat": {
            "type": "number",
            "description": "Issued-at time, Unix seconds"
          },
          "exp": {
            "type": "number",
            "description": "Expiry time, Unix seconds"
          },
          "scope": {
            "type": "string",
            "description": "Space-separated granted scopes"
          },
          "iss": {
            "type": "string",
            "description": "Issuer URL"
          },
          "aud": {
            "type": "string",
            "description": "Audience: the application (client) ID"
          }
        }
      },
      "AccessibleAppsDto": {
        "type": "object",
        "required": [
          "appId",
          "appName",
          "appLoginUrl",
          "appLogo",
          "active"
        ],
        "properties": {
          "appId": {
            "type": "string",
            "description": "Application ID"
          },
          "appName": {
            "type": "string",
            "description": "Application name"
          },
          "appLoginUrl": {
            "type": "string",
            "description": "Application login URL"
          },
          "appLogo": {
            "type": "string",
            "description": "Application logo"
          },
          "active": {
            "type": "boolean",
            "description": "Whether currently logged in"
          }
        }
      },
      "AlipayAuthInfoDataDto": {
        "type": "object",
        "required": [
          "authInfo"
        ],
        "properties": {
          "authInfo": {
            "type": "string",
            "description": "AuthInfo needed to launch Alipay"
          }
        }
      },
      "AppQRCodeLoginDto": {
        "type": "object",
        "required": [
          "action",
          "qrcodeId"
        ],
        "properties": {
          "action": {
            "type": "string",
            "enum": [
              "APP_LOGIN"
            ],
            "x-enum-varnames": [
              "APP_LOGIN"
            ],
            "description": "APP QR-code login:"
          },
          "qrcodeId": {
            "type": "string",
            "description": "Unique QR code ID"
          }
        }
      },
      "AppValidateRuleDto": {
        "type": "object",
        "required": [
          "type",
          "content"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "None",
              "regExp",
              "phone",
              "email",
              "isNumber"
            ],
            "x-enum-varnames": [
              "NONE",
              "REG_EXP",
              "PHONE",
              "EMAIL",
              "IS_NUMBER"
            ],
            "description": "Field type"
          },
          "content": {
            "type": "string",
            "enum": [
              "None",
              "regExp",
              "phone",
              "email",
              "isNumber"
            ],
            "x-enum-varnames": [
              "NONE",
              "REG_EXP",
              "PHONE",
              "EMAIL",
              "IS_NUMBER"
            ],
            "description": "Regular expression"
          },
          "errorMessage": {
            "type": "string",
            "description": "Error message"
          },
          "i18n": {
            "$ref": "#/components/schemas/ErrMsgI18nDto",
            "description": "Multilingual display"
          }
        }
      },
      "ApplicationPermissionApplyApprovalObject": {
        "type": "object",
        "required": [
          "objectId",
          "objectName",
          "logo"
        ],
        "properties": {
          "objectId": {
            "type": "string",
            "description": "Application ID"
          },
          "objectName": {
            "type": "string",
            "description": "Application name"
          },
          "logo": {
            "type": "string",
            "description": "Application logo URL"
          }
        }
      },
      "ApprovalDetailDto": {
        "type": "object",
        "required": [
          "approvalId",
          "number",
          "status",
          "submitTime",
          "objectType",
          "approvalObjectList"
        ],
        "properties": {
          "approvalId": {
            "type": "number",
            "description": "Approval ID"
          },
          "number": {
            "type": "string",
            "description": "Approval number"
          },
          "status": {
            "type": "string",
            "enum": [
              "PENDING",
              "AGREED",
              "REFUSED"
            ],
            "x-enum-varnames": [
              "PENDING",
              "AGREED",
              "REFUSED"
            ],
            "description": "Approval status"
          },
          "submitTime": {
            "type": "string",
            "description": "Submission time"
          },
          "closedTime": {
            "type": "string",
            "description": "Completion time"
          },
          "objectType": {
            "type": "string",
            "enum": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "x-enum-varnames": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "description": "Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY"
          },
          "approvalObjectList": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RolePermissionApplyApprovalObject"
              },
              {
                "$ref": "#/components/schemas/ApplicationPermissionApplyApprovalObject"
              }
            ],
            "description": "Approval object (the SDK comment says array, but the TS type is a single union object)"
          },
          "extraParams": {
            "$ref": "#/components/schemas/ExtraParams",
            "description": "Extra parameters; currently only for ROLE_PERMISSION_APPLY"
          }
        }
      },
      "ApprovalDetailRes": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/ApprovalDetailDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "ArrResourceAuthAction": {
        "type": "object",
        "properties": {
          "values": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Values of the array data resource"
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Actions of the array data resource"
          }
        }
      },
      "ArrayAuthorize": {
        "type": "object",
        "required": [
          "values",
          "actions"
        ],
        "properties": {
          "values": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of array resource values"
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of array resource actions"
          }
        }
      },
      "AuthUrlResult": {
        "type": "object",
        "required": [
          "url"
        ],
        "properties": {
          "url": {
            "type": "string",
            "description": "The authorization (login) URL"
          },
          "state": {
            "type": "string",
            "description": "State value put in the URL"
          },
          "nonce": {
            "type": "string",
            "description": "Nonce value put in the URL (OIDC only)"
          }
        }
      },
      "AuthenticationCredentialDto": {
        "type": "object",
        "required": [
          "id",
          "rawId",
          "response",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Base64URL-encoded credential ID"
          },
          "rawId": {
            "type": "string",
            "description": "Raw credential ID"
          },
          "response": {
            "$ref": "#/components/schemas/AuthenticatorAssertionResponseDto",
            "description": "Fixed value 'public-key'"
          },
          "type": {
            "type": "string",
            "description": "Fixed value 'public-key'"
          }
        }
      },
      "AuthenticationOptionsDto": {
        "type": "object",
        "required": [
          "authenticationOptions",
          "ticket"
        ],
        "properties": {
          "authenticationOptions": {
            "$ref": "#/components/schemas/PublicKeyCredentialRequestOptionsDto",
            "description": "Authenticator authentication parameters"
          },
          "ticket": {
            "type": "string",
            "description": "Ticket to send back when submitting the authenticator's assertion for verification"
          }
        }
      },
      "AuthenticatorAssertionResponseDto": {
        "type": "object",
        "required": [
          "authenticatorData",
          "clientDataJSON",
          "signature",
          "userHandle"
        ],
        "properties": {
          "authenticatorData": {
            "type": "string",
            "description": "Authenticator info, including authentication status and sign count"
          },
          "clientDataJSON": {
            "type": "string",
            "description": "Client data, including origin (request origin) and the challenge"
          },
          "signature": {
            "type": "string",
            "description": "Authenticator signature"
          },
          "userHandle": {
            "type": "string",
            "description": "User ID used when creating the credential"
          }
        }
      },
      "AuthenticatorAttestationResponseDto": {
        "type": "object",
        "required": [
          "attestationObject",
          "clientDataJSON"
        ],
        "properties": {
          "attestationObject": {
            "type": "string",
            "description": "CBOR-encoded authenticator data (credential public key, credential ID, signature, sign count, etc.)"
          },
          "clientDataJSON": {
            "type": "string",
            "description": "Client data, including origin (request origin) and the challenge"
          }
        }
      },
      "AuthorizedResourceDto": {
        "type": "object",
        "required": [
          "resourceCode",
          "resourceType",
          "apiIdentifier",
          "actions",
          "effect"
        ],
        "properties": {
          "resourceCode": {
            "type": "string",
            "description": "Resource descriptor (code)"
          },
          "description": {
            "type": "string",
            "description": "Resource description"
          },
          "condition": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PolicyCondition"
            },
            "description": "Policy condition"
          },
          "resourceType": {
            "type": "string",
            "enum": [
              "DATA",
              "API",
              "MENU",
              "BUTTON",
              "UI"
            ],
            "x-enum-varnames": [
              "DATA",
              "API",
              "MENU",
              "BUTTON",
              "UI"
            ],
            "description": "Resource type"
          },
          "apiIdentifier": {
            "type": "string",
            "description": "API URL"
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of authorized actions"
          },
          "effect": {
            "type": "string",
            "enum": [
              "ALLOW",
              "DENY"
            ],
            "x-enum-varnames": [
              "ALLOW",
              "DENY"
            ],
            "description": "Allow or deny"
          }
        }
      },
      "AuthorizedResourcePaginatedRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/AuthorizedResourcePagingDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "AuthorizedResourcePagingDto": {
        "type": "object",
        "required": [
          "totalCount",
          "list"
        ],
        "properties": {
          "totalCount": {
            "type": "number",
            "description": "Total number of records"
          },
          "list": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuthorizedResourceDto"
            },
            "description": "Response data"
          }
        }
      },
      "BatchCreateApprovalReq": {
        "type": "object",
        "required": [
          "objectType",
          "objectIds"
        ],
        "properties": {
          "objectType": {
            "type": "string",
            "enum": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "x-enum-varnames": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "description": "Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY"
          },
          "objectIds": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of approval object IDs; currently role IDs or application IDs"
          },
          "extraParams": {
            "$ref": "#/components/schemas/ExtraParams",
            "description": "Extra parameters; currently only for ROLE_PERMISSION_APPLY"
          }
        }
      },
      "BindByAccountIdInputApi": {
        "type": "object",
        "required": [
          "key",
          "action",
          "accountId"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "Intermediate-state key"
          },
          "action": {
            "type": "string",
            "description": "Action code"
          },
          "accountId": {
            "type": "string",
            "description": "Account ID"
          }
        }
      },
      "BindByAccountInputApi": {
        "type": "object",
        "required": [
          "key",
          "action",
          "password",
          "account"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "Intermediate-state key"
          },
          "action": {
            "type": "string",
            "description": "Action code"
          },
          "password": {
            "type": "string",
            "description": "Account password"
          },
          "account": {
            "type": "string",
            "description": "Account (phone/email/username)"
          }
        }
      },
      "BindByAccountsInputApi": {
        "type": "object",
        "required": [
          "key",
          "action",
          "account"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "Intermediate-state key"
          },
          "action": {
            "type": "string",
            "description": "Action code"
          },
          "account": {
            "type": "string",
            "description": "Account ID"
          }
        }
      },
      "BindByEmailCodeInputApi": {
        "type": "object",
        "required": [
          "key",
          "action",
          "code",
          "email"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "Intermediate-state key"
          },
          "action": {
            "type": "string",
            "description": "Action code"
          },
          "code": {
            "type": "string",
            "description": "Email verification code (4 or 6 digits)"
          },
          "email": {
            "type": "string",
            "description": "Email"
          }
        }
      },
      "BindByPhoneCodeInputApi": {
        "type": "object",
        "required": [
          "key",
          "action",
          "code",
          "phone"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "Intermediate-state key"
          },
          "action": {
            "type": "string",
            "description": "Action code"
          },
          "code": {
            "type": "string",
            "description": "SMS verification code (4 or 6 digits)"
          },
          "phone": {
            "type": "string",
            "description": "Phone number"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Country calling code (standard format +<digits>, e.g. +86; legacy forms like 86/086/0086 are tolerated)"
          }
        }
      },
      "BindByRegiserInputApi": {
        "type": "object",
        "required": [
          "key",
          "action"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "Intermediate-state key"
          },
          "action": {
            "type": "string",
            "description": "Action code"
          }
        }
      },
      "BindEmailDto": {
        "type": "object",
        "required": [
          "passCode",
          "email"
        ],
        "properties": {
          "passCode": {
            "type": "string",
            "description": "Email passcode, single use and time limited"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          }
        }
      },
      "BindPhoneDto": {
        "type": "object",
        "required": [
          "passCode",
          "phoneNumber"
        ],
        "properties": {
          "passCode": {
            "type": "string",
            "description": "SMS passcode, single use and time limited"
          },
          "phoneNumber": {
            "type": "string",
            "description": "Phone number without country code (put the code in phoneCountryCode)"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          }
        }
      },
      "Cas20ValidationFailureResult": {
        "type": "object",
        "required": [
          "authenticationFailure"
        ],
        "properties": {
          "authenticationFailure": {
            "type": "object",
            "required": [
              "code",
              "description"
            ],
            "properties": {
              "code": {
                "type": "string",
                "description": "Failure code, e.g. INVALID_TICKET"
              },
              "description": {
                "type": "string",
                "description": "Failure description"
              }
            },
            "description": "Failure details"
          }
        }
      },
      "Cas20ValidationSuccessResult": {
        "type": "object",
        "required": [
          "serviceResponse"
        ],
        "properties": {
          "serviceResponse": {
            "type": "object",
            "required": [
              "authenticationSuccess"
            ],
            "properties": {
              "authenticationSuccess": {
                "type": "object",
                "required": [
                  "user",
                  "attributes"
                ],
                "properties": {
                  "user": {
                    "type": "string",
                    "description": "Authenticated user (login name)"
                  },
                  "attributes": {
                    "type": "object",
                    "required": [
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
                      "unionid"
                    ],
                    "properties": {
                      "updated_at": {
                        "type": "string",
                        "description": "Time the profile was last updated"
                      },
                      "address": {
                        "type": "object",
                        "required": [
                          "country",
                          "postal_code",
                          "region",
                          "formatted"
                        ],
                        "properties": {
                          "country": {
                            "type": "string",
                            "description": "Country"
                          },
                          "postal_code": {
                            "type": "string",
                            "description": "Postal code"
                          },
                          "region": {
                            "type": "string",
                            "description": "Region or province"
                          },
                          "formatted": {
                            "type": "string",
                            "description": "Full formatted address"
                          }
                        },
                        "description": "Address claims object"
                      },
                      "phone_number_verified": {
                        "type": "boolean",
                        "description": "Whether the phone number is verified"
                      },
                      "phone_number": {
                        "type": "string",
                        "description": "Phone number"
                      },
                      "locale": {
                        "type": "string",
                        "description": "Locale"
                      },
                      "zoneinfo": {
                        "type": "string",
                        "description": "Time zone"
                      },
                      "birthdate": {
                        "type": "string",
                        "description": "Birth date"
                      },
                      "gender": {
                        "type": "string",
                        "description": "Gender (M, F or U)"
                      },
                      "email_verified": {
                        "type": "boolean",
                        "description": "Whether the email is verified"
                      },
                      "email": {
                        "type": "string",
                        "description": "Email"
                      },
                      "website": {
                        "type": "string",
                        "description": "Website URL"
                      },
                      "picture": {
                        "type": "string",
                        "description": "Avatar URL"
                      },
                      "profile": {
                        "type": "string",
                        "description": "Profile page URL"
                      },
                      "preferred_username": {
                        "type": "string",
                        "description": "Preferred username"
                      },
                      "nickname": {
                        "type": "string",
                        "description": "Nickname"
                      },
                      "middle_name": {
                        "type": "string",
                        "description": "Middle name"
                      },
                      "family_name": {
                        "type": "string",
                        "description": "Family name"
                      },
                      "given_name": {
                        "type": "string",
                        "description": "Given name"
                      },
                      "name": {
                        "type": "string",
                        "description": "Full name"
                      },
                      "sub": {
                        "type": "string",
                        "description": "Subject: the user ID"
                      },
                      "external_id": {
                        "type": "string",
                        "description": "External ID of the user"
                      },
                      "unionid": {
                        "type": "string",
                        "description": "Union ID of the user (external identity)"
                      }
                    },
                    "description": "User attributes (OIDC-style claims)"
                  }
                },
                "description": "Successful validation result"
              }
            },
            "description": "CAS service response"
          }
        }
      },
      "CasParams": {
        "type": "object",
        "properties": {
          "service": {
            "type": "string",
            "description": "The CAS service (callback) URL"
          }
        }
      },
      "ChangePushCodeStatusDto": {
        "type": "object",
        "required": [
          "pushCodeId",
          "action"
        ],
        "properties": {
          "pushCodeId": {
            "type": "string",
            "description": "Push code (unique push login ID)"
          },
          "action": {
            "type": "string",
            "enum": [
              "CONFIRM",
              "CANCEL"
            ],
            "x-enum-varnames": [
              "CONFIRM",
              "CANCEL"
            ],
            "description": "Action that changes the push code status"
          }
        }
      },
      "ChangeQRCodeStatusDto": {
        "type": "object",
        "required": [
          "qrcodeId",
          "action"
        ],
        "properties": {
          "qrcodeId": {
            "type": "string",
            "description": "Unique QR code ID"
          },
          "action": {
            "type": "string",
            "enum": [
              "SCAN",
              "CONFIRM",
              "CANCEL"
            ],
            "x-enum-varnames": [
              "SCAN",
              "CONFIRM",
              "CANCEL"
            ],
            "description": "Action that changes the QR code status"
          }
        }
      },
      "CheckDeviceCredentialIdDto": {
        "type": "object",
        "additionalProperties": {}
      },
      "CheckPermissionArrayResourceDto": {
        "type": "object",
        "required": [
          "resources",
          "action"
        ],
        "properties": {
          "resources": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of array data resource paths"
          },
          "action": {
            "type": "string",
            "description": "Data resource action, e.g. read, get, write"
          }
        }
      },
      "CheckPermissionStringResourceDto": {
        "type": "object",
        "required": [
          "resources",
          "action"
        ],
        "properties": {
          "resources": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of string data resource paths"
          },
          "action": {
            "type": "string",
            "description": "Data resource action, e.g. read, get, write"
          }
        }
      },
      "CheckPermissionTreeResourceDto": {
        "type": "object",
        "required": [
          "resources",
          "action"
        ],
        "properties": {
          "resources": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of tree data resource paths"
          },
          "action": {
            "type": "string",
            "description": "Data resource action, e.g. read, get, write"
          }
        }
      },
      "CheckPushCodeStatusDataDto": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "PUSHED",
              "AUTHORIZED",
              "CANCELLED",
              "EXPIRED",
              "ERROR"
            ],
            "x-enum-varnames": [
              "PUSHED",
              "AUTHORIZED",
              "CANCELLED",
              "EXPIRED",
              "ERROR"
            ],
            "description": "Push code status: PUSHED, AUTHORIZED, CANCELLED, EXPIRED or ERROR"
          },
          "tokenSet": {
            "$ref": "#/components/schemas/LoginTokenResponseDataDto",
            "description": "Returned only when the push code status is authorized"
          }
        }
      },
      "CheckPushCodeStatusRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/CheckPushCodeStatusDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "CheckQRCodeStatusDataDto": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "PENDING",
              "SCANNED",
              "AUTHORIZED",
              "CANCELLED",
              "EXPIRED",
              "ERROR"
            ],
            "x-enum-varnames": [
              "PENDING",
              "SCANNED",
              "AUTHORIZED",
              "CANCELLED",
              "EXPIRED",
              "ERROR"
            ],
            "description": "QR code status: PENDING, SCANNED, AUTHORIZED, CANCELLED, EXPIRED or ERROR"
          },
          "ticket": {
            "type": "string",
            "description": "Ticket returned when authorized (and full-user-info polling is off); exchange it for the token set"
          },
          "briefUserInfo": {
            "$ref": "#/components/schemas/QRCodeStatusBriefUserInfoDto",
            "description": "Brief user info (display name and avatar) returned once scanned, authorized or cancelled"
          },
          "tokenSet": {
            "$ref": "#/components/schemas/LoginTokenResponseDataDto",
            "description": "Token set; returned only when authorized and \"web polling returns full user info\" is enabled (off by default)"
          }
        }
      },
      "CheckQRCodeStatusRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/CheckQRCodeStatusDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "CheckResourcePermissionDataDto": {
        "type": "object",
        "required": [
          "checkResultList"
        ],
        "properties": {
          "checkResultList": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CheckResourcePermissionRespDto"
            },
            "description": "List of check results"
          }
        }
      },
      "CheckResourcePermissionRespDto": {
        "type": "object",
        "required": [
          "namespaceCode",
          "action",
          "resource",
          "enabled"
        ],
        "properties": {
          "namespaceCode": {
            "type": "string",
            "description": "Permission space code"
          },
          "action": {
            "type": "string",
            "description": "Data resource action"
          },
          "resource": {
            "type": "string",
            "description": "Resource path"
          },
          "enabled": {
            "type": "boolean",
            "description": "Whether the user may perform the action on the data resource in the permission space"
          }
        }
      },
      "CheckResourcePermissionsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/CheckResourcePermissionDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "CommonResponseDto": {
        "$ref": "#/components/schemas/GenAuthEnvelope"
      },
      "CountryDetailInfo": {
        "type": "object",
        "required": [
          "alpha2",
          "alpha3",
          "phoneCountryCode",
          "flag",
          "name"
        ],
        "properties": {
          "alpha2": {
            "type": "string",
            "description": "ISO 3166 alpha-2 country code"
          },
          "alpha3": {
            "type": "string",
            "description": "ISO 3166 alpha-3 country code"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Country calling code"
          },
          "flag": {
            "type": "string",
            "description": "Flag icon"
          },
          "name": {
            "$ref": "#/components/schemas/LangObject",
            "description": "Name, multilingual structure (currently Chinese and English)"
          }
        }
      },
      "CreateApprovalDto": {
        "type": "object",
        "required": [
          "approvalId",
          "number"
        ],
        "properties": {
          "approvalId": {
            "type": "number",
            "description": "Approval ID"
          },
          "number": {
            "type": "string",
            "description": "Approval number"
          }
        }
      },
      "CreateApprovalReq": {
        "type": "object",
        "required": [
          "objectType",
          "objectId"
        ],
        "properties": {
          "objectType": {
            "type": "string",
            "enum": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "x-enum-varnames": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "description": "Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY"
          },
          "objectId": {
            "type": "string",
            "description": "ID of the approval object; currently a role ID or application ID"
          },
          "extraParams": {
            "$ref": "#/components/schemas/ExtraParams",
            "description": "Extra parameters; currently only for ROLE_PERMISSION_APPLY"
          }
        }
      },
      "CreateApprovalRes": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/CreateApprovalDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "CustomFieldI18n": {
        "type": "object",
        "required": [
          "label"
        ],
        "properties": {
          "label": {
            "$ref": "#/components/schemas/LangObject",
            "description": "Field supporting multiple languages"
          }
        }
      },
      "DecryptDouyinMiniProgramDataDto": {
        "type": "object",
        "required": [
          "code",
          "iv",
          "encryptedData",
          "extIdpConnidentifier"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "User code returned by the tt.login API (Douyin)"
          },
          "iv": {
            "type": "string",
            "description": "Initialization vector for symmetric decryption, returned by Douyin"
          },
          "encryptedData": {
            "type": "string",
            "description": "Encrypted data (encryptedData) returned by Douyin open data"
          },
          "extIdpConnidentifier": {
            "type": "string",
            "description": "Identifier of the Douyin mini program external identity source connection"
          }
        }
      },
      "DecryptDouyinMiniProgramDataRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "description": "Response data"
              }
            }
          }
        ]
      },
      "DecryptWechatMiniProgramDataDto": {
        "type": "object",
        "required": [
          "code",
          "iv",
          "encryptedData",
          "extIdpConnidentifier"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "User code returned by the wx.login API (WeChat)"
          },
          "iv": {
            "type": "string",
            "description": "Initialization vector for symmetric decryption, returned by WeChat"
          },
          "encryptedData": {
            "type": "string",
            "description": "Encrypted data (encryptedData) returned by WeChat open data"
          },
          "extIdpConnidentifier": {
            "type": "string",
            "description": "Identifier of the WeChat mini program external identity source connection"
          }
        }
      },
      "DecryptWechatMiniProgramDataRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "description": "Response data"
              }
            }
          }
        ]
      },
      "DeleteAccounDto": {
        "type": "object",
        "required": [
          "deleteAccountToken"
        ],
        "properties": {
          "deleteAccountToken": {
            "type": "string",
            "description": "Token for deleting the account"
          }
        }
      },
      "DeleteAccountByEmailPassCodeDto": {
        "type": "object",
        "required": [
          "passCode"
        ],
        "properties": {
          "email": {
            "type": "string",
            "description": "Email bound to this account, case-insensitive"
          },
          "passCode": {
            "type": "string",
            "description": "Email passcode, single use, valid 5 minutes by default; obtain via the send email endpoint"
          }
        }
      },
      "DeleteAccountByPasswordDto": {
        "type": "object",
        "required": [
          "password"
        ],
        "properties": {
          "password": {
            "type": "string",
            "description": "User password"
          },
          "passwordEncryptType": {
            "type": "string",
            "enum": [
              "sm2",
              "rsa",
              "none"
            ],
            "x-enum-varnames": [
              "SM2",
              "RSA",
              "NONE"
            ],
            "description": "Password encryption type: none (default), rsa (RSA256) or sm2"
          }
        }
      },
      "DeleteAccountByPhonePassCodeDto": {
        "type": "object",
        "required": [
          "phoneNumber",
          "passCode"
        ],
        "properties": {
          "phoneNumber": {
            "type": "string",
            "description": "Phone number bound to this account, without country code (put it in phoneCountryCode)"
          },
          "passCode": {
            "type": "string",
            "description": "SMS passcode, single use, valid one minute; obtain via the send SMS endpoint"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code"
          }
        }
      },
      "DepartmentI18nDto": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/LangObject",
            "description": "Field supporting multiple languages"
          }
        }
      },
      "DeviceInfo": {
        "type": "object",
        "required": [
          "deviceId",
          "type"
        ],
        "properties": {
          "deviceId": {
            "type": "string",
            "description": "Unique device identifier"
          },
          "name": {
            "type": "string",
            "description": "Device name"
          },
          "version": {
            "type": "string",
            "description": "System version"
          },
          "type": {
            "type": "string",
            "enum": [
              "Browser",
              "Mobile",
              "Desktop"
            ],
            "x-enum-varnames": [
              "BROWSER",
              "MOBILE",
              "DESKTOP"
            ],
            "description": "Device type"
          },
          "mod": {
            "type": "string",
            "description": "Device model"
          },
          "os": {
            "type": "string",
            "description": "Device operating system"
          },
          "status": {
            "type": "string",
            "enum": [
              "activated",
              "suspended",
              "deactivated"
            ],
            "x-enum-varnames": [
              "ACTIVATED",
              "SUSPENDED",
              "DEACTIVATED"
            ],
            "description": "Device status"
          },
          "userAgent": {
            "type": "string",
            "description": "User agent"
          }
        }
      },
      "EnablePermissionApplyApplication": {
        "type": "object",
        "required": [
          "appId",
          "appName",
          "logo",
          "appType"
        ],
        "properties": {
          "appId": {
            "type": "string",
            "description": "Application ID"
          },
          "appName": {
            "type": "string",
            "description": "Application name"
          },
          "logo": {
            "type": "string",
            "description": "Application logo URL"
          },
          "appType": {
            "type": "string",
            "enum": [
              "web",
              "spa",
              "native",
              "api",
              "mfa",
              "mini-program",
              "gateway-app",
              "gateway-agent"
            ],
            "x-enum-varnames": [
              "WEB",
              "SPA",
              "NATIVE",
              "API",
              "MFA",
              "MINI_PROGRAM",
              "GATEWAY_APP",
              "GATEWAY_AGENT"
            ],
            "description": "Application type"
          },
          "template": {
            "type": "string",
            "description": "Template type of the integrated application"
          }
        }
      },
      "EnablePermissionApplyApplicationList": {
        "type": "object",
        "required": [
          "list"
        ],
        "properties": {
          "list": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EnablePermissionApplyApplication"
            },
            "description": "Applications whose permissions can be requested"
          }
        }
      },
      "EnablePermissionApplyApplicationListRes": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/EnablePermissionApplyApplicationList",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "EnablePermissionApplyRole": {
        "type": "object",
        "required": [
          "roleId",
          "code",
          "name"
        ],
        "properties": {
          "roleId": {
            "type": "string",
            "description": "Role ID"
          },
          "code": {
            "type": "string",
            "description": "Unique role code within the application"
          },
          "name": {
            "type": "string",
            "description": "Role name within the application"
          },
          "description": {
            "type": "string",
            "description": "Role description"
          }
        }
      },
      "EnablePermissionApplyRoleListRes": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/EnablePermissionApplyRolePageList",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "EnablePermissionApplyRolePageList": {
        "type": "object",
        "required": [
          "list",
          "totalCount"
        ],
        "properties": {
          "list": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EnablePermissionApplyRole"
            },
            "description": "Roles whose permissions can be requested"
          },
          "totalCount": {
            "type": "number",
            "description": "Total number of records"
          }
        }
      },
      "EnrollFactorDto": {
        "type": "object",
        "required": [
          "enrollmentData",
          "enrollmentToken",
          "factorType"
        ],
        "properties": {
          "enrollmentData": {
            "$ref": "#/components/schemas/EnrollFactorEnrollmentDataDto",
            "description": "Verification data required by the factor when enrolling the MFA factor"
          },
          "enrollmentToken": {
            "type": "string",
            "description": "enrollmentToken returned by the send-enroll-factor-request endpoint; valid for one minute"
          },
          "factorType": {
            "type": "string",
            "enum": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "x-enum-varnames": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "description": "MFA factor type"
          }
        }
      },
      "EnrollFactorEnrollmentDataDto": {
        "type": "object",
        "properties": {
          "passCode": {
            "type": "string",
            "description": "Required when binding SMS, email or OTP factors: the SMS/email/OTP code"
          },
          "photo": {
            "type": "string",
            "description": "Required when binding a FACE factor: URL of the face image"
          },
          "isExternalPhoto": {
            "type": "boolean",
            "description": "Required when binding a FACE factor: whether the image is an external link"
          }
        }
      },
      "EnrollFactorRespDto": {
        "$ref": "#/components/schemas/GenAuthEnvelope"
      },
      "ErrMsgI18nDto": {
        "type": "object",
        "properties": {
          "errorMessage": {
            "$ref": "#/components/schemas/LangUnit",
            "description": "Multilingual error message"
          }
        }
      },
      "ExchangeTokenSetWithQRcodeTicketDto": {
        "type": "object",
        "required": [
          "ticket"
        ],
        "properties": {
          "ticket": {
            "type": "string",
            "description": "Ticket returned when authorized (and full-user-info polling is off); exchange it for the token set"
          },
          "client_id": {
            "type": "string",
            "description": "Application ID; required when the app's token endpoint auth method is client_secret_post"
          },
          "client_secret": {
            "type": "string",
            "description": "Application secret; required when the app's token endpoint auth method is client_secret_post"
          }
        }
      },
      "ExtIdpInfoDto": {
        "type": "object",
        "required": [
          "identifier",
          "extIdpId",
          "type",
          "extIdpType",
          "bindUrl",
          "name"
        ],
        "properties": {
          "identifier": {
            "type": "string",
            "description": "Unique identifier of the identity source connection"
          },
          "extIdpId": {
            "type": "string",
            "description": "Identity source ID"
          },
          "type": {
            "type": "string",
            "enum": [
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
              "seeyona8v5"
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
              "SEEYONA8V5"
            ],
            "description": "Identity source type"
          },
          "extIdpType": {
            "type": "string",
            "enum": [
              "social",
              "enterprise"
            ],
            "x-enum-varnames": [
              "SOCIAL",
              "ENTERPRISE"
            ],
            "description": "Authentication type"
          },
          "bindUrl": {
            "type": "string",
            "description": "Authentication URL"
          },
          "name": {
            "type": "string",
            "description": "Identity source display name"
          },
          "name_en": {
            "type": "string",
            "description": "Identity source display name (English)"
          },
          "desc": {
            "type": "string",
            "description": "Description"
          },
          "desc_en": {
            "type": "string",
            "description": "Description in English"
          },
          "logo": {
            "type": "string",
            "description": "Icon"
          }
        }
      },
      "ExtendsFieldDto": {
        "type": "object",
        "required": [
          "type",
          "id",
          "name",
          "label",
          "show",
          "allowRewrite",
          "inputType",
          "source"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "user",
              "internal"
            ],
            "x-enum-varnames": [
              "USER",
              "INTERNAL"
            ],
            "description": "Field type"
          },
          "id": {
            "type": "string",
            "description": "Field ID; required when the field type is user or metadata"
          },
          "name": {
            "type": "string",
            "description": "Field name"
          },
          "label": {
            "type": "string",
            "description": "Field display name"
          },
          "show": {
            "type": "boolean",
            "description": "Whether shown"
          },
          "allowRewrite": {
            "type": "boolean",
            "description": "Whether the user may overwrite it"
          },
          "inputType": {
            "type": "string",
            "enum": [
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
              "email"
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
              "EMAIL"
            ],
            "description": "Field data type (see extended field configuration)"
          },
          "required": {
            "type": "boolean",
            "description": "Whether required"
          },
          "validateRules": {
            "$ref": "#/components/schemas/AppValidateRuleDto",
            "description": "Validation rules"
          },
          "source": {
            "type": "string",
            "enum": [
              "preset",
              "manual_add"
            ],
            "x-enum-varnames": [
              "PRESET",
              "MANUAL_ADD"
            ],
            "description": "Field source"
          },
          "i18n": {
            "$ref": "#/components/schemas/CustomFieldI18n",
            "description": "Multilingual display name"
          }
        }
      },
      "ExtraParams": {
        "type": "object",
        "properties": {
          "endTime": {
            "type": "number",
            "description": "Time (ms) the subject's role membership expires; null means permanent"
          },
          "enableTime": {
            "type": "number",
            "description": "Time (ms) the subject joins the role; null means immediately"
          }
        }
      },
      "FactorDto": {
        "type": "object",
        "required": [
          "factorId",
          "factorType",
          "profile"
        ],
        "properties": {
          "factorId": {
            "type": "string",
            "description": "MFA factor ID"
          },
          "factorType": {
            "type": "string",
            "enum": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "x-enum-varnames": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "description": "MFA factor type"
          },
          "profile": {
            "description": "MFA factor information"
          }
        }
      },
      "FactorProfile": {
        "type": "object",
        "properties": {
          "phoneNumber": {
            "type": "string",
            "description": "Phone number to bind; required for the SMS factor (one request per number per minute)"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code when binding an international number for SMS MFA; default +86"
          },
          "email": {
            "type": "string",
            "description": "Email to bind; required for the EMAIL factor (one request per email per minute)"
          }
        }
      },
      "FactorToEnrollDto": {
        "type": "object",
        "required": [
          "factorType"
        ],
        "properties": {
          "factorType": {
            "type": "string",
            "enum": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "x-enum-varnames": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "description": "MFA factor type"
          }
        }
      },
      "FastpassQRCodeRelationAppDto": {
        "type": "object",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Application ID"
          },
          "name": {
            "type": "string",
            "description": "Application name"
          },
          "logo": {
            "type": "string",
            "description": "Application logo"
          }
        }
      },
      "FastpassUserInfoDto": {
        "type": "object",
        "required": [
          "id",
          "displayName",
          "photo"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "User ID"
          },
          "displayName": {
            "type": "string",
            "description": "User name"
          },
          "photo": {
            "type": "string",
            "description": "User avatar URL"
          }
        }
      },
      "FinalizeWebAuthnLoginDto": {
        "type": "object",
        "required": [
          "ticket",
          "credential"
        ],
        "properties": {
          "ticket": {
            "type": "string",
            "description": "Ticket obtained from the get-WebAuthn-authentication-options endpoint"
          },
          "credential": {
            "$ref": "#/components/schemas/AuthenticationCredentialDto",
            "description": "Authenticator credential information"
          },
          "options": {
            "$ref": "#/components/schemas/SignInByWebAuthnOptionsDto",
            "description": "Optional parameters"
          }
        }
      },
      "GenAuthDataEnvelope": {
        "description": "An envelope whose `data` GenAuth does not document; it may hold any JSON value.",
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "properties": {
              "data": {
                "description": "The result, when the call succeeded."
              }
            }
          }
        ]
      },
      "GenAuthEnvelope": {
        "type": "object",
        "description": "The outer shape shared by GenAuth V3 JSON responses.",
        "required": [
          "statusCode",
          "message"
        ],
        "properties": {
          "statusCode": {
            "type": "number",
            "description": "Business status code. 200 is success; anything else is a failure or a further step."
          },
          "message": {
            "type": "string",
            "description": "Human-readable outcome."
          },
          "apiCode": {
            "type": "number",
            "description": "Finer business error code; present only on failures that have one."
          },
          "requestId": {
            "type": "string",
            "description": "Identifier of the request, for support; always present on failures."
          }
        }
      },
      "GenAuthErrorEnvelope": {
        "description": "The envelope of a failed call (or one that needs a further step): `statusCode` is not 200\nand there is no `data`.\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "requestId"
            ],
            "properties": {
              "statusCode": {
                "not": {
                  "const": 200
                }
              }
            }
          }
        ]
      },
      "GeneFastpassQRCodeInfoDto": {
        "type": "object",
        "required": [
          "scene",
          "qrcodeId",
          "apiHost",
          "user",
          "appId",
          "userpool"
        ],
        "properties": {
          "scene": {
            "type": "string",
            "description": "QR code usage scenario"
          },
          "qrcodeId": {
            "type": "string",
            "description": "Unique QR code ID; use it to query the QR code status"
          },
          "apiHost": {
            "type": "string",
            "description": "Host address of the service API"
          },
          "user": {
            "$ref": "#/components/schemas/FastpassUserInfoDto",
            "description": "User information"
          },
          "appId": {
            "type": "string",
            "description": "ID of the application the user was logged in to when generating the QR code"
          },
          "userpool": {
            "$ref": "#/components/schemas/FastpassUserInfoDto",
            "description": "User pool information"
          }
        }
      },
      "GeneFastpassQRCodeRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GeneFastpassQRCodeInfoDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GenePushCodeDataDto": {
        "type": "object",
        "required": [
          "pushCodeId",
          "expireTime"
        ],
        "properties": {
          "pushCodeId": {
            "type": "string",
            "description": "Push code (unique push login ID); use it to query the push code status"
          },
          "expireTime": {
            "type": "number",
            "description": "Push code expires after expireTime seconds (e.g. 120)"
          }
        }
      },
      "GenePushCodeRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GenePushCodeDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GeneQRCodeDataDto": {
        "type": "object",
        "required": [
          "qrcodeId",
          "url"
        ],
        "properties": {
          "qrcodeId": {
            "type": "string",
            "description": "Unique QR code ID; use it to query the QR code status"
          },
          "url": {
            "type": "string",
            "description": "QR code URL; the front end can render the QR code from it"
          },
          "customLogoUrl": {
            "type": "string",
            "description": "Custom logo returned for mini-program QR login when autoMergeQrCode is false; the front end may overlay it on the QR code"
          }
        }
      },
      "GeneQRCodeRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GeneQRCodeDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GenerateBindExtIdpLinkDataDto": {
        "type": "object",
        "required": [
          "url"
        ],
        "properties": {
          "url": {
            "type": "string",
            "description": "URL for the user to bind the external identity source"
          }
        }
      },
      "GenerateBindExtIdpLinkRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GenerateBindExtIdpLinkDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GenerateInvitationLinkDto": {
        "type": "object",
        "required": [
          "link"
        ],
        "properties": {
          "link": {
            "type": "string",
            "description": "Invitation link URL"
          }
        }
      },
      "GenerateInvitationLinkRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GenerateInvitationLinkDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GenerateInviteeTokenDto": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string",
            "description": "Token generated when the invitee opens the link; used to fetch invitee info and finish invited registration"
          },
          "invitationContext": {
            "$ref": "#/components/schemas/InviteeContextDto",
            "description": "Invitation information"
          }
        }
      },
      "GenerateInviteeTokenRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GenerateInviteeTokenDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GenerateQrcodeDto": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "MOBILE_APP",
              "WECHAT_MINIPROGRAM",
              "WECHAT_OFFICIAL_ACCOUNT"
            ],
            "x-enum-varnames": [
              "MOBILE_APP",
              "WECHAT_MINIPROGRAM",
              "WECHAT_OFFICIAL_ACCOUNT"
            ],
            "description": "QR code type"
          },
          "extIdpConnId": {
            "type": "string",
            "description": "For WECHAT_MINIPROGRAM / WECHAT_OFFICIAL_ACCOUNT: identity source connection to use (default: first enabled one)"
          },
          "customData": {
            "description": "For MOBILE_APP: custom data stored into the user's custom data once the scan is authorized"
          },
          "context": {
            "description": "For WECHAT_OFFICIAL_ACCOUNT / WECHAT_MINIPROGRAM: custom pipeline context passed to the pipeline"
          },
          "autoMergeQrCode": {
            "type": "boolean",
            "description": "For WECHAT_MINIPROGRAM: merge the custom logo into the generated image (default false; merging on the server is slower)"
          }
        }
      },
      "GeoIp": {
        "type": "object",
        "required": [
          "location",
          "country_name",
          "country_code2",
          "country_code3",
          "region_name",
          "region_code",
          "city_name",
          "continent_code",
          "timezone"
        ],
        "properties": {
          "location": {
            "$ref": "#/components/schemas/GeoIpLocation",
            "description": "Geographic location"
          },
          "country_name": {
            "type": "string",
            "description": "Country Name"
          },
          "country_code2": {
            "type": "string",
            "description": "Country Code 2"
          },
          "country_code3": {
            "type": "string",
            "description": "Country Code 3"
          },
          "region_name": {
            "type": "string",
            "description": "Region Name"
          },
          "region_code": {
            "type": "string",
            "description": "Region Code"
          },
          "city_name": {
            "type": "string",
            "description": "City name"
          },
          "continent_code": {
            "type": "string",
            "description": "Continent Code"
          },
          "timezone": {
            "type": "string",
            "description": "Time zone"
          }
        }
      },
      "GeoIpLocation": {
        "type": "object",
        "required": [
          "lon",
          "lat"
        ],
        "properties": {
          "lon": {
            "type": "number",
            "description": "Longitude"
          },
          "lat": {
            "type": "number",
            "description": "Latitude"
          }
        }
      },
      "GetAccessibleAppsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/AccessibleAppsDto"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetAlipayAuthInfoRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/AlipayAuthInfoDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetAuthenticationOptionsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/AuthenticationOptionsDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetCaptchaCodeDataDto": {
        "type": "object",
        "required": [
          "captchaCodeSvg",
          "captchaToken"
        ],
        "properties": {
          "captchaCodeSvg": {
            "type": "string",
            "description": "Captcha image (SVG)"
          },
          "captchaToken": {
            "type": "string",
            "description": "Token of the captcha; submit it with the user's captcha input at login"
          }
        }
      },
      "GetCaptchaCodeRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetCaptchaCodeDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetCountryListRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CountryDetailInfo"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetExtIdpsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ExtIdpInfoDto"
                },
                "description": "List of external identity sources"
              }
            }
          }
        ]
      },
      "GetFactorRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/FactorDto",
                "description": "MFA factor details"
              }
            }
          }
        ]
      },
      "GetFastpassQRCodeRelationAppsDto": {
        "type": "object",
        "properties": {
          "relationApps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FastpassQRCodeRelationAppDto"
            },
            "description": "Associated client application information"
          }
        }
      },
      "GetFastpassQRCodeRelationAppsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetFastpassQRCodeRelationAppsDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetIdentitiesRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/IdentityDto"
                },
                "description": "User's identity source list"
              }
            }
          }
        ]
      },
      "GetInviteeContextRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/InviteeContextDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetLoggedInAppsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/LoggedInAppsDto"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetLoginHistoryRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/LoginHistoryPaginatedRespDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetPublicAccountDataRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/GetUserSelectLoginPublicAccountsDataDto"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetPushCodeRelationAppsDataDto": {
        "type": "object",
        "properties": {
          "appIds": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Client application data associated with the application that initiated the push login"
          }
        }
      },
      "GetPushCodeRelationAppsDto": {
        "type": "object",
        "required": [
          "appId",
          "pushCodeId"
        ],
        "properties": {
          "appId": {
            "type": "string",
            "description": "ID of the application that initiated the push login"
          },
          "pushCodeId": {
            "type": "string",
            "description": "Push code (unique push login ID)"
          }
        }
      },
      "GetPushCodeRelationAppsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetPushCodeRelationAppsDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetRegistrationOptionsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/RegistrationOptionsDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetSecurityInfoDto": {
        "type": "object",
        "required": [
          "passwordSecurityLevel",
          "mfaEnrolled",
          "passwordSet",
          "emailBinded",
          "phoneBinded",
          "securityScore"
        ],
        "properties": {
          "passwordSecurityLevel": {
            "type": "number",
            "description": "Password strength level"
          },
          "mfaEnrolled": {
            "type": "boolean",
            "description": "Whether MFA is bound"
          },
          "passwordSet": {
            "type": "boolean",
            "description": "Whether a password is set"
          },
          "emailBinded": {
            "type": "boolean",
            "description": "Whether an email is bound"
          },
          "phoneBinded": {
            "type": "boolean",
            "description": "Whether a phone number is bound"
          },
          "securityScore": {
            "type": "number",
            "description": "Account security score"
          }
        }
      },
      "GetSecurityInfoRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetSecurityInfoDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetTenantListRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/UserTenantListDto"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetUniversalInvitationJoinRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/UniversalInvitationJoinRespDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetUniversalInvitationPublicConfigRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/UniversalInvitationPublicConfigDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetUserAuthResourceListDataDto": {
        "type": "object",
        "required": [
          "userPermissionList"
        ],
        "properties": {
          "userPermissionList": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/UserAuthResourceListDto"
            },
            "description": "User permission list"
          }
        }
      },
      "GetUserAuthResourceListRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetUserAuthResourceListDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetUserAuthResourcePermissionList": {
        "type": "object",
        "required": [
          "namespaceCode",
          "actions",
          "resource"
        ],
        "properties": {
          "namespaceCode": {
            "type": "string",
            "description": "Current application ID"
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of data resource actions"
          },
          "resource": {
            "type": "string",
            "description": "Data resource path"
          }
        }
      },
      "GetUserAuthResourcePermissionListDataDto": {
        "type": "object",
        "required": [
          "permissionList"
        ],
        "properties": {
          "permissionList": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/GetUserAuthResourcePermissionList"
            },
            "description": "Permission list"
          }
        }
      },
      "GetUserAuthResourcePermissionListDto": {
        "type": "object",
        "required": [
          "resources"
        ],
        "properties": {
          "resources": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of data resource paths; tree resources must point to a concrete tree node"
          }
        }
      },
      "GetUserAuthResourcePermissionListRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetUserAuthResourcePermissionListDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetUserAuthResourceStructDataDto": {
        "type": "object",
        "required": [
          "namespaceCode",
          "resourceCode",
          "resourceType"
        ],
        "properties": {
          "namespaceCode": {
            "type": "string",
            "description": "Permission space code"
          },
          "resourceCode": {
            "type": "string",
            "description": "Data resource code"
          },
          "resourceType": {
            "type": "string",
            "enum": [
              "TREE",
              "STRING",
              "ARRAY"
            ],
            "x-enum-varnames": [
              "TREE",
              "STRING",
              "ARRAY"
            ],
            "description": "Data resource type: TREE, STRING or ARRAY (structure depends on type)"
          },
          "strResourceAuthAction": {
            "$ref": "#/components/schemas/StrResourceAuthAction",
            "description": "String resource authorization"
          },
          "arrResourceAuthAction": {
            "$ref": "#/components/schemas/ArrResourceAuthAction",
            "description": "Array resource authorization"
          },
          "treeResourceAuthAction": {
            "$ref": "#/components/schemas/TreeResourceAuthAction",
            "description": "Tree resource authorization"
          }
        }
      },
      "GetUserAuthResourceStructDto": {
        "type": "object",
        "required": [
          "resource"
        ],
        "properties": {
          "resource": {
            "type": "string",
            "description": "Data resource code"
          }
        }
      },
      "GetUserAuthResourceStructRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetUserAuthResourceStructDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetUserSelectLoginPublicAccountsDataDto": {
        "type": "object",
        "required": [
          "publicAccounts"
        ],
        "properties": {
          "publicAccounts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ListPublicAccountDataDto"
            },
            "description": "List of public accounts"
          },
          "originUser": {
            "$ref": "#/components/schemas/GetUserSelectLoginPublicAccountsOriginUserDto",
            "description": "Personal account information"
          }
        }
      },
      "GetUserSelectLoginPublicAccountsOriginUserDto": {
        "type": "object",
        "required": [
          "userId"
        ],
        "properties": {
          "userId": {
            "type": "string",
            "description": "Account ID"
          },
          "avatar": {
            "type": "string",
            "description": "Account avatar"
          },
          "displayName": {
            "type": "string",
            "description": "Display name"
          },
          "usertype": {
            "type": "string",
            "enum": [
              "1",
              "2"
            ],
            "x-enum-varnames": [
              "_1",
              "_2"
            ],
            "description": "User type: 1 personal user, 2 public account"
          }
        }
      },
      "GetWechatAccessTokenDataDto": {
        "description": "A WeChat access token and when it expires.",
        "type": "object",
        "required": [
          "accessToken",
          "expiresAt"
        ],
        "properties": {
          "accessToken": {
            "type": "string",
            "description": "The WeChat access token that GenAuth holds for this WeChat app."
          },
          "expiresAt": {
            "type": "string",
            "description": "When the token stops working, as Unix time in seconds (a string)."
          }
        }
      },
      "GetWechatAccessTokenDto": {
        "description": "Identifies a WeChat mini program or official account.",
        "type": "object",
        "required": [
          "appId",
          "appSecret"
        ],
        "properties": {
          "appId": {
            "type": "string",
            "description": "The WeChat AppID of the mini program or official account."
          },
          "appSecret": {
            "type": "string",
            "description": "The WeChat AppSecret of the mini program or official account."
          }
        }
      },
      "GetWechatAccessTokenInfoRespDto": {
        "description": "Envelope answering `getWechatMpAccessTokenInfo`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetWechatAccessTokenDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GetWechatAccessTokenRespDto": {
        "description": "Envelope answering `getWechatMpAccessToken`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/GetWechatAccessTokenDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "GroupDto": {
        "type": "object",
        "required": [
          "id",
          "code",
          "name",
          "description",
          "type",
          "metadataSource",
          "members"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Group ID"
          },
          "code": {
            "type": "string",
            "description": "Group code"
          },
          "name": {
            "type": "string",
            "description": "Group name"
          },
          "description": {
            "type": "string",
            "description": "Group description"
          },
          "type": {
            "type": "string",
            "description": "Group type"
          },
          "metadataSource": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Group metadata"
          },
          "members": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/UserDto"
            },
            "description": "Member list"
          }
        }
      },
      "GroupListRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/GroupDto"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "IDToken": {
        "type": "object",
        "x-sdk-extends": [
          "UserInfo"
        ],
        "required": [
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
          "locale"
        ],
        "properties": {
          "sub": {
            "type": "string",
            "description": "Subject: the user ID"
          },
          "aud": {
            "type": "string",
            "description": "Audience: the application (client) ID"
          },
          "exp": {
            "type": "number",
            "description": "Expiry time, Unix seconds"
          },
          "iat": {
            "type": "number",
            "description": "Issued-at time, Unix seconds"
          },
          "iss": {
            "type": "string",
            "description": "Issuer URL"
          },
          "nonce": {
            "type": "string",
            "description": "Nonce sent in the authorization request"
          },
          "at_hash": {
            "type": "string",
            "description": "Access token hash"
          },
          "s_hash": {
            "type": "string",
            "description": "State hash"
          },
          "name": {
            "type": "string",
            "description": "Full name"
          },
          "nickname": {
            "type": "string",
            "description": "Nickname"
          },
          "given_name": {
            "type": "string",
            "description": "Given name"
          },
          "family_name": {
            "type": "string",
            "description": "Family name"
          },
          "birthdate": {
            "type": "string",
            "description": "Birth date"
          },
          "gender": {
            "type": "string",
            "enum": [
              "M",
              "F",
              "U"
            ],
            "description": "Gender (M, F or U)"
          },
          "picture": {
            "type": "string",
            "description": "Avatar URL"
          },
          "updated_at": {
            "type": "string",
            "description": "Time the profile was last updated"
          },
          "zoneinfo": {
            "type": "string",
            "description": "Time zone"
          },
          "preferred_username": {
            "type": "string",
            "description": "Preferred username"
          },
          "locale": {
            "type": "string",
            "description": "Locale"
          }
        },
        "additionalProperties": {}
      },
      "IdentityDto": {
        "type": "object",
        "required": [
          "identityId",
          "extIdpId",
          "provider",
          "type",
          "userIdInIdp",
          "userInfoInIdp",
          "originConnIds"
        ],
        "properties": {
          "identityId": {
            "type": "string",
            "description": "Identity source ID"
          },
          "extIdpId": {
            "type": "string",
            "description": "Identity source connection ID"
          },
          "provider": {
            "type": "string",
            "enum": [
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
              "seeyona8v5"
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
              "SEEYONA8V5"
            ],
            "description": "External identity source type"
          },
          "type": {
            "type": "string",
            "description": "Identity type, e.g. unionid, openid, primary"
          },
          "userIdInIdp": {
            "type": "string",
            "description": "ID in the external identity source"
          },
          "userInfoInIdp": {
            "description": "User's identity information in the IdP"
          },
          "accessToken": {
            "type": "string",
            "description": "Access token in the external identity source (returned only when the user fetches it, not by management APIs)"
          },
          "refreshToken": {
            "type": "string",
            "description": "Refresh token in the external identity source (returned only when the user fetches it, not by management APIs)"
          },
          "originConnIds": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "IDs of the identity source connections the identity came from"
          }
        }
      },
      "InitiatedApproval": {
        "type": "object",
        "required": [
          "approvalId",
          "number",
          "status",
          "submitTime",
          "objectType",
          "approvalObjectList"
        ],
        "properties": {
          "approvalId": {
            "type": "number",
            "description": "Approval ID"
          },
          "number": {
            "type": "string",
            "description": "Approval number"
          },
          "status": {
            "type": "string",
            "enum": [
              "PENDING",
              "AGREED",
              "REFUSED"
            ],
            "x-enum-varnames": [
              "PENDING",
              "AGREED",
              "REFUSED"
            ],
            "description": "Approval status"
          },
          "submitTime": {
            "type": "string",
            "description": "Submission time"
          },
          "closedTime": {
            "type": "string",
            "description": "Completion time"
          },
          "objectType": {
            "type": "string",
            "enum": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "x-enum-varnames": [
              "APP_PERMISSION_APPLY",
              "ROLE_PERMISSION_APPLY"
            ],
            "description": "Approval object type: APP_PERMISSION_APPLY or ROLE_PERMISSION_APPLY"
          },
          "approvalObjectList": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RolePermissionApplyApprovalObject"
              },
              {
                "$ref": "#/components/schemas/ApplicationPermissionApplyApprovalObject"
              }
            ],
            "description": "Approval object (the SDK comment says array, but the TS type is a single union object)"
          },
          "extraParams": {
            "$ref": "#/components/schemas/ExtraParams",
            "description": "Extra parameters; currently only for ROLE_PERMISSION_APPLY"
          }
        }
      },
      "InitiatedApprovalListRes": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/InitiatedApprovalPageList",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "InitiatedApprovalPageList": {
        "type": "object",
        "required": [
          "list",
          "totalCount"
        ],
        "properties": {
          "list": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InitiatedApproval"
            },
            "description": "List of initiated approvals"
          },
          "totalCount": {
            "type": "number",
            "description": "Total number of records"
          }
        }
      },
      "InvitationLinkDto": {
        "type": "object",
        "required": [
          "signature",
          "identifier"
        ],
        "properties": {
          "signature": {
            "type": "string",
            "description": "Invitation link signature"
          },
          "identifier": {
            "type": "string",
            "description": "Unique identifier of the invitation link"
          },
          "withInviteeInfo": {
            "type": "boolean",
            "description": "Whether to return invitee information"
          },
          "withInvitationSettings": {
            "type": "boolean",
            "description": "Whether to return the public invitation information"
          }
        }
      },
      "InviteeContextDto": {
        "type": "object",
        "required": [
          "enabledIdentifierVerify",
          "sendVerifyCodeMethod",
          "enabledInfoFill",
          "extendsFields",
          "extendsFieldsI18n",
          "extendsFieldsOptions",
          "email",
          "verifyCodeMaxErrCount"
        ],
        "properties": {
          "enabledIdentifierVerify": {
            "type": "boolean",
            "description": "Whether the identity verification code is enabled"
          },
          "sendVerifyCodeMethod": {
            "type": "string",
            "enum": [
              "prioritySMS",
              "priorityEmail"
            ],
            "x-enum-varnames": [
              "PRIORITY_SMS",
              "PRIORITY_EMAIL"
            ],
            "description": "How the identity verification code is sent"
          },
          "enabledInfoFill": {
            "type": "boolean",
            "description": "Whether information completion is enabled"
          },
          "registerInfoFillMsg": {
            "type": "string",
            "description": "Hint shown on the information-completion page"
          },
          "extendsFields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExtendsFieldDto"
            },
            "description": "Configuration of registration information-completion fields"
          },
          "extendsFieldsI18n": {
            "description": "i18n object of the information-completion field"
          },
          "extendsFieldsOptions": {
            "type": "array",
            "items": {},
            "description": "Extra information of the information-completion field"
          },
          "email": {
            "type": "string",
            "description": "Invitee email"
          },
          "phone": {
            "type": "string",
            "description": "Invitee phone number"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code"
          },
          "inviteeName": {
            "type": "string",
            "description": "Invitee name"
          },
          "verifyCodeMaxErrCount": {
            "type": "number",
            "description": "Maximum number of wrong verification code attempts"
          }
        }
      },
      "InviteeProfileDto": {
        "type": "object",
        "properties": {
          "username": {
            "type": "string",
            "description": "Username"
          },
          "nickname": {
            "type": "string",
            "description": "Nickname"
          },
          "company": {
            "type": "string",
            "description": "Company"
          },
          "photo": {
            "type": "string",
            "description": "Avatar"
          },
          "device": {
            "type": "string",
            "description": "Device"
          },
          "browser": {
            "type": "string",
            "description": "Browser"
          },
          "name": {
            "type": "string",
            "description": "Name"
          },
          "givenName": {
            "type": "string",
            "description": "Given name"
          },
          "familyName": {
            "type": "string",
            "description": "Family name"
          },
          "middleName": {
            "type": "string",
            "description": "Middle name"
          },
          "profile": {
            "type": "string",
            "description": "Profile"
          },
          "preferredUsername": {
            "type": "string",
            "description": "Preferred username"
          },
          "website": {
            "type": "string",
            "description": "Website"
          },
          "gender": {
            "type": "string",
            "enum": [
              "M",
              "F",
              "U"
            ],
            "x-enum-varnames": [
              "M",
              "F",
              "U"
            ],
            "description": "Gender F: female; M: male"
          },
          "birthdate": {
            "type": "string",
            "description": "Birthday"
          },
          "zoneinfo": {
            "type": "string",
            "description": "Region"
          },
          "locale": {
            "type": "string",
            "description": "Locale"
          },
          "address": {
            "type": "string",
            "description": "Address"
          },
          "formatted": {
            "type": "string",
            "description": "Format"
          },
          "streetAddress": {
            "type": "string",
            "description": "Street address"
          },
          "locality": {
            "type": "string",
            "description": "Location"
          },
          "region": {
            "type": "string",
            "description": "Region"
          },
          "postalCode": {
            "type": "string",
            "description": "Postal code"
          },
          "country": {
            "type": "string",
            "description": "Country"
          },
          "email": {
            "type": "string",
            "description": "Email"
          },
          "phone": {
            "type": "string",
            "description": "Phone number"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code"
          },
          "customData": {
            "description": "User-defined fields"
          }
        }
      },
      "InviterDetailDto": {
        "type": "object",
        "required": [
          "displayName"
        ],
        "properties": {
          "displayName": {
            "type": "string",
            "description": "Inviter name"
          }
        }
      },
      "IsSuccessDto": {
        "type": "object",
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "description": "Whether the operation succeeded"
          }
        }
      },
      "IsSuccessRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/IsSuccessDto",
                "description": "Whether the operation succeeded"
              }
            }
          }
        ]
      },
      "JWKSObject": {
        "type": "object",
        "required": [
          "keys"
        ],
        "properties": {
          "keys": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": {},
              "description": "JSON Web Key"
            },
            "description": "JSON Web Keys of the application"
          }
        }
      },
      "LangObject": {
        "type": "object",
        "required": [
          "zh-CN",
          "en-US",
          "zh-TW",
          "ja-JP"
        ],
        "properties": {
          "zh-CN": {
            "$ref": "#/components/schemas/LangUnit",
            "description": "Chinese content of the multilingual value"
          },
          "en-US": {
            "$ref": "#/components/schemas/LangUnit",
            "description": "English content of the multilingual value"
          },
          "zh-TW": {
            "$ref": "#/components/schemas/LangUnit",
            "description": "Traditional Chinese content of the multilingual value"
          },
          "ja-JP": {
            "$ref": "#/components/schemas/LangUnit",
            "description": "Japanese content of the multilingual value"
          }
        }
      },
      "LangUnit": {
        "type": "object",
        "required": [
          "enabled",
          "value"
        ],
        "properties": {
          "enabled": {
            "type": "boolean",
            "description": "Whether enabled; shown when enabled and the language is selected in the console (off by default)"
          },
          "value": {
            "type": "string",
            "description": "Multilingual content"
          }
        }
      },
      "ListDeviceCredentialDto": {
        "type": "object",
        "additionalProperties": {}
      },
      "ListEnrolledFactorsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FactorDto"
                },
                "description": "List of MFA factors"
              }
            }
          }
        ]
      },
      "ListFactorsToEnrollRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FactorToEnrollDto"
                },
                "description": "List of MFA factors"
              }
            }
          }
        ]
      },
      "ListPublicAccountDataDto": {
        "type": "object",
        "required": [
          "userId"
        ],
        "properties": {
          "userId": {
            "type": "string",
            "description": "Account ID"
          },
          "avatar": {
            "type": "string",
            "description": "Account avatar"
          },
          "displayName": {
            "type": "string",
            "description": "Display name"
          },
          "usertype": {
            "type": "string",
            "enum": [
              "1",
              "2"
            ],
            "x-enum-varnames": [
              "_1",
              "_2"
            ],
            "description": "User type: 1 personal user, 2 public account"
          }
        }
      },
      "ListWebAuthnAuthenticatorDeviceDataDto": {
        "type": "object",
        "required": [
          "totalCount",
          "list"
        ],
        "properties": {
          "totalCount": {
            "type": "number",
            "description": "Total count"
          },
          "list": {
            "type": "array",
            "items": {},
            "description": "Number of records"
          }
        }
      },
      "LoggedInAppsDto": {
        "type": "object",
        "required": [
          "appId",
          "appName",
          "appLoginUrl",
          "appLogo",
          "active"
        ],
        "properties": {
          "appId": {
            "type": "string",
            "description": "Application ID"
          },
          "appName": {
            "type": "string",
            "description": "Application name"
          },
          "appLoginUrl": {
            "type": "string",
            "description": "Application login URL"
          },
          "appLogo": {
            "type": "string",
            "description": "Application logo"
          },
          "active": {
            "type": "boolean",
            "description": "Whether currently logged in"
          }
        }
      },
      "LoginHistoryDto": {
        "type": "object",
        "required": [
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
          "geoip"
        ],
        "properties": {
          "userId": {
            "type": "string",
            "description": "User ID"
          },
          "appId": {
            "type": "string",
            "description": "Application ID"
          },
          "appName": {
            "type": "string",
            "description": "Application name"
          },
          "appLoginUrl": {
            "type": "string",
            "description": "Application login URL"
          },
          "appLogo": {
            "type": "string",
            "description": "Application logo"
          },
          "loginAt": {
            "type": "string",
            "description": "Login time"
          },
          "clientIp": {
            "type": "string",
            "description": "Client IP used at login"
          },
          "success": {
            "type": "boolean",
            "description": "Whether the login succeeded"
          },
          "errorMessage": {
            "type": "string",
            "description": "Error message when the login failed"
          },
          "userAgent": {
            "type": "string",
            "description": "User Agent"
          },
          "parsedUserAgent": {
            "$ref": "#/components/schemas/ParsedUserAgent",
            "description": "Parsed user agent"
          },
          "loginMethod": {
            "type": "string",
            "description": "Login method used"
          },
          "geoip": {
            "$ref": "#/components/schemas/GeoIp",
            "description": "Geographic location"
          },
          "tenantId": {
            "type": "string",
            "description": "Tenant ID"
          }
        }
      },
      "LoginHistoryPaginatedRespDto": {
        "type": "object",
        "required": [
          "totalCount",
          "list"
        ],
        "properties": {
          "totalCount": {
            "type": "number",
            "description": "Total number of records"
          },
          "list": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LoginHistoryDto"
            },
            "description": "Record list"
          }
        }
      },
      "LoginTokenRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/LoginTokenResponseDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "LoginTokenResponseDataDto": {
        "type": "object",
        "required": [
          "token_type",
          "expire_in"
        ],
        "properties": {
          "scope": {
            "type": "string",
            "description": "Scope of the access_token"
          },
          "access_token": {
            "type": "string",
            "description": "Access token used to call resource APIs for a limited time"
          },
          "id_token": {
            "type": "string",
            "description": "User identity token; contains user info once decoded"
          },
          "refresh_token": {
            "type": "string",
            "description": "refresh_token, used to obtain a new access token"
          },
          "token_type": {
            "type": "string",
            "description": "Token type"
          },
          "expire_in": {
            "type": "number",
            "description": "Expiry time in seconds"
          }
        }
      },
      "LogoutParams": {
        "type": "object",
        "properties": {
          "redirectUri": {
            "type": "string",
            "description": "Where to go after logout; overrides logoutRedirectUri from construction"
          },
          "idToken": {
            "type": "string",
            "description": "The ID token obtained at sign-in (id_token_hint), recommended"
          },
          "state": {
            "type": "string",
            "description": "Opaque value passed back to the redirect target"
          }
        }
      },
      "MfaOtpVerityDto": {
        "type": "object",
        "required": [
          "totp"
        ],
        "properties": {
          "totp": {
            "type": "string",
            "description": "OTP code"
          }
        }
      },
      "MfaOtpVerityRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/OtpVerityRespDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "MfaTokenIntrospectEndpointParams": {
        "type": "object",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "Value of the mfa_token"
          }
        }
      },
      "MfaTokenIntrospectResponse": {
        "type": "object",
        "required": [
          "active"
        ],
        "properties": {
          "active": {
            "type": "boolean",
            "description": "Whether the token is valid"
          },
          "userPoolId": {
            "type": "string",
            "description": "User pool ID that issued the token; returned when the token is valid"
          },
          "userId": {
            "type": "string",
            "description": "User ID the token was issued to; returned when the token is valid"
          },
          "exp": {
            "type": "number",
            "description": "Token expiry time as a Unix timestamp in seconds; returned when the token is valid"
          },
          "iat": {
            "type": "number",
            "description": "Token issue time as a Unix timestamp in seconds; returned when the token is valid"
          }
        }
      },
      "OIDCTokenResponse": {
        "type": "object",
        "required": [
          "access_token",
          "id_token",
          "expires_in",
          "refresh_token",
          "token_type"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "Access token (JWT)"
          },
          "id_token": {
            "type": "string",
            "description": "ID token (JWT)"
          },
          "expires_in": {
            "type": "number",
            "description": "Access token lifetime in seconds"
          },
          "refresh_token": {
            "type": "string",
            "description": "Refresh token (only with the offline_access scope)"
          },
          "token_type": {
            "type": "string",
            "description": "Token type (Bearer)"
          }
        }
      },
      "OauthParams": {
        "type": "object",
        "properties": {
          "redirectUri": {
            "type": "string",
            "description": "Callback URL; defaults to the redirectUri given at construction"
          },
          "responseType": {
            "type": "string",
            "enum": [
              "code",
              "token"
            ],
            "description": "Response type; default code"
          },
          "state": {
            "type": "string",
            "description": "Random string; generated when omitted"
          },
          "scope": {
            "type": "string",
            "description": "Requested scopes; OAuth 2.0 default \"user\""
          }
        }
      },
      "OidcParams": {
        "type": "object",
        "properties": {
          "redirectUri": {
            "type": "string",
            "description": "Callback URL; defaults to the redirectUri given at construction"
          },
          "responseType": {
            "type": "string",
            "enum": [
              "code",
              "code id_token token",
              "code id_token",
              "code token",
              "id_token token",
              "id_token",
              "none"
            ],
            "description": "Response type; default code (authorization code flow)"
          },
          "responseMode": {
            "type": "string",
            "enum": [
              "query",
              "fragment",
              "form_post"
            ],
            "description": "How the response reaches the callback; default query"
          },
          "state": {
            "type": "string",
            "description": "Random string; generated when omitted"
          },
          "nonce": {
            "type": "string",
            "description": "Random string; generated when omitted"
          },
          "scope": {
            "type": "string",
            "description": "Requested scopes; OIDC default per docs \"openid profile email phone address\" (SDK 4.0.2 option default \"openid profile\")"
          },
          "codeChallengeMethod": {
            "type": "string",
            "enum": [
              "plain",
              "S256"
            ],
            "description": "PKCE digest method: plain or S256"
          },
          "codeChallenge": {
            "type": "string",
            "description": "PKCE code_challenge, at least 43 characters"
          },
          "tenantId": {
            "type": "string",
            "description": "GenAuth tenant ID"
          },
          "forced": {
            "type": "boolean",
            "description": "Force the user to sign in again (prompt=login)"
          }
        }
      },
      "OpenResource": {
        "type": "object",
        "required": [
          "resourceCode",
          "resourceType"
        ],
        "properties": {
          "resourceCode": {
            "type": "string",
            "description": "Code of the data resource authorized by the data policy"
          },
          "resourceType": {
            "type": "string",
            "enum": [
              "TREE",
              "STRING",
              "ARRAY"
            ],
            "x-enum-varnames": [
              "TREE",
              "STRING",
              "ARRAY"
            ],
            "description": "Type of the authorized data resource: TREE, STRING or ARRAY (structure depends on type)"
          },
          "strAuthorize": {
            "$ref": "#/components/schemas/StrAuthorize",
            "description": "String resource of the data policy"
          },
          "arrAuthorize": {
            "$ref": "#/components/schemas/ArrayAuthorize",
            "description": "Array resource of the data policy"
          },
          "treeAuthorize": {
            "$ref": "#/components/schemas/TreeAuthorize",
            "description": "Tree resource of the data policy"
          }
        }
      },
      "OtpVerityRespDto": {
        "type": "object",
        "required": [
          "verified"
        ],
        "properties": {
          "verified": {
            "type": "boolean",
            "description": "Whether the user's OTP verification succeeded"
          }
        }
      },
      "ParsedUserAgent": {
        "type": "object",
        "required": [
          "device",
          "name",
          "os"
        ],
        "properties": {
          "device": {
            "type": "string",
            "description": "Device type used"
          },
          "name": {
            "type": "string",
            "description": "Browser name"
          },
          "os": {
            "type": "string",
            "description": "Operating system"
          }
        }
      },
      "PasswordResetVerifyResp": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/ResetPasswordVerify",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "PolicyCondition": {
        "type": "object",
        "required": [
          "param",
          "operator",
          "value"
        ],
        "properties": {
          "param": {
            "type": "string",
            "enum": [
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
              "Namespace"
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
              "NAMESPACE"
            ],
            "description": "Condition Param"
          },
          "operator": {
            "type": "string",
            "enum": [
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
              "ListContains"
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
              "LIST_CONTAINS"
            ],
            "description": "Condition Operator"
          },
          "value": {
            "type": "string",
            "description": "Condition Value"
          }
        }
      },
      "PolicyInviteJoinedOptionsDto": {
        "type": "object",
        "properties": {
          "phonePassCodeForInformationCompletion": {
            "type": "string",
            "description": "SMS passcode used to complete user info during registration"
          },
          "emailPassCodeForInformationCompletion": {
            "type": "string",
            "description": "Email passcode used to complete user info during registration"
          }
        }
      },
      "PolicyInviteeJoinedDto": {
        "type": "object",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "Invited-registration credential"
          },
          "code": {
            "type": "string",
            "description": "Verification code"
          },
          "receiverType": {
            "type": "string",
            "enum": [
              "smsCode",
              "emailCode"
            ],
            "x-enum-varnames": [
              "SMS_CODE",
              "EMAIL_CODE"
            ],
            "description": "How the verification code is obtained"
          },
          "profile": {
            "$ref": "#/components/schemas/InviteeProfileDto",
            "description": "User profile"
          },
          "options": {
            "$ref": "#/components/schemas/PolicyInviteJoinedOptionsDto",
            "description": "Optional parameters"
          }
        }
      },
      "PreCheckCodeDataDto": {
        "type": "object",
        "required": [
          "isValid"
        ],
        "properties": {
          "isValid": {
            "type": "boolean",
            "description": "Whether the verification code is correct and valid"
          },
          "message": {
            "type": "string",
            "description": "Error details when the verification code is wrong or expired"
          }
        }
      },
      "PreCheckCodeDto": {
        "type": "object",
        "required": [
          "codeType"
        ],
        "properties": {
          "codeType": {
            "type": "string",
            "enum": [
              "SMS",
              "EMAIL"
            ],
            "x-enum-varnames": [
              "SMS",
              "EMAIL"
            ],
            "description": "Verification code type"
          },
          "smsCodePayload": {
            "$ref": "#/components/schemas/PreCheckSmsCodeDto",
            "description": "SMS passcode check parameters"
          },
          "emailCodePayload": {
            "$ref": "#/components/schemas/PreCheckEmailCodeDto",
            "description": "Email passcode check parameters"
          }
        }
      },
      "PreCheckCodeRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/PreCheckCodeDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "PreCheckEmailCodeDto": {
        "type": "object",
        "required": [
          "email",
          "passCode",
          "channel"
        ],
        "properties": {
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          },
          "passCode": {
            "type": "string",
            "description": "Email verification code"
          },
          "channel": {
            "type": "string",
            "enum": [
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
              "CHANNEL_DELETE_ACCOUNT"
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
              "CHANNEL_DELETE_ACCOUNT"
            ],
            "description": "SMS channel (purpose), e.g. CHANNEL_LOGIN for login, CHANNEL_REGISTER for registration"
          }
        }
      },
      "PreCheckSmsCodeDto": {
        "type": "object",
        "required": [
          "phone",
          "passCode",
          "channel"
        ],
        "properties": {
          "phone": {
            "type": "string",
            "description": "Phone number without country code (put the code in phoneCountryCode)"
          },
          "passCode": {
            "type": "string",
            "description": "SMS verification code"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          },
          "channel": {
            "type": "string",
            "enum": [
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
              "CHANNEL_DELETE_ACCOUNT"
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
              "CHANNEL_DELETE_ACCOUNT"
            ],
            "description": "SMS channel (purpose), e.g. CHANNEL_LOGIN for login, CHANNEL_REGISTER for registration"
          }
        }
      },
      "PubUserEventDto": {
        "type": "object",
        "description": "A custom user event, as `pub(eventName, data)` sends it.",
        "required": [
          "eventType",
          "source",
          "eventData"
        ],
        "properties": {
          "eventType": {
            "type": "string",
            "description": "Name of the event."
          },
          "source": {
            "type": "string",
            "description": "Who sent it; the official SDK sends `authing-node-sdk: <version>`."
          },
          "eventData": {
            "type": "string",
            "description": "The event's payload, as a string."
          }
        }
      },
      "PublicAccountSwitchLoginDto": {
        "type": "object",
        "required": [
          "targetUserId"
        ],
        "properties": {
          "targetUserId": {
            "type": "string",
            "description": "ID of the target user to switch login to"
          },
          "options": {
            "$ref": "#/components/schemas/SignInBySwitchOptionsDto",
            "description": "Optional parameters"
          }
        }
      },
      "PublicKeyCredentialCreationOptionsDto": {
        "type": "object",
        "required": [
          "challenge",
          "excludeCredentials",
          "pubKeyCredParams",
          "rp",
          "timeout",
          "user"
        ],
        "properties": {
          "challenge": {
            "type": "string",
            "description": "Challenge, base64url-encoded"
          },
          "excludeCredentials": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublicKeyCredentialDescriptorDto"
            },
            "description": "Credentials to exclude, so one user cannot register the same authenticator twice"
          },
          "pubKeyCredParams": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublicKeyCredentialParametersDto"
            },
            "description": "Algorithm list: signature algorithms accepted by the relying party"
          },
          "rp": {
            "$ref": "#/components/schemas/PublicKeyCredentialRpEntityDto",
            "description": "Relying party information"
          },
          "timeout": {
            "type": "number",
            "description": "Timeout (milliseconds)"
          },
          "user": {
            "$ref": "#/components/schemas/PublicKeyCredentialUserEntityDto",
            "description": "User information"
          }
        }
      },
      "PublicKeyCredentialDescriptorDto": {
        "type": "object",
        "required": [
          "id",
          "transports",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Allowed credential ID"
          },
          "transports": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Transports between authenticator and user agent required by the credential"
          },
          "type": {
            "type": "string",
            "description": "Fixed value public-key"
          }
        }
      },
      "PublicKeyCredentialParametersDto": {
        "type": "object",
        "required": [
          "alg",
          "type"
        ],
        "properties": {
          "alg": {
            "type": "number",
            "description": "A negative integer identifying the algorithm (COSE)"
          },
          "type": {
            "type": "string",
            "description": "Fixed value public-key"
          }
        }
      },
      "PublicKeyCredentialRequestOptionsDto": {
        "type": "object",
        "required": [
          "challenge",
          "rpId",
          "timeout"
        ],
        "properties": {
          "challenge": {
            "type": "string",
            "description": "Challenge, base64url-encoded"
          },
          "allowCredentials": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublicKeyCredentialDescriptorDto"
            },
            "description": "Authenticator authentication parameters"
          },
          "rpId": {
            "type": "string",
            "description": "Relying party ID, same as when the authenticator was registered"
          },
          "timeout": {
            "type": "number",
            "description": "Timeout (milliseconds)"
          }
        }
      },
      "PublicKeyCredentialRpEntityDto": {
        "type": "object",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Relying party domain"
          },
          "name": {
            "type": "string",
            "description": "Relying party name"
          }
        }
      },
      "PublicKeyCredentialUserEntityDto": {
        "type": "object",
        "required": [
          "id",
          "name",
          "displayName"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "User ID"
          },
          "name": {
            "type": "string",
            "description": "Username"
          },
          "displayName": {
            "type": "string",
            "description": "User name for display"
          }
        }
      },
      "QRCodeStatusBriefUserInfoDto": {
        "type": "object",
        "required": [
          "displayName",
          "photo"
        ],
        "properties": {
          "displayName": {
            "type": "string",
            "description": "User display nickname"
          },
          "photo": {
            "type": "string",
            "description": "User avatar"
          }
        }
      },
      "RegistrationCredentialDto": {
        "type": "object",
        "required": [
          "id",
          "rawId",
          "response",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Base64URL-encoded credential ID"
          },
          "rawId": {
            "type": "string",
            "description": "Raw credential ID"
          },
          "response": {
            "$ref": "#/components/schemas/AuthenticatorAttestationResponseDto",
            "description": "Object for the relying party to verify and register"
          },
          "transports": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Optional; transports between authenticator and user agent required by the credential"
          },
          "type": {
            "type": "string",
            "description": "Fixed value 'public-key'"
          }
        }
      },
      "RegistrationOptionsDto": {
        "type": "object",
        "required": [
          "registrationOptions",
          "ticket"
        ],
        "properties": {
          "registrationOptions": {
            "$ref": "#/components/schemas/PublicKeyCredentialCreationOptionsDto",
            "description": "Parameters for the authenticator to create the public key credential"
          },
          "ticket": {
            "type": "string",
            "description": "Ticket to send back when submitting the credential created by the authenticator for verification"
          }
        }
      },
      "RemoveDeviceCredentialDto": {
        "type": "object",
        "additionalProperties": {}
      },
      "ResetFactorDto": {
        "type": "object",
        "required": [
          "factorId"
        ],
        "properties": {
          "factorId": {
            "type": "string",
            "description": "MFA factor ID"
          }
        }
      },
      "ResetFactorRespDto": {
        "$ref": "#/components/schemas/GenAuthEnvelope"
      },
      "ResetPasswordByEmailPassCodeDto": {
        "type": "object",
        "required": [
          "passCode"
        ],
        "properties": {
          "email": {
            "type": "string",
            "description": "Email bound to this account, case-insensitive"
          },
          "passCode": {
            "type": "string",
            "description": "Email passcode, single use, valid 5 minutes by default; obtain via the send email endpoint"
          }
        }
      },
      "ResetPasswordByPhonePassCodeDto": {
        "type": "object",
        "required": [
          "phoneNumber",
          "passCode"
        ],
        "properties": {
          "phoneNumber": {
            "type": "string",
            "description": "Phone number bound to this account, without country code (put it in phoneCountryCode)"
          },
          "passCode": {
            "type": "string",
            "description": "SMS passcode, single use, valid one minute; obtain via the send SMS endpoint"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          }
        }
      },
      "ResetPasswordDto": {
        "type": "object",
        "required": [
          "password",
          "passwordResetToken"
        ],
        "properties": {
          "password": {
            "type": "string",
            "description": "Password"
          },
          "passwordResetToken": {
            "type": "string",
            "description": "Password reset token"
          },
          "passwordEncryptType": {
            "type": "string",
            "enum": [
              "sm2",
              "rsa",
              "none"
            ],
            "x-enum-varnames": [
              "SM2",
              "RSA",
              "NONE"
            ],
            "description": "Password encryption type: none (default), rsa (RSA256) or sm2"
          }
        }
      },
      "ResetPasswordVerify": {
        "type": "object",
        "required": [
          "passwordResetToken",
          "tokenExpiresIn"
        ],
        "properties": {
          "passwordResetToken": {
            "type": "string",
            "description": "Token for resetting the password"
          },
          "tokenExpiresIn": {
            "type": "number",
            "description": "Expiry time in seconds"
          }
        }
      },
      "RevokeDeviceSessionDto": {
        "type": "object",
        "required": [
          "deviceId"
        ],
        "properties": {
          "deviceId": {
            "type": "string",
            "description": "Unique device identifier"
          }
        }
      },
      "RoleDto": {
        "type": "object",
        "required": [
          "id",
          "code",
          "name",
          "description",
          "namespace",
          "namespaceName"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Role ID"
          },
          "code": {
            "type": "string",
            "description": "Unique role code within the permission space"
          },
          "name": {
            "type": "string",
            "description": "Role name within the permission space"
          },
          "description": {
            "type": "string",
            "description": "Role description"
          },
          "namespace": {
            "type": "string",
            "description": "Code of the permission space (namespace); omit for the default one"
          },
          "namespaceName": {
            "type": "string",
            "description": "Name of the permission space (namespace)"
          },
          "status": {
            "type": "string",
            "description": "Role status: ENABLE normal, DISABLE disabled"
          },
          "disableTime": {
            "type": "number",
            "description": "Time (ms) the role is automatically disabled; null means never"
          },
          "enablePermissionApply": {
            "type": "boolean",
            "description": "Whether permission requests are enabled (app also needs SSO and visibility to unauthorized users)"
          }
        }
      },
      "RoleListRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RoleDto"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "RolePermissionApplyApprovalObject": {
        "type": "object",
        "required": [
          "objectId",
          "objectName",
          "roleCode",
          "namespaceId",
          "namespaceCode"
        ],
        "properties": {
          "objectId": {
            "type": "string",
            "description": "Role ID"
          },
          "objectName": {
            "type": "string",
            "description": "Role name"
          },
          "roleCode": {
            "type": "string",
            "description": "Role code"
          },
          "namespaceId": {
            "type": "number",
            "description": "Permission space ID"
          },
          "namespaceCode": {
            "type": "string",
            "description": "Permission space code, i.e. the application ID"
          }
        }
      },
      "SendEmailDto": {
        "type": "object",
        "required": [
          "channel",
          "email"
        ],
        "properties": {
          "channel": {
            "type": "string",
            "enum": [
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
              "CHANNEL_DELETE_ACCOUNT"
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
              "CHANNEL_DELETE_ACCOUNT"
            ],
            "description": "SMS channel, i.e. the purpose of the SMS"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          }
        }
      },
      "SendEmailRespDto": {
        "$ref": "#/components/schemas/GenAuthEnvelope"
      },
      "SendEnrollFactorRequestDataDto": {
        "type": "object",
        "required": [
          "enrollmentToken"
        ],
        "properties": {
          "enrollmentToken": {
            "type": "string",
            "description": "Temporary enrollmentToken, valid one minute; pass it when enrolling the MFA factor"
          },
          "otpData": {
            "$ref": "#/components/schemas/SendEnrollFactorRequestOtpDataDto",
            "description": "Returned when enrolling an OTP-type factor"
          }
        }
      },
      "SendEnrollFactorRequestDto": {
        "type": "object",
        "required": [
          "profile",
          "factorType"
        ],
        "properties": {
          "profile": {
            "$ref": "#/components/schemas/FactorProfile",
            "description": "MFA factor details"
          },
          "factorType": {
            "type": "string",
            "enum": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "x-enum-varnames": [
              "OTP",
              "SMS",
              "EMAIL",
              "FACE"
            ],
            "description": "MFA factor type"
          }
        }
      },
      "SendEnrollFactorRequestOtpDataDto": {
        "type": "object",
        "required": [
          "qrCodeUri",
          "qrCodeDataUrl",
          "recoveryCode"
        ],
        "properties": {
          "qrCodeUri": {
            "type": "string",
            "description": "OTP Auth Uri"
          },
          "qrCodeDataUrl": {
            "type": "string",
            "description": "Base64-encoded OTP QR code for the front end to render"
          },
          "recoveryCode": {
            "type": "string",
            "description": "OTP Recovery Code"
          }
        }
      },
      "SendEnrollFactorRequestRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/SendEnrollFactorRequestDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "SendSMSDto": {
        "type": "object",
        "required": [
          "channel",
          "phoneNumber"
        ],
        "properties": {
          "channel": {
            "type": "string",
            "enum": [
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
              "CHANNEL_DELETE_ACCOUNT"
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
              "CHANNEL_DELETE_ACCOUNT"
            ],
            "description": "SMS channel, i.e. the purpose of the SMS"
          },
          "phoneNumber": {
            "type": "string",
            "description": "Phone number without country code (put the code in phoneCountryCode)"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          }
        }
      },
      "SendSMSRespDto": {
        "$ref": "#/components/schemas/GenAuthEnvelope"
      },
      "SignInByAdPayloadDto": {
        "type": "object",
        "required": [
          "password",
          "sAMAccountName"
        ],
        "properties": {
          "password": {
            "type": "string",
            "description": "User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption"
          },
          "sAMAccountName": {
            "type": "string",
            "description": "sAMAccountName of the account in the Windows AD user directory"
          }
        }
      },
      "SignInByAlipayPayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by Alipay mobile social login"
          }
        }
      },
      "SignInByAmazonPayloadDto": {
        "type": "object",
        "required": [
          "access_token"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "access_token obtained from Amazon mobile social login"
          }
        }
      },
      "SignInByApplePayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by Apple mobile social login"
          }
        }
      },
      "SignInByBaiduPayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code from Baidu mobile social login; alternative to access_token (code wins if both)"
          },
          "access_token": {
            "type": "string",
            "description": "access_token from Baidu mobile social login; alternative to code (code wins if both)"
          }
        }
      },
      "SignInByDingTalkPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Code obtained from DingTalk mobile social login"
          },
          "isSnsCode": {
            "type": "boolean",
            "description": "Set isSnsCode=true if the DingTalk code must be resolved via sns/getuserinfo_bycode; otherwise it is exchanged for an accessToken first"
          }
        }
      },
      "SignInByDouyinMiniProgramCodeAndPhonePayloadDto": {
        "type": "object",
        "required": [
          "loginParams",
          "phoneParams"
        ],
        "properties": {
          "loginParams": {
            "$ref": "#/components/schemas/SignInByDouyinMiniProgramCodePayloadDto",
            "description": "Douyin mini program code login data, e.g. user data from tt.getUserProfile (required)"
          },
          "phoneParams": {
            "$ref": "#/components/schemas/SignInByDouyinMiniProgramPhoneInfoPayloadDto",
            "description": "Douyin mini program phone authorization data (required); the phone is saved to new users or to users without a bound phone"
          }
        }
      },
      "SignInByDouyinMiniProgramCodePayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "encryptedData": {
            "type": "string",
            "description": "Encrypted data (encryptedData) returned by Douyin open data"
          },
          "iv": {
            "type": "string",
            "description": "Initialization vector for symmetric decryption, returned by Douyin; required with encryptedData"
          },
          "code": {
            "type": "string",
            "description": "User code returned by the tt.login API (Douyin)"
          }
        }
      },
      "SignInByDouyinMiniProgramPhoneInfoPayloadDto": {
        "type": "object",
        "properties": {
          "iv": {
            "type": "string",
            "description": "iv returned by the mini program's get-phone-number call; required with encryptedData"
          },
          "encryptedData": {
            "type": "string",
            "description": "encryptedData (encrypted phone info) returned by the mini program's get-phone-number call"
          }
        }
      },
      "SignInByDouyinPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from Douyin mobile social login"
          }
        }
      },
      "SignInByFacebookPayloadDto": {
        "type": "object",
        "required": [
          "access_token"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "access_token obtained from Facebook mobile social login"
          }
        }
      },
      "SignInByGiteePayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from Gitee mobile social login"
          }
        }
      },
      "SignInByGithubPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from GitHub mobile social login"
          }
        }
      },
      "SignInByGitlabPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from GitLab mobile social login"
          }
        }
      },
      "SignInByGooglePayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Code obtained from Google mobile social login"
          }
        }
      },
      "SignInByHuaweiPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from Huawei mobile social login"
          }
        }
      },
      "SignInByKuaishouPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from Kuaishou mobile social login"
          }
        }
      },
      "SignInByLarkBlockPayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by Lark (Feishu) widget social login"
          }
        }
      },
      "SignInByLarkInternalPayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by Lark (Feishu) self-built app mobile social login"
          }
        }
      },
      "SignInByLarkPublicPayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by Lark (Feishu) app-store app mobile social login"
          }
        }
      },
      "SignInByLdapPayloadDto": {
        "type": "object",
        "required": [
          "password",
          "sAMAccountName"
        ],
        "properties": {
          "password": {
            "type": "string",
            "description": "User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption"
          },
          "sAMAccountName": {
            "type": "string",
            "description": "sAMAccountName of the account in the LDAP/AD user directory"
          }
        }
      },
      "SignInByLinePayloadDto": {
        "type": "object",
        "required": [
          "access_token"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "access_token obtained from LINE mobile social login"
          },
          "id_token": {
            "type": "string",
            "description": "id_token obtained from LINE mobile social login (needs openid scope); user info is taken from it, else from access_token"
          }
        }
      },
      "SignInByLinkedInPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Code obtained from LinkedIn mobile social login"
          }
        }
      },
      "SignInByMobileOptionsDto": {
        "type": "object",
        "properties": {
          "scope": {
            "type": "string",
            "description": "Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token)"
          },
          "context": {
            "description": "Extra request context passed to the Pipeline context before and after authentication"
          },
          "tenantId": {
            "type": "string",
            "description": "Tenant ID"
          },
          "customData": {
            "description": "Extra user custom data; custom fields must first be configured in the console"
          }
        }
      },
      "SignInByOPPOPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from OPPO mobile social login"
          }
        }
      },
      "SignInByPassCodePayloadDto": {
        "type": "object",
        "required": [
          "passCode"
        ],
        "properties": {
          "passCode": {
            "type": "string",
            "description": "One-time passcode; obtain it first via the send SMS or send email endpoint"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          },
          "phone": {
            "type": "string",
            "description": "Phone number"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          }
        }
      },
      "SignInByPasswordPayloadDto": {
        "type": "object",
        "required": [
          "password"
        ],
        "properties": {
          "password": {
            "type": "string",
            "description": "User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption"
          },
          "account": {
            "type": "string",
            "description": "User account (username/phone/email)"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          },
          "username": {
            "type": "string",
            "description": "Username"
          },
          "phone": {
            "type": "string",
            "description": "Phone number"
          }
        }
      },
      "SignInByPushDto": {
        "type": "object",
        "required": [
          "account"
        ],
        "properties": {
          "account": {
            "type": "string",
            "description": "User account (username/phone/email)"
          },
          "options": {
            "$ref": "#/components/schemas/SignInByPushOptionsDto",
            "description": "Optional parameters"
          }
        }
      },
      "SignInByPushOptionsDto": {
        "type": "object",
        "properties": {
          "scope": {
            "type": "string",
            "description": "Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token)"
          },
          "context": {
            "type": "string",
            "description": "Extra request context passed to the Pipeline context before and after authentication"
          },
          "customData": {
            "description": "Extra user custom data; custom fields must first be configured in the console"
          }
        }
      },
      "SignInByQQPayloadDto": {
        "type": "object",
        "required": [
          "access_token"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "access_token obtained from QQ mobile social login"
          }
        }
      },
      "SignInBySlackPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from Slack mobile social login"
          }
        }
      },
      "SignInBySwitchOptionsDto": {
        "type": "object",
        "properties": {
          "scope": {
            "type": "string",
            "description": "Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token)"
          },
          "context": {
            "description": "Extra request context passed to the Pipeline context before and after authentication"
          },
          "customData": {
            "description": "Extra user custom data; custom fields must first be configured in the console"
          }
        }
      },
      "SignInByWebAuthnOptionsDto": {
        "type": "object",
        "properties": {
          "scope": {
            "type": "string",
            "description": "Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token)"
          },
          "context": {
            "description": "Extra request context passed to the Pipeline context before and after authentication"
          },
          "customData": {
            "description": "Extra user custom data; custom fields must first be configured in the console"
          }
        }
      },
      "SignInByWechatMiniProgramCodeAndPhonePayloadDto": {
        "type": "object",
        "required": [
          "wxLoginInfo",
          "wxPhoneInfo"
        ],
        "properties": {
          "wxLoginInfo": {
            "$ref": "#/components/schemas/SignInByWechatMiniProgramCodePayloadDto",
            "description": "WeChat mini program code login data (required)"
          },
          "wxPhoneInfo": {
            "$ref": "#/components/schemas/SignInByWechatMiniProgramPhoneInfoPayloadDto",
            "description": "WeChat mini program phone authorization data (required); the phone is saved to new users or to users without a bound phone"
          }
        }
      },
      "SignInByWechatMiniProgramCodePayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "encryptedData": {
            "type": "string",
            "description": "Encrypted data (encryptedData) returned by WeChat open data"
          },
          "iv": {
            "type": "string",
            "description": "Initialization vector for symmetric decryption, returned by WeChat"
          },
          "code": {
            "type": "string",
            "description": "User code returned by the wx.login API (WeChat)"
          }
        }
      },
      "SignInByWechatMiniProgramPhoneInfoPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Code returned by the mini program's get-phone-number call"
          }
        }
      },
      "SignInByWechatMiniProgramPhonePayloadDto": {
        "type": "object",
        "required": [
          "encryptedData",
          "iv",
          "code"
        ],
        "properties": {
          "encryptedData": {
            "type": "string",
            "description": "Encrypted data (encryptedData) returned by WeChat open data"
          },
          "iv": {
            "type": "string",
            "description": "Initialization vector for symmetric decryption, returned by WeChat"
          },
          "code": {
            "type": "string",
            "description": "User code returned by the wx.login API (WeChat)"
          }
        }
      },
      "SignInByWechatPayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by WeChat mobile social login"
          }
        }
      },
      "SignInByWechatworkAgencyPayloadDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by WeCom (agency mode) mobile social login"
          }
        }
      },
      "SignInByWechatworkDto": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "One-time code returned by WeCom mobile social login"
          }
        }
      },
      "SignInByWeiboPayloadDto": {
        "type": "object",
        "required": [
          "access_token"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "access_token obtained from Sina Weibo mobile social login"
          }
        }
      },
      "SignInByXiaomiPayloadDto": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code obtained from Xiaomi mobile social login"
          }
        }
      },
      "SignInByYidunPayloadDto": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string",
            "description": "NetEase Yidun token"
          },
          "accessToken": {
            "type": "string",
            "description": "NetEase Yidun carrier authorization code"
          }
        }
      },
      "SignInFastpassDto": {
        "type": "object",
        "properties": {
          "options": {
            "$ref": "#/components/schemas/SignInFastpassOptionsDto",
            "description": "Optional parameters"
          }
        }
      },
      "SignInFastpassOptionsDto": {
        "type": "object",
        "properties": {
          "scope": {
            "type": "string",
            "description": "Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token)"
          },
          "context": {
            "description": "Extra request context passed to the Pipeline context before and after authentication"
          },
          "customData": {
            "description": "Extra user custom data; custom fields must first be configured in the console"
          }
        }
      },
      "SignInOptionsDto": {
        "type": "object",
        "properties": {
          "scope": {
            "type": "string",
            "description": "Requested scopes, space separated, must include openid (phone/email for those claims, offline_access for refresh_token)"
          },
          "clientIp": {
            "type": "string",
            "description": "Real client IP; by default the request source IP is recorded as the login IP, so set it when calling from a backend"
          },
          "context": {
            "description": "Extra request context passed to the Pipeline context before and after authentication"
          },
          "tenantId": {
            "type": "string",
            "description": "Tenant ID"
          },
          "customData": {
            "description": "Extra user custom data; custom fields must first be configured in the console"
          },
          "autoRegister": {
            "type": "boolean",
            "description": "Auto-register the user if not found (only for username/email/phone + password, not generic account)"
          },
          "captchaCode": {
            "type": "string",
            "description": "Captcha code, case-insensitive; required on the next login after the failed-login limit triggers when the security policy is captcha"
          },
          "captchaToken": {
            "type": "string",
            "description": "Token returned with the captcha by /api/v3/get-captcha-code; required when captchaCode is sent"
          },
          "passwordEncryptType": {
            "type": "string",
            "enum": [
              "sm2",
              "rsa",
              "none"
            ],
            "x-enum-varnames": [
              "SM2",
              "RSA",
              "NONE"
            ],
            "description": "Password encryption type: none (default), rsa (RSA256) or sm2"
          }
        }
      },
      "SignUpByPassCodeDto": {
        "type": "object",
        "required": [
          "passCode"
        ],
        "properties": {
          "passCode": {
            "type": "string",
            "description": "One-time passcode; obtain it first via the send SMS or send email endpoint"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          },
          "phone": {
            "type": "string",
            "description": "Phone number"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          }
        }
      },
      "SignUpByPasswordDto": {
        "type": "object",
        "required": [
          "password"
        ],
        "properties": {
          "password": {
            "type": "string",
            "description": "User password, plaintext by default (sent over HTTPS); see options.passwordEncryptType for RSA256/SM2 encryption"
          },
          "username": {
            "type": "string",
            "description": "Username"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          }
        }
      },
      "SignUpDto": {
        "type": "object",
        "required": [
          "connection"
        ],
        "properties": {
          "connection": {
            "type": "string",
            "enum": [
              "PASSWORD",
              "PASSCODE"
            ],
            "x-enum-varnames": [
              "PASSWORD",
              "PASSCODE"
            ],
            "description": "Registration method"
          },
          "passwordPayload": {
            "$ref": "#/components/schemas/SignUpByPasswordDto",
            "description": "Required when the registration method is PASSWORD"
          },
          "passCodePayload": {
            "$ref": "#/components/schemas/SignUpByPassCodeDto",
            "description": "Required when the authentication method is PASSCODE"
          },
          "profile": {
            "$ref": "#/components/schemas/SignUpProfileDto",
            "description": "User profile"
          },
          "options": {
            "$ref": "#/components/schemas/SignUpOptionsDto",
            "description": "Optional parameters"
          }
        }
      },
      "SignUpOptionsDto": {
        "type": "object",
        "required": [
          "context"
        ],
        "properties": {
          "clientIp": {
            "type": "string",
            "description": "Client IP"
          },
          "phonePassCodeForInformationCompletion": {
            "type": "string",
            "description": "SMS passcode used to complete user info during registration"
          },
          "emailPassCodeForInformationCompletion": {
            "type": "string",
            "description": "Email passcode used to verify the user's email during registration"
          },
          "passwordForPhonePassCode": {
            "type": "string",
            "description": "Password to set when registering by phone passcode"
          },
          "context": {
            "description": "Extra parameters passed at login/registration, stored in user-defined fields"
          },
          "passwordEncryptType": {
            "type": "string",
            "enum": [
              "sm2",
              "rsa",
              "none"
            ],
            "x-enum-varnames": [
              "SM2",
              "RSA",
              "NONE"
            ],
            "description": "Password encryption type: none (default), rsa (RSA256) or sm2"
          }
        }
      },
      "SignUpProfileDto": {
        "type": "object",
        "properties": {
          "nickname": {
            "type": "string",
            "description": "Nickname"
          },
          "company": {
            "type": "string",
            "description": "Company"
          },
          "photo": {
            "type": "string",
            "description": "Avatar"
          },
          "device": {
            "type": "string",
            "description": "Device"
          },
          "browser": {
            "type": "string",
            "description": "Browser"
          },
          "name": {
            "type": "string",
            "description": "Name"
          },
          "givenName": {
            "type": "string",
            "description": "Given name"
          },
          "familyName": {
            "type": "string",
            "description": "Family name"
          },
          "middleName": {
            "type": "string",
            "description": "Middle name"
          },
          "profile": {
            "type": "string",
            "description": "Profile"
          },
          "preferredUsername": {
            "type": "string",
            "description": "Preferred username"
          },
          "website": {
            "type": "string",
            "description": "Website"
          },
          "gender": {
            "type": "string",
            "enum": [
              "M",
              "F",
              "U"
            ],
            "x-enum-varnames": [
              "M",
              "F",
              "U"
            ],
            "description": "Gender W: female; M: male"
          },
          "birthdate": {
            "type": "string",
            "description": "Birthday"
          },
          "zoneinfo": {
            "type": "string",
            "description": "Region"
          },
          "locale": {
            "type": "string",
            "description": "Locale"
          },
          "address": {
            "type": "string",
            "description": "Address"
          },
          "formatted": {
            "type": "string",
            "description": "Format"
          },
          "streetAddress": {
            "type": "string",
            "description": "Street address"
          },
          "locality": {
            "type": "string",
            "description": "Location"
          },
          "region": {
            "type": "string",
            "description": "Region"
          },
          "postalCode": {
            "type": "string",
            "description": "Postal code"
          },
          "country": {
            "type": "string",
            "description": "Country"
          },
          "email": {
            "type": "string",
            "description": "User email; to complete it, pass the email passcode in options.emailPassCodeForInformationCompletion (send via /api/v3/send-email)"
          },
          "phone": {
            "type": "string",
            "description": "User phone; to complete it, pass the SMS passcode in options.phonePassCodeForInformationCompletion (send via /api/v3/send-sms)"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "User phone country code"
          },
          "customData": {
            "description": "User-defined fields"
          }
        }
      },
      "SigninByCredentialsDto": {
        "type": "object",
        "required": [
          "connection"
        ],
        "properties": {
          "connection": {
            "type": "string",
            "enum": [
              "PASSWORD",
              "PASSCODE",
              "LDAP",
              "AD"
            ],
            "x-enum-varnames": [
              "PASSWORD",
              "PASSCODE",
              "LDAP",
              "AD"
            ],
            "description": "Authentication method"
          },
          "passwordPayload": {
            "$ref": "#/components/schemas/SignInByPasswordPayloadDto",
            "description": "Required when the authentication method is PASSWORD"
          },
          "passCodePayload": {
            "$ref": "#/components/schemas/SignInByPassCodePayloadDto",
            "description": "Required when the authentication method is PASSCODE"
          },
          "adPayload": {
            "$ref": "#/components/schemas/SignInByAdPayloadDto",
            "description": "Required when the authentication method is AD"
          },
          "ldapPayload": {
            "$ref": "#/components/schemas/SignInByLdapPayloadDto",
            "description": "Required when the authentication method is LDAP"
          },
          "options": {
            "$ref": "#/components/schemas/SignInOptionsDto",
            "description": "Optional parameters"
          },
          "client_id": {
            "type": "string",
            "description": "Application ID; required when the app's token endpoint auth method is client_secret_post"
          },
          "client_secret": {
            "type": "string",
            "description": "Application secret; required when the app's token endpoint auth method is client_secret_post"
          }
        }
      },
      "SigninByMobileDto": {
        "type": "object",
        "required": [
          "extIdpConnidentifier",
          "connection"
        ],
        "properties": {
          "extIdpConnidentifier": {
            "type": "string",
            "description": "Identifier of the external identity source connection"
          },
          "connection": {
            "type": "string",
            "enum": [
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
              "douyin_mini_program_code_and_phone"
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
              "DOUYIN_MINI_PROGRAM_CODE_AND_PHONE"
            ],
            "description": "Mobile social login type"
          },
          "wechatPayload": {
            "$ref": "#/components/schemas/SignInByWechatPayloadDto",
            "description": "WeChat mobile social login data; required when connection is wechat (SDK comment mislabels it as Apple)"
          },
          "applePayload": {
            "$ref": "#/components/schemas/SignInByApplePayloadDto",
            "description": "Apple mobile social login data; required when connection is apple (SDK comment mislabels it as WeChat)"
          },
          "alipayPayload": {
            "$ref": "#/components/schemas/SignInByAlipayPayloadDto",
            "description": "Alipay mobile social login data; required when connection is alipay"
          },
          "wechatworkPayload": {
            "$ref": "#/components/schemas/SignInByWechatworkDto",
            "description": "WeCom (WeChat Work) mobile social login data; required when connection is wechatwork"
          },
          "wechatworkAgencyPayload": {
            "$ref": "#/components/schemas/SignInByWechatworkAgencyPayloadDto",
            "description": "WeCom (agency development mode) mobile social login data; required when connection is wechatwork_agency"
          },
          "larkPublicPayload": {
            "$ref": "#/components/schemas/SignInByLarkPublicPayloadDto",
            "description": "Lark (Feishu) app-store app mobile social login data; required when connection is lark_public"
          },
          "larkInternalPayload": {
            "$ref": "#/components/schemas/SignInByLarkInternalPayloadDto",
            "description": "Lark (Feishu) self-built app mobile social login data; required when connection is lark_internal"
          },
          "larkBlockPayload": {
            "$ref": "#/components/schemas/SignInByLarkBlockPayloadDto",
            "description": "Lark (Feishu) widget mobile social login data; required when connection is lark_block"
          },
          "yidunPayload": {
            "$ref": "#/components/schemas/SignInByYidunPayloadDto",
            "description": "NetEase Yidun mobile social login data; required when connection is yidun"
          },
          "wechatMiniProgramCodePayload": {
            "$ref": "#/components/schemas/SignInByWechatMiniProgramCodePayloadDto",
            "description": "WeChat mini program code login data; required when connection is wechat_mini_program_code"
          },
          "wechatMiniProgramPhonePayload": {
            "$ref": "#/components/schemas/SignInByWechatMiniProgramPhonePayloadDto",
            "description": "WeChat mini program phone login data; required when connection is wechat_mini_program_phone"
          },
          "wechatMiniProgramCodeAndPhonePayload": {
            "$ref": "#/components/schemas/SignInByWechatMiniProgramCodeAndPhonePayloadDto",
            "description": "WeChat mini program code+phone login data; required when connection is wechat_mini_program_code_and_phone"
          },
          "douyinMiniProgramCodePayload": {
            "$ref": "#/components/schemas/SignInByDouyinMiniProgramCodePayloadDto",
            "description": "Douyin mini program code login data; required when connection is douyin_mini_program_code"
          },
          "douyinMiniProgramCodeAndPhonePayload": {
            "$ref": "#/components/schemas/SignInByDouyinMiniProgramCodeAndPhonePayloadDto",
            "description": "Douyin mini program code+phone login data; required when connection is douyin_mini_program_code_and_phone"
          },
          "googlePayload": {
            "$ref": "#/components/schemas/SignInByGooglePayloadDto",
            "description": "Google mobile social login data; required when connection is google"
          },
          "facebookPayload": {
            "$ref": "#/components/schemas/SignInByFacebookPayloadDto",
            "description": "Facebook mobile social login data; required when connection is facebook"
          },
          "qqPayload": {
            "$ref": "#/components/schemas/SignInByQQPayloadDto",
            "description": "QQ mobile social login data; required when connection is qq"
          },
          "weiboPayload": {
            "$ref": "#/components/schemas/SignInByWeiboPayloadDto",
            "description": "Sina Weibo mobile social login data; required when connection is weibo"
          },
          "baiduPayload": {
            "$ref": "#/components/schemas/SignInByBaiduPayloadDto",
            "description": "Baidu mobile social login data; required when connection is baidu; one of code or access_token is required (code preferred)"
          },
          "linkedInPayload": {
            "$ref": "#/components/schemas/SignInByLinkedInPayloadDto",
            "description": "LinkedIn mobile social login data; required when connection is linkedin"
          },
          "dingTalkPayload": {
            "$ref": "#/components/schemas/SignInByDingTalkPayloadDto",
            "description": "DingTalk mobile social login data; required when connection is dingtalk"
          },
          "githubPayload": {
            "$ref": "#/components/schemas/SignInByGithubPayloadDto",
            "description": "GitHub mobile social login data; required when connection is github"
          },
          "giteePayload": {
            "$ref": "#/components/schemas/SignInByGiteePayloadDto",
            "description": "Gitee mobile social login data; required when connection is gitee"
          },
          "gitlabPayload": {
            "$ref": "#/components/schemas/SignInByGitlabPayloadDto",
            "description": "GitLab mobile social login data; required when connection is gitlab"
          },
          "douyinPayload": {
            "$ref": "#/components/schemas/SignInByDouyinPayloadDto",
            "description": "Douyin mobile social login data; required when connection is douyin"
          },
          "kuaishouPayload": {
            "$ref": "#/components/schemas/SignInByKuaishouPayloadDto",
            "description": "Kuaishou mobile social login data; required when connection is kuaishou"
          },
          "xiaomiPayload": {
            "$ref": "#/components/schemas/SignInByXiaomiPayloadDto",
            "description": "Xiaomi mobile social login data; required when connection is xiaomi"
          },
          "linePayload": {
            "$ref": "#/components/schemas/SignInByLinePayloadDto",
            "description": "LINE mobile social login data; required when connection is line"
          },
          "slackPayload": {
            "$ref": "#/components/schemas/SignInBySlackPayloadDto",
            "description": "Slack mobile social login data; required when connection is slack"
          },
          "oppoPayload": {
            "$ref": "#/components/schemas/SignInByOPPOPayloadDto",
            "description": "OPPO mobile social login data; required when connection is oppo"
          },
          "huaweiPayload": {
            "$ref": "#/components/schemas/SignInByHuaweiPayloadDto",
            "description": "Huawei mobile social login data; required when connection is huawei"
          },
          "amazonPayload": {
            "$ref": "#/components/schemas/SignInByAmazonPayloadDto",
            "description": "Amazon mobile social login data; required when connection is amazon"
          },
          "options": {
            "$ref": "#/components/schemas/SignInByMobileOptionsDto",
            "description": "Optional parameters"
          },
          "client_id": {
            "type": "string",
            "description": "Application ID; required when the app's token endpoint auth method is client_secret_post"
          },
          "client_secret": {
            "type": "string",
            "description": "Application secret; required when the app's token endpoint auth method is client_secret_post"
          }
        }
      },
      "StrAuthorize": {
        "type": "object",
        "required": [
          "value",
          "actions"
        ],
        "properties": {
          "value": {
            "type": "string",
            "description": "String resource value"
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of string resource actions"
          }
        }
      },
      "StrResourceAuthAction": {
        "type": "object",
        "properties": {
          "value": {
            "type": "string",
            "description": "Value of the string data resource"
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Actions of the string data resource"
          }
        }
      },
      "SystemInfoResp": {
        "type": "object",
        "required": [
          "rsa",
          "sm2",
          "version",
          "publicIps"
        ],
        "properties": {
          "rsa": {
            "$ref": "#/components/schemas/SystmeInfoRSAConfig",
            "description": "RSA256 encryption configuration"
          },
          "sm2": {
            "$ref": "#/components/schemas/SystmeInfoSM2Config",
            "description": "SM2 encryption configuration"
          },
          "version": {
            "$ref": "#/components/schemas/SystmeInfoVersion",
            "description": "SM2 encryption configuration"
          },
          "publicIps": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of public (egress) IPs of the Authing service"
          }
        }
      },
      "SystmeInfoRSAConfig": {
        "type": "object",
        "required": [
          "publicKey"
        ],
        "properties": {
          "publicKey": {
            "type": "string",
            "description": "RSA256 public key"
          }
        }
      },
      "SystmeInfoSM2Config": {
        "type": "object",
        "required": [
          "publicKey"
        ],
        "properties": {
          "publicKey": {
            "type": "string",
            "description": "SM2 public key"
          }
        }
      },
      "SystmeInfoVersion": {
        "type": "object",
        "required": [
          "server",
          "console",
          "login"
        ],
        "properties": {
          "server": {
            "type": "string",
            "description": "Version of the Authing core service"
          },
          "console": {
            "type": "string",
            "description": "Version of the Authing console"
          },
          "login": {
            "type": "string",
            "description": "Version of the Authing hosted login page"
          }
        }
      },
      "TerminalSessionDto": {
        "type": "object",
        "required": [
          "device",
          "lastLoginTime",
          "online"
        ],
        "properties": {
          "device": {
            "$ref": "#/components/schemas/DeviceInfo",
            "description": "Device information"
          },
          "lastLoginTime": {
            "type": "string",
            "description": "Latest login time"
          },
          "lastIp": {
            "type": "string",
            "description": "Latest login IP"
          },
          "online": {
            "type": "boolean",
            "description": "Whether online"
          }
        }
      },
      "TerminalSessionRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/TerminalSessionDto"
                },
                "description": "Response data"
              }
            }
          }
        ]
      },
      "TreeAuthBo": {
        "type": "object",
        "required": [
          "nodePath",
          "nodeName",
          "nodeActions"
        ],
        "properties": {
          "nodePath": {
            "type": "string",
            "description": "Tree resource node path"
          },
          "nodeName": {
            "type": "string",
            "description": "Tree resource node name"
          },
          "nodeActions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "List of actions allowed on the tree resource node"
          },
          "nodeValue": {
            "type": "string",
            "description": "Tree resource node value"
          },
          "nodeExtendFieldValue": {
            "description": "Extended field value of the tree resource node"
          }
        }
      },
      "TreeAuthorize": {
        "type": "object",
        "required": [
          "authList"
        ],
        "properties": {
          "authList": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TreeAuthBo"
            },
            "description": "Tree resource authorization list"
          }
        }
      },
      "TreeResourceAuthAction": {
        "type": "object",
        "properties": {
          "nodeAuthActionList": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TreeStructs"
            },
            "description": "List of tree nodes"
          }
        }
      },
      "TreeStructs": {
        "type": "object",
        "required": [
          "code",
          "name"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Tree resource node code, unique within its level"
          },
          "name": {
            "type": "string",
            "description": "Tree resource node name, unique within its level"
          },
          "value": {
            "type": "string",
            "description": "Tree resource node value"
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Actions of the tree data resource policy node"
          },
          "children": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TreeStructs"
            },
            "description": "Child nodes (at most five levels)"
          }
        }
      },
      "UnbindDeviceDto": {
        "type": "object",
        "required": [
          "deviceId"
        ],
        "properties": {
          "deviceId": {
            "type": "string",
            "description": "Unique device identifier"
          }
        }
      },
      "UnbindEmailDto": {
        "type": "object",
        "required": [
          "passCode"
        ],
        "properties": {
          "passCode": {
            "type": "string",
            "description": "Email passcode; obtain it first via the send email endpoint"
          }
        }
      },
      "UnbindPhoneDto": {
        "type": "object",
        "required": [
          "passCode"
        ],
        "properties": {
          "passCode": {
            "type": "string",
            "description": "SMS passcode; obtain it first via the send SMS endpoint"
          }
        }
      },
      "UniversalInvitationJoinRespDto": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "PENDING",
              "PASSED"
            ],
            "x-enum-varnames": [
              "PENDING",
              "PASSED"
            ],
            "description": "Application result"
          }
        }
      },
      "UniversalInvitationPublicConfigDto": {
        "type": "object",
        "required": [
          "userPool"
        ],
        "properties": {
          "userPool": {
            "$ref": "#/components/schemas/UserPoolPublicConfigDto",
            "description": "User pool information"
          },
          "inviter": {
            "$ref": "#/components/schemas/InviterDetailDto",
            "description": "Inviter information"
          }
        }
      },
      "UniversalInvitationUserJoinDto": {
        "type": "object",
        "required": [
          "emailCode",
          "identifier"
        ],
        "properties": {
          "emailCode": {
            "type": "string",
            "description": "Email verification code"
          },
          "identifier": {
            "type": "string",
            "description": "Unique identifier of the invitation link"
          },
          "profile": {
            "$ref": "#/components/schemas/UniversalInviteeProfileDto",
            "description": "User profile"
          }
        }
      },
      "UniversalInviteeProfileDto": {
        "type": "object",
        "required": [
          "name",
          "email"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Applicant"
          },
          "email": {
            "type": "string",
            "description": "Email"
          }
        }
      },
      "UnlinkExtIdpDto": {
        "type": "object",
        "required": [
          "extIdpId"
        ],
        "properties": {
          "extIdpId": {
            "type": "string",
            "description": "External identity source ID"
          }
        }
      },
      "UpdateEmailByEmailPassCodeDto": {
        "type": "object",
        "required": [
          "newEmail",
          "newEmailPassCode"
        ],
        "properties": {
          "newEmail": {
            "type": "string",
            "description": "New email"
          },
          "newEmailPassCode": {
            "type": "string",
            "description": "Verification code sent to the new email"
          },
          "oldEmail": {
            "type": "string",
            "description": "Old email; required if the pool requires verifying the old email"
          },
          "oldEmailPassCode": {
            "type": "string",
            "description": "Passcode of the old email; required if the pool requires verifying the old email"
          }
        }
      },
      "UpdateEmailDto": {
        "type": "object",
        "required": [
          "updateEmailToken"
        ],
        "properties": {
          "updateEmailToken": {
            "type": "string",
            "description": "Temporary token for changing the email, from the verify-update-email-request endpoint"
          }
        }
      },
      "UpdatePasskeyDto": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Display name"
          }
        }
      },
      "UpdatePasswordDto": {
        "type": "object",
        "required": [
          "newPassword"
        ],
        "properties": {
          "newPassword": {
            "type": "string",
            "description": "New password"
          },
          "oldPassword": {
            "type": "string",
            "description": "Current password; required if the user already has a password"
          },
          "passwordEncryptType": {
            "type": "string",
            "enum": [
              "sm2",
              "rsa",
              "none"
            ],
            "x-enum-varnames": [
              "SM2",
              "RSA",
              "NONE"
            ],
            "description": "Password encryption type: none (default), rsa (RSA256) or sm2"
          },
          "passwordResetToken": {
            "type": "string",
            "description": "Password reset token, from /api/v3/verify-reset-password-request"
          }
        }
      },
      "UpdatePhoneByPhonePassCodeDto": {
        "type": "object",
        "required": [
          "newPhoneNumber",
          "newPhonePassCode"
        ],
        "properties": {
          "newPhoneNumber": {
            "type": "string",
            "description": "New phone number without country code (put the code in newPhoneCountryCode)"
          },
          "newPhonePassCode": {
            "type": "string",
            "description": "Verification code"
          },
          "newPhoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          },
          "oldPhoneNumber": {
            "type": "string",
            "description": "Old phone number without country code; required if the pool requires verifying the old phone"
          },
          "oldPhonePassCode": {
            "type": "string",
            "description": "Passcode of the old phone; required if the pool requires verifying the old phone"
          },
          "oldPhoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          }
        }
      },
      "UpdatePhoneDto": {
        "type": "object",
        "required": [
          "updatePhoneToken"
        ],
        "properties": {
          "updatePhoneToken": {
            "type": "string",
            "description": "Temporary token for changing the phone, from the verify-update-phone-request endpoint"
          }
        }
      },
      "UpdateUserProfileDto": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "User's real name, not unique"
          },
          "nickname": {
            "type": "string",
            "description": "Nickname"
          },
          "photo": {
            "type": "string",
            "description": "Avatar URL"
          },
          "externalId": {
            "type": "string",
            "description": "Third-party external ID"
          },
          "birthdate": {
            "type": "string",
            "description": "Date of birth"
          },
          "country": {
            "type": "string",
            "description": "Country"
          },
          "province": {
            "type": "string",
            "description": "Province"
          },
          "city": {
            "type": "string",
            "description": "City"
          },
          "address": {
            "type": "string",
            "description": "Address"
          },
          "streetAddress": {
            "type": "string",
            "description": "Street address"
          },
          "postalCode": {
            "type": "string",
            "description": "Postal code"
          },
          "gender": {
            "type": "string",
            "enum": [
              "M",
              "F",
              "U"
            ],
            "x-enum-varnames": [
              "M",
              "F",
              "U"
            ],
            "description": "Gender"
          },
          "username": {
            "type": "string",
            "description": "Username, unique within the user pool"
          },
          "company": {
            "type": "string",
            "description": "Company"
          },
          "customData": {
            "description": "Custom data; keys must first be defined as custom fields in the user pool"
          },
          "identityNumber": {
            "type": "string",
            "description": "User ID card number"
          }
        }
      },
      "UserAuthResourceListDto": {
        "type": "object",
        "required": [
          "userId",
          "namespaceCode"
        ],
        "properties": {
          "userId": {
            "type": "string",
            "description": "User ID authorized by the data policy"
          },
          "namespaceCode": {
            "type": "string",
            "description": "Permission space code authorized by the data policy"
          },
          "resourceList": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OpenResource"
            },
            "description": "All data-policy resources of the user within the permission space"
          }
        }
      },
      "UserDepartmentPaginatedRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/UserDepartmentPagingDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "UserDepartmentPagingDto": {
        "type": "object",
        "required": [
          "totalCount",
          "list"
        ],
        "properties": {
          "totalCount": {
            "type": "number",
            "description": "Total number of records"
          },
          "list": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/UserDepartmentRespDto"
            },
            "description": "Response data"
          }
        }
      },
      "UserDepartmentRespDto": {
        "type": "object",
        "required": [
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
          "isVirtualNode"
        ],
        "properties": {
          "organizationCode": {
            "type": "string",
            "description": "Organization code"
          },
          "departmentId": {
            "type": "string",
            "description": "Department ID"
          },
          "isRoot": {
            "type": "boolean",
            "description": "Whether it is the root department"
          },
          "createdAt": {
            "type": "string",
            "description": "Department creation time"
          },
          "name": {
            "type": "string",
            "description": "Department name"
          },
          "description": {
            "type": "string",
            "description": "Department description"
          },
          "openDepartmentId": {
            "type": "string",
            "description": "Custom department ID"
          },
          "isLeader": {
            "type": "boolean",
            "description": "Whether the user is a department leader"
          },
          "code": {
            "type": "string",
            "description": "Department identifier code"
          },
          "isMainDepartment": {
            "type": "boolean",
            "description": "Whether it is the main department"
          },
          "joinedAt": {
            "type": "string",
            "description": "Time the user joined the department"
          },
          "isVirtualNode": {
            "type": "boolean",
            "description": "Whether it is a virtual department"
          },
          "i18n": {
            "$ref": "#/components/schemas/DepartmentI18nDto",
            "description": "Multilingual settings"
          },
          "customData": {
            "description": "Department extended field data"
          },
          "departmentIdPath": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Department ID path"
          },
          "departmentCodePath": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Department code path"
          },
          "departmentNamePath": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Department name path"
          }
        }
      },
      "UserDto": {
        "type": "object",
        "required": [
          "userId",
          "createdAt",
          "updatedAt",
          "status",
          "workStatus",
          "gender",
          "emailVerified",
          "phoneVerified",
          "userSourceType"
        ],
        "properties": {
          "userId": {
            "type": "string",
            "description": "User's unique identifier (user ID, username, email, phone, externalId or external IdP ID; see userIdType); defaults to user ID"
          },
          "createdAt": {
            "type": "string",
            "description": "Creation time"
          },
          "updatedAt": {
            "type": "string",
            "description": "Update time"
          },
          "status": {
            "type": "string",
            "enum": [
              "Suspended",
              "Resigned",
              "Activated",
              "Archived",
              "Deactivated"
            ],
            "x-enum-varnames": [
              "SUSPENDED",
              "RESIGNED",
              "ACTIVATED",
              "ARCHIVED",
              "DEACTIVATED"
            ],
            "description": "Current status of the account"
          },
          "workStatus": {
            "type": "string",
            "enum": [
              "Closed",
              "Active"
            ],
            "x-enum-varnames": [
              "CLOSED",
              "ACTIVE"
            ],
            "description": "Current work status of the account"
          },
          "externalId": {
            "type": "string",
            "description": "Third-party external ID"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          },
          "phone": {
            "type": "string",
            "description": "Phone number without country code (put the code in phoneCountryCode)"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          },
          "username": {
            "type": "string",
            "description": "Username, unique within the user pool"
          },
          "name": {
            "type": "string",
            "description": "User's real name, not unique"
          },
          "nickname": {
            "type": "string",
            "description": "Nickname"
          },
          "photo": {
            "type": "string",
            "description": "Avatar URL"
          },
          "loginsCount": {
            "type": "number",
            "description": "Total number of logins"
          },
          "lastLogin": {
            "type": "string",
            "description": "Last login time"
          },
          "lastIp": {
            "type": "string",
            "description": "Last login IP"
          },
          "gender": {
            "type": "string",
            "enum": [
              "M",
              "F",
              "U"
            ],
            "x-enum-varnames": [
              "M",
              "F",
              "U"
            ],
            "description": "Gender"
          },
          "emailVerified": {
            "type": "boolean",
            "description": "Whether the email is verified"
          },
          "phoneVerified": {
            "type": "boolean",
            "description": "Whether the phone number is verified"
          },
          "passwordLastSetAt": {
            "type": "string",
            "description": "Time of the user's last password change"
          },
          "birthdate": {
            "type": "string",
            "description": "Date of birth"
          },
          "country": {
            "type": "string",
            "description": "Country"
          },
          "province": {
            "type": "string",
            "description": "Province"
          },
          "city": {
            "type": "string",
            "description": "City"
          },
          "address": {
            "type": "string",
            "description": "Address"
          },
          "streetAddress": {
            "type": "string",
            "description": "Street address"
          },
          "postalCode": {
            "type": "string",
            "description": "Postal code"
          },
          "company": {
            "type": "string",
            "description": "Company"
          },
          "browser": {
            "type": "string",
            "description": "Browser user agent of the latest login"
          },
          "device": {
            "type": "string",
            "description": "Device of the latest login"
          },
          "givenName": {
            "type": "string",
            "description": "Given name"
          },
          "familyName": {
            "type": "string",
            "description": "Family name"
          },
          "middleName": {
            "type": "string",
            "description": "Middle name"
          },
          "profile": {
            "type": "string",
            "description": "Preferred Username"
          },
          "preferredUsername": {
            "type": "string",
            "description": "Preferred Username"
          },
          "website": {
            "type": "string",
            "description": "User's personal web page"
          },
          "zoneinfo": {
            "type": "string",
            "description": "User time zone"
          },
          "locale": {
            "type": "string",
            "description": "Locale"
          },
          "formatted": {
            "type": "string",
            "description": "Standard full formatted address"
          },
          "region": {
            "type": "string",
            "description": "User region"
          },
          "userSourceType": {
            "type": "string",
            "enum": [
              "excel",
              "register",
              "adminCreated",
              "sync"
            ],
            "x-enum-varnames": [
              "EXCEL",
              "REGISTER",
              "ADMIN_CREATED",
              "SYNC"
            ],
            "description": "Source type"
          },
          "userSourceId": {
            "type": "string",
            "description": "Application ID or sync task ID"
          },
          "lastLoginApp": {
            "type": "string",
            "description": "ID of the application the user last logged in to"
          },
          "mainDepartmentId": {
            "type": "string",
            "description": "User's main department ID"
          },
          "lastMfaTime": {
            "type": "string",
            "description": "Time of the user's last MFA authentication"
          },
          "passwordSecurityLevel": {
            "type": "number",
            "description": "User password strength level"
          },
          "resetPasswordOnNextLogin": {
            "type": "boolean",
            "description": "Password reset required at next login"
          },
          "registerSource": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Registration method"
          },
          "departmentIds": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "IDs of the user's departments"
          },
          "identities": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/IdentityDto"
            },
            "description": "External identity source"
          },
          "identityNumber": {
            "type": "string",
            "description": "User ID card number"
          },
          "customData": {
            "description": "User's extended field data"
          },
          "metadataSource": {
            "description": "User's data-object extended field data"
          },
          "postIdList": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "IDs of the departments the user belongs to"
          },
          "statusChangedAt": {
            "type": "string",
            "description": "Time the user status last changed"
          },
          "tenantId": {
            "type": "string",
            "description": "User's tenant ID"
          },
          "signedUp": {
            "type": "string",
            "description": "User registration time"
          }
        }
      },
      "UserPoolPublicConfigDto": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "User pool name"
          },
          "logo": {
            "type": "string",
            "description": "logo"
          },
          "description": {
            "type": "string",
            "description": "User pool description"
          }
        }
      },
      "UserSingleRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/UserDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "UserTenantListDto": {
        "type": "object",
        "required": [
          "tenantId",
          "tenantName",
          "joinAt"
        ],
        "properties": {
          "tenantId": {
            "type": "string",
            "description": "Tenant ID"
          },
          "tenantName": {
            "type": "string",
            "description": "Tenant name"
          },
          "joinAt": {
            "type": "string",
            "description": "Time the user joined the tenant"
          }
        }
      },
      "ValidatePasswordDto": {
        "type": "object",
        "properties": {
          "phone": {
            "type": "string",
            "description": "Phone number without country code (put the code in phoneCountryCode)"
          },
          "email": {
            "type": "string",
            "description": "Email, case-insensitive"
          },
          "username": {
            "type": "string",
            "description": "Username, unique within the user pool"
          },
          "phoneCountryCode": {
            "type": "string",
            "description": "Phone country code; optional for mainland China numbers; international SMS must be configured in the console"
          },
          "password": {
            "type": "string",
            "description": "User password, plaintext by default (sent over HTTPS); RSA256 or SM2 encryption via passwordEncryptType"
          },
          "passwordEncryptType": {
            "type": "string",
            "enum": [
              "sm2",
              "rsa",
              "none"
            ],
            "x-enum-varnames": [
              "SM2",
              "RSA",
              "NONE"
            ],
            "description": "Password encryption type: none (default), rsa (RSA256) or sm2"
          }
        }
      },
      "ValidatePasswordRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/ValidatePasswordResultDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "ValidatePasswordResultDto": {
        "type": "object",
        "required": [
          "valid"
        ],
        "properties": {
          "valid": {
            "type": "boolean",
            "description": "Whether the password is correct"
          }
        }
      },
      "VerifyAuthenticationDto": {
        "type": "object",
        "required": [
          "ticket",
          "authenticationCredential"
        ],
        "properties": {
          "ticket": {
            "type": "string",
            "description": "Ticket obtained from the get-WebAuthn-authentication-options endpoint"
          },
          "authenticationCredential": {
            "$ref": "#/components/schemas/AuthenticationCredentialDto",
            "description": "Authenticator credential information"
          },
          "options": {
            "$ref": "#/components/schemas/SignInByWebAuthnOptionsDto",
            "description": "Optional parameters"
          }
        }
      },
      "VerifyAuthenticationResultDto": {
        "type": "object",
        "required": [
          "verified"
        ],
        "properties": {
          "verified": {
            "type": "boolean",
            "description": "Result of verifying the authenticator login assertion; true means verified"
          },
          "tokenSet": {
            "$ref": "#/components/schemas/LoginTokenResponseDataDto",
            "description": "Returned only when the authenticator login assertion is verified (verified = true)"
          }
        }
      },
      "VerifyAuthenticationResultRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/VerifyAuthenticationResultDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "VerifyDeleteAccountRequestDataDto": {
        "type": "object",
        "required": [
          "deleteAccountToken",
          "tokenExpiresIn"
        ],
        "properties": {
          "deleteAccountToken": {
            "type": "string",
            "description": "Temporary token for account deletion; pass it to the delete-account endpoint"
          },
          "tokenExpiresIn": {
            "type": "number",
            "description": "Token lifetime, 60 seconds by default"
          }
        }
      },
      "VerifyDeleteAccountRequestDto": {
        "type": "object",
        "required": [
          "verifyMethod"
        ],
        "properties": {
          "verifyMethod": {
            "type": "string",
            "enum": [
              "PHONE_PASSCODE",
              "EMAIL_PASSCODE",
              "PASSWORD"
            ],
            "x-enum-varnames": [
              "PHONE_PASSCODE",
              "EMAIL_PASSCODE",
              "PASSWORD"
            ],
            "description": "Verification method for account deletion"
          },
          "phonePassCodePayload": {
            "$ref": "#/components/schemas/DeleteAccountByPhonePassCodeDto",
            "description": "Data for verification by phone passcode"
          },
          "emailPassCodePayload": {
            "$ref": "#/components/schemas/DeleteAccountByEmailPassCodeDto",
            "description": "Data for verification by email passcode"
          },
          "passwordPayload": {
            "$ref": "#/components/schemas/DeleteAccountByPasswordDto",
            "description": "Data for verification by password"
          }
        }
      },
      "VerifyDeleteAccountRequestRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/VerifyDeleteAccountRequestDataDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "VerifyInviteCodeDto": {
        "type": "object",
        "required": [
          "receiverType",
          "code",
          "token"
        ],
        "properties": {
          "receiverType": {
            "type": "string",
            "enum": [
              "smsCode",
              "emailCode"
            ],
            "x-enum-varnames": [
              "SMS_CODE",
              "EMAIL_CODE"
            ],
            "description": "Verification code type"
          },
          "code": {
            "type": "string",
            "description": "Verification code"
          },
          "token": {
            "type": "string",
            "description": "Invited-registration credential"
          }
        }
      },
      "VerifyRegistrationDto": {
        "type": "object",
        "required": [
          "ticket",
          "registrationCredential"
        ],
        "properties": {
          "ticket": {
            "type": "string",
            "description": "Ticket from the get-credential-creation-options call"
          },
          "registrationCredential": {
            "$ref": "#/components/schemas/RegistrationCredentialDto",
            "description": "Credential data for binding the authenticator"
          },
          "authenticatorCode": {
            "type": "string",
            "enum": [
              "fingerprint",
              "face",
              "other"
            ],
            "x-enum-varnames": [
              "FINGERPRINT",
              "FACE",
              "OTHER"
            ],
            "description": "Credential information type"
          }
        }
      },
      "VerifyRegistrationResultDto": {
        "type": "object",
        "required": [
          "verified"
        ],
        "properties": {
          "verified": {
            "type": "boolean",
            "description": "Result of verifying the authenticator registration"
          }
        }
      },
      "VerifyRegistrationResultRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/VerifyRegistrationResultDto",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "VerifyResetPasswordRequestDto": {
        "type": "object",
        "required": [
          "verifyMethod"
        ],
        "properties": {
          "verifyMethod": {
            "type": "string",
            "enum": [
              "EMAIL_PASSCODE",
              "PHONE_PASSCODE"
            ],
            "x-enum-varnames": [
              "EMAIL_PASSCODE",
              "PHONE_PASSCODE"
            ],
            "description": "Verification method for the forgot-password request"
          },
          "phonePassCodePayload": {
            "$ref": "#/components/schemas/ResetPasswordByPhonePassCodeDto",
            "description": "Data for verification by phone passcode"
          },
          "emailPassCodePayload": {
            "$ref": "#/components/schemas/ResetPasswordByEmailPassCodeDto",
            "description": "Data for verification by email passcode"
          }
        }
      },
      "VerifyUpdateEmailRequestData": {
        "type": "object",
        "required": [
          "updateEmailToken",
          "tokenExpiresIn"
        ],
        "properties": {
          "updateEmailToken": {
            "type": "string",
            "description": "Token for changing the email; pass it to the update-email endpoint"
          },
          "tokenExpiresIn": {
            "type": "number",
            "description": "Token lifetime, 60 seconds"
          }
        }
      },
      "VerifyUpdateEmailRequestDto": {
        "type": "object",
        "required": [
          "emailPassCodePayload",
          "verifyMethod"
        ],
        "properties": {
          "emailPassCodePayload": {
            "$ref": "#/components/schemas/UpdateEmailByEmailPassCodeDto",
            "description": "Data for verification by email passcode"
          },
          "verifyMethod": {
            "type": "string",
            "enum": [
              "EMAIL_PASSCODE"
            ],
            "x-enum-varnames": [
              "EMAIL_PASSCODE"
            ],
            "description": "Verification method used to change the current email"
          }
        }
      },
      "VerifyUpdateEmailRequestRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/VerifyUpdateEmailRequestData",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "VerifyUpdatePhoneRequestData": {
        "type": "object",
        "required": [
          "updatePhoneToken",
          "tokenExpiresIn"
        ],
        "properties": {
          "updatePhoneToken": {
            "type": "string",
            "description": "Token for changing the phone; pass it to the update-phone endpoint"
          },
          "tokenExpiresIn": {
            "type": "number",
            "description": "Expiry time in seconds"
          }
        }
      },
      "VerifyUpdatePhoneRequestDto": {
        "type": "object",
        "required": [
          "phonePassCodePayload",
          "verifyMethod"
        ],
        "properties": {
          "phonePassCodePayload": {
            "$ref": "#/components/schemas/UpdatePhoneByPhonePassCodeDto",
            "description": "Data for verification by phone passcode"
          },
          "verifyMethod": {
            "type": "string",
            "enum": [
              "PHONE_PASSCODE"
            ],
            "x-enum-varnames": [
              "PHONE_PASSCODE"
            ],
            "description": "Verification method for changing the phone number"
          }
        }
      },
      "VerifyUpdatePhoneRequestRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/VerifyUpdatePhoneRequestData",
                "description": "Response data"
              }
            }
          }
        ]
      },
      "WebAuthnCheckValidCredentialsByCredIdsRespDto": {
        "allOf": [
          {
            "$ref": "#/components/schemas/GenAuthEnvelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "array",
                "items": {},
                "description": "Response data"
              }
            }
          }
        ]
      },
      "WebAuthnRemoveCredentialDto": {
        "type": "object",
        "additionalProperties": {}
      },
      "WechatLoginTokenRespDto": {
        "type": "object",
        "required": [
          "token_type",
          "expire_in"
        ],
        "properties": {
          "scope": {
            "type": "string",
            "description": "Scope in the login request"
          },
          "access_token": {
            "type": "string",
            "description": "Access token used to call resource APIs for a limited time"
          },
          "id_token": {
            "type": "string",
            "description": "User identity token; contains user info once decoded"
          },
          "refresh_token": {
            "type": "string",
            "description": "refresh_token, used to obtain a new access token"
          },
          "token_type": {
            "type": "string",
            "description": "Token type"
          },
          "expire_in": {
            "type": "number",
            "description": "Expiry time in seconds"
          }
        }
      },
      "WechatMobileAuthByCodeIdentityInput": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Authorization code returned by WeChat after the client authorized successfully"
          },
          "appId": {
            "type": "string",
            "description": "Application ID"
          },
          "connId": {
            "type": "string",
            "description": "Identity source connection ID"
          },
          "options": {
            "$ref": "#/components/schemas/SignInOptionsDto",
            "description": "Login parameters"
          }
        }
      }
    }
  }
};
