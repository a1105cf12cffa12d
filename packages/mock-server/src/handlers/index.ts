import type { Handler } from "../handler.js";
import { wechatAccessToken } from "./wechat.js";

/** Hand-written behaviour, by SDK method name. Operations without one answer example data. */
export const handlers: Record<string, Handler> = {
  getWechatMpAccessToken: wechatAccessToken,
  getWechatMpAccessTokenInfo: wechatAccessToken,
};
