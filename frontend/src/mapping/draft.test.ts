import { describe, expect, it } from "vitest";
import {
  applyChoice,
  choiceOf,
  type Draft,
  draftFromServer,
  draftToInput,
  fieldKeyOfPath,
  mapQuestion,
  progress,
  setOptionPair,
} from "./draft";
import { importProblems } from "./importErrors";

const start: Draft = draftFromServer([
  { fieldKey: "counterpartyName", source: "QUESTION", questionID: "q1", fixedValue: null, optionMap: [] },
  { fieldKey: "vendorCategory", source: "QUESTION", questionID: "q2", fixedValue: null, optionMap: [] },
]);
const order = ["paperSource", "counterpartyName", "vendorCategory", "effectiveDate"];

describe("draft", () => {
  it("lists pairs in the workflow's field order so error paths name the right field", () => {
    const d = applyChoice(start, "paperSource", "fixed", "SELECT");
    const input = draftToInput(d, order);
    expect(input.map((f) => f.fieldKey)).toEqual(["paperSource", "counterpartyName", "vendorCategory"]);
    expect(input[0]).toEqual({ fieldKey: "paperSource", source: "FIXED_VALUE", fixedValue: "" });
    expect(fieldKeyOfPath("input.fields[2].questionID", input)).toBe("vendorCategory");
    expect(fieldKeyOfPath(["input", "fields", 1, "questionID"], input)).toBe("counterpartyName");
    expect(fieldKeyOfPath("input.fields", input)).toBeNull();
    expect(fieldKeyOfPath("input.fields[9].questionID", input)).toBeNull();
  });

  it("switches a field between a question, a fixed value, the requester's email, skip and nothing", () => {
    let d = applyChoice(start, "effectiveDate", "q:q9", "DATE");
    expect(choiceOf(d["effectiveDate"])).toBe("q:q9");
    d = applyChoice(d, "effectiveDate", "fixed", "DATE");
    expect(d["effectiveDate"]).toMatchObject({ source: "FIXED_VALUE", questionID: null, fixedValue: "" });
    d = applyChoice(d, "effectiveDate", "skip", "DATE");
    expect(choiceOf(d["effectiveDate"])).toBe("skip");
    d = applyChoice(d, "counterpartyName", "requester", "TEXT");
    expect(d["counterpartyName"]!.source).toBe("REQUESTER_EMAIL");
    d = applyChoice(d, "effectiveDate", "", "DATE");
    expect("effectiveDate" in d).toBe(false);
  });

  it("keeps option pairs only while the same question stays mapped", () => {
    let d = setOptionPair(start, "vendorCategory", "SaaS", "Software");
    expect(draftToInput(d, order)[1]).toEqual({
      fieldKey: "vendorCategory",
      source: "QUESTION",
      questionID: "q2",
      optionMap: [{ option: "SaaS", value: "Software" }],
    });
    expect(mapQuestion(d, "vendorCategory", "q2")["vendorCategory"]!.optionMap).toHaveLength(1);
    d = mapQuestion(d, "vendorCategory", "q3");
    expect(d["vendorCategory"]!.optionMap).toEqual([]);
    expect(setOptionPair(start, "vendorCategory", "SaaS", null)["vendorCategory"]!.optionMap).toEqual([]);
  });

  it("starts fixed values in Ironclad's shape for the kind", () => {
    expect(applyChoice({}, "v", "fixed", "MONETARY_AMOUNT")["v"]!.fixedValue).toEqual({ currency: "USD", amount: 0 });
    expect(applyChoice({}, "v", "fixed", "BOOLEAN")["v"]!.fixedValue).toBe(true);
  });

  it("counts mapped, skipped and required fields with no source", () => {
    const fields = [
      { key: "paperSource", required: "ALWAYS", hasDefault: false },
      { key: "counterpartyName", required: "ALWAYS", hasDefault: false },
      { key: "vendorCategory", required: "ALWAYS", hasDefault: true },
      { key: "effectiveDate", required: "NEVER", hasDefault: false },
    ];
    const d = applyChoice(start, "vendorCategory", "skip", "SELECT");
    expect(progress(fields, d)).toEqual({ total: 4, filled: 1, skipped: 3, requiredOpen: 1 });
  });
});

describe("importProblems", () => {
  it("puts each error next to the JSON entry that caused it", () => {
    const json = JSON.stringify({
      format: "tradewind.mapping/v1",
      fields: [
        { fieldKey: "counterpartyName", source: "QUESTION", questionKey: "nope" },
        { fieldKey: "paperSource", source: "FIXED_VALUE", fixedValue: "Their paper" },
      ],
    });
    const out = importProblems(
      json,
      [
        { severity: "ERROR", message: "Unknown question nope.", path: "input.json.fields[0].questionKey" },
        { severity: "ERROR", message: "Not an option.", path: "input.json.fields[1].fixedValue" },
        { severity: "ERROR", message: "Effective date is required.", path: "input.json.fields" },
        { severity: "WARNING", message: "Ignored.", path: null },
      ],
      null,
    );
    expect(out.entries.map((e) => [e.text, e.errors])).toEqual([
      ["counterpartyName ← question nope", ["Unknown question nope."]],
      ['paperSource ← fixed value "Their paper"', ["Not an option."]],
    ]);
    expect(out.general).toEqual(["Effective date is required."]);
  });

  it("keeps the server's message for JSON it cannot read", () => {
    expect(importProblems("{bad", [], "This is not mapping JSON.")).toEqual({
      json: "This is not mapping JSON.",
      entries: [],
      general: [],
    });
  });
});
