import { describe, expect, it } from "vitest";
import type { CommentFieldsFragment } from "../gql/graphql";
import { announcement, applyChange, deleteConsequence, syncText } from "./comments";

const comment = (id: string, createdAt: string, over: Partial<CommentFieldsFragment> = {}): CommentFieldsFragment => ({
  id,
  body: `body ${id}`,
  origin: "TRADEWIND",
  authorName: "Rita",
  createdAt,
  editedAt: null,
  syncStatus: "SYNCED",
  syncAction: null,
  syncError: "",
  canDelete: true,
  ironcladCopy: "NONE",
  ...over,
});

describe("applyChange", () => {
  const a = comment("a", "2026-12-01T10:00:00Z");
  const b = comment("b", "2026-12-01T11:00:00Z");
  it("keeps the newest at the bottom, whatever the order of arrival", () => {
    const early = comment("e", "2026-12-01T10:30:00Z", { origin: "IRONCLAD" });
    expect(applyChange([a, b], { kind: "ADDED", commentID: "e", comment: early }).map((c) => c.id)).toEqual([
      "a",
      "e",
      "b",
    ]);
  });
  it("replaces an edited comment and is not fooled by a duplicate", () => {
    const edited = { ...a, body: "changed" };
    const once = applyChange([a, b], { kind: "EDITED", commentID: "a", comment: edited });
    const twice = applyChange(once, { kind: "ADDED", commentID: "a", comment: edited });
    expect(twice.map((c) => c.body)).toEqual(["changed", "body b"]);
  });
  it("drops a removed comment", () => {
    expect(applyChange([a, b], { kind: "REMOVED", commentID: "a" }).map((c) => c.id)).toEqual(["b"]);
  });
});

describe("what a person reads", () => {
  it("says before deleting whether the Ironclad copy stays", () => {
    expect(deleteConsequence("STAYS")).toContain("copy in Ironclad stays");
    expect(deleteConsequence("DELETED_TOO")).toContain("in Ironclad");
    expect(deleteConsequence("NONE")).not.toContain("Ironclad");
  });
  it("shows a failure's reason", () => {
    expect(syncText({ syncStatus: "FAILED", syncAction: "POST", syncError: "Ironclad answered 500." })).toBe(
      "Not sent to Ironclad: Ironclad answered 500.",
    );
    expect(syncText({ syncStatus: "SYNCED", syncAction: null, syncError: "" })).toBe("");
  });
  it("announces others' new comments only", () => {
    const theirs = comment("t", "2026-12-01T10:00:00Z", { origin: "IRONCLAD", authorName: "Lee Legal", body: "Fine." });
    expect(announcement({ kind: "ADDED", commentID: "t", comment: theirs }, "Rita")).toBe(
      "New comment from Lee Legal (Ironclad): Fine.",
    );
    expect(announcement({ kind: "ADDED", commentID: "a", comment: comment("a", "2026-12-01T10:00:00Z") }, "Rita")).toBe(
      "",
    );
    expect(announcement({ kind: "EDITED", commentID: "t", comment: theirs }, "Rita")).toBe("");
  });
});
