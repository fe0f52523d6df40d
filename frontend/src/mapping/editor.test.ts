import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { draftFromServer } from "./draft";
import {
  checkStatus,
  editorReducer,
  fieldProgress,
  formQuestions,
  initialEditorState,
  mappingFilename,
  mappingInput,
  saveErrorMessage,
} from "./editor";
import type { Check, EditorPage, FieldRowData } from "./types";

// Only the parts of a check these functions read.
function check(severities: string[], ok = true): Check {
  return { ok, fields: [], duplicates: [], issues: severities.map((severity) => ({ severity })) } as unknown as Check;
}

function field(key: string, label: string, required = "NEVER", defaultValue: string | null = null): FieldRowData {
  return { field: { key, label, required, defaultValue } } as unknown as FieldRowData;
}

const fields = [field("counterpartyName", "Counterparty", "ALWAYS"), field("vendorCategory", "Vendor category")];

describe("editorReducer", () => {
  const start = initialEditorState({
    draft: [{ fieldKey: "counterpartyName", source: "QUESTION", questionID: "q1", fixedValue: null, optionMap: [] }],
    check: check([]),
  } as never);

  it("starts on the map step with the server's draft and check", () => {
    expect(start.step).toBe("map");
    expect(start.draft["counterpartyName"]?.questionID).toBe("q1");
    expect(start.savedVersion).toBeNull();
  });

  it("clears a save's complaint when the draft changes, not when a check arrives", () => {
    const failed = editorReducer(start, { type: "saveFailed", message: "Map Counterparty." });
    expect(editorReducer(failed, { type: "checked", check: check(["ERROR"]) }).saveError).toBe("Map Counterparty.");
    const edited = editorReducer(failed, { type: "edit", change: (d) => ({ ...d, x: d["counterpartyName"]! }) });
    expect(edited.saveError).toBeNull();
    expect(Object.keys(edited.draft)).toEqual(["counterpartyName", "x"]);
  });

  it("goes map → summary on a fresh check, → saved with the version, and back to map on import", () => {
    const fresh = check([], true);
    const summary = editorReducer(start, { type: "reviewed", check: fresh });
    expect(summary).toMatchObject({ step: "summary", check: fresh });
    const saved = editorReducer(summary, { type: "saved", version: 3, check: fresh });
    expect(saved).toMatchObject({ step: "saved", savedVersion: 3 });
    const imported = editorReducer(saved, { type: "imported", draft: draftFromServer([]), check: check(["ERROR"]) });
    expect(imported.step).toBe("map");
    expect(imported.draft).toEqual({});
    expect(imported.savedVersion).toBe(3);
  });
});

describe("formQuestions", () => {
  it("lists questions in page then question order, each with its page", () => {
    const pages = [
      { id: "p2", title: "Second", position: 1, questions: [{ id: "q3", position: 0 }] },
      {
        id: "p1",
        title: "First",
        position: 0,
        questions: [
          { id: "q2", position: 1 },
          { id: "q1", position: 0 },
        ],
      },
    ].sort((a, b) => a.position - b.position) as unknown as EditorPage[];
    expect(formQuestions(pages).map((q) => [q.id, q.pageID, q.pageIndex])).toEqual([
      ["q1", "p1", 0],
      ["q2", "p1", 0],
      ["q3", "p2", 1],
    ]);
  });
});

describe("mapping input and progress", () => {
  it("sends the pairs in the workflow's field order and counts what is mapped", () => {
    const draft = draftFromServer([
      { fieldKey: "vendorCategory", source: "SKIP" },
      { fieldKey: "counterpartyName", source: "QUESTION", questionID: "q1" },
    ]);
    const input = mappingInput("wf_1", "form_1", draft, ["counterpartyName", "vendorCategory"]);
    expect(input.ironcladWorkflowID).toBe("wf_1");
    expect(input.requestFormID).toBe("form_1");
    expect(input.fields.map((f) => f.fieldKey)).toEqual(["counterpartyName", "vendorCategory"]);
    expect(fieldProgress(fields, draft)).toEqual({ total: 2, filled: 1, skipped: 1, requiredOpen: 0 });
    expect(fieldProgress(fields, {})).toMatchObject({ filled: 0, requiredOpen: 1 });
  });
});

describe("checkStatus", () => {
  it("counts errors, not warnings, and says Checking… while a check runs", () => {
    expect(checkStatus(check(["ERROR", "WARNING", "ERROR"]), false)).toEqual({
      errorCount: 2,
      text: "2 to fix before saving",
    });
    expect(checkStatus(check(["WARNING"]), false).text).toBe("Ready to save");
    expect(checkStatus(check(["ERROR"]), true).text).toBe("Checking…");
  });
});

describe("saveErrorMessage", () => {
  const input = [{ fieldKey: "counterpartyName" }, { fieldKey: "vendorCategory" }];
  const refused = (field: unknown) => ({
    graphQLErrors: [
      new GraphQLError("Pick a question of a matching type.", { extensions: { code: "BAD_USER_INPUT", field } }),
    ],
    networkError: undefined,
  });

  it("names the Ironclad field the error's path points at, as a string or as segments", () => {
    const named = "Pick a question of a matching type. (Ironclad field “Vendor category”)";
    expect(saveErrorMessage(refused("input.fields[1].questionID"), input, fields)).toBe(named);
    expect(saveErrorMessage(refused(["input", "fields", 1, "questionID"]), input, fields)).toBe(named);
  });

  it("keeps the server's words alone when the path names no field", () => {
    expect(saveErrorMessage(refused("input"), input, fields)).toBe("Pick a question of a matching type.");
    expect(saveErrorMessage(refused(undefined), input, fields)).toBe("Pick a question of a matching type.");
  });
});

describe("mappingFilename", () => {
  it("slugs the form and workflow names", () => {
    expect(mappingFilename("New Software — Purchase!", "Vendor Agreement (EU)", 3)).toBe(
      "new-software-purchase--vendor-agreement-eu.v3.mapping.json",
    );
  });
});
