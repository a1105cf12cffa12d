import { createCore, getWechatMpAccessToken } from "@genauth/authentication-client/functions";
const core = createCore({ appId: "APP_ID", appSecret: "APP_SECRET", appHost: "https://example.genauth.ai" });
getWechatMpAccessToken(core, { appId: "wx", appSecret: "wx-secret" }).then((result) => console.log(result));
