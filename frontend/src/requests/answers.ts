import type { AnswerInput, FormQuestionType } from "../gql/graphql";
import { isAnswered } from "../requestforms/model";

/** What the client checks of a question before Next or Submit. */
export interface QuestionRule {
  key: string;
  type: FormQuestionType;
  required: boolean;
  options?: readonly string[] | null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const currencyPattern = /^[A-Z]{3}$/;
const usCountries = ["usa", "u.s.a.", "us", "united states", "united states of america"];
const durationUnits = ["years", "months", "weeks", "days"];
const maxText = 32000;

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function validDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkAddress(value: unknown): string | null {
  const a = record(value);
  const lines = Array.isArray(a["lines"]) ? a["lines"].map(text).filter((l) => l !== "") : [];
  if (lines.length === 0) return "Enter the street address.";
  if (text(a["locality"]) === "") return "Enter the city.";
  if (text(a["country"]) === "") return "Enter the country.";
  if (usCountries.includes(text(a["country"]).toLowerCase())) {
    if (text(a["region"]) === "") return "Enter the state.";
    if (text(a["postcode"]) === "") return "Enter the ZIP code.";
  }
  return null;
}

function checkDuration(value: unknown): string | null {
  const d = record(value);
  let total = 0;
  for (const unit of durationUnits) {
    const n = d[unit];
    if (n === undefined || n === null) continue;
    if (typeof n !== "number" || n < 0 || !Number.isInteger(n)) return "Use whole, non-negative numbers.";
    total += n;
  }
  return total > 0 ? null : "Enter a duration longer than zero.";
}

/**
 * The problem with one answer, in words, or null. The same rules as the
 * server's (server/intake/answers.go), so what passes here is accepted there;
 * the server checks again and its word wins.
 */
export function answerProblem(question: QuestionRule, value: unknown): string | null {
  if (!isAnswered(value)) return question.required ? "Answer this question." : null;
  switch (question.type) {
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return text(value).length > maxText ? `Keep it under ${maxText} characters.` : null;
    case "EMAIL":
      return emailPattern.test(text(value)) ? null : "Enter an email address like name@example.com.";
    case "NUMBER":
      return typeof value === "number" && Number.isFinite(value) ? null : "Enter a number.";
    case "MONEY": {
      const m = record(value);
      if (typeof m["amount"] !== "number") return "Enter an amount.";
      return currencyPattern.test(text(m["currency"])) ? null : "Choose a currency.";
    }
    case "DATE":
      return validDate(text(value)) ? null : "Enter a date as YYYY-MM-DD.";
    case "YES_NO":
      return typeof value === "boolean" ? null : "Answer yes or no.";
    case "SINGLE_SELECT":
      return (question.options ?? []).includes(text(value)) ? null : "Choose one of the options.";
    case "MULTI_SELECT":
      return Array.isArray(value) && value.every((v) => (question.options ?? []).includes(String(v)))
        ? null
        : "Choose among the options.";
    case "ADDRESS":
      return checkAddress(value);
    case "DURATION":
      return checkDuration(value);
    case "PERSON":
      return typeof record(value)["userId"] === "string" ? null : "Choose a person from the list.";
    case "FILE":
      return fileLinks(value).every((f) => /^https?:\/\/[^\s/]+\S*$/.test(f.url))
        ? null
        : "Put one http or https link per line.";
  }
}

/** The problems of the questions shown, by key: what stops Next or Submit. */
export function problemsOf(
  questions: readonly QuestionRule[],
  answers: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const q of questions) {
    const problem = answerProblem(q, answers[q.key]);
    if (problem) problems[q.key] = problem;
  }
  return problems;
}

/** A file answer typed as links, one per line, as the files the server stores. */
export function fileLinks(value: unknown): { name: string; url: string }[] {
  return text(value)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((url) => ({ name: decodeURIComponent(url.split(/[?#]/)[0]?.split("/").pop() || url), url }));
}

const textTypes: ReadonlySet<FormQuestionType> = new Set(["SHORT_TEXT", "LONG_TEXT", "EMAIL", "DATE", "SINGLE_SELECT"]);

/**
 * The answers to send: only questions shown and answered. A multi select goes
 * in values; a text-like answer as itself; every other type (number, yes/no,
 * money, address, duration, person, file) in json, in the answer format of docs/forms-and-mapping.md.
 */
export function toAnswerInputs(
  questions: readonly Pick<QuestionRule, "key" | "type">[],
  answers: Readonly<Record<string, unknown>>,
  shown: ReadonlySet<string>,
): AnswerInput[] {
  return questions.flatMap((q): AnswerInput[] => {
    const value = answers[q.key];
    if (!shown.has(q.key) || !isAnswered(value)) return [];
    if (q.type === "MULTI_SELECT") return [{ questionKey: q.key, values: (value as unknown[]).map(String) }];
    if (textTypes.has(q.type)) return [{ questionKey: q.key, value: text(value) }];
    if (q.type === "FILE") return [{ questionKey: q.key, json: fileLinks(value) }];
    return [{ questionKey: q.key, json: value }];
  });
}

/**
 * The question a server field error is about: "answers.vendor_name.currency",
 * ["input", "answers", "vendor_name"], or by position in the submitted list
 * ("input.answers[2].value"). Null: the error is about the form as a whole.
 */
export function answerKeyOfPath(
  sent: readonly Pick<AnswerInput, "questionKey">[],
  known: ReadonlySet<string>,
): (segments: string[]) => string | null {
  return (segments) => {
    const at = segments.indexOf("answers");
    const next = segments[at + 1];
    if (at < 0 || next === undefined) return null;
    if (/^\d+$/.test(next)) return sent[Number(next)]?.questionKey ?? null;
    return known.has(next) ? next : null;
  };
}

/** A stored answer (Answer.value is `{"value": …}`) as a person reads it. */
export function answerText(type: string, stored: unknown): string {
  const value = record(stored)["value"];
  if (!isAnswered(value)) return "—";
  switch (type) {
    case "YES_NO":
      return value ? "Yes" : "No";
    case "MULTI_SELECT":
      return Array.isArray(value) ? value.join(", ") : String(value);
    case "MONEY": {
      const m = record(value);
      const amount =
        typeof m["amount"] === "number" ? m["amount"].toLocaleString("en", { minimumFractionDigits: 2 }) : "";
      return `${amount} ${text(m["currency"])}`.trim();
    }
    case "ADDRESS": {
      const a = record(value);
      const lines = Array.isArray(a["lines"]) ? a["lines"].map(text) : [];
      return [...lines, text(a["locality"]), text(a["region"]), text(a["postcode"]), text(a["country"])]
        .filter((s) => s !== "")
        .join(", ");
    }
    case "DURATION": {
      const d = record(value);
      return durationUnits
        .filter((u) => typeof d[u] === "number" && d[u] !== 0)
        .map((u) => `${String(d[u])} ${d[u] === 1 ? u.slice(0, -1) : u}`)
        .join(", ");
    }
    case "PERSON": {
      const p = record(value);
      return text(p["name"]) || text(p["email"]);
    }
    case "FILE":
      return Array.isArray(value) ? value.map((f) => text(record(f)["name"]) || text(record(f)["url"])).join(", ") : "";
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}
