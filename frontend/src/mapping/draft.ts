import type { FieldMappingInput, FieldMappingSource, MappingFieldKind } from "../gql/graphql";
import { pathSegments } from "../graphql/errors";

/** One Ironclad field's pair as the screen holds it. */
export interface Pair {
  fieldKey: string;
  source: FieldMappingSource;
  questionID: string | null;
  fixedValue: unknown;
  optionMap: { option: string; value: string }[];
}

/** The admin's pairs by Ironclad field key; a field that is absent is not mapped (skipped). */
export type Draft = Readonly<Record<string, Pair>>;

interface ServerPair {
  fieldKey: string;
  source: FieldMappingSource;
  questionID?: string | null;
  fixedValue?: unknown;
  optionMap?: readonly { option: string; value: string }[] | null;
}

export function pairFromServer(p: ServerPair): Pair {
  return {
    fieldKey: p.fieldKey,
    source: p.source,
    questionID: p.questionID ?? null,
    fixedValue: p.fixedValue ?? null,
    optionMap: (p.optionMap ?? []).map(({ option, value }) => ({ option, value })),
  };
}

export function draftFromServer(pairs: readonly ServerPair[]): Draft {
  return Object.fromEntries(pairs.map((p) => [p.fieldKey, pairFromServer(p)]));
}

/**
 * The draft as MappingInput.fields, in the workflow's field order. The same
 * order tells which field an error path like input.fields[3].questionID is about.
 */
export function draftToInput(draft: Draft, fieldOrder: readonly string[]): FieldMappingInput[] {
  const known = fieldOrder.filter((k) => draft[k]);
  const extra = Object.keys(draft).filter((k) => !fieldOrder.includes(k));
  return [...known, ...extra].map((k) => {
    const p = draft[k]!;
    const input: FieldMappingInput = { fieldKey: p.fieldKey, source: p.source };
    if (p.source === "QUESTION") {
      input.questionID = p.questionID;
      if (p.optionMap.length > 0) input.optionMap = p.optionMap;
    }
    if (p.source === "FIXED_VALUE") input.fixedValue = p.fixedValue;
    return input;
  });
}

function put(draft: Draft, pair: Pair): Draft {
  return { ...draft, [pair.fieldKey]: pair };
}

export function mapQuestion(draft: Draft, fieldKey: string, questionID: string): Draft {
  const before = draft[fieldKey];
  // Option pairs belong to one question: keep them only while the question stays.
  const optionMap = before?.source === "QUESTION" && before.questionID === questionID ? before.optionMap : [];
  return put(draft, { fieldKey, source: "QUESTION", questionID, fixedValue: null, optionMap });
}

export function skip(draft: Draft, fieldKey: string): Draft {
  return put(draft, { fieldKey, source: "SKIP", questionID: null, fixedValue: null, optionMap: [] });
}

export function mapRequesterEmail(draft: Draft, fieldKey: string): Draft {
  return put(draft, { fieldKey, source: "REQUESTER_EMAIL", questionID: null, fixedValue: null, optionMap: [] });
}

export function setFixedValue(draft: Draft, fieldKey: string, value: unknown): Draft {
  return put(draft, { fieldKey, source: "FIXED_VALUE", questionID: null, fixedValue: value, optionMap: [] });
}

/** Pairs one question option with an Ironclad option; an empty value goes back to the same-label rule. */
export function setOptionPair(draft: Draft, fieldKey: string, option: string, value: string | null): Draft {
  const pair = draft[fieldKey];
  if (!pair || pair.source !== "QUESTION") return draft;
  const rest = pair.optionMap.filter((o) => o.option !== option);
  return put(draft, { ...pair, optionMap: value ? [...rest, { option, value }] : rest });
}

/** The value of a row's source picker. */
export type Choice = `q:${string}` | "skip" | "fixed" | "requester" | "";

export function choiceOf(pair: Pair | undefined): Choice {
  if (!pair) return "";
  switch (pair.source) {
    case "QUESTION":
      return pair.questionID ? `q:${pair.questionID}` : "";
    case "SKIP":
      return "skip";
    case "FIXED_VALUE":
      return "fixed";
    case "REQUESTER_EMAIL":
      return "requester";
  }
}

export function applyChoice(draft: Draft, fieldKey: string, choice: string, kind: MappingFieldKind): Draft {
  if (choice.startsWith("q:")) return mapQuestion(draft, fieldKey, choice.slice(2));
  if (choice === "requester") return mapRequesterEmail(draft, fieldKey);
  if (choice === "fixed") {
    const before = draft[fieldKey];
    return setFixedValue(draft, fieldKey, before?.source === "FIXED_VALUE" ? before.fixedValue : emptyFixedValue(kind));
  }
  if (choice === "skip") return skip(draft, fieldKey);
  const { [fieldKey]: _removed, ...rest } = draft;
  return rest;
}

/** A starting fixed value of the shape Ironclad takes for the kind (API.md §5.3). */
export function emptyFixedValue(kind: MappingFieldKind): unknown {
  switch (kind) {
    case "BOOLEAN":
      return true;
    case "NUMBER":
      return 0;
    case "MONETARY_AMOUNT":
      return { currency: "USD", amount: 0 };
    case "DURATION":
      return { years: 1, months: 0, weeks: 0, days: 0 };
    case "ADDRESS":
      return { lines: [""], locality: "", region: "", postcode: "", country: "" };
    case "MULTI_SELECT":
    case "TEXT_LIST":
      return [];
    default:
      return "";
  }
}

/** Kinds the requester's email can fill. */
export function takesRequesterEmail(kind: MappingFieldKind): boolean {
  return kind === "EMAIL" || kind === "TEXT";
}

/** Kinds that take no fixed value. */
export function takesFixedValue(kind: MappingFieldKind): boolean {
  return kind !== "TABLE" && kind !== "OTHER" && kind !== "FILES";
}

/** input.fields[3].questionID (or its segments) → 3: which entry of a list of fields a path is about. */
export function fieldsIndexOf(path: unknown): number | null {
  const segments = pathSegments(path);
  const i = segments.indexOf("fields");
  const index = i >= 0 ? Number(segments[i + 1]) : NaN;
  return Number.isInteger(index) ? index : null;
}

/** input.fields[3].questionID → the fourth entry's field key (given draftToInput's order). */
export function fieldKeyOfPath(path: unknown, input: readonly { fieldKey: string }[]): string | null {
  const index = fieldsIndexOf(path);
  return index === null ? null : (input[index]?.fieldKey ?? null);
}

export interface Progress {
  total: number;
  /** Fields with a source: a question, a fixed value or the requester's email. */
  filled: number;
  skipped: number;
  requiredOpen: number;
}

export function progress(
  fields: readonly { key: string; required: string; hasDefault: boolean }[],
  draft: Draft,
): Progress {
  let filled = 0;
  let skipped = 0;
  let requiredOpen = 0;
  for (const f of fields) {
    const p = draft[f.key];
    const has = p !== undefined && p.source !== "SKIP" && (p.source !== "QUESTION" || p.questionID !== null);
    if (has) filled += 1;
    else skipped += 1;
    if (!has && f.required === "ALWAYS" && !f.hasDefault) requiredOpen += 1;
  }
  return { total: fields.length, filled, skipped, requiredOpen };
}
