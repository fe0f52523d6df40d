import { describe, expect, it } from "vitest";
import { applyProgress, importHeadline, stateLabel, summarizeProgress, type ProgressItem } from "./importProgress";

function item(
  templateID: string,
  state: ProgressItem["state"],
  importID = "imp1",
  extra: Partial<ProgressItem> = {},
): ProgressItem {
  return {
    templateID,
    name: "",
    state,
    error: null,
    importID,
    workflowID: null,
    needsReviewCount: null,
    interrupted: false,
    ...extra,
  };
}

describe("applyProgress", () => {
  it("never goes backwards within one import (the mutation's answer may arrive late)", () => {
    let p = applyProgress({}, item("t1", "RUNNING"));
    p = applyProgress(p, item("t1", "QUEUED"), { fromMutation: true });
    expect(p["t1"]?.state).toBe("RUNNING");
    p = applyProgress(p, item("t1", "DONE", "imp1", { workflowID: "icw_1", needsReviewCount: 2 }));
    expect(p["t1"]).toMatchObject({ state: "DONE", workflowID: "icw_1", needsReviewCount: 2 });
  });

  it("fills in names the events leave empty", () => {
    const p = applyProgress({}, item("t1", "QUEUED"), { names: { t1: "Purchase Order" } });
    expect(p["t1"]?.name).toBe("Purchase Order");
  });

  it("follows a Retry: a new import replaces a failed one, late events of the old one do not", () => {
    let p = applyProgress({}, item("t1", "FAILED", "imp1", { error: "Ironclad did not answer." }));
    p = applyProgress(p, item("t1", "QUEUED", "imp2"), { fromMutation: true });
    expect(p["t1"]).toMatchObject({ state: "QUEUED", importID: "imp2" });
    p = applyProgress(p, item("t1", "RUNNING", "imp1"));
    expect(p["t1"]).toMatchObject({ state: "QUEUED", importID: "imp2" });
    p = applyProgress(p, item("t1", "DONE", "imp2"));
    expect(p["t1"]?.state).toBe("DONE");
  });

  it("accepts the new import's events before the mutation answers", () => {
    let p = applyProgress({}, item("t1", "FAILED", "imp1"));
    p = applyProgress(p, item("t1", "RUNNING", "imp2"));
    expect(p["t1"]).toMatchObject({ state: "RUNNING", importID: "imp2" });
  });

  it("keeps one failure from hiding the others", () => {
    let p = applyProgress({}, item("t1", "DONE"));
    p = applyProgress(p, item("t2", "FAILED", "imp1", { error: "boom" }));
    p = applyProgress(p, item("t3", "RUNNING"));
    expect(summarizeProgress(p)).toEqual({ total: 3, done: 1, failed: 1, running: true });
    p = applyProgress(p, item("t3", "DONE"));
    expect(summarizeProgress(p)).toEqual({ total: 3, done: 2, failed: 1, running: false });
  });
});

describe("importHeadline", () => {
  it("says nothing before an import, which one is running during it, and how it ended", () => {
    expect(importHeadline({ total: 0, done: 0, failed: 0, running: false }, 0)).toBe("");
    expect(importHeadline({ total: 4, done: 0, failed: 0, running: true }, 0)).toBe("Importing 1 of 4…");
    expect(importHeadline({ total: 4, done: 2, failed: 1, running: true }, 0)).toBe("Importing 4 of 4…");
    expect(importHeadline({ total: 4, done: 4, failed: 0, running: false }, 0)).toBe("4 of 4 imported.");
    expect(importHeadline({ total: 4, done: 3, failed: 1, running: false }, 2)).toBe(
      "3 of 4 imported, 1 failed (see below). 2 fields need review.",
    );
  });
});

describe("stateLabel", () => {
  it("says interrupted work was interrupted: retrying while it is, plainly once it gave up", () => {
    expect(stateLabel(item("t1", "QUEUED"))).toBe("Queued");
    expect(stateLabel(item("t1", "RUNNING"))).toBe("Importing…");
    expect(stateLabel(item("t1", "QUEUED", "imp1", { interrupted: true }))).toBe("Interrupted — retrying");
    expect(stateLabel(item("t1", "RUNNING", "imp1", { interrupted: true }))).toBe("Interrupted — retrying");
    expect(stateLabel(item("t1", "FAILED"))).toBe("Failed");
    expect(stateLabel(item("t1", "FAILED", "imp1", { interrupted: true }))).toBe("Interrupted");
    expect(stateLabel(item("t1", "DONE", "imp1", { interrupted: true }))).toBe("Imported");
  });

  it("lets the retried import's events replace the interrupted state the page loaded", () => {
    let p = applyProgress({}, item("t1", "RUNNING", "imp1", { interrupted: true }));
    expect(stateLabel(p["t1"]!)).toBe("Interrupted — retrying");
    p = applyProgress(p, item("t1", "DONE", "imp1", { interrupted: true, workflowID: "icw_1" }));
    expect(p["t1"]).toMatchObject({ state: "DONE", workflowID: "icw_1" });
  });
});
