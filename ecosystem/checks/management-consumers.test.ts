// ManagementClient as users get it: installed from the packed tarballs with plain npm, in ESM and
// CJS projects (every official method), in TypeScript projects (node16 and bundler resolution) that
// type-check the guide's sample unchanged, and that sample run against the mock server, itself
// installed from its tarball.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createConsumerProject } from "../lib/consumer-project.js";
import { OFFICIAL_MANAGEMENT_METHODS } from "../lib/official-methods.js";
import { run } from "../lib/run.js";

const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");
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

/** A program printing the official methods the client lacks, as JSON: `[]` when it has them all. */
const missingMethods = (load: string) => `${load}
const client = new ManagementClient({ accessKeyId: "ak", accessKeySecret: "sk", host: "https://api.genauth.ai" });
const expected = ${JSON.stringify(OFFICIAL_MANAGEMENT_METHODS)};
console.log(JSON.stringify(expected.filter((name) => typeof client[name] !== "function")));
`;

describe("ManagementClient from the tarballs", () => {
  it("has every official method, in ESM and in CJS", async () => {
    // 498 operations and makeRequest.
    expect(OFFICIAL_MANAGEMENT_METHODS).toHaveLength(499);
    const esm = await createConsumerProject("management-esm", { type: "module", dependencies: DEPENDENCIES });
    const esmFile = esm.write("methods.js", missingMethods('import { ManagementClient } from "@genauth/management-client";'));
    expect(JSON.parse(await run(process.execPath, [esmFile], { cwd: esm.dir }))).toEqual([]);
    const cjs = await createConsumerProject("management-cjs", { type: "commonjs", dependencies: DEPENDENCIES });
    const cjsFile = cjs.write("methods.js", missingMethods('const { ManagementClient } = require("@genauth/management-client");'));
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
      project.write(
        "tsconfig.json",
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2022", "DOM"],
            module: resolution === "node16" ? "node16" : "esnext",
            moduleResolution: resolution,
            strict: true,
            skipLibCheck: false,
            types: ["node"],
            outDir: "dist",
          },
          include: ["src"],
        }),
      );
      await run(process.execPath, [TSC, "-p", "."], { cwd: project.dir });
      const stdout = await run(process.execPath, ["dist/index.js"], { cwd: project.dir });
      expect(stdout.trim().split("\n").at(-1)).toBe("[ 'editor' ]");
    });
  }
});
