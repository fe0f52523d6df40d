import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { formErrors, pathSegments } from "../graphql/errors";
import { questionFieldOf } from "./fieldErrors";

function badInput(message: string, field: unknown) {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field } });
}

describe("questionFieldOf", () => {
  it("names the question's input field", () => {
    expect(questionFieldOf(pathSegments("input.options[1]"))).toBe("options");
    expect(questionFieldOf(pathSegments("input.condition.questionID"))).toBe("condition");
    expect(questionFieldOf(pathSegments("input.help_text"))).toBe("helpText");
    expect(questionFieldOf(pathSegments("input.clearCondition"))).toBe("condition");
    expect(questionFieldOf(pathSegments("pageID"))).toBeNull();
  });

  it("puts each error next to its question field and the rest above the buttons", () => {
    const error = {
      graphQLErrors: [
        badInput("Options must be unique.", "input.options[1]"),
        badInput("Ignored second message.", "input.options[2]"),
        badInput("The page is gone.", "pageID"),
      ],
      networkError: undefined,
    };
    expect(formErrors(error, questionFieldOf)).toEqual({
      fields: { options: "Options must be unique." },
      form: "The page is gone.",
    });
  });
});
