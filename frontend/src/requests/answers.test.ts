import { describe, expect, it } from "vitest";
import { answerKeyOfPath, answerProblem, answerText, problemsOf, toAnswerInputs, type QuestionRule } from "./answers";

const q = (type: QuestionRule["type"], extra: Partial<QuestionRule> = {}): QuestionRule => ({
  key: "k",
  type,
  required: false,
  ...extra,
});

describe("answerProblem", () => {
  it.each<[QuestionRule, unknown, string | null]>([
    [q("SHORT_TEXT", { required: true }), "", "Answer this question."],
    [q("SHORT_TEXT", { required: true }), "   ", "Answer this question."],
    [q("SHORT_TEXT"), "", null],
    [q("SHORT_TEXT"), "x".repeat(32001), "Keep it under 32000 characters."],
    [q("EMAIL"), "ana@example.com", null],
    [q("EMAIL"), "ana@", "Enter an email address like name@example.com."],
    [q("NUMBER"), 3.5, null],
    [q("MONEY"), { amount: 10, currency: "USD" }, null],
    [q("MONEY"), { currency: "USD" }, "Enter an amount."],
    [q("MONEY"), { amount: 10, currency: "usd" }, "Choose a currency."],
    [q("DATE"), "2026-05-11", null],
    [q("DATE"), "2026-02-30", "Enter a date as YYYY-MM-DD."],
    [q("YES_NO", { required: true }), false, null],
    [q("SINGLE_SELECT", { options: ["A", "B"] }), "B", null],
    [q("SINGLE_SELECT", { options: ["A", "B"] }), "C", "Choose one of the options."],
    [q("MULTI_SELECT", { options: ["A", "B"] }), ["A", "B"], null],
    [q("MULTI_SELECT", { options: ["A", "B"] }), ["A", "Z"], "Choose among the options."],
    [q("MULTI_SELECT", { required: true, options: ["A"] }), [], "Answer this question."],
    [q("ADDRESS"), { lines: ["1 Main St"], locality: "Lyon", country: "France" }, null],
    [q("ADDRESS"), { lines: ["1 Main St"], locality: "Austin", country: "USA" }, "Enter the state."],
    [q("ADDRESS"), { locality: "Lyon", country: "France" }, "Enter the street address."],
    [q("DURATION"), { years: 1, months: 0 }, null],
    [q("DURATION"), { years: 0, months: 0 }, "Enter a duration longer than zero."],
    [q("DURATION"), { months: 1.5 }, "Use whole, non-negative numbers."],
    [q("PERSON"), "Ana", "Choose a person from the list."],
    [q("FILE"), "msa.pdf", "Put one http or https link per line."],
    [q("FILE"), "https://files.example/msa.pdf\n\nhttp://files.example/order.pdf\n", null],
    [q("PERSON"), { userId: "usr_1", email: "ana@example.com", name: "Ana" }, null],
  ])("%o with %o", (question, value, expected) => {
    expect(answerProblem(question, value)).toBe(expected);
  });
});

describe("problemsOf", () => {
  it("lists each question's problem by key", () => {
    const questions = [q("SHORT_TEXT", { key: "a", required: true }), q("NUMBER", { key: "b" })];
    expect(problemsOf(questions, { b: 4 })).toEqual({ a: "Answer this question." });
  });
});

describe("toAnswerInputs", () => {
  const questions = [
    q("SHORT_TEXT", { key: "name" }),
    q("MULTI_SELECT", { key: "regions" }),
    q("MONEY", { key: "value" }),
    q("YES_NO", { key: "renewal" }),
    q("NUMBER", { key: "seats" }),
    q("FILE", { key: "quote" }),
    q("SHORT_TEXT", { key: "hidden" }),
    q("SHORT_TEXT", { key: "empty" }),
  ];
  it("sends shown, answered questions: text as itself, multi select as values, the rest as JSON", () => {
    const answers = {
      name: " Figma ",
      regions: ["EU", "US"],
      value: { amount: 1200, currency: "EUR" },
      renewal: false,
      seats: 12,
      quote: "https://files.example/q%201.pdf?v=2\n",
      hidden: "not sent",
      empty: "",
    };
    const shown = new Set(["name", "regions", "value", "renewal", "seats", "quote", "empty"]);
    expect(toAnswerInputs(questions, answers, shown)).toEqual([
      { questionKey: "name", value: "Figma" },
      { questionKey: "regions", values: ["EU", "US"] },
      { questionKey: "value", json: { amount: 1200, currency: "EUR" } },
      { questionKey: "renewal", json: false },
      { questionKey: "seats", json: 12 },
      { questionKey: "quote", json: [{ name: "q 1.pdf", url: "https://files.example/q%201.pdf?v=2" }] },
    ]);
  });
});

describe("answerKeyOfPath", () => {
  const resolve = answerKeyOfPath([{ questionKey: "name" }, { questionKey: "value" }], new Set(["name", "value"]));
  it.each<[string[], string | null]>([
    [["answers", "value", "currency"], "value"],
    [["input", "answers", "name"], "name"],
    [["input", "answers", "1", "value"], "value"],
    [["input", "answers", "7"], null],
    [["answers", "unknown"], null],
    [["requestForm"], null],
    [["input", "answers"], null],
  ])("%o → %s", (segments, expected) => {
    expect(resolve(segments)).toBe(expected);
  });
});

describe("answerText", () => {
  it.each<[string, unknown, string]>([
    ["SHORT_TEXT", { value: "Figma" }, "Figma"],
    ["YES_NO", { value: false }, "No"],
    ["MULTI_SELECT", { value: ["EU", "US"] }, "EU, US"],
    ["MONEY", { value: { amount: 1200, currency: "EUR" } }, "1,200.00 EUR"],
    [
      "ADDRESS",
      { value: { lines: ["1 Main St"], locality: "Austin", region: "TX", country: "USA" } },
      "1 Main St, Austin, TX, USA",
    ],
    ["DURATION", { value: { years: 1, months: 6, weeks: 0 } }, "1 year, 6 months"],
    ["PERSON", { value: { userId: "u1", email: "ana@example.com", name: "Ana" } }, "Ana"],
    ["FILE", { value: [{ name: "msa.pdf", url: "https://x.example/msa.pdf" }] }, "msa.pdf"],
    ["NUMBER", { value: 12 }, "12"],
    ["SHORT_TEXT", null, "—"],
  ])("%s %o", (type, stored, expected) => {
    expect(answerText(type, stored)).toBe(expected);
  });
});
