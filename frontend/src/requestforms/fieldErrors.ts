import type { ApiError } from "../graphql/errors";
import { errorMessage } from "../graphql/errors";

/**
 * extensions.field as path segments: "input.fields[3].questionId" and
 * ["input", "fields", 3, "questionId"] both become ["input", "fields", "3", "questionId"].
 */
export function pathSegments(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw !== "string" || raw === "") return [];
  return raw
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((s) => s !== "");
}

export interface PathErrors<K extends string> {
  fields: Partial<Record<K, string>>;
  form: string | null;
}

/**
 * Splits BAD_USER_INPUT errors between the things on screen they are about
 * (resolve turns a path into a key, or null) and a form-level message.
 */
export function errorsByPath<K extends string>(
  error: ApiError,
  resolve: (segments: string[]) => K | null,
): PathErrors<K> {
  const fields: Partial<Record<K, string>> = {};
  const rest: string[] = [];
  for (const e of error.graphQLErrors) {
    const key = e.extensions?.["code"] === "BAD_USER_INPUT" ? resolve(pathSegments(e.extensions["field"])) : null;
    if (key !== null && fields[key] === undefined) fields[key] = e.message;
    else if (key === null) rest.push(e.message);
  }
  if (error.graphQLErrors.length === 0) rest.push(errorMessage(error));
  return { fields, form: rest.length > 0 ? rest.join(" ") : null };
}

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
