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

/** Server errors split between the form's fields and the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

/**
 * Maps BAD_USER_INPUT errors whose extensions.field names one of the form's
 * fields ("email", "input.email" or ["input", "email"]) onto that field, so the
 * message shows next to what caused it. Everything else is a form-level error.
 */
export function formErrors(error: ApiError, fieldNames: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.["code"] === "BAD_USER_INPUT" ? matchField(e.extensions["field"], fieldNames) : null;
    if (field && !(field in fields)) fields[field] = e.message;
    else if (!field) rest.push(e.message);
  }
  if (error.graphQLErrors.length === 0) rest.push(errorMessage(error));
  return { fields, form: rest.length > 0 ? rest.join(" ") : null };
}

function matchField(raw: unknown, fieldNames: readonly string[]): string | null {
  const path = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? raw.split(".") : [];
  const last = path[path.length - 1];
  if (!last) return null;
  return (
    fieldNames.find((name) => name === last) ??
    fieldNames.find((name) => name.toLowerCase() === last.toLowerCase().replace(/_/g, "")) ??
    null
  );
}
