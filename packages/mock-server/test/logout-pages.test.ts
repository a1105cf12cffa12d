// The logout URLs buildLogoutUrl gives CAS clients (/cas-idp/logout?url=…) and OAuth / SAML clients
// (/login/profile/logout?redirect_uri=…) send the browser back to a registered URL, as
// /oidc/session/end does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";

const APP: MockApp = {
  appId: "app-1",
  appSecret: "secret-1",
  postLogoutRedirectUris: ["https://app.example/bye"],
  casServices: ["https://app.example/cas"],
};

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

const visit = (path: string, params: Record<string, string> = {}) => fetch(`${server.url}${path}?${new URLSearchParams(params)}`, { redirect: "manual" });

describe("/cas-idp/logout", () => {
  it("redirects to a url (or service) an app registers as a CAS service or logout URL", async () => {
    const cases: Record<string, string>[] = [
      { url: "https://app.example/cas?after=logout" },
      { service: "https://app.example/cas" },
      { url: "https://app.example/bye" },
    ];
    for (const params of cases) {
      const answer = await visit("/cas-idp/logout", params);
      expect(answer.status).toBe(302);
      expect(answer.headers.get("location")).toBe(Object.values(params)[0]);
    }
  });

  it("refuses another URL with 400 and no redirect, and shows a page without one", async () => {
    for (const url of ["https://evil.example/", "javascript:alert(1)", "https://app.example/bye#x"]) {
      const refused = await visit("/cas-idp/logout", { url });
      expect(refused.status).toBe(400);
      expect(refused.headers.get("location")).toBeNull();
    }
    const page = await visit("/cas-idp/logout");
    expect([page.status, await page.text()]).toEqual([200, "signed out"]);
  });
});

describe("/login/profile/logout", () => {
  it("redirects to a redirect_uri an app registers as a logout URL, and refuses another", async () => {
    const ok = await visit("/login/profile/logout", { redirect_uri: "https://app.example/bye" });
    expect([ok.status, ok.headers.get("location")]).toEqual([302, "https://app.example/bye"]);
    const refused = await visit("/login/profile/logout", { redirect_uri: "https://app.example/cas" });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("location")).toBeNull();
    expect(await refused.text()).toContain("postLogoutRedirectUris");
    const page = await visit("/login/profile/logout");
    expect([page.status, await page.text()]).toEqual([200, "signed out"]);
  });

  it("takes loopback URLs for an app that registers no logout URLs", async () => {
    const own = await startMockServer({ fixtures: { apps: [{ appId: "defaults", appSecret: "s" }] } });
    try {
      const answer = await fetch(`${own.url}/login/profile/logout?${new URLSearchParams({ redirect_uri: "http://localhost:3000/" })}`, { redirect: "manual" });
      expect([answer.status, answer.headers.get("location")]).toEqual([302, "http://localhost:3000/"]);
    } finally {
      await own.close();
    }
  });
});
