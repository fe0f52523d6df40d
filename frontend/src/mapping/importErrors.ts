import { fieldsIndexOf } from "./draft";

export interface ImportEntry {
  index: number;
  fieldKey: string;
  text: string;
  errors: string[];
}

export interface ImportProblems {
  /** The JSON could not be read at all (bad JSON or not the export format). */
  json: string | null;
  entries: ImportEntry[];
  /** Problems about the mapping as a whole (e.g. a required field nobody maps). */
  general: string[];
}

interface IssueLike {
  severity: string;
  message: string;
  path?: string | null;
}

function describe(entry: unknown): { fieldKey: string; text: string } {
  if (!entry || typeof entry !== "object") return { fieldKey: "?", text: JSON.stringify(entry) };
  const e = entry as Record<string, unknown>;
  const fieldKey = typeof e["fieldKey"] === "string" ? e["fieldKey"] : "?";
  const source = typeof e["source"] === "string" ? e["source"] : "?";
  const what =
    source === "QUESTION"
      ? `question ${typeof e["questionKey"] === "string" ? e["questionKey"] : "?"}`
      : source === "FIXED_VALUE"
        ? `fixed value ${JSON.stringify(e["fixedValue"])}`
        : source.toLowerCase().replace(/_/g, " ");
  return { fieldKey, text: `${fieldKey} ← ${what}` };
}

/**
 * Puts import errors next to the JSON entry they are about: paths like
 * input.json.fields[2].questionKey name the third entry; the rest are general.
 */
export function importProblems(json: string, issues: readonly IssueLike[], jsonError: string | null): ImportProblems {
  let fields: unknown[] = [];
  try {
    const parsed: unknown = JSON.parse(json);
    const list = parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>)["fields"] : undefined;
    if (Array.isArray(list)) fields = list;
  } catch {
    // The server's message (jsonError) says what is wrong with it.
  }
  const entries: ImportEntry[] = fields.map((f, index) => ({ index, ...describe(f), errors: [] }));
  const general: string[] = [];
  for (const issue of issues) {
    if (issue.severity !== "ERROR") continue;
    const index = fieldsIndexOf(issue.path);
    const entry = index === null ? undefined : entries[index];
    if (entry) entry.errors.push(issue.message);
    else general.push(issue.message);
  }
  return { json: jsonError, entries, general };
}
