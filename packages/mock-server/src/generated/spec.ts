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
      "name": "WeChat",
      "description": "WeChat mini programs and official accounts."
    }
  ],
  "paths": {
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
      "GetWechatAccessTokenDto": {
        "type": "object",
        "description": "Identifies a WeChat mini program or official account.",
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
      "GetWechatAccessTokenDataDto": {
        "type": "object",
        "description": "A WeChat access token and when it expires.",
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
                "$ref": "#/components/schemas/GetWechatAccessTokenDataDto"
              }
            }
          }
        ]
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
                "$ref": "#/components/schemas/GetWechatAccessTokenDataDto"
              }
            }
          }
        ]
      }
    }
  }
};
