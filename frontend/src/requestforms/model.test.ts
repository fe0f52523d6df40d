import { describe, expect, it } from "vitest";
import {
  applyMove,
  conditionHolds,
  earlierQuestions,
  isAnswered,
  orderedPages,
  stepTarget,
  visibleKeys,
} from "./model";

const pages = [
  { id: "p1", questions: [{ id: "a" }, { id: "b" }] },
  { id: "p2", questions: [{ id: "c" }] },
  { id: "p3", questions: [] as { id: string }[] },
];

describe("orderedPages", () => {
  it("sorts pages and their questions by position", () => {
    const out = orderedPages([
      {
        id: "p2",
        position: 1,
        questions: [
          { id: "y", position: 1 },
          { id: "x", position: 0 },
        ],
      },
      { id: "p1", position: 0, questions: null },
    ]);
    expect(out.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(out[0]!.questions).toEqual([]);
    expect(out[1]!.questions.map((q) => q.id)).toEqual(["x", "y"]);
  });
});

describe("stepTarget", () => {
  it("moves within the page", () => {
    expect(stepTarget(pages, "b", -1)).toEqual({ pageID: "p1", position: 0 });
    expect(stepTarget(pages, "a", 1)).toEqual({ pageID: "p1", position: 1 });
  });
  it("crosses to the end of the previous page and the start of the next", () => {
    expect(stepTarget(pages, "c", -1)).toEqual({ pageID: "p1", position: 2 });
    expect(stepTarget(pages, "b", 1)).toEqual({ pageID: "p2", position: 0 });
    expect(stepTarget(pages, "c", 1)).toEqual({ pageID: "p3", position: 0 });
  });
  it("stops at the ends of the form", () => {
    expect(stepTarget(pages, "a", -1)).toBeNull();
    expect(stepTarget([{ id: "p1", questions: [{ id: "a" }] }], "a", 1)).toBeNull();
    expect(stepTarget(pages, "missing", 1)).toBeNull();
  });
});

describe("applyMove", () => {
  it("moves a question between pages at a position", () => {
    const out = applyMove(pages, "a", { pageID: "p2", position: 1 });
    expect(out.map((p) => p.questions.map((q) => q.id))).toEqual([["b"], ["c", "a"], []]);
  });
  it("reorders within a page and clamps the position", () => {
    expect(applyMove(pages, "a", { pageID: "p1", position: 9 })[0]!.questions.map((q) => q.id)).toEqual(["b", "a"]);
  });
  it("agrees with stepTarget for every step", () => {
    const t = stepTarget(pages, "b", 1)!;
    expect(applyMove(pages, "b", t).map((p) => p.questions.map((q) => q.id))).toEqual([["a"], ["b", "c"], []]);
  });
});

describe("earlierQuestions", () => {
  it("lists the questions before one in form order", () => {
    expect(earlierQuestions(pages, "c").map((q) => q.id)).toEqual(["a", "b"]);
    expect(earlierQuestions(pages, "a")).toEqual([]);
    expect(earlierQuestions(pages, null).map((q) => q.id)).toEqual(["a", "b", "c"]);
  });
});

describe("conditions in the preview", () => {
  it("EQUALS compares yes/no answers as Yes and No", () => {
    const c = { questionKey: "data", operator: "EQUALS" as const, values: ["Yes"] };
    expect(conditionHolds(c, { data: true })).toBe(true);
    expect(conditionHolds(c, { data: false })).toBe(false);
    expect(conditionHolds(c, {})).toBe(false);
  });
  it("ONE_OF matches a single select answer or any option of a multi select", () => {
    const c = { questionKey: "cat", operator: "ONE_OF" as const, values: ["SaaS", "Hardware"] };
    expect(conditionHolds(c, { cat: "SaaS" })).toBe(true);
    expect(conditionHolds(c, { cat: "Services" })).toBe(false);
    expect(conditionHolds(c, { cat: ["Services", "Hardware"] })).toBe(true);
    expect(conditionHolds(c, { cat: [] })).toBe(false);
  });
  it("NOT_EMPTY holds for any answer, including No and 0, but not blanks", () => {
    const c = { questionKey: "q", operator: "NOT_EMPTY" as const, values: [] };
    expect(conditionHolds(c, { q: false })).toBe(true);
    expect(conditionHolds(c, { q: 0 })).toBe(true);
    expect(conditionHolds(c, { q: "  " })).toBe(false);
    expect(conditionHolds(c, { q: { amount: null, currency: "" } })).toBe(false);
    expect(conditionHolds(c, { q: { amount: 10, currency: "USD" } })).toBe(true);
    expect(isAnswered(undefined)).toBe(false);
  });
  it("shows a conditional question only while its condition holds, and hides chains", () => {
    const questions = [
      { key: "access", showWhen: null },
      { key: "kinds", showWhen: { questionKey: "access", operator: "EQUALS" as const, values: ["Yes"] } },
      { key: "health", showWhen: { questionKey: "kinds", operator: "ONE_OF" as const, values: ["Health data"] } },
    ];
    expect([...visibleKeys(questions, {})]).toEqual(["access"]);
    expect([...visibleKeys(questions, { access: true })]).toEqual(["access", "kinds"]);
    expect([...visibleKeys(questions, { access: true, kinds: ["Health data"] })]).toEqual([
      "access",
      "kinds",
      "health",
    ]);
    // Answering No hides "kinds", and with it "health", whatever "kinds" said before.
    expect([...visibleKeys(questions, { access: false, kinds: ["Health data"] })]).toEqual(["access"]);
  });
});
