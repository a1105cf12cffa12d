import { expect, it } from "vitest";
import { defineOperationMethods, type Operation } from "../src/operation-table.js";
import type { Transport } from "../src/transport.js";

/** What each method call handed the transport. */
type Sent = { operation: Operation; input: unknown; options: unknown };

const OPERATIONS = {
  getThing: { method: "GET", path: "/api/v3/get-thing", query: { required: true, fields: [{ name: "thingId" }] } },
  listThings: {
    method: "GET",
    path: "/api/v3/list-things",
    query: {
      required: false,
      positional: true,
      fields: [
        { name: "page", default: 1 },
        { name: "limit", default: 10 },
      ],
    },
  },
  ownMethod: { method: "POST", path: "/api/v3/own", body: true },
  handwritten: { method: "GET", path: "/api/v3/handwritten", handwritten: true },
} satisfies Record<string, Operation>;

class Client {
  readonly sent: Sent[] = [];
  readonly transport = {
    request: (operation: Operation, input: unknown, options: unknown) => {
      this.sent.push({ operation, input, options });
      return Promise.resolve({ statusCode: 200 });
    },
  } as unknown as Transport;

  ownMethod(): string {
    return "the class's own";
  }
}
defineOperationMethods(Client.prototype, OPERATIONS, (client) => client.transport);
type WithMethods = Client & Record<"getThing" | "listThings", (...args: unknown[]) => Promise<unknown>>;

it("gives the class a method per entry, named after it, which sends the entry with the arguments", async () => {
  const client = new Client() as WithMethods;
  await client.getThing({ thingId: "t1" }, { timeout: 5 });
  await client.listThings(2);
  expect(client.getThing.name).toBe("getThing");
  expect(client.sent).toEqual([
    { operation: OPERATIONS.getThing, input: { query: { thingId: "t1" } }, options: { timeout: 5 } },
    { operation: OPERATIONS.listThings, input: { query: { page: 2, limit: 10 } }, options: undefined },
  ]);
});

it("keeps the class's own methods, skips hand-written entries, and defines nothing enumerable", () => {
  const client = new Client();
  expect(client.ownMethod()).toBe("the class's own");
  expect("handwritten" in client).toBe(false);
  const enumerable: string[] = [];
  for (const key in client) enumerable.push(key);
  expect(enumerable.sort()).toEqual(["sent", "transport"]);
  expect(client).toBeInstanceOf(Client);
});
