// The checks every runtime of the matrix runs, in plain JavaScript that Node, Bun, Deno, workerd
// and a browser page all accept. The entry imports the SDK by the specifiers a user writes
// (`@genauth/authentication-client`, its `/functions` subpath, `@genauth/management-client`) and
// passes the modules in, so each runtime resolves them through its own export conditions.

/** Marks the line the harness reads the report from (the seed's own output is swallowed). */
export const REPORT_PREFIX = "RUNTIME-CHECK ";

const SEED_TIMEOUT_MS = 20_000;

/**
 * Runs the five checks and resolves to
 * `{ runtime, build, methods, checks: { seed, signIn, parseIDToken, management, functions } }`,
 * each check `{ ok, detail }` or `{ ok: false, error }`: a failing check never hides the others.
 * @param {{ authentication: typeof import("@genauth/authentication-client"), functions: typeof import("@genauth/authentication-client/functions"), management: typeof import("@genauth/management-client") }} sdk
 *   the modules as the entry imported them
 * @param {{ appHost: string, appId: string, appSecret: string, user: { username: string, password: string, userId: string }, idToken: string, nonce: string, officialMethods: string[], accessKey: { accessKeyId: string, accessKeySecret: string }, wechatApp: { appId: string, appSecret: string } }} config
 * @param {() => Promise<unknown>} loadSeed loads the seed's sample, which runs as it loads
 */
export async function runChecks(sdk, config, loadSeed) {
  const client = new sdk.authentication.AuthenticationClient({ appId: config.appId, appSecret: config.appSecret, appHost: config.appHost });
  return {
    runtime: describeRuntime(),
    // The node build's client is the subclass with the redirect-login helpers; the fetch build has none.
    build: typeof client.loginWithRedirect === "function" ? "node" : "fetch",
    // How many of the official SDK's methods the client has.
    methods: config.officialMethods.filter((name) => typeof client[name] === "function").length,
    checks: {
      seed: await attempt(() => seed(loadSeed)),
      signIn: await attempt(() => signInAndProfile(client, config)),
      parseIDToken: await attempt(() => parseIdToken(client, config)),
      management: await attempt(() => management(sdk.management, config)),
      functions: await attempt(() => standaloneFunctions(sdk.functions, config)),
    },
  };
}

/** Runs the sample and reads the envelope it prints, keeping it off this process's output. */
async function seed(loadSeed) {
  const log = console.log;
  let timer;
  try {
    const printed = new Promise((resolve, reject) => {
      console.log = (text) => resolve(String(text));
      timer = setTimeout(() => reject(new Error("the sample printed nothing")), SEED_TIMEOUT_MS);
    });
    await loadSeed();
    const result = JSON.parse(await printed);
    if (result.statusCode !== 200 || typeof result.data?.accessToken !== "string") {
      throw new Error(`unexpected envelope: ${JSON.stringify(result)}`);
    }
    return `statusCode 200, accessToken ${result.data.accessToken.slice(0, 10)}…`;
  } finally {
    clearTimeout(timer);
    console.log = log;
  }
}

async function signInAndProfile(client, { user }) {
  const signIn = await client.signInByUsernamePassword({ username: user.username, password: user.password });
  if (signIn.statusCode !== 200) throw new Error(`sign-in answered ${JSON.stringify(signIn)}`);
  client.setAccessToken(signIn.data.access_token);
  const profile = await client.getProfile();
  if (profile.statusCode !== 200 || profile.data?.userId !== user.userId) throw new Error(`getProfile answered ${JSON.stringify(profile)}`);
  return `userId ${profile.data.userId}`;
}

async function parseIdToken(client, { idToken, nonce, user, appId }) {
  const claims = await client.parseIDToken(idToken, { nonce });
  if (claims.sub !== user.userId || claims.aud !== appId) throw new Error(`unexpected claims: ${JSON.stringify(claims)}`);
  return `sub ${claims.sub}, verified with the mock's JWKS`;
}

/**
 * `ManagementClient` signs every request with the access key (Web Crypto's HMAC-SHA1, or
 * `node:crypto`'s in the Node.js build): `getUser` of the mock's default user must pass the mock's
 * signature check. In a web page the client must refuse to be constructed instead, since the page
 * would hand out the secret.
 */
async function management({ ManagementClient, GenAuthConfigError }, { appHost, accessKey, user }) {
  const options = { accessKeyId: accessKey.accessKeyId, accessKeySecret: accessKey.accessKeySecret, host: appHost };
  if (inWebPage()) {
    try {
      new ManagementClient(options);
    } catch (error) {
      if (error instanceof GenAuthConfigError && error.field === "dangerouslyAllowBrowser") {
        return "refused in a web page as it must: GenAuthConfigError, field dangerouslyAllowBrowser";
      }
      throw error;
    }
    throw new Error("constructed in a web page without dangerouslyAllowBrowser: true, which would hand out the access key secret");
  }
  const managementClient = new ManagementClient(options);
  const result = await managementClient.getUser({ userId: user.userId });
  if (result.statusCode !== 200 || result.data?.userId !== user.userId) throw new Error(`getUser answered ${JSON.stringify(result)}`);
  // The Node.js build's class names node:crypto's HMAC; the other build signs with Web Crypto.
  const hmac = typeof ManagementClient.hmacSha1 === "function" ? "node:crypto" : "Web Crypto";
  return `getUser ${result.data.userId}, signed with ${hmac}`;
}

/** The standalone functions of `/functions`: a core and the seed's operation, without the class. */
async function standaloneFunctions({ createCore, getWechatMpAccessToken }, { appHost, appId, appSecret, wechatApp }) {
  const core = createCore({ appId, appSecret, appHost });
  const result = await getWechatMpAccessToken(core, { appId: wechatApp.appId, appSecret: wechatApp.appSecret });
  if (result.statusCode !== 200 || typeof result.data?.accessToken !== "string") throw new Error(`getWechatMpAccessToken answered ${JSON.stringify(result)}`);
  return `getWechatMpAccessToken: statusCode 200, accessToken ${result.data.accessToken.slice(0, 10)}…`;
}

async function attempt(check) {
  try {
    return { ok: true, detail: await check() };
  } catch (error) {
    return { ok: false, error: `${error?.name ?? "Error"}: ${error?.message ?? String(error)}` };
  }
}

/** Whether this is a web page (Deno, Bun, Node.js and workerd have no `document`). */
function inWebPage() {
  return typeof globalThis.document !== "undefined";
}

/** Which runtime this is, as it names itself. */
function describeRuntime() {
  const g = globalThis;
  if (g.Bun) return `Bun ${g.Bun.version}`;
  if (g.Deno) return `Deno ${g.Deno.version.deno}`;
  // workerd defines a `process` of its own, so it is told apart first.
  if (g.navigator?.userAgent === "Cloudflare-Workers") return g.navigator.userAgent;
  if (g.process?.versions?.node) return `Node ${g.process.versions.node}`;
  return g.navigator?.userAgent ?? "unknown";
}
