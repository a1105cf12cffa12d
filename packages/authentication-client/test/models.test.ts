import { spec } from "@genauth/mock-server";
import { expect, it } from "vitest";
import { Models } from "../src/index.js";

// `Models.<Dto>.<property>.<MEMBER>` must exist at run time, as in the official SDK, for every
// enum property the spec names members of; and `Models.<Dto>` must stay usable as a type.

interface EnumProperty {
  type?: string;
  enum?: string[];
  "x-enum-varnames"?: string[];
}
type SchemaNode = { properties?: Record<string, EnumProperty>; allOf?: SchemaNode[] };

function namedEnums(): [string, string, string[], string[]][] {
  const found: [string, string, string[], string[]][] = [];
  for (const [name, schema] of Object.entries((spec.components?.schemas ?? {}) as Record<string, SchemaNode>)) {
    const visit = (node: SchemaNode) => {
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        if (value["x-enum-varnames"] && value.enum) found.push([name, property, value.enum, value["x-enum-varnames"]]);
      }
      node.allOf?.forEach(visit);
    };
    visit(schema);
  }
  return found;
}

it("exposes every named enum of the spec under Models.<Dto>.<property>", () => {
  const enums = namedEnums();
  expect(enums.length).toBe(65);
  const models = Models as unknown as Record<string, Record<string, Record<string, string>>>;
  for (const [name, property, values, members] of enums) {
    const runtime = models[name]?.[property];
    expect(runtime, `Models.${name}.${property}`).toBeDefined();
    expect(Object.keys(runtime ?? {})).toEqual(members);
    expect(Object.values(runtime ?? {})).toEqual(values);
  }
});

it("names members the way the official SDK does", () => {
  expect(Models.AppQRCodeLoginDto.action.APP_LOGIN).toBe("APP_LOGIN");
  expect(Models.ExtendsFieldDto.inputType.DATE_TIME).toBe("dateTime");
  expect(Models.ExtendsFieldDto.inputType.DATETIME).toBe("datetime");
  expect(Models.ExtendsFieldDto.source.MANUAL_ADD).toBe("manual_add");
  expect(Models.ListPublicAccountDataDto.usertype._1).toBe("1");
  expect(Models.EnablePermissionApplyApplication.appType.MINI_PROGRAM).toBe("mini-program");
  expect(Models.InviteeContextDto.sendVerifyCodeMethod.PRIORITY_SMS).toBe("prioritySMS");
  expect(Models.PolicyCondition.param.MULTI_FACTOR_AUTH_PRESENT).toBe("MultiFactorAuthPresent");
});

it("keeps Models.<Dto> usable as the DTO type and Models.<Dto>.<property> as the value type", () => {
  const connection: Models.SignUpDto.connection = Models.SignUpDto.connection.PASSCODE;
  const dto: Models.SignUpDto = { connection, passCodePayload: { email: "ada@example.com", passCode: "1234" } };
  // @ts-expect-error: not one of SignUpDto.connection's values
  const wrong: Models.SignUpDto.connection = "EMAIL";
  expect([dto.connection, wrong]).toEqual(["PASSCODE", "EMAIL"]);
});

it("takes Models.<Dto>.<property>.<MEMBER> as a type, as official code writes enum members", () => {
  const passcode: Models.SignUpDto.connection.PASSCODE = Models.SignUpDto.connection.PASSCODE;
  const connection: Models.SignUpDto.connection = passcode;
  // @ts-expect-error: another member's value is not this member's type
  const other: Models.SignUpDto.connection.PASSCODE = Models.SignUpDto.connection.PASSWORD;
  const usertype: Models.ListPublicAccountDataDto.usertype._1 = "1";
  expect([connection, other, usertype]).toEqual(["PASSCODE", "PASSWORD", "1"]);
});
