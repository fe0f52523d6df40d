import type { CombinedError } from "@urql/core";

/** The codes the server puts in every GraphQL error's extensions.code. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "IRONCLAD_ERROR"
  | "INTERNAL";

/** The parts of an error this module reads; CombinedError satisfies it. */
export type ApiError = Pick<CombinedError, "graphQLErrors" | "networkError">;

const unreachable = "Tradewind could not be reached. Check your connection and try again.";

export function errorCodes(error: ApiError | undefined | null): string[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((e) => {
    const code = e.extensions?.["code"];
    return typeof code === "string" ? [code] : [];
  });
}

export function hasErrorCode(error: ApiError | undefined | null, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** One sentence a person can act on: the server's own message when there is one. */
export function errorMessage(error: ApiError): string {
  const first = error.graphQLErrors.find((e) => e.message.trim() !== "");
  if (first) return first.message;
  if (error.networkError) return unreachable;
  return "Something went wrong. Try again.";
}

/**
 * extensions.field as path segments: "input.fields[3].questionID" and
 * ["input", "fields", 3, "questionID"] both become ["input", "fields", "3", "questionID"].
 */
export function pathSegments(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw !== "string" || raw === "") return [];
  return raw
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((s) => s !== "");
}

/** Server errors split between the things on screen they are about and the form as a whole. */
export interface FormErrors<K extends string = string> {
  fields: Partial<Record<K, string>>;
  form: string | null;
}

/**
 * The one way a failed mutation's errors reach a form: each BAD_USER_INPUT error
 * whose extensions.field resolves to something on screen (resolve turns the path
 * into its key, or null) shows next to it, the first message per key; everything
 * else is one form-level message in the server's own words.
 */
export function formErrors<K extends string>(
  error: ApiError,
  resolve: (segments: string[]) => K | null,
): FormErrors<K> {
  const fields: Partial<Record<K, string>> = {};
  const rest: string[] = [];
  for (const e of error.graphQLErrors) {
    const key = e.extensions?.["code"] === "BAD_USER_INPUT" ? resolve(pathSegments(e.extensions["field"])) : null;
    if (key === null) rest.push(e.message);
    else fields[key] ??= e.message;
  }
  if (error.graphQLErrors.length === 0) rest.push(errorMessage(error));
  return { fields, form: rest.length > 0 ? rest.join(" ") : null };
}

/**
 * Resolves a path to the form field named by its last segment ("email",
 * "input.email", ["input", "email"]); case and snake_case do not matter.
 */
export function fieldNamed<K extends string>(fieldNames: readonly K[]): (segments: string[]) => K | null {
  return (segments) => {
    const last = segments[segments.length - 1];
    if (!last) return null;
    const loose = last.toLowerCase().replace(/_/g, "");
    return fieldNames.find((name) => name === last) ?? fieldNames.find((name) => name.toLowerCase() === loose) ?? null;
  };
}
