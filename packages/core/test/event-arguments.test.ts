import { expect, it } from "vitest";
import { checkPublishArguments, checkSubscribeArguments, GenAuthConfigError } from "../src/index.js";

/** The error `check` throws, or undefined. */
function thrown(check: () => void): unknown {
  try {
    check();
  } catch (error) {
    return error;
  }
  return undefined;
}

it("refuses an event name that is not a non-empty string, naming eventName", () => {
  for (const eventName of ["", undefined, 1, null]) {
    const error = thrown(() => checkPublishArguments(eventName, "{}"));
    expect(error).toBeInstanceOf(GenAuthConfigError);
    expect(error).toMatchObject({ field: "eventName" });
    expect(thrown(() => checkSubscribeArguments(eventName, () => {}))).toMatchObject({ field: "eventName" });
  }
});

it("refuses pub data that is not a string, and a sub callback that is not a function", () => {
  expect(thrown(() => checkPublishArguments("my-app.order.paid", { id: 1 }))).toMatchObject({
    field: "data",
    message: expect.stringContaining("JSON.stringify"),
  });
  expect(thrown(() => checkSubscribeArguments("my-app.order.paid", "log"))).toMatchObject({ field: "callback" });
});

it("accepts a named event with string data and a callback", () => {
  expect(thrown(() => checkPublishArguments("my-app.order.paid", '{"id":1}'))).toBeUndefined();
  expect(thrown(() => checkSubscribeArguments("my-app.order.paid", () => {}))).toBeUndefined();
});
