import { describe, expect, it } from "vitest";
import {
  canOpen,
  canOpenSettings,
  canSubmitRequests,
  navItemsFor,
  parseRole,
  settingsItemsFor,
  type Role,
} from "./roles";

const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe("navigation by role", () => {
  it("shows admins every section", () => {
    expect(labels(navItemsFor("ADMIN"))).toEqual([
      "Requests",
      "Workflows",
      "Request Forms",
      "Integrations",
      "Dashboard",
      "Settings",
    ]);
  });

  it("keeps requesters to their requests and the dashboard", () => {
    expect(labels(navItemsFor("REQUESTER"))).toEqual(["Requests", "Dashboard"]);
    expect(canOpen("REQUESTER", "settings")).toBe(false);
    expect(canOpen("REQUESTER", "integrations")).toBe(false);
  });

  it("lets viewers look everywhere", () => {
    expect(navItemsFor("VIEWER")).toHaveLength(6);
  });
});

describe("settings by role", () => {
  it.each<[Role, string[]]>([
    ["ADMIN", ["Users", "API tokens", "Password", "Audit log"]],
    ["VIEWER", ["API tokens", "Password"]],
    ["REQUESTER", []],
  ])("%s sees %j", (role, expected) => {
    expect(labels(settingsItemsFor(role))).toEqual(expected);
  });

  it("never lets a requester into any settings section", () => {
    for (const section of ["users", "apiTokens", "password", "auditLog"] as const) {
      expect(canOpenSettings("REQUESTER", section)).toBe(false);
    }
  });
});

describe("canSubmitRequests", () => {
  it("lets requesters and admins submit, not viewers", () => {
    expect(canSubmitRequests("REQUESTER")).toBe(true);
    expect(canSubmitRequests("ADMIN")).toBe(true);
    expect(canSubmitRequests("VIEWER")).toBe(false);
  });
});

describe("parseRole", () => {
  it("accepts both spellings and rejects the rest", () => {
    expect(parseRole("admin")).toBe("ADMIN");
    expect(parseRole("VIEWER")).toBe("VIEWER");
    expect(parseRole("owner")).toBeNull();
    expect(parseRole(undefined)).toBeNull();
  });
});
