import type { ImportState } from "../gql/graphql";

export interface ProgressItem {
  templateID: string;
  name: string;
  state: ImportState;
  error: string | null;
  importID: string;
  workflowID: string | null;
  needsReviewCount: number | null;
  /** An attempt was cut off (server stopped, or past its time limit): retried unless FAILED. */
  interrupted: boolean;
}

/** Per template id: the state of its latest import. */
export type Progress = Record<string, ProgressItem>;

const rank: Record<ImportState, number> = { QUEUED: 0, RUNNING: 1, DONE: 2, FAILED: 2 };

export function isFinal(state: ImportState): boolean {
  return rank[state] === 2;
}

/**
 * Folds one event into the progress: the mutation's QUEUED items
 * (fromMutation) or a subscription event. Within one import a state never
 * goes backwards (the mutation's answer may arrive after the first events);
 * an event of another import replaces the entry only when that entry is
 * finished (a Retry) or the event is the mutation's own answer. `names`
 * fills in names the event leaves empty.
 */
export function applyProgress(
  progress: Progress,
  event: ProgressItem,
  options: { fromMutation?: boolean; names?: Record<string, string> } = {},
): Progress {
  const current = progress[event.templateID];
  if (current) {
    if (current.importID === event.importID) {
      if (rank[event.state] < rank[current.state]) return progress;
    } else if (!options.fromMutation && !isFinal(current.state)) {
      return progress;
    }
  }
  const name = event.name || current?.name || options.names?.[event.templateID] || event.templateID;
  return { ...progress, [event.templateID]: { ...event, name } };
}

export interface ProgressSummary {
  total: number;
  done: number;
  failed: number;
  running: boolean;
}

export function summarizeProgress(progress: Progress): ProgressSummary {
  const items = Object.values(progress);
  const done = items.filter((i) => i.state === "DONE").length;
  const failed = items.filter((i) => i.state === "FAILED").length;
  return { total: items.length, done, failed, running: done + failed < items.length };
}

/**
 * What the import summary says, on screen and to screen readers (LiveStatus):
 * which one is being imported, then how it ended. Empty before any import.
 */
export function importHeadline(summary: ProgressSummary, needsReview: number): string {
  const { total, done, failed, running } = summary;
  if (total === 0) return "";
  if (running) return `Importing ${Math.min(done + failed + 1, total)} of ${total}…`;
  const failures = failed > 0 ? `, ${failed} failed (see below)` : "";
  const review = needsReview > 0 ? ` ${needsReview} fields need review.` : "";
  return `${done} of ${total} imported${failures}.${review}`;
}

/** A template's place in its import, in words: interrupted work says so. */
export function stateLabel(item: Pick<ProgressItem, "state" | "interrupted">): string {
  switch (item.state) {
    case "QUEUED":
      return item.interrupted ? "Interrupted — retrying" : "Queued";
    case "RUNNING":
      return item.interrupted ? "Interrupted — retrying" : "Importing…";
    case "DONE":
      return "Imported";
    case "FAILED":
      return item.interrupted ? "Interrupted" : "Failed";
  }
}
