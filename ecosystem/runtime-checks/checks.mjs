// The checks every runtime of the matrix runs, in plain JavaScript that Node, Bun, Deno, workerd
// and a browser page all accept. The entry imports the SDK by its main specifier and passes it in,
// so each runtime resolves `@genauth/authentication-client` through its own export conditions.

/** Marks the line the harness reads the report from (the seed's own output is swallowed). */
export const REPORT_PREFIX = "RUNTIME-CHECK ";

const SEED_TIMEOUT_MS = 20_000;

/**
 * Runs the three checks and resolves to `{ runtime, build, methods, checks: { seed, signIn, parseIDToken } }`,
 * each check `{ ok, detail }` or `{ ok: false, error }`: a failing check never hides the others.
 * @param {typeof import("@genauth/authentication-client")} sdk
 * @param {{ appHost: string, appId: string, appSecret: string, user: { username: string, password: string, userId: string }, idToken: string, nonce: string, officialMethods: string[] }} config
 * @param {() => Promise<unknown>} loadSeed loads the seed's sample, which runs as it loads
 */
export async function runChecks(sdk, config, loadSeed) {
  const client = new sdk.AuthenticationClient({ appId: config.appId, appSecret: config.appSecret, appHost: config.appHost });
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

async function attempt(check) {
  try {
    return { ok: true, detail: await check() };
  } catch (error) {
    return { ok: false, error: `${error?.name ?? "Error"}: ${error?.message ?? String(error)}` };
  }
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
