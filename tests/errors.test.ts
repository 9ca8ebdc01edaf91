import { describe, expect, it } from "vitest";
import { describeValue } from "../src/errors.js";
import { PlannerError } from "../src/index.js";

describe("PlannerError", () => {
  it("is an Error with a stable code, frozen issues and a message naming path and value", () => {
    const error = new PlannerError("INVALID_INPUT", [{ path: "patient.goal", value: "x", message: "expected a goal" }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PlannerError");
    expect(error.message).toBe('patient.goal: expected a goal, got "x"');
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it.each([
    [undefined, "undefined"],
    [null, "null"],
    [3, "3"],
    [true, "true"],
    [10n, "10n"],
    ["a".repeat(100), `"${"a".repeat(57)}..."`],
    ["a".repeat(61), `"${"a".repeat(57)}..."`],
    ["a".repeat(60), `"${"a".repeat(60)}"`],
    [[1, 2], "an array of 2"],
    [() => 1, "a function"],
    [Symbol("s"), "a symbol"],
    [{}, "an object"],
  ])("describes %o as %s", (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});
