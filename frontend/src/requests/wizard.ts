import { visibleKeys, type PreviewQuestion } from "../requestforms/model";
import { problemsOf, type QuestionRule } from "./answers";

export type WizardQuestion = QuestionRule & PreviewQuestion;

export interface WizardPage<Q extends WizardQuestion = WizardQuestion> {
  id: string;
  title: string;
  questions: readonly Q[];
}

/**
 * The New request screen: answers held in the browser, the page shown (an
 * index among the pages that have a question to answer), and the problems
 * shown next to questions: the client's after Next or Submit, the server's
 * after a refused Submit.
 */
export interface WizardState {
  answers: Record<string, unknown>;
  page: number;
  problems: Record<string, string>;
  formError: string | null;
}

export type WizardAction =
  | { type: "answer"; key: string; value: unknown }
  | { type: "next" }
  | { type: "back" }
  | { type: "submitTried" }
  | { type: "refused"; problems: Record<string, string>; formError: string | null };

export const initialWizard: WizardState = { answers: {}, page: 0, problems: {}, formError: null };

/** The pages to walk through for these answers: a page whose questions are all hidden is skipped. */
export function pagesShown<P extends WizardPage>(pages: readonly P[], answers: Readonly<Record<string, unknown>>): P[] {
  const shown = visibleKeys(
    pages.flatMap((p) => p.questions),
    answers,
  );
  return pages
    .map((p) => ({ ...p, questions: p.questions.filter((q) => shown.has(q.key)) }))
    .filter((p) => p.questions.length > 0);
}

/** The keys of the questions shown, on every page: what Submit sends. */
export function shownKeys(pages: readonly WizardPage[], answers: Readonly<Record<string, unknown>>): Set<string> {
  return new Set(pagesShown(pages, answers).flatMap((p) => p.questions.map((q) => q.key)));
}

function pageOf(pages: readonly WizardPage[], problems: Readonly<Record<string, string>>): number {
  const index = pages.findIndex((p) => p.questions.some((q) => problems[q.key] !== undefined));
  return index < 0 ? -1 : index;
}

export function wizardReducer(pages: readonly WizardPage[]) {
  return (state: WizardState, action: WizardAction): WizardState => {
    const shown = pagesShown(pages, state.answers);
    const page = Math.min(state.page, Math.max(shown.length - 1, 0));
    switch (action.type) {
      case "answer": {
        const problems = { ...state.problems };
        delete problems[action.key];
        return { ...state, answers: { ...state.answers, [action.key]: action.value }, problems, formError: null };
      }
      case "next": {
        const problems = problemsOf(shown[page]?.questions ?? [], state.answers);
        if (Object.keys(problems).length > 0) return { ...state, page, problems };
        return { ...state, page: Math.min(page + 1, shown.length - 1), problems: {} };
      }
      case "back":
        return { ...state, page: Math.max(page - 1, 0), problems: {} };
      case "submitTried": {
        const problems = problemsOf(
          shown.flatMap((p) => p.questions),
          state.answers,
        );
        const first = pageOf(shown, problems);
        return { ...state, page: first < 0 ? page : first, problems };
      }
      case "refused": {
        const first = pageOf(shown, action.problems);
        return { ...state, page: first < 0 ? page : first, problems: action.problems, formError: action.formError };
      }
    }
  };
}

/** Whether the answers pass every client check: Submit may go to the server. */
export function readyToSubmit(pages: readonly WizardPage[], answers: Readonly<Record<string, unknown>>): boolean {
  const questions = pagesShown(pages, answers).flatMap((p) => p.questions);
  return Object.keys(problemsOf(questions, answers)).length === 0;
}
