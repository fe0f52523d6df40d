import type { DashboardQuery, TimelineKind, UserRole } from "../gql/graphql";
import { requestStatusLook, taskStatusLook } from "../requests/status";

export type DashboardData = DashboardQuery["dashboard"];
export type StatusCount = DashboardData["requestsByStatus"][number];
export type ActivityEntry = DashboardData["recentActivity"][number];

/** One bar's key as the server counts it, the words on screen, and a Mantine colour for the bar. */
export interface Series {
  key: string;
  label: string;
  color: string;
}

// The words are the status badges' (requests/status.ts), one name per status.
// Bars carry their number as text beside them, so a colour only helps the eye;
// the shades are dark enough to stand out from a light card and a dark one.
export const requestSeries: readonly Series[] = [
  { key: "DRAFT", label: requestStatusLook.DRAFT.label, color: "gray.6" },
  { key: "SUBMITTED", label: requestStatusLook.SUBMITTED.label, color: "indigo.6" },
  { key: "IN_PROGRESS", label: requestStatusLook.IN_PROGRESS.label, color: "blue.6" },
  { key: "FAILED", label: requestStatusLook.FAILED.label, color: "red.7" },
  { key: "COMPLETED", label: requestStatusLook.COMPLETED.label, color: "green.7" },
  { key: "WITHDRAWN", label: requestStatusLook.WITHDRAWN.label, color: "gray.6" },
];

export const taskStatusSeries: readonly Series[] = [
  { key: "PENDING", label: taskStatusLook.PENDING.label, color: "gray.6" },
  { key: "IN_PROGRESS", label: taskStatusLook.IN_PROGRESS.label, color: "blue.6" },
  { key: "WAITING", label: taskStatusLook.WAITING.label, color: "yellow.7" },
  { key: "FAILED", label: taskStatusLook.FAILED.label, color: "red.7" },
  { key: "COMPLETED", label: taskStatusLook.COMPLETED.label, color: "green.7" },
  { key: "CANCELLED", label: taskStatusLook.CANCELLED.label, color: "gray.6" },
];

export const taskTypeSeries: readonly Series[] = [
  { key: "MANUAL", label: "Manual", color: "teal.7" },
  { key: "APPROVAL", label: "Approval", color: "violet.6" },
  { key: "INTEGRATION", label: "Ironclad", color: "blue.6" },
];

// Ironclad's own workflow steps, in the order a contract goes through them.
export const ironcladStepSeries: readonly Series[] = [
  { key: "create", label: "Create", color: "gray.6" },
  { key: "review", label: "Review", color: "blue.6" },
  { key: "sign", label: "Sign", color: "violet.6" },
  { key: "archive", label: "Archive", color: "green.7" },
];

export interface Bar extends Series {
  count: number;
  /** Share of all counted, in whole percent. */
  percent: number;
  /** Length relative to the longest bar, 0 to 1. */
  length: number;
}

function words(key: string): string {
  const spaced = key.replace(/[_-]+/g, " ").trim().toLowerCase();
  return spaced === "" ? "Unknown" : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function total(counts: readonly StatusCount[]): number {
  return counts.reduce((sum, c) => sum + c.count, 0);
}

/**
 * The bars of one chart: only what has a count, known keys in their series'
 * order (case-insensitive, as Ironclad's step names vary), keys the series
 * does not know after them, largest first, in words.
 */
export function bars(counts: readonly StatusCount[], series: readonly Series[]): Bar[] {
  const all = total(counts);
  const longest = Math.max(0, ...counts.map((c) => c.count));
  const rank = (key: string) => {
    const i = series.findIndex((s) => s.key.toLowerCase() === key.toLowerCase());
    return i === -1 ? series.length : i;
  };
  return counts
    .filter((c) => c.count > 0)
    .sort((a, b) => rank(a.key) - rank(b.key) || b.count - a.count || a.key.localeCompare(b.key))
    .map((c) => {
      const known = series[rank(c.key)];
      return {
        key: c.key,
        label: known?.label ?? words(c.key),
        color: known?.color ?? "gray.6",
        count: c.count,
        percent: Math.round((100 * c.count) / all),
        length: c.count / longest,
      };
    });
}

/** Nothing to chart: the viewer has no requests (a requester) or nobody has (everyone else). */
export function isEmpty(dashboard: DashboardData): boolean {
  return total(dashboard.requestsByStatus) === 0;
}

export const stuckDayChoices: readonly number[] = [1, 3, 7, 14, 30];
export const defaultStuckDays = 3;

/** The ?stuck= value of the URL when it is one of the choices; the default otherwise. */
export function stuckDaysFrom(param: string | null): number {
  const days = Number(param);
  return stuckDayChoices.includes(days) ? days : defaultStuckDays;
}

export function daysLabel(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** The page's title: a requester's numbers are their own, and the title says so. */
export function dashboardHeading(role: UserRole): { title: string; description: string } {
  return role === "REQUESTER"
    ? { title: "My dashboard", description: "Your own requests and their tasks, as they move." }
    : { title: "Dashboard", description: "Every request and task, as they move." };
}

export const activityLabels: Record<TimelineKind, string> = {
  SUBMITTED: "Submitted",
  LAUNCHED: "Launched in Ironclad",
  APPROVAL_CHANGED: "Approval",
  PACKET_SENT: "Sent for signature",
  SIGNED: "Signed",
  COMPLETED: "Completed",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
  WITHDRAWN: "Withdrawn",
  TASK_COMPLETED: "Task done",
  BACKFILLED: "Caught up from Ironclad",
};

/** The request an activity entry is about, to link to; entries without a task have none. */
export function activityRequest(entry: ActivityEntry): { id: string; title: string } | null {
  return entry.task?.request ?? null;
}

function countChanges(
  noun: string,
  series: readonly Series[],
  before: readonly StatusCount[],
  after: readonly StatusCount[],
): string[] {
  const was = new Map(before.map((c) => [c.key, c.count]));
  const now = new Map(after.map((c) => [c.key, c.count]));
  const keys = [...new Set([...was.keys(), ...now.keys()])];
  return keys
    .filter((key) => (was.get(key) ?? 0) !== (now.get(key) ?? 0))
    .map((key) => {
      const label = series.find((s) => s.key === key)?.label ?? words(key);
      return `${label.toLowerCase()} ${noun} ${now.get(key) ?? 0}`;
    });
}

const mostChanges = 4;

/**
 * What a screen reader hears when the numbers move, in one short sentence:
 * the counts that changed, at most four. Nothing for the first load (it is
 * not news) or when nothing a person would notice changed.
 */
export function announcement(before: DashboardData | undefined, after: DashboardData): string {
  if (!before) return "";
  const changes = [
    ...countChanges("requests", requestSeries, before.requestsByStatus, after.requestsByStatus),
    ...countChanges("tasks", taskStatusSeries, before.tasksByStatus, after.tasksByStatus),
  ];
  if (before.stuckRequests.length !== after.stuckRequests.length) {
    changes.push(`stuck requests ${after.stuckRequests.length}`);
  }
  if (changes.length === 0) return "";
  const shown = changes.slice(0, mostChanges).join(", ");
  const more = changes.length > mostChanges ? ", and more" : "";
  return `Dashboard updated: ${shown}${more}.`;
}
