import { describe, expect, it } from "vitest";
import { cleanOptions, conditionInput, describeCondition, validateFieldDraft, type FieldDraft } from "./fieldRules";

const targets = [
  { key: "purchaseType", label: "Purchase type", options: ["One-time", "Subscription"] },
  { key: "vendorName", label: "Vendor name", options: null },
];

function draft(over: Partial<FieldDraft> = {}, condition: Partial<FieldDraft["condition"]> = {}): FieldDraft {
  return {
    kind: "TEXT",
    answerOptions: [],
    ...over,
    condition: { enabled: false, fieldKey: "", operator: "EQUALS", values: [], ...condition },
  };
}

describe("validateFieldDraft", () => {
  it("accepts a plain field without a condition", () => {
    expect(validateFieldDraft(draft(), "purchaseTerm", targets)).toEqual({});
  });

  it("asks for choices on dropdowns and multi-selects, and refuses duplicates", () => {
    expect(validateFieldDraft(draft({ kind: "DROPDOWN" }), "x", targets)).toHaveProperty("answerOptions");
    expect(validateFieldDraft(draft({ kind: "MULTI_SELECT", answerOptions: [" ", ""] }), "x", targets)).toHaveProperty(
      "answerOptions",
    );
    expect(validateFieldDraft(draft({ kind: "DROPDOWN", answerOptions: ["A", "A "] }), "x", targets)).toEqual({
      answerOptions: "Each choice may appear only once.",
    });
    expect(validateFieldDraft(draft({ kind: "DROPDOWN", answerOptions: ["A", "B"] }), "x", targets)).toEqual({});
  });

  it("needs a question, and never the field itself", () => {
    expect(validateFieldDraft(draft({}, { enabled: true }), "x", targets)).toHaveProperty("fieldKey");
    expect(validateFieldDraft(draft({}, { enabled: true, fieldKey: "x" }), "x", targets)).toEqual({
      fieldKey: "A question cannot depend on its own answer.",
    });
    expect(validateFieldDraft(draft({}, { enabled: true, fieldKey: "gone" }), "x", targets)).toHaveProperty("fieldKey");
  });

  it("checks the values each operator needs", () => {
    const on = { enabled: true, fieldKey: "vendorName" };
    expect(validateFieldDraft(draft({}, { ...on, operator: "EQUALS" }), "x", targets)).toHaveProperty("values");
    expect(
      validateFieldDraft(draft({}, { ...on, operator: "EQUALS", values: ["a", "b"] }), "x", targets),
    ).toHaveProperty("values");
    expect(validateFieldDraft(draft({}, { ...on, operator: "EQUALS", values: ["Acme"] }), "x", targets)).toEqual({});
    expect(validateFieldDraft(draft({}, { ...on, operator: "ONE_OF" }), "x", targets)).toHaveProperty("values");
    expect(validateFieldDraft(draft({}, { ...on, operator: "ONE_OF", values: ["a", "b"] }), "x", targets)).toEqual({});
    expect(validateFieldDraft(draft({}, { ...on, operator: "NOT_EMPTY" }), "x", targets)).toEqual({});
  });

  it("keeps values among the other question's choices", () => {
    const on = { enabled: true, fieldKey: "purchaseType", operator: "ONE_OF" as const };
    expect(validateFieldDraft(draft({}, { ...on, values: ["Subscription"] }), "x", targets)).toEqual({});
    expect(validateFieldDraft(draft({}, { ...on, values: ["Lease"] }), "x", targets)).toEqual({
      values: '"Purchase type" has no choice "Lease".',
    });
  });
});

describe("conditions", () => {
  it("builds the mutation's input", () => {
    expect(conditionInput({ enabled: false, fieldKey: "a", operator: "EQUALS", values: ["x"] })).toBeNull();
    expect(conditionInput({ enabled: true, fieldKey: "a", operator: "NOT_EMPTY", values: ["x"] })).toEqual({
      fieldKey: "a",
      operator: "NOT_EMPTY",
      values: [],
    });
    expect(conditionInput({ enabled: true, fieldKey: "a", operator: "ONE_OF", values: [" x", "x", "y"] })).toEqual({
      fieldKey: "a",
      operator: "ONE_OF",
      values: ["x", "y"],
    });
  });

  it("describes them in words", () => {
    const label = (k: string) => (k === "purchaseType" ? "Purchase type" : k);
    expect(describeCondition({ fieldKey: "purchaseType", operator: "EQUALS", values: ["Subscription"] }, label)).toBe(
      "Show when “Purchase type” equals “Subscription”",
    );
    expect(describeCondition({ fieldKey: "purchaseType", operator: "ONE_OF", values: ["A", "B"] }, label)).toBe(
      "Show when “Purchase type” is one of “A”, “B”",
    );
    expect(describeCondition({ fieldKey: "other", operator: "NOT_EMPTY", values: [] }, label)).toBe(
      "Show when “other” is not empty",
    );
  });

  it("cleans options", () => {
    expect(cleanOptions([" a", "b", "a", "", "  "])).toEqual(["a", "b"]);
  });
});
