import type { FieldMappingStatus, IroncladFieldRequired, MappingFieldKind } from "../gql/graphql";

export const kindLabels: Record<MappingFieldKind, string> = {
  TEXT: "Text",
  SELECT: "Dropdown",
  EMAIL: "Email",
  NUMBER: "Number",
  BOOLEAN: "Yes / no",
  DATE: "Date",
  MONETARY_AMOUNT: "Money",
  DURATION: "Duration",
  ADDRESS: "Address",
  MULTI_SELECT: "Multi select",
  TEXT_LIST: "List of text",
  FILES: "Files",
  TABLE: "Table",
  RECORD_LINK: "Record link",
  OTHER: "Other",
};

export const requiredLabels: Record<IroncladFieldRequired, string> = {
  ALWAYS: "Required",
  NEVER: "Optional",
  CONDITIONAL: "Conditionally required",
};

export const statusLabels: Record<FieldMappingStatus, string> = {
  MAPPED: "Mapped",
  REQUESTER_EMAIL: "Requester's email",
  FIXED_VALUE: "Fixed value",
  SKIPPED: "Skipped",
  UNMAPPED: "Not mapped",
};

/** A fixed value as a person reads it. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  const o = value as Record<string, unknown>;
  if ("currency" in o && "amount" in o) return `${String(o["amount"])} ${String(o["currency"])}`;
  if (["years", "months", "weeks", "days"].some((k) => k in o)) {
    return ["years", "months", "weeks", "days"]
      .filter((k) => typeof o[k] === "number" && o[k] > 0)
      .map((k) => `${String(o[k])} ${k}`)
      .join(", ");
  }
  return JSON.stringify(value);
}
