import { describe, expect, it } from "vitest";
import { containsMutation, curlLine } from "./operations";

describe("containsMutation", () => {
  it.each([
    ["{ viewer { email } }", false],
    ["query Q { viewer { email } }", false],
    ["subscription { taskUpdated { id } }", false],
    ['mutation { decideApproval(id: "tsk_1", decision: APPROVE) { id } }', true],
    ["query A { viewer { id } }\nmutation B { revokeAPIToken(id: 1) { id } }", true],
    ["mutation {", false],
    ["", false],
  ])("%s → %s", (doc, want) => {
    expect(containsMutation(doc)).toBe(want);
  });
});

describe("curlLine", () => {
  it("asks who the token is, against the server's own URL", () => {
    expect(curlLine("https://tw.example.com", "twk_abc")).toBe(
      `curl -sS https://tw.example.com/graphql -H 'Authorization: Bearer twk_abc' -H 'Content-Type: application/json' --data '{"query":"{ viewer { email role } }"}'`,
    );
  });
});
