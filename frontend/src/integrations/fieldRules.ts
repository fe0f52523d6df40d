import type {
  FieldConditionOperator,
  IroncladFieldKind,
  IroncladFieldRequired,
  FieldReviewReason,
} from "../gql/graphql";

export const kindLabels: Record<IroncladFieldKind, string> = {
  TEXT: "Short text",
  PARAGRAPH: "Paragraph",
  DROPDOWN: "Dropdown",
  MULTI_SELECT: "Multi-select",
  YES_NO: "Yes / No",
  EMAIL: "Email",
  NUMBER: "Number",
  MONEY: "Money",
  DATE: "Date",
  DURATION: "Duration",
  ADDRESS: "Address",
  FILES: "Files",
  RECORD_LINK: "Record link (IC-…)",
  TABLE: "Table",
  NOT_ASKED: "Not asked",
};

/** What each choice means for the requester, for the Edit dialog. */
export const kindHints: Partial<Record<IroncladFieldKind, string>> = {
  FILES: "Not asked in Tradewind; attach documents in Ironclad after launch.",
  RECORD_LINK: "Asked as text: the readable id of an Ironclad record (IC-…).",
  TABLE: "Not asked in Tradewind; the table stays empty.",
  NOT_ASKED: "Requesters never see it; Ironclad gets no value.",
};

export const kindsWithOptions: ReadonlySet<IroncladFieldKind> = new Set(["DROPDOWN", "MULTI_SELECT"]);

export const requiredLabels: Record<IroncladFieldRequired, string> = {
  ALWAYS: "Always",
  NEVER: "Optional",
  CONDITIONAL: "Conditional",
};

export const requiredColors: Record<IroncladFieldRequired, string> = {
  ALWAYS: "blue",
  NEVER: "gray",
  CONDITIONAL: "violet",
};

export const reasonLabels: Record<FieldReviewReason, string> = {
  CONDITIONAL: "Conditional question",
  MAYBE_CONDITIONAL: "May be conditional",
  UNSUPPORTED_TYPE: "Type needs a decision",
  OPTIONS_MISSING: "Choices missing",
  SHARED_PROPERTY: "Ironclad limitation: one conditional question per property",
};

export const operatorLabels: Record<FieldConditionOperator, string> = {
  EQUALS: "equals",
  ONE_OF: "is one of",
  NOT_EMPTY: "is not empty",
};

export interface ConditionDraft {
  /** Whether the field is shown only when another answer calls for it. */
  enabled: boolean;
  fieldKey: string;
  operator: FieldConditionOperator;
  values: string[];
}

export interface ConditionTarget {
  key: string;
  label: string;
  /** The choices the other question offers, when it has any. */
  options: readonly string[] | null;
}

export interface FieldDraft {
  kind: IroncladFieldKind;
  answerOptions: string[];
  condition: ConditionDraft;
}

/** Problems with a draft, keyed by the form's field names (kind, answerOptions, fieldKey, operator, values). */
export function validateFieldDraft(
  draft: FieldDraft,
  selfKey: string,
  targets: readonly ConditionTarget[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const options = cleanOptions(draft.answerOptions);
  if (kindsWithOptions.has(draft.kind) && options.length === 0) {
    errors["answerOptions"] = "Add at least one choice requesters may pick.";
  } else if (options.length !== draft.answerOptions.filter((o) => o.trim() !== "").length) {
    errors["answerOptions"] = "Each choice may appear only once.";
  }
  const c = draft.condition;
  if (!c.enabled) return errors;
  if (!c.fieldKey) {
    errors["fieldKey"] = "Choose the question whose answer shows this one.";
    return errors;
  }
  if (c.fieldKey === selfKey) {
    errors["fieldKey"] = "A question cannot depend on its own answer.";
    return errors;
  }
  const target = targets.find((t) => t.key === c.fieldKey);
  if (!target) {
    errors["fieldKey"] = "That question is no longer in this workflow.";
    return errors;
  }
  const values = cleanOptions(c.values);
  if (c.operator === "EQUALS" && values.length !== 1) {
    errors["values"] = "Give the one answer that shows this question.";
  } else if (c.operator === "ONE_OF" && values.length === 0) {
    errors["values"] = "Give at least one answer that shows this question.";
  } else if (c.operator !== "NOT_EMPTY" && target.options && target.options.length > 0) {
    const unknown = values.filter((v) => !target.options?.includes(v));
    if (unknown.length > 0)
      errors["values"] = `"${target.label}" has no choice ${unknown.map((v) => `"${v}"`).join(", ")}.`;
  }
  return errors;
}

/** Trimmed, non-empty, each once, in the order given. */
export function cleanOptions(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/** The condition the mutation sends: null when the field is always shown. */
export function conditionInput(
  c: ConditionDraft,
): { fieldKey: string; operator: FieldConditionOperator; values: string[] } | null {
  if (!c.enabled) return null;
  return {
    fieldKey: c.fieldKey,
    operator: c.operator,
    values: c.operator === "NOT_EMPTY" ? [] : cleanOptions(c.values),
  };
}

/** "Show when “Purchase type” equals “Subscription”". */
export function describeCondition(
  c: { fieldKey: string; operator: FieldConditionOperator; values: readonly string[] },
  labelOf: (key: string) => string,
): string {
  const subject = `Show when “${labelOf(c.fieldKey)}”`;
  if (c.operator === "NOT_EMPTY") return `${subject} is not empty`;
  const values = c.values.map((v) => `“${v}”`);
  if (c.operator === "EQUALS") return `${subject} equals ${values[0] ?? "…"}`;
  return `${subject} is one of ${values.join(", ")}`;
}
