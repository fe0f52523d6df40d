import type { FormQuestionType, QuestionConditionOperator } from "../gql/graphql";

/** Every question type, in the order the type picker lists them. */
export const questionTypes: readonly FormQuestionType[] = [
  "SHORT_TEXT",
  "LONG_TEXT",
  "NUMBER",
  "MONEY",
  "DATE",
  "YES_NO",
  "SINGLE_SELECT",
  "MULTI_SELECT",
  "EMAIL",
  "PERSON",
  "ADDRESS",
  "DURATION",
  "FILE",
];

export const questionTypeLabels: Record<FormQuestionType, string> = {
  SHORT_TEXT: "Short text",
  LONG_TEXT: "Long text",
  NUMBER: "Number",
  MONEY: "Money",
  DATE: "Date",
  YES_NO: "Yes / no",
  SINGLE_SELECT: "Single select",
  MULTI_SELECT: "Multi select",
  EMAIL: "Email",
  PERSON: "Person",
  ADDRESS: "Address",
  DURATION: "Duration",
  FILE: "File",
};

export function hasOptions(type: FormQuestionType): boolean {
  return type === "SINGLE_SELECT" || type === "MULTI_SELECT";
}

/** The values a condition on a question of this type can compare with, when they are a closed list. */
export function conditionChoices(question: {
  type: FormQuestionType;
  options?: readonly string[] | null;
}): string[] | null {
  if (question.type === "YES_NO") return ["Yes", "No"];
  if (hasOptions(question.type)) return [...(question.options ?? [])];
  return null;
}

export const operatorLabels: Record<QuestionConditionOperator, string> = {
  EQUALS: "equals",
  ONE_OF: "is one of",
  NOT_EMPTY: "is not empty",
};

// ---------------------------------------------------------------------------
// Ordering. The API returns pages and questions unordered; `position` orders them.

export interface Positioned {
  position: number;
}

export function byPosition<T extends Positioned>(items: readonly T[] | null | undefined): T[] {
  return [...(items ?? [])].sort((a, b) => a.position - b.position);
}

type QuestionOf<P extends { questions?: readonly Positioned[] | null }> = NonNullable<P["questions"]>[number];

/** Pages in order, each with its questions in order. */
export function orderedPages<P extends Positioned & { questions?: readonly Positioned[] | null }>(
  pages: readonly P[] | null | undefined,
): (Omit<P, "questions"> & { questions: QuestionOf<P>[] })[] {
  return byPosition(pages).map((p) => ({ ...p, questions: byPosition(p.questions) }));
}

/** Where a question goes when moved one step: within its page, or across to the neighbouring page. */
export interface MoveTarget {
  pageID: string;
  position: number;
}

/**
 * Moving up from the top of a page puts the question last on the previous
 * page; moving down from the bottom puts it first on the next page. Null when
 * there is nowhere to go.
 */
export function stepTarget(
  pages: readonly { id: string; questions: readonly { id: string }[] }[],
  questionID: string,
  direction: -1 | 1,
): MoveTarget | null {
  const pageIndex = pages.findIndex((p) => p.questions.some((q) => q.id === questionID));
  const page = pages[pageIndex];
  if (!page) return null;
  const index = page.questions.findIndex((q) => q.id === questionID);
  const next = index + direction;
  if (next >= 0 && next < page.questions.length) return { pageID: page.id, position: next };
  const neighbour = pages[pageIndex + direction];
  if (!neighbour) return null;
  return { pageID: neighbour.id, position: direction < 0 ? neighbour.questions.length : 0 };
}

/** Applies a move locally (what the server will do), for an instant, optimistic view and for tests. */
export function applyMove<Q extends { id: string }>(
  pages: readonly { id: string; questions: readonly Q[] }[],
  questionID: string,
  target: MoveTarget,
): { id: string; questions: Q[] }[] {
  let moved: Q | undefined;
  const without = pages.map((p) => ({
    ...p,
    questions: p.questions.filter((q) => {
      if (q.id !== questionID) return true;
      moved = q;
      return false;
    }),
  }));
  if (!moved) return without;
  const item = moved;
  return without.map((p) => {
    if (p.id !== target.pageID) return p;
    const questions = [...p.questions];
    questions.splice(Math.min(Math.max(target.position, 0), questions.length), 0, item);
    return { ...p, questions };
  });
}

/** The questions before this one in form order: those a condition may depend on. */
export function earlierQuestions<Q extends { id: string }>(
  pages: readonly { questions: readonly Q[] }[],
  questionID: string | null,
): Q[] {
  const all = pages.flatMap((p) => p.questions);
  if (!questionID) return all;
  const index = all.findIndex((q) => q.id === questionID);
  return index < 0 ? all : all.slice(0, index);
}

// ---------------------------------------------------------------------------
// Conditions in the requester's preview.

export interface ConditionLike {
  questionKey: string;
  operator: QuestionConditionOperator;
  values: readonly string[];
}

/** Whether an answer counts as given (what NOT_EMPTY tests). */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return !Number.isNaN(value);
  if (typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(isAnswered);
  return true;
}

/** An answer as the strings conditions compare with: yes/no → "Yes"/"No", multi select → each option. */
export function answerStrings(value: unknown): string[] {
  if (typeof value === "boolean") return [value ? "Yes" : "No"];
  if (typeof value === "string") return value === "" ? [] : [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(answerStrings);
  return [];
}

export function conditionHolds(condition: ConditionLike, answers: Readonly<Record<string, unknown>>): boolean {
  const value = answers[condition.questionKey];
  switch (condition.operator) {
    case "NOT_EMPTY":
      return isAnswered(value);
    case "EQUALS": {
      const given = answerStrings(value);
      const expected = condition.values[0];
      return expected !== undefined && given.length > 0 && given.every((v) => v === expected);
    }
    case "ONE_OF": {
      const given = answerStrings(value);
      return given.some((v) => condition.values.includes(v));
    }
  }
}

export interface PreviewQuestion {
  key: string;
  showWhen?: ConditionLike | null;
}

/**
 * The keys of the questions a requester sees for these answers. A question is
 * hidden when its condition fails, and also when the question its condition
 * depends on is itself hidden (its answer would not be recorded).
 */
export function visibleKeys(
  questions: readonly PreviewQuestion[],
  answers: Readonly<Record<string, unknown>>,
): Set<string> {
  const visible = new Set<string>();
  for (const q of questions) {
    const c = q.showWhen;
    if (!c) {
      visible.add(q.key);
      continue;
    }
    if (!visible.has(c.questionKey)) continue;
    if (conditionHolds(c, answers)) visible.add(q.key);
  }
  return visible;
}
