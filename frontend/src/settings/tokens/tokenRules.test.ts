import { describe, expect, it } from "vitest";
import { expiresInDays, normalizeScopes, tokenStatus } from "./tokenRules";

describe("tokenStatus", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it.each([
    [{ revokedAt: null, expiresAt: null }, "active"],
    [{ revokedAt: null, expiresAt: "2026-12-01T00:00:00Z" }, "active"],
    [{ revokedAt: null, expiresAt: "2026-11-01T00:00:00Z" }, "expired"],
    [{ revokedAt: "2026-11-20T00:00:00Z", expiresAt: "2026-11-01T00:00:00Z" }, "revoked"],
  ] as const)("%j is %s", (token, expected) => {
    expect(tokenStatus(token, now)).toBe(expected);
  });
});

describe("normalizeScopes", () => {
  it.each([
    ["ticking WRITE adds READ", ["WRITE"], [], ["READ", "WRITE"]],
    ["unticking READ drops WRITE", ["WRITE"], ["READ", "WRITE"], []],
    ["READ alone stays", ["READ"], [], ["READ"]],
    ["unticking WRITE keeps READ", ["READ"], ["READ", "WRITE"], ["READ"]],
    ["order is stable", ["WRITE", "READ"], ["READ"], ["READ", "WRITE"]],
  ])("%s", (_label, next, previous, expected) => {
    expect(normalizeScopes(next, previous)).toEqual(expected);
  });
});

describe("expiresInDays", () => {
  it("omits the expiry for Never", () => {
    expect(expiresInDays("never")).toBeUndefined();
    expect(expiresInDays("90")).toBe(90);
  });
});
