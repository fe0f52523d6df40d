import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { errorCodes, errorMessage, fieldNamed, formErrors, hasErrorCode, pathSegments, type ApiError } from "./errors";

function apiError(...errors: GraphQLError[]): ApiError {
  return { graphQLErrors: errors, networkError: undefined };
}

function gqlError(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions });
}

describe("pathSegments", () => {
  it("reads dotted paths with indexes and arrays alike", () => {
    expect(pathSegments("input.fields[3].questionID")).toEqual(["input", "fields", "3", "questionID"]);
    expect(pathSegments(["input", "fields", 3, "questionID"])).toEqual(["input", "fields", "3", "questionID"]);
    expect(pathSegments(undefined)).toEqual([]);
    expect(pathSegments("")).toEqual([]);
  });
});

describe("formErrors with fieldNamed", () => {
  const fields = fieldNamed(["email", "name", "role", "password"]);

  it.each([
    ["a bare field name", "email"],
    ["a dotted input path", "input.email"],
    ["a path array", ["input", "email"]],
    ["a differently cased name", "EMAIL"],
    ["a path with an index before the name", "input.users[0].email"],
  ])("puts BAD_USER_INPUT next to the field named by %s", (_label, field) => {
    const result = formErrors(
      apiError(gqlError("A user with this email already exists.", { code: "BAD_USER_INPUT", field })),
      fields,
    );
    expect(result).toEqual({ fields: { email: "A user with this email already exists." }, form: null });
  });

  it("maps snake_case server names onto camelCase fields", () => {
    const result = formErrors(
      apiError(gqlError("Enter your current password.", { code: "BAD_USER_INPUT", field: "current_password" })),
      fieldNamed(["currentPassword", "newPassword"]),
    );
    expect(result.fields).toEqual({ currentPassword: "Enter your current password." });
  });

  it("keeps several field errors and the first message per field", () => {
    const result = formErrors(
      apiError(
        gqlError("Password must be at least 12 characters.", { code: "BAD_USER_INPUT", field: "password" }),
        gqlError("Name is required.", { code: "BAD_USER_INPUT", field: "name" }),
        gqlError("Second password message.", { code: "BAD_USER_INPUT", field: "password" }),
      ),
      fields,
    );
    expect(result.fields).toEqual({
      password: "Password must be at least 12 characters.",
      name: "Name is required.",
    });
    expect(result.form).toBeNull();
  });

  it("makes an unknown field, a missing field or another code a form-level error", () => {
    const result = formErrors(
      apiError(
        gqlError("Scopes must include READ.", { code: "BAD_USER_INPUT", field: "scopes" }),
        gqlError("Bad input.", { code: "BAD_USER_INPUT" }),
        gqlError("Only admins can create users.", { code: "FORBIDDEN", field: "email" }),
      ),
      fields,
    );
    expect(result.fields).toEqual({});
    expect(result.form).toBe("Scopes must include READ. Bad input. Only admins can create users.");
  });

  it("explains a network failure at form level", () => {
    const result = formErrors({ graphQLErrors: [], networkError: new Error("Failed to fetch") }, fields);
    expect(result.fields).toEqual({});
    expect(result.form).toMatch(/could not be reached/);
  });
});

describe("error codes", () => {
  it("reads extensions.code of every error", () => {
    const error = apiError(gqlError("Sign in to continue.", { code: "UNAUTHENTICATED" }), gqlError("no code", {}));
    expect(errorCodes(error)).toEqual(["UNAUTHENTICATED"]);
    expect(hasErrorCode(error, "UNAUTHENTICATED")).toBe(true);
    expect(hasErrorCode(error, "FORBIDDEN")).toBe(false);
    expect(hasErrorCode(undefined, "FORBIDDEN")).toBe(false);
  });

  it("prefers the server's sentence over a generic one", () => {
    expect(errorMessage(apiError(gqlError("That user no longer exists.", { code: "NOT_FOUND" })))).toBe(
      "That user no longer exists.",
    );
    expect(errorMessage({ graphQLErrors: [], networkError: new Error("x") })).toMatch(/could not be reached/);
  });
});
