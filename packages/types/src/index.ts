/**
 * Types of the GenAuth Authentication API (V3), generated from `specs/genauth-authentication.yaml`.
 *
 * - `paths`, `components` and `operations`: openapi-typescript's view of the whole document.
 * - One named type per schema (`GetWechatAccessTokenDto`, `GetWechatAccessTokenRespDto`, …).
 *
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/openapi.js";
export type * from "./generated/schemas.js";
