import type { ApiTokenScope } from "../../gql/graphql";

export type TokenStatus = "active" | "revoked" | "expired";

interface TokenDates {
  revokedAt: string | null;
  expiresAt: string | null;
}

export function tokenStatus(token: TokenDates, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return "expired";
  return "active";
}

/**
 * WRITE needs READ: ticking WRITE ticks READ, unticking READ unticks WRITE.
 * Always in the order READ, WRITE.
 */
export function normalizeScopes(next: readonly string[], previous: readonly string[]): ApiTokenScope[] {
  let read = next.includes("READ");
  let write = next.includes("WRITE");
  if (write && !previous.includes("WRITE")) read = true;
  if (!read && previous.includes("READ")) write = false;
  const scopes: ApiTokenScope[] = [];
  if (read || write) scopes.push("READ");
  if (write) scopes.push("WRITE");
  return scopes;
}

export const expiryChoices = [
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never" },
] as const;

export type ExpiryChoice = (typeof expiryChoices)[number]["value"];

export function expiresInDays(choice: ExpiryChoice): number | undefined {
  return choice === "never" ? undefined : Number(choice);
}
