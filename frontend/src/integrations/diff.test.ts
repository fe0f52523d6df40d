import { describe, expect, it } from "vitest";
import { groupChanges, matchPercent, summarize, type Change } from "./diff";

function change(
  kind: Change["kind"],
  label: string,
  before: string | null = null,
  after: string | null = null,
): Change {
  return { kind, key: label.toLowerCase(), label, before, after, affectedMappingCount: 0 };
}

describe("groupChanges", () => {
  it("groups by kind in a fixed order, each sorted by label", () => {
    const groups = groupChanges([
      change("RETYPED", "Total", "monetaryAmount", "number"),
      change("ADDED", "Vendor Tax ID", null, "string"),
      change("RENAMED", "Cost centre", "Cost center", "Cost centre"),
      change("ADDED", "Approver", null, "email"),
      change("OPTIONS_CHANGED", "Term", "12, 24", "12, 24, 36"),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["ADDED", "RENAMED", "RETYPED", "OPTIONS_CHANGED"]);
    expect(groups[0]?.changes.map((c) => c.label)).toEqual(["Approver", "Vendor Tax ID"]);
    expect(groups.map((g) => g.title)).toEqual([
      "2 fields added",
      "1 field renamed",
      "1 field changed type",
      "Choices changed on 1 field",
    ]);
  });

  it("says how many choices changed when several did", () => {
    const groups = groupChanges([change("OPTIONS_CHANGED", "A"), change("OPTIONS_CHANGED", "B")]);
    expect(groups[0]?.title).toBe("Choices changed on 2 fields");
  });

  it("has nothing for no changes", () => {
    expect(groupChanges([])).toEqual([]);
  });
});

describe("summaries", () => {
  it("counts changes by kind", () => {
    expect(summarize([])).toBe("No changes");
    expect(summarize([change("REMOVED", "A")])).toBe("1 change: 1 removed");
    expect(summarize([change("RETYPED", "A"), change("ADDED", "B"), change("ADDED", "C")])).toBe(
      "3 changes: 2 added, 1 type changed",
    );
  });

  it("shows the match score as a percentage", () => {
    expect(matchPercent(null)).toBeNull();
    expect(matchPercent(0.874)).toBe("87%");
    expect(matchPercent(1.2)).toBe("100%");
  });
});
