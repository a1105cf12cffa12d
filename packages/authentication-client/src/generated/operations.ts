// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { OperationDescriptor } from "@genauth/core";

/** Every spec operation, by SDK method name: how the transport calls it. */
export const operations = {
  getWechatMpAccessToken: { method: "POST", path: "/api/v3/get-wechat-access-token" },
  getWechatMpAccessTokenInfo: { method: "POST", path: "/api/v3/get-wechat-access-token-info" },
} as const satisfies Record<string, OperationDescriptor>;

/** The SDK method name of a spec operation. */
export type OperationName = keyof typeof operations;
