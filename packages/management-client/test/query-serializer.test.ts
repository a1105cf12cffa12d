import { createRequire } from "node:module";
import { createGenAuthQuerySerializer } from "@genauth/core";
import fc from "fast-check";
import { expect, it } from "vitest";

// The Management API's query serializer against the one the official SDK sends through: axios's
// params serializer, from the official's own dependency. For any query of plain JSON values and
// dates, nested to any depth, the server receives the same parameters in the same order.

const require = createRequire(import.meta.url);
const axios = require(require.resolve("axios", { paths: [require.resolve("authing-node-sdk")] })) as {
  getUri(config: { url: string; params: unknown }): string;
};

const serialize = createGenAuthQuerySerializer();

/** The parameters a server reads from what each side sends. */
const ours = (query: Record<string, unknown>) => [...new URLSearchParams(serialize(query))];
const theirs = (query: Record<string, unknown>) => [...new URL(axios.getUri({ url: "http://server.test/api", params: query })).searchParams];

// Names as APIs use them, with characters that need encoding. Left out on purpose: names that
// start or end with a space (axios trims them), or end with `[]` or `{}` (axios reads those as
// instructions to format the value), none of which is a Management API parameter name.
const name = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_ &=%+?#é中-]{0,8}[A-Za-z0-9_&=%+?#é中-]$|^[A-Za-z0-9_]$/);
const leaf = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(name, tie("value"), { maxKeys: 4 }),
}));

it("sends what axios sends for any query, nested to any depth", () => {
  fc.assert(
    fc.property(fc.dictionary(name, value, { maxKeys: 5 }), (query) => {
      expect(ours(query)).toEqual(theirs(query));
    }),
    { numRuns: 2000 },
  );
});

it("sends the shapes the Management API uses as axios does", () => {
  const query = { userIds: ["a", "b c"], source: { a: { b: 1 }, list: [1, { id: "x" }] }, start: new Date(0), page: 1, flag: false };
  expect(ours(query)).toEqual(theirs(query));
  expect(ours(query).map(([key]) => key)).toEqual([
    "userIds[]",
    "userIds[]",
    "source[a][b]",
    "source[list][0]",
    "source[list][1][id]",
    "start",
    "page",
    "flag",
  ]);
});
