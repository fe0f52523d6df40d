export type QuestionField = "label" | "helpText" | "type" | "required" | "options" | "condition" | "key";

const questionFields: readonly QuestionField[] = [
  "label",
  "helpText",
  "type",
  "required",
  "options",
  "condition",
  "key",
];

/** input.options[1] → options; input.condition.values → condition; snake_case accepted. */
export function questionFieldOf(segments: string[]): QuestionField | null {
  const rest = segments[0] === "input" ? segments.slice(1) : segments;
  const first = (rest[0] ?? "").replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  if (first === "clearCondition") return "condition";
  return questionFields.find((f) => f === first) ?? null;
}
