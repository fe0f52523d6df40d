import { describe, expect, it } from "vitest";
import { loginPath, safeNext } from "./next";

describe("loginPath", () => {
  it("remembers where the person was", () => {
    expect(loginPath("/settings/users?x=1", false)).toBe("/login?next=%2Fsettings%2Fusers%3Fx%3D1");
    expect(loginPath("/", false)).toBe("/login");
    expect(loginPath("/dashboard", true)).toBe("/login?next=%2Fdashboard&expired=1");
  });
});

describe("safeNext", () => {
  it.each([
    [null, "/requests"],
    ["/settings/api-tokens", "/settings/api-tokens"],
    ["https://evil.example/", "/requests"],
    ["//evil.example/", "/requests"],
    ["/\\evil.example", "/requests"],
    ["/login?next=/x", "/requests"],
  ])("%s → %s", (raw, expected) => {
    expect(safeNext(raw)).toBe(expected);
  });
});
