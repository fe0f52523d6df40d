import type { ImportState } from "../gql/graphql";

export interface ProgressItem {
  templateID: string;
  name: string;
  state: ImportState;
  error: string | null;
  importID: string;
  workflowID: string | null;
  needsReviewCount: number | null;
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
