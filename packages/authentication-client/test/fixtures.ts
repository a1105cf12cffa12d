import { startMockServer, type MockServer, type MockServerOptions } from "@genauth/mock-server";

/** The GenAuth application the tests' clients sign their requests with. */
export const APP = { appId: "app-1", appSecret: "app-secret" };
/** The WeChat mini program whose access token the tests ask for. */
export const WECHAT = { appId: "wx-1", appSecret: "wx-secret-value" };

/** A mock server that knows {@link APP} and {@link WECHAT}. */
export function startWechatMock(options: Omit<MockServerOptions, "fixtures"> = {}): Promise<MockServer> {
  return startMockServer({ ...options, fixtures: { apps: [APP], wechatApps: [WECHAT] } });
}
