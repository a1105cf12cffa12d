/** An application registered with the mock server. */
export interface MockApp {
  /** ID of the application. */
  appId: string;
  /** Its secret. */
  appSecret: string;
}

/** A WeChat mini program or official account known to the mock server. */
export interface MockWechatApp {
  /** ID of the WeChat mini program or official account. */
  appId: string;
  /** Its secret. */
  appSecret: string;
}

/** The data a mock server starts with. Every list replaces the default list when given. */
export interface MockFixtures {
  /** GenAuth applications: `x-authing-app-id` must name one of them. */
  apps?: MockApp[];
  /** WeChat apps whose access tokens `getWechatMpAccessToken*` hands out. */
  wechatApps?: MockWechatApp[];
}

/** Fixtures with every list present. */
export type ResolvedFixtures = Required<MockFixtures>;

/**
 * What a mock server knows when you pass no fixtures:
 * - app `genauth-mock-app` with secret `genauth-mock-secret`;
 * - WeChat app `wx-mock-app` with secret `wx-mock-secret`.
 */
export const DEFAULT_FIXTURES: ResolvedFixtures = {
  apps: [{ appId: "genauth-mock-app", appSecret: "genauth-mock-secret" }],
  wechatApps: [{ appId: "wx-mock-app", appSecret: "wx-mock-secret" }],
};

/** Merges fixtures over the defaults, checking their shape so mistakes surface at start-up. */
export function resolveFixtures(fixtures: MockFixtures = {}): ResolvedFixtures {
  if (fixtures === null || typeof fixtures !== "object") throw new TypeError("fixtures must be an object");
  const resolved = { ...DEFAULT_FIXTURES, ...fixtures };
  checkCredentials("apps", resolved.apps);
  checkCredentials("wechatApps", resolved.wechatApps);
  return structuredClone(resolved);
}

function checkCredentials(field: string, list: unknown): void {
  if (!Array.isArray(list)) throw new TypeError(`fixtures.${field} must be an array of { appId, appSecret }`);
  list.forEach((entry, i) => {
    if (typeof entry?.appId !== "string" || typeof entry?.appSecret !== "string") {
      throw new TypeError(`fixtures.${field}[${i}] must have string appId and appSecret`);
    }
  });
}
