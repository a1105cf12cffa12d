import { expect, it } from "vitest";
import { Models } from "../src/index.js";

// Official Management code uses the enums of `Models` as values and their members as types.

it("has the official SDK's enum members as values and as types", () => {
  const status: Models.UserDto.status.ACTIVATED = Models.UserDto.status.ACTIVATED;
  const any: Models.UserDto.status = status;
  // @ts-expect-error: another member's value is not this member's type
  const other: Models.UserDto.status.ACTIVATED = Models.UserDto.status.SUSPENDED;
  expect([any, other]).toEqual(["Activated", "Suspended"]);
  expect(Models.AddDepartmentMembersReqDto.departmentIdType.OPEN_DEPARTMENT_ID).toBe("open_department_id");
});
