import { describe, expect, it } from "vitest";
import type { GraphQLError } from "graphql";
import { errorsByPath, pathSegments, questionFieldOf } from "./fieldErrors";

function badInput(message: string, field: unknown) {
  return { message, extensions: { code: "BAD_USER_INPUT", field } } as unknown as GraphQLError;
}

describe("pathSegments", () => {
  it("reads dotted paths with indexes and arrays alike", () => {
    expect(pathSegments("input.fields[3].questionId")).toEqual(["input", "fields", "3", "questionId"]);
    expect(pathSegments(["input", "fields", 3, "questionId"])).toEqual(["input", "fields", "3", "questionId"]);
    expect(pathSegments(undefined)).toEqual([]);
  });
});

describe("questionFieldOf", () => {
  it("names the question's input field", () => {
    expect(questionFieldOf(pathSegments("input.options[1]"))).toBe("options");
    expect(questionFieldOf(pathSegments("input.condition.questionId"))).toBe("condition");
    expect(questionFieldOf(pathSegments("input.help_text"))).toBe("helpText");
    expect(questionFieldOf(pathSegments("pageId"))).toBeNull();
  });
});

describe("errorsByPath", () => {
  it("puts each error next to its field and the rest above the buttons", () => {
    const error = {
      graphQLErrors: [
        badInput("Options must be unique.", "input.options[1]"),
        badInput("Ignored second message.", "input.options[2]"),
        badInput("The page is gone.", "pageId"),
      ],
      networkError: undefined,
    };
    expect(errorsByPath(error, questionFieldOf)).toEqual({
      fields: { options: "Options must be unique." },
      form: "The page is gone.",
    });
  });
});
