import { describe, expect, it } from "vitest";
import { failureMessage } from "./api";

describe("failureMessage", () => {
  it("uses the server's sentence", async () => {
    const response = new Response(JSON.stringify({ error: "Too many sign-in attempts. Try again in 4 minutes." }), {
      status: 429,
    });
    expect(await failureMessage(response)).toBe("Too many sign-in attempts. Try again in 4 minutes.");
  });

  it("falls back to a sentence that fits the status", async () => {
    expect(await failureMessage(new Response("nope", { status: 401 }))).toBe("Email or password is incorrect.");
    expect(await failureMessage(new Response("", { status: 502, statusText: "Bad Gateway" }))).toBe(
      "Sign-in failed (502 Bad Gateway). Try again.",
    );
  });
});
