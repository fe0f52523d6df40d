import type { RequestStatus, SyncEventStatus, TaskStatus } from "../gql/graphql";

export interface StatusLook {
  label: string;
  color: string;
}

export const requestStatusLook: Record<RequestStatus, StatusLook> = {
  DRAFT: { label: "Draft", color: "gray" },
  SUBMITTED: { label: "Submitted", color: "blue" },
  IN_PROGRESS: { label: "In progress", color: "blue" },
  COMPLETED: { label: "Completed", color: "green" },
  WITHDRAWN: { label: "Withdrawn", color: "gray" },
  FAILED: { label: "Needs attention", color: "red" },
};

export const taskStatusLook: Record<TaskStatus, StatusLook> = {
  PENDING: { label: "Not started", color: "gray" },
  IN_PROGRESS: { label: "In progress", color: "blue" },
  WAITING: { label: "Waiting", color: "yellow" },
  COMPLETED: { label: "Done", color: "green" },
  FAILED: { label: "Failed", color: "red" },
  CANCELLED: { label: "Cancelled", color: "gray" },
};

export const syncStatusLook: Record<SyncEventStatus, StatusLook> = {
  PENDING: { label: "Pending", color: "gray" },
  SUCCEEDED: { label: "Succeeded", color: "green" },
  FAILED: { label: "Failed", color: "red" },
  RETRYING: { label: "Retrying", color: "yellow" },
  IGNORED: { label: "Ignored", color: "gray" },
};

/** Ironclad's approval and signer statuses ("approved", "pending", "signed"…) as a badge. */
export function ironcladStatusLook(status: string): StatusLook {
  const s = status.toLowerCase();
  const label = s === "" ? "Unknown" : s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " ");
  if (["approved", "signed", "complete", "completed"].includes(s)) return { label, color: "green" };
  if (["rejected", "declined", "cancelled", "canceled"].includes(s)) return { label, color: "red" };
  if (["pending", "sent", "viewed", "in_progress"].includes(s)) return { label, color: "blue" };
  return { label, color: "gray" };
}

/** The list's filters, each a set of statuses. */
export type RequestFilter = "all" | "open" | "completed" | "failed" | "withdrawn";

export const requestFilters: readonly { value: RequestFilter; label: string; statuses: readonly RequestStatus[] }[] = [
  { value: "all", label: "All", statuses: [] },
  { value: "open", label: "Open", statuses: ["DRAFT", "SUBMITTED", "IN_PROGRESS"] },
  { value: "completed", label: "Completed", statuses: ["COMPLETED"] },
  { value: "failed", label: "Needs attention", statuses: ["FAILED"] },
  { value: "withdrawn", label: "Withdrawn", statuses: ["WITHDRAWN"] },
];

export function matchesFilter(status: RequestStatus, filter: RequestFilter): boolean {
  const statuses = requestFilters.find((f) => f.value === filter)?.statuses ?? [];
  return statuses.length === 0 || statuses.includes(status);
}

export function countByFilter(statuses: readonly RequestStatus[]): Record<RequestFilter, number> {
  const counts = { all: 0, open: 0, completed: 0, failed: 0, withdrawn: 0 };
  for (const f of requestFilters) counts[f.value] = statuses.filter((s) => matchesFilter(s, f.value)).length;
  return counts;
}

interface OrderedTask {
  position: number;
  status: TaskStatus;
}

/** The task a request is at: the first, in order, not yet done or cancelled; null when all are. */
export function currentTask<T extends OrderedTask>(tasks: readonly T[]): T | null {
  const ordered = [...tasks].sort((a, b) => a.position - b.position);
  return ordered.find((t) => t.status !== "COMPLETED" && t.status !== "CANCELLED") ?? null;
}

interface Versioned {
  id: string;
  updatedAt: string;
  /** A task's copy is as new as its linked workflow too: Ironclad moves it without touching the task. */
  linkedWorkflow?: { updatedAt: string } | null;
}

/** How new a copy is: the later of its own and its linked workflow's updatedAt. */
function version(item: Versioned): number {
  return Math.max(Date.parse(item.updatedAt), item.linkedWorkflow ? Date.parse(item.linkedWorkflow.updatedAt) : 0);
}

/**
 * Loaded items with the live ones laid over them, by id: whichever copy is
 * newer wins, so a refetch that raced an event never shows an older status.
 * Live items not loaded are left out (the list decides what it holds).
 */
export function overlay<T extends Versioned>(loaded: readonly T[], live: ReadonlyMap<string, T>): T[] {
  return loaded.map((item) => {
    const fresh = live.get(item.id);
    return fresh && version(fresh) >= version(item) ? fresh : item;
  });
}

/** The list as it stands: items that arrived live and were never loaded first (newest first), then the loaded ones overlaid. */
export function withLive<T extends Versioned & { createdAt: string }>(
  loaded: readonly T[],
  live: ReadonlyMap<string, T>,
): T[] {
  const held = new Set(loaded.map((item) => item.id));
  const added = [...live.values()]
    .filter((item) => !held.has(item.id))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return [...added, ...overlay(loaded, live)];
}

/** Keeps the newest copy of an item that arrived live. */
export function remember<T extends Versioned>(live: ReadonlyMap<string, T>, item: T): Map<string, T> {
  const next = new Map(live);
  const known = next.get(item.id);
  if (!known || version(item) >= version(known)) next.set(item.id, item);
  return next;
}

interface Named {
  id: string;
  name: string;
  status: TaskStatus;
}

/**
 * What changed since the statuses last announced, as one sentence for a polite
 * live region ("Launch in Ironclad is now Done."); empty when nothing did.
 */
export function statusChanges(before: ReadonlyMap<string, TaskStatus>, tasks: readonly Named[]): string {
  return tasks
    .filter((t) => before.has(t.id) && before.get(t.id) !== t.status)
    .map((t) => `${t.name} is now ${taskStatusLook[t.status].label}.`)
    .join(" ");
}
