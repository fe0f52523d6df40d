import type { UseFormReturnType } from "@mantine/form";
import type { CombinedError } from "@urql/core";
import { fieldNamed, formErrors } from "../graphql/errors";

/**
 * Shows a failed mutation's errors on the form: each one next to the field
 * that caused it, the rest returned for an alert above the buttons.
 */
export function applyServerErrors<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  error: CombinedError,
): string | null {
  const { fields, form: message } = formErrors(error, fieldNamed(Object.keys(form.getValues())));
  form.setErrors(fields);
  return message;
}

export const minPasswordLength = 12;

export function passwordProblem(value: string): string | null {
  return value.length >= minPasswordLength ? null : `Use at least ${minPasswordLength} characters.`;
}
