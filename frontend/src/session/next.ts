/** Where the login page sends people afterwards, kept on this origin. */
export function loginPath(next: string, expired: boolean): string {
  const params = new URLSearchParams();
  if (next && next !== "/" && next !== "/login") params.set("next", next);
  if (expired) params.set("expired", "1");
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}

/** The page to open after signing in; only same-origin paths are followed. */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\") || raw.startsWith("/login")) {
    return "/requests";
  }
  return raw;
}
