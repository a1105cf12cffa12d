import { DEFAULT_SOCKET_URI } from "@genauth/core";
import type { ManagementClientOptions } from "./options.js";

/**
 * The values the client uses for options left out, under the official SDK's name, for code that
 * reads them (the key pair has no default: it is required). Frozen: defaults change per client,
 * through the constructor's options, never for the whole process.
 */
export const DEFAULT_OPTIONS: Readonly<{
  timeout: number;
  host: string;
  lang: NonNullable<ManagementClientOptions["lang"]>;
  accessKeyId: string;
  accessKeySecret: string;
  rejectUnauthorized: boolean;
  socketUri: string;
  retryTimes: number;
}> = Object.freeze({
  timeout: 10_000,
  host: "https://api.authing.cn",
  lang: "zh-CN",
  accessKeyId: "",
  accessKeySecret: "",
  rejectUnauthorized: true,
  socketUri: DEFAULT_SOCKET_URI,
  retryTimes: 5,
});
