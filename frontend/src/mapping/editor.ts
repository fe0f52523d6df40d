import type { ApiError } from "../graphql/errors";
import { errorMessage } from "../graphql/errors";
import type { MappingInput } from "../gql/graphql";
import { byPosition } from "../requestforms/model";
import { type Draft, draftFromServer, draftToInput, fieldKeyOfPath, progress, type Progress } from "./draft";
import type { Check, Editor, EditorPage, FieldRowData, FormQuestionRef } from "./types";

/** The mapping screen's steps: pair the fields, read the summary, saved. */
export type Step = "map" | "summary" | "saved";

export const steps: readonly Step[] = ["map", "summary", "saved"];

/** What the screen is showing: the admin's pairs, the server's newest check of them, and where they are. */
export interface EditorState {
  draft: Draft;
  check: Check;
  step: Step;
  savedVersion: number | null;
  saveError: string | null;
}

export type EditorAction =
  | { type: "edit"; change: (d: Draft) => Draft }
  | { type: "checked"; check: Check }
  | { type: "reviewed"; check: Check }
  | { type: "go"; step: Step }
  | { type: "saveFailed"; message: string | null }
  | { type: "saved"; version: number; check: Check }
  | { type: "imported"; draft: Draft; check: Check };

export function initialEditorState(editor: Pick<Editor, "draft" | "check">): EditorState {
  return {
    draft: draftFromServer(editor.draft),
    check: editor.check,
    step: "map",
    savedVersion: null,
    saveError: null,
  };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "edit":
      // A change makes the last save's complaint stale.
      return { ...state, draft: action.change(state.draft), saveError: null };
    case "checked":
      return { ...state, check: action.check };
    case "reviewed":
      return { ...state, check: action.check, step: "summary" };
    case "go":
      return { ...state, step: action.step };
    case "saveFailed":
      return { ...state, saveError: action.message };
    case "saved":
      return { ...state, check: action.check, savedVersion: action.version, step: "saved" };
    case "imported":
      return { ...state, draft: action.draft, check: action.check, step: "map" };
  }
}

/** The form's questions in form order, each with its page. */
export function formQuestions(pages: readonly EditorPage[]): FormQuestionRef[] {
  return pages.flatMap((p, pageIndex) =>
    byPosition(p.questions).map((q) => ({ ...q, pageID: p.id, pageTitle: p.title, pageIndex })),
  );
}

export function mappingInput(
  workflowId: string,
  formId: string,
  draft: Draft,
  fieldOrder: readonly string[],
): MappingInput {
  return { ironcladWorkflowID: workflowId, requestFormID: formId, fields: draftToInput(draft, fieldOrder) };
}

/** How far the pairs go, counted over the workflow's fields. */
export function fieldProgress(fields: readonly FieldRowData[], draft: Draft): Progress {
  return progress(
    fields.map((f) => ({ key: f.field.key, required: f.field.required, hasDefault: !!f.field.defaultValue })),
    draft,
  );
}

/** The line beside Next: checking, how many errors stand before saving, or ready. */
export function checkStatus(check: Check, checking: boolean): { errorCount: number; text: string } {
  const errorCount = check.issues.filter((i) => i.severity === "ERROR").length;
  const text = checking ? "Checking…" : errorCount > 0 ? `${errorCount} to fix before saving` : "Ready to save";
  return { errorCount, text };
}

/** Save's refusal in the server's words, naming the Ironclad field its first error is about. */
export function saveErrorMessage(
  error: ApiError,
  input: readonly { fieldKey: string }[],
  fields: readonly FieldRowData[],
): string {
  const key = fieldKeyOfPath(error.graphQLErrors[0]?.extensions?.["field"], input);
  const label = fields.find((f) => f.field.key === key)?.field.label;
  return `${errorMessage(error)}${label ? ` (Ironclad field “${label}”)` : ""}`;
}

/** vendor-intake--vendor-agreement.v3.mapping.json */
export function mappingFilename(formName: string, workflowName: string, version: number): string {
  return `${slug(formName)}--${slug(workflowName)}.v${version}.mapping.json`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
