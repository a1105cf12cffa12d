import { expect } from "vitest";
import { GenAuthConfigError } from "../../src/index.js";

/** The `GenAuthConfigError` that `make` throws; fails the test if it throws anything else or nothing. */
export function configError(make: () => unknown): GenAuthConfigError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(GenAuthConfigError);
    return error as GenAuthConfigError;
  }
  throw new Error("expected a GenAuthConfigError");
}
