/** The session endpoints beside GraphQL: POST /auth/login and /auth/logout. */

export type SignInResult = { ok: true } | { ok: false; message: string };

const fallbackMessages: Record<number, string> = {
  401: "Email or password is incorrect.",
  429: "Too many sign-in attempts. Try again in a few minutes.",
};

export async function signIn(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch("/auth/login", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, message: "Tradewind could not be reached. Check your connection and try again." };
  }
  if (response.ok) return { ok: true };
  return { ok: false, message: await failureMessage(response) };
}

export async function signOut(): Promise<void> {
  try {
    await fetch("/auth/logout", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
  } catch {
    // The SPA forgets the session either way; the cookie expires on its own.
  }
}

/** The server's {"error": "..."} sentence, or one that fits the status. */
export async function failureMessage(response: Response): Promise<string> {
  const fallback =
    fallbackMessages[response.status] ?? `Sign-in failed (${response.status} ${response.statusText}). Try again.`;
  try {
    const body: unknown = await response.json();
    if (body && typeof body === "object" && "error" in body && typeof body.error === "string" && body.error) {
      return body.error;
    }
  } catch {
    // Not JSON: fall back to the status.
  }
  return fallback;
}
