import { describe, expect, it } from "vitest";
import { initialWizard, pagesShown, readyToSubmit, shownKeys, wizardReducer, type WizardPage } from "./wizard";

// Page 1 asks whether there is personal data; page 2 only matters when there is.
const pages: WizardPage[] = [
  {
    id: "p1",
    title: "Basics",
    questions: [
      { key: "vendor", type: "SHORT_TEXT", required: true },
      { key: "personal_data", type: "YES_NO", required: true },
    ],
  },
  {
    id: "p2",
    title: "Privacy",
    questions: [
      {
        key: "dpa",
        type: "SHORT_TEXT",
        required: true,
        showWhen: { questionKey: "personal_data", operator: "EQUALS", values: ["Yes"] },
      },
    ],
  },
  { id: "p3", title: "Budget", questions: [{ key: "amount", type: "NUMBER", required: false }] },
];

const reduce = wizardReducer(pages);

describe("pagesShown", () => {
  it("skips a page whose questions are all hidden, and shows it once its condition holds", () => {
    expect(pagesShown(pages, { personal_data: false }).map((p) => p.id)).toEqual(["p1", "p3"]);
    expect(pagesShown(pages, { personal_data: true }).map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
    expect([...shownKeys(pages, { personal_data: true })]).toEqual(["vendor", "personal_data", "dpa", "amount"]);
  });
});

describe("wizardReducer", () => {
  it("Next stays on the page and names each problem until the page is answered", () => {
    const stuck = reduce(initialWizard, { type: "next" });
    expect(stuck.page).toBe(0);
    expect(stuck.problems).toEqual({ vendor: "Answer this question.", personal_data: "Answer this question." });

    let s = reduce(stuck, { type: "answer", key: "vendor", value: "Figma" });
    expect(s.problems).toEqual({ personal_data: "Answer this question." });
    s = reduce(s, { type: "answer", key: "personal_data", value: true });
    s = reduce(s, { type: "next" });
    expect(s.page).toBe(1);
    expect(s.problems).toEqual({});
  });

  it("Back goes one page back and never before the first", () => {
    const s = { ...initialWizard, answers: { vendor: "Figma", personal_data: false }, page: 1 };
    expect(reduce(s, { type: "back" }).page).toBe(0);
    expect(reduce({ ...s, page: 0 }, { type: "back" }).page).toBe(0);
  });

  it("Submit with a problem goes to the first page with one", () => {
    const s = { ...initialWizard, answers: { vendor: "Figma", personal_data: true, amount: 3 }, page: 2 };
    const tried = reduce(s, { type: "submitTried" });
    expect(tried.page).toBe(1);
    expect(tried.problems).toEqual({ dpa: "Answer this question." });
  });

  it("a refused Submit shows the server's words next to the question, on its page", () => {
    const s = { ...initialWizard, answers: { vendor: "Figma", personal_data: false, amount: 3 }, page: 1 };
    const refused = reduce(s, { type: "refused", problems: { vendor: "Vendor is blocked." }, formError: null });
    expect(refused.page).toBe(0);
    expect(refused.problems).toEqual({ vendor: "Vendor is blocked." });
    const other = reduce(s, { type: "refused", problems: {}, formError: "This form is not open yet." });
    expect(other.formError).toBe("This form is not open yet.");
    expect(other.page).toBe(1);
  });
});

describe("readyToSubmit", () => {
  it("ignores hidden questions", () => {
    expect(readyToSubmit(pages, { vendor: "Figma", personal_data: false })).toBe(true);
    expect(readyToSubmit(pages, { vendor: "Figma", personal_data: true })).toBe(false);
  });
});
