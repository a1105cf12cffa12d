import { describe, expect, it } from "vitest";
import { exampleFromSchema } from "../src/example.js";

describe("exampleFromSchema", () => {
  it("prefers const, example, default and the first enum value, in that order", () => {
    expect(exampleFromSchema({ type: "string", const: "c", example: "e" })).toBe("c");
    expect(exampleFromSchema({ type: "string", example: "e", default: "d" })).toBe("e");
    expect(exampleFromSchema({ type: "string", examples: ["x", "y"] })).toBe("x");
    expect(exampleFromSchema({ type: "number", default: 10, enum: [3] })).toBe(10);
    expect(exampleFromSchema({ type: "string", enum: ["PASSWORD", "PASSCODE"] })).toBe("PASSWORD");
  });

  it("picks values by property name", () => {
    const value = exampleFromSchema({
      type: "object",
      properties: {
        email: { type: "string" },
        phone: { type: "string" },
        phoneCountryCode: { type: "string" },
        userId: { type: "string" },
        createdAt: { type: "string" },
        statusCode: { type: "number" },
        expire_in: { type: "number" },
        photo: { type: "string" },
        emailVerified: { type: "boolean" },
        passCode: { type: "string" },
      },
    });
    expect(value).toEqual({
      email: "user@example.com",
      phone: "13800000000",
      phoneCountryCode: "+86",
      userId: "user-example-id",
      createdAt: "2024-01-01T00:00:00.000Z",
      statusCode: 200,
      expire_in: 7200,
      photo: "https://example.com/",
      emailVerified: true,
      passCode: "123456",
    });
  });

  it("honours formats, lengths and numeric bounds", () => {
    expect(exampleFromSchema({ type: "string", format: "date-time" }, { now: Date.UTC(2030, 5, 1) })).toBe("2030-06-01T00:00:00.000Z");
    expect(exampleFromSchema({ type: "string", format: "uri" })).toBe("https://example.com/");
    expect(exampleFromSchema({ type: "string", minLength: 12 })).toHaveLength(12);
    expect(exampleFromSchema({ type: "string", maxLength: 3 })).toHaveLength(3);
    expect(exampleFromSchema({ type: "integer", minimum: 5 })).toBe(5);
    expect(exampleFromSchema({ type: "number", maximum: 0 })).toBe(0);
    expect(exampleFromSchema({ type: ["null", "integer"] })).toBe(1);
  });

  it("resolves $refs, merges allOf and takes the first non-null branch of anyOf/oneOf", () => {
    const document = {
      components: {
        schemas: {
          Envelope: { type: "object", required: ["statusCode", "message"], properties: { statusCode: { type: "number" }, message: { type: "string" } } },
          Data: { type: "object", required: ["token"], properties: { token: { type: "string" } } },
        },
      },
    };
    const schema = {
      anyOf: [
        {
          allOf: [
            { $ref: "#/components/schemas/Envelope" },
            { type: "object", required: ["data"], properties: { data: { $ref: "#/components/schemas/Data" } } },
          ],
        },
        { type: "null" },
      ],
    };
    expect(exampleFromSchema(schema, { document })).toEqual({
      statusCode: 200,
      message: "Operation successful",
      data: { token: "example-token" },
    });
    expect(exampleFromSchema({ oneOf: [{ type: "null" }, { type: "boolean" }] })).toBe(true);
  });

  it("keeps only required properties when asked, and fills required names without a schema", () => {
    const schema = { type: "object", required: ["password", "extra"], properties: { password: { type: "string" }, nickname: { type: "string" } } };
    expect(exampleFromSchema(schema, { requiredOnly: true })).toEqual({ password: "Example-Passw0rd", extra: "example" });
  });

  it("stops at recursive schemas with an empty list", () => {
    const document = {
      components: {
        schemas: {
          Node: {
            type: "object",
            required: ["name", "children"],
            properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
          },
        },
      },
    };
    expect(exampleFromSchema({ $ref: "#/components/schemas/Node" }, { document })).toEqual({ name: "Example", children: [] });
  });

  it("is deterministic", () => {
    const schema = { type: "array", items: { type: "object", properties: { id: { type: "string" }, at: { type: "number" } } } };
    expect(exampleFromSchema(schema)).toEqual(exampleFromSchema(schema));
  });

  it("refuses a $ref that does not resolve, naming it", () => {
    expect(() => exampleFromSchema({ $ref: "#/components/schemas/Missing" }, { document: {} })).toThrow(/Missing/);
  });
});

describe("exampleFromSchema's name option", () => {
  it("picks a value for a parameter by its name", () => {
    expect(exampleFromSchema({ type: "string" }, { name: "email" })).toBe("user@example.com");
    expect(exampleFromSchema({ type: "number" }, { name: "limit" })).toBe(10);
  });
});
