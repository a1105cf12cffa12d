import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

it("genauth-mock-server prints its URL and answers on it", async () => {
  const child = spawn(process.execPath, [CLI, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [line] = (await once(child.stdout, "data")) as [Buffer];
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())?.[0];
    expect(url).toBeDefined();
    const response = await fetch(`${url}/api/v3/get-wechat-access-token-info`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-authing-app-id": "genauth-mock-app" },
      body: JSON.stringify({ appId: "wx-mock-app", appSecret: "wx-mock-secret" }),
    });
    expect((await response.json()).statusCode).toBe(200);
  } finally {
    child.kill();
  }
});
