// The sample of the GenAuth docs page "Get WeChat Mini Program, Official Account Access Token",
// unchanged except its import line. `pnpm demo` runs it against the local mock server.
import { AuthenticationClient, Models } from "@genauth/authentication-client";

const authenticationClient = new AuthenticationClient({
  // Need to be replaced with your GenAuth AppId, Secret and Host
  appId: "GEN_AUTH_APP_ID",
  appSecret: "GEN_AUTH_APP_SECRET",
  appHost: "GEN_AUTH_APP_HOST",
});

(async () => {
  const result = await authenticationClient.getWechatMpAccessToken({
    appId: "xxxx",
    appSecret: "xxxx",
  });

  console.log(JSON.stringify(result, null, 2));
})();
