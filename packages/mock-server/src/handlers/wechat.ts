import { randomBytes } from "node:crypto";
import { fail, ok } from "../envelope.js";
import type { Handler } from "../handler.js";

/** How long a minted WeChat access token lives, as WeChat's own tokens do. */
export const WECHAT_TOKEN_LIFETIME_SECONDS = 7200;

/**
 * Both WeChat token endpoints: check the WeChat credentials, then serve the cached token or mint
 * one. Messages never repeat the secret that was sent.
 */
export const wechatAccessToken: Handler = ({ body, state }) => {
  const { appId, appSecret } = body as { appId: string; appSecret: string };
  const wechatApp = state.fixtures.wechatApps.find((app) => app.appId === appId);
  if (!wechatApp) {
    return fail(602, `WeChat rejected appId ${JSON.stringify(appId)}: no such mini program or official account (40013 invalid appid)`);
  }
  if (wechatApp.appSecret !== appSecret) {
    return fail(602, `WeChat rejected the appSecret for appId ${JSON.stringify(appId)} (40125 invalid appsecret)`);
  }
  const now = state.nowSeconds();
  let token = state.wechatTokens.get(appId);
  if (!token || token.expiresAt <= now) {
    token = { accessToken: `mock_wx_${randomBytes(24).toString("base64url")}`, expiresAt: now + WECHAT_TOKEN_LIFETIME_SECONDS };
    state.wechatTokens.set(appId, token);
  }
  return ok({ accessToken: token.accessToken, expiresAt: String(token.expiresAt) });
};
