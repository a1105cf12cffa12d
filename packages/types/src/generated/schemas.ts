// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { components } from "./openapi.js";

/**
 * The outer shape shared by GenAuth V3 JSON responses.
 */
export type GenAuthEnvelope = components["schemas"]["GenAuthEnvelope"];

/**
 * The envelope of a failed call (or one that needs a further step): `statusCode` is not 200
 * and there is no `data`.
 */
export type GenAuthErrorEnvelope = components["schemas"]["GenAuthErrorEnvelope"];

/**
 * Identifies a WeChat mini program or official account.
 */
export type GetWechatAccessTokenDto = components["schemas"]["GetWechatAccessTokenDto"];

/**
 * A WeChat access token and when it expires.
 */
export type GetWechatAccessTokenDataDto = components["schemas"]["GetWechatAccessTokenDataDto"];

/**
 * Envelope answering `getWechatMpAccessToken`.
 */
export type GetWechatAccessTokenRespDto = components["schemas"]["GetWechatAccessTokenRespDto"];

/**
 * Envelope answering `getWechatMpAccessTokenInfo`.
 */
export type GetWechatAccessTokenInfoRespDto = components["schemas"]["GetWechatAccessTokenInfoRespDto"];
