import type { Storage } from "@graphiql/toolkit";

/**
 * The explorer's tabs (queries and their responses) kept in this browser tab's
 * sessionStorage under one user's prefix: a reload keeps them, the next
 * person signing in on the same browser does not see them, and they are gone
 * when the tab closes.
 */
export function userStorage(userID: string, backing: globalThis.Storage = window.sessionStorage): Storage {
  const prefix = `tradewind:explorer:${userID}:`;
  const keys = () =>
    Array.from({ length: backing.length }, (_, i) => backing.key(i)).filter((k) => k?.startsWith(prefix));
  return {
    getItem: (key) => backing.getItem(prefix + key),
    setItem: (key, value) => backing.setItem(prefix + key, value),
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => keys().forEach((k) => k && backing.removeItem(k)),
    get length() {
      return keys().length;
    },
  };
}
