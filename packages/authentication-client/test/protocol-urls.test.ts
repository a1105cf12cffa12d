import { describe, expect, it } from "vitest";
import { AuthenticationClient, GenAuthConfigError } from "../src/index.js";

const base = { appId: "app-1", appSecret: "app-secret", appHost: "https://my-app.genauth.ai", redirectUri: "https://rp.example/cb" };

describe("PKCE helpers", () => {
  it("generateCodeChallenge makes 43 random alphanumerics", () => {
    const client = new AuthenticationClient(base);
    const a = client.generateCodeChallenge();
    expect(a).toMatch(/^[A-Za-z0-9]{43}$/);
    expect(client.generateCodeChallenge()).not.toBe(a);
  });

  it("getCodeChallengeDigest computes RFC 7636's S256 example", () => {
    const client = new AuthenticationClient(base);
    const verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    expect(client.getCodeChallengeDigest({ codeChallenge: verifier, method: "S256" })).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    expect(client.getCodeChallengeDigest({ codeChallenge: verifier, method: "plain" })).toBe(verifier);
  });

  it("refuses a verifier that RFC 7636 forbids, naming the field", () => {
    const client = new AuthenticationClient(base);
    const error = (() => {
      try {
        client.getCodeChallengeDigest({ codeChallenge: "short", method: "S256" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect((error as GenAuthConfigError).field).toBe("codeChallenge");
  });
});

describe("buildAuthorizeUrl", () => {
  it("OIDC: state, nonce, scope, redirect URI and the S256 challenge of a verifier (the official SDK dropped PKCE)", () => {
    const client = new AuthenticationClient(base);
    const codeVerifier = client.generateCodeChallenge();
    const { url, state, nonce } = client.buildAuthorizeUrl({ codeVerifier, scope: "openid profile offline_access" });
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe("https://my-app.genauth.ai/oidc/auth");
    const q = parsed.searchParams;
    expect(q.get("client_id")).toBe("app-1");
    expect(q.get("redirect_uri")).toBe(base.redirectUri);
    expect(q.get("response_type")).toBe("code");
    expect(q.get("response_mode")).toBe("query");
    expect(q.get("scope")).toBe("openid profile offline_access");
    expect(q.get("prompt")).toBe("consent");
    expect(q.get("state")).toBe(state);
    expect(q.get("nonce")).toBe(nonce);
    expect(state).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(q.get("code_challenge")).toBe(client.getCodeChallengeDigest({ codeChallenge: codeVerifier, method: "S256" }));
    expect(q.get("code_challenge_method")).toBe("S256");
  });

  it("OIDC: keeps a given challenge, state, nonce, tenant and forced login", () => {
    const client = new AuthenticationClient(base);
    const challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    const result = client.buildAuthorizeUrl({ codeChallenge: challenge, state: "s1", nonce: "n1", tenantId: "t1", forced: true });
    const q = new URL(result.url).searchParams;
    expect([q.get("code_challenge"), q.get("code_challenge_method"), q.get("state"), q.get("nonce"), q.get("tenantId"), q.get("prompt")]).toEqual([
      challenge,
      "S256",
      "s1",
      "n1",
      "t1",
      "login",
    ]);
    expect(result).toMatchObject({ state: "s1", nonce: "n1" });
    expect(() => client.buildAuthorizeUrl({ codeChallenge: "too-short" })).toThrow(GenAuthConfigError);
  });

  it("OAuth, SAML and CAS variants", () => {
    const oauth = new AuthenticationClient({ ...base, protocol: "oauth" }).buildAuthorizeUrl({ state: "x" });
    expect(oauth.url).toBe(
      "https://my-app.genauth.ai/oauth/auth?client_id=app-1&scope=user&state=x&redirect_uri=https%3A%2F%2Frp.example%2Fcb&response_type=code",
    );
    expect(oauth.nonce).toBeUndefined();
    expect(new AuthenticationClient({ ...base, protocol: "saml" }).buildAuthorizeUrl()).toEqual({ url: "https://my-app.genauth.ai/api/v2/saml-idp/app-1" });
    expect(new AuthenticationClient({ ...base, protocol: "cas" }).buildAuthorizeUrl({ service: "https://rp.example/cas?a=1" })).toEqual({
      url: "https://my-app.genauth.ai/cas-idp/app-1?service=https%3A%2F%2Frp.example%2Fcas%3Fa%3D1",
    });
  });
});

describe("buildLogoutUrl", () => {
  it("OIDC: id_token_hint, post_logout_redirect_uri and state; no options is fine (the official SDK threw)", () => {
    const client = new AuthenticationClient({ ...base, logoutRedirectUri: "https://rp.example/bye" });
    const q = new URL(client.buildLogoutUrl({ idToken: "id.token.x", state: "s" })).searchParams;
    expect(Object.fromEntries(q)).toEqual({ id_token_hint: "id.token.x", post_logout_redirect_uri: "https://rp.example/bye", state: "s" });
    expect(new AuthenticationClient(base).buildLogoutUrl()).toBe("https://my-app.genauth.ai/oidc/session/end?client_id=app-1");
  });

  it("CAS and other protocols return an encoded URL (the official SDK threw it for OAuth/SAML)", () => {
    expect(new AuthenticationClient({ ...base, protocol: "cas" }).buildLogoutUrl({ redirectUri: "https://rp.example/?a=1&b=2" })).toBe(
      "https://my-app.genauth.ai/cas-idp/logout?url=https%3A%2F%2Frp.example%2F%3Fa%3D1%26b%3D2",
    );
    expect(new AuthenticationClient({ ...base, protocol: "oauth" }).buildLogoutUrl({ redirectUri: "https://rp.example/" })).toBe(
      "https://my-app.genauth.ai/login/profile/logout?redirect_uri=https%3A%2F%2Frp.example%2F",
    );
  });
});

describe("protocol options", () => {
  it.each([
    [{ scope: "profile" }, "scope"],
    [{ protocol: "saml2" }, "protocol"],
    [{ introspectionEndPointAuthMethod: "basic" }, "introspectionEndPointAuthMethod"],
    [{ revocationEndPointAuthMethod: "private_key_jwt" }, "revocationEndPointAuthMethod"],
    [{ clockTolerance: -1 }, "clockTolerance"],
  ])("rejects %j naming %s", (extra, field) => {
    const error = (() => {
      try {
        new AuthenticationClient({ ...base, ...(extra as object) });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect((error as GenAuthConfigError).field).toBe(field);
  });

  it("token calls of a SAML client fail before any request, naming protocol", async () => {
    const client = new AuthenticationClient({ ...base, protocol: "saml" });
    await expect(client.getAccessTokenByCode("c")).rejects.toMatchObject({ name: "GenAuthConfigError", field: "protocol" });
  });
});
