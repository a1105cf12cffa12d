/**
 * Types of the GenAuth Management API (V3), generated from `specs/genauth-management.yaml`; a
 * subpath of its own, because both APIs have schemas of the same name and different shapes
 * (`UserDto`, `RoleDto`…).
 *
 * - `paths`, `components` and `operations`: openapi-typescript's view of the whole document.
 * - One named type per schema (`UserSingleRespDto`, `CreateUserReqDto`, …).
 *
 * @example
 * ```ts
 * import type { CreateUserReqDto, UserSingleRespDto } from "@genauth/types/management";
 * ```
 *
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/management/openapi.js";
export type * from "./generated/management/schemas.js";
