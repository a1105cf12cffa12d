// CAS serviceValidate answers XML unless the request asks for JSON (CAS 3.0 §2.5.1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockApp, type MockServer } from "../src/index.js";

const SERVICE = "http://127.0.0.1:9/cas";
const APP: MockApp = { appId: "app-1", appSecret: "secret-1", casServices: [SERVICE] };

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ fixtures: { apps: [APP] } });
});
afterAll(() => server.close());

async function ticket(): Promise<string> {
  const login = await fetch(`${server.url}/cas-idp/${APP.appId}?${new URLSearchParams({ service: SERVICE })}`, { redirect: "manual" });
  return new URL(login.headers.get("location") as string).searchParams.get("ticket") as string;
}

const validate = async (params: Record<string, string>) =>
  fetch(`${server.url}/cas-idp/${APP.appId}/serviceValidate?${new URLSearchParams({ service: SERVICE, ...params })}`);

describe("serviceValidate", () => {
  it("answers XML without format", async () => {
    const answer = await validate({ ticket: await ticket() });
    expect(answer.headers.get("content-type")).toContain("xml");
    expect(await answer.text()).toContain("<cas:user>mock-user</cas:user>");
    const failure = await validate({ ticket: "ST-unknown" });
    expect(await failure.text()).toContain(`<cas:authenticationFailure code="INVALID_TICKET">`);
  });

  it("answers as format asks, in any case: JSON for JSON, XML for XML", async () => {
    for (const format of ["JSON", "json"]) {
      const answer = await validate({ ticket: await ticket(), format });
      expect(answer.headers.get("content-type")).toContain("application/json");
      expect(await answer.json()).toMatchObject({ serviceResponse: { authenticationSuccess: { user: "mock-user" } } });
    }
    for (const format of ["XML", "xml"]) {
      const answer = await validate({ ticket: await ticket(), format });
      expect(answer.headers.get("content-type")).toContain("xml");
      expect(await answer.text()).toContain("<cas:user>mock-user</cas:user>");
    }
  });
});
