// ManagementClient as users get it: installed from the packed tarballs with plain npm, in ESM and
// CJS projects (every official method), in TypeScript projects (node16 and bundler resolution) that
// type-check the guide's sample unchanged, and that sample run against the mock server, itself
// installed from its tarball.
import { describe, expect, it } from "vitest";
import { compileTypeScript, createConsumerProject } from "../lib/consumer-project.js";
import { managementClient, missingMethodsProgram, OFFICIAL_MANAGEMENT_METHODS } from "../lib/official-methods.js";
import { run } from "../lib/run.js";

const DEPENDENCIES = ["@genauth/management-client", "@genauth/mock-server"];

/** docs/management.md's "Against the mock server" sample, as written there. */
const SAMPLE = `import { ManagementClient } from "@genauth/management-client";
import { startMockServer } from "@genauth/mock-server";

const server = await startMockServer();
const managementClient = new ManagementClient({
  accessKeyId: "genauth-mock-access-key",
  accessKeySecret: "genauth-mock-access-secret",
  host: server.url,
});

const created = await managementClient.createUser({ username: "ann", password: "a long passphrase" });
if (created.statusCode !== 200) throw new Error(created.message);
await managementClient.createRole({ code: "editor", name: "Editor" });
await managementClient.assignRole({ code: "editor", targets: [{ targetType: "USER", targetIdentifier: created.data.userId }] });

const roles = await managementClient.getUserRoles({ userId: created.data.userId });
console.log(roles.data.list.map((role) => role.code)); // ["editor"]
await server.close();
`;

/** The same sample in a CommonJS module, which has no top-level await. */
function commonJsSample(): string {
  const imports = SAMPLE.split("\n").filter((line) => line.startsWith("import "));
  const body = SAMPLE.split("\n").filter((line) => !line.startsWith("import ") && line !== "");
  return `${imports.join("\n")}\n\nvoid (async () => {\n${body.map((line) => `  ${line}`).join("\n")}\n})();\n`;
}

describe("ManagementClient from the tarballs", () => {
  it("has every official method, in ESM and in CJS", async () => {
    // 498 operations and makeRequest.
    expect(OFFICIAL_MANAGEMENT_METHODS).toHaveLength(499);
    const esm = await createConsumerProject("management-esm", { type: "module", dependencies: DEPENDENCIES });
    const esmFile = esm.write("methods.js", missingMethodsProgram(managementClient("import")));
    expect(JSON.parse(await run(process.execPath, [esmFile], { cwd: esm.dir }))).toEqual([]);
    const cjs = await createConsumerProject("management-cjs", { type: "commonjs", dependencies: DEPENDENCIES });
    const cjsFile = cjs.write("methods.js", missingMethodsProgram(managementClient("require")));
    expect(JSON.parse(await run(process.execPath, [cjsFile], { cwd: cjs.dir }))).toEqual([]);
  });

  for (const resolution of ["node16", "bundler"] as const) {
    it(`type-checks the guide's sample (moduleResolution ${resolution}, skipLibCheck off) and runs it against the mock server`, async () => {
      const project = await createConsumerProject(`management-ts-${resolution}`, {
        type: "module",
        dependencies: DEPENDENCIES,
        // The mock server is a Node.js program: its types need Node's.
        registryDevDependencies: { "@types/node": "^20.19.43" },
      });
      project.write("src/index.ts", SAMPLE);
      project.write(
        "src/methods.ts",
        `import type { ManagementClient } from "@genauth/management-client";\nexport const official: (keyof ManagementClient)[] = ${JSON.stringify(OFFICIAL_MANAGEMENT_METHODS)};\n`,
      );
      await compileTypeScript(project, resolution, ["node"]);
      const stdout = await run(process.execPath, ["dist/index.js"], { cwd: project.dir });
      expect(stdout.trim().split("\n").at(-1)).toBe("[ 'editor' ]");
    });
  }

  // TypeScript's legacy resolution (module commonjs, the official SDK's own tsconfig) reads no
  // `exports`: without `typesVersions`, the Management types' subpath of @genauth/types would not
  // resolve and every result would silently be `any`.
  it("type-checks the sample in CommonJS (module commonjs, moduleResolution node10, skipLibCheck off) and runs it", async () => {
    const project = await createConsumerProject("management-ts-node10", {
      type: "commonjs",
      dependencies: DEPENDENCIES,
      registryDevDependencies: { "@types/node": "^20.19.43" },
    });
    project.write("src/index.ts", commonJsSample());
    project.write(
      "src/types.ts",
      `import { ManagementClient, Models } from "@genauth/management-client";
import { createCore, getUser } from "@genauth/management-client/functions";
export const official: (keyof ManagementClient)[] = ${JSON.stringify(OFFICIAL_MANAGEMENT_METHODS)};
export const status: Models.UserDto.status.ACTIVATED = Models.UserDto.status.ACTIVATED;
export async function typed(client: ManagementClient, host: string): Promise<void> {
  const user = await client.getUser({ userId: "u" });
  // @ts-expect-error the declarations are found: userId is a string, not a number
  const wrong: number = user.data.userId;
  const same = await getUser(createCore({ accessKeyId: "a", accessKeySecret: "b", host }), { userId: "u" });
  console.log(wrong, same.data.userId.length);
}
`,
    );
    await compileTypeScript(project, "node10", ["node"]);
    const stdout = await run(process.execPath, ["dist/index.js"], { cwd: project.dir });
    expect(stdout.trim().split("\n").at(-1)).toBe("[ 'editor' ]");
  });
});
