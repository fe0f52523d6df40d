import type { CommentFieldsFragment, CommentIroncladCopy } from "../gql/graphql";

/** One change of the thread, as the commentChanged subscription delivers it. */
export interface ThreadChange {
  kind: "ADDED" | "EDITED" | "REMOVED";
  commentID: string;
  comment?: CommentFieldsFragment | null;
}

const byTime = (a: CommentFieldsFragment, b: CommentFieldsFragment) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The thread after a change: oldest first, newest at the bottom; a removed comment leaves it. */
export function applyChange(thread: readonly CommentFieldsFragment[], change: ThreadChange): CommentFieldsFragment[] {
  const rest = thread.filter((c) => c.id !== change.commentID);
  if (change.kind === "REMOVED" || !change.comment) return rest;
  return [...rest, change.comment].sort(byTime);
}

/** What deleting a comment does, said before the person confirms. */
export function deleteConsequence(copy: CommentIroncladCopy): string {
  switch (copy) {
    case "DELETED_TOO":
      return "It is deleted here and in Ironclad. This cannot be undone.";
    case "STAYS":
      return "It is deleted here only: this Ironclad cannot delete comments through its API, so the copy in Ironclad stays. Delete it in Ironclad too; Tradewind notices that by itself.";
    default:
      return "It is deleted here. This cannot be undone.";
  }
}

/** Where a comment came from, for its badge. */
export function sourceLabel(origin: string): string {
  return origin === "IRONCLAD" ? "Ironclad" : "Tradewind";
}

/** The comment's Ironclad sync state in words; "" when there is nothing to say. */
export function syncText(c: Pick<CommentFieldsFragment, "syncStatus" | "syncAction" | "syncError">): string {
  const deleting = c.syncAction === "DELETE";
  switch (c.syncStatus) {
    case "PENDING":
      if (c.syncError) return `${deleting ? "Deleting in" : "Sending to"} Ironclad again soon: ${c.syncError}`;
      return deleting ? "Deleting in Ironclad…" : "Sending to Ironclad…";
    case "FAILED":
      return `${deleting ? "Not deleted in" : "Not sent to"} Ironclad: ${c.syncError}`;
    default:
      return "";
  }
}

/** The polite announcement of a comment that arrived while the page was open; "" for other changes. */
export function announcement(change: ThreadChange, viewerName: string): string {
  const c = change.comment;
  if (change.kind !== "ADDED" || !c || c.authorName === viewerName) return "";
  return `New comment from ${c.authorName || "someone"} (${sourceLabel(c.origin)}): ${c.body}`;
}
