import { describe, expect, it } from "vitest";
import { timeAgo } from "./time";

const now = new Date("2026-11-26T12:00:00Z");

describe("timeAgo", () => {
  it.each([
    ["2026-11-26T11:59:50Z", "just now"],
    ["2026-11-26T11:57:00Z", "3 minutes ago"],
    ["2026-11-26T09:00:00Z", "3 hours ago"],
    ["2026-11-25T12:00:00Z", "yesterday"],
    ["2026-12-26T12:00:00Z", "next month"],
    ["2027-01-25T12:00:00Z", "in 2 months"],
  ])("%s is %s", (iso, expected) => {
    expect(timeAgo(iso, now)).toBe(expected);
  });

  it("says nothing for a date it cannot read", () => {
    expect(timeAgo("not a date", now)).toBe("");
  });
});
