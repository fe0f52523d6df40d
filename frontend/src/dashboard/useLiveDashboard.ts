import { useEffect, useMemo, useRef, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { errorMessage } from "../graphql/errors";
import { useSocketStatus } from "../graphql/socketStatus";
import { DashboardDocument, DashboardRequestUpdatedDocument, DashboardTaskUpdatedDocument } from "./documents";
import { announcement, type DashboardData } from "./model";
import { throttle } from "./throttle";

/** At most one refetch per interval, however fast requests and tasks change. */
const refetchIntervalMs = 2000;

const count = (seen = 0) => seen + 1;

/**
 * The dashboard's numbers, kept current: every requestUpdated and taskUpdated
 * the viewer may see triggers a (throttled) refetch, since only the server knows
 * what this viewer counts. `pollMs` adds a refetch on a timer, for a wall screen
 * that must recover on its own after the socket was down. `message` is what
 * changed, for a LiveStatus.
 */
export function useLiveDashboard(stuckAfterDays: number, pollMs?: number) {
  const [result, refetch] = useQuery({
    query: DashboardDocument,
    variables: { stuckAfterDays },
    // Coming back to the page (or from the wall screen) shows the last numbers at once and asks again.
    requestPolicy: "cache-and-network",
  });
  const refresh = useMemo(
    () => throttle(() => refetch({ requestPolicy: "network-only" }), refetchIntervalMs),
    [refetch],
  );
  useEffect(() => refresh.cancel, [refresh]);

  const [requests] = useSubscription({ query: DashboardRequestUpdatedDocument }, count);
  const [tasks] = useSubscription({ query: DashboardTaskUpdatedDocument }, count);
  const events = (requests.data ?? 0) + (tasks.data ?? 0);
  useEffect(() => {
    if (events > 0) refresh();
  }, [events, refresh]);

  useEffect(() => {
    if (!pollMs) return;
    const timer = setInterval(refresh, pollMs);
    return () => clearInterval(timer);
  }, [pollMs, refresh]);

  const dashboard = result.data?.dashboard;
  // Compared with what was on screen for the same stuck-days choice: a new
  // choice is the person's own doing, not news to announce.
  const shown = useRef<{ days: number; dashboard: DashboardData } | null>(null);
  const [message, setMessage] = useState("");
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!dashboard) return;
    const before = shown.current?.days === stuckAfterDays ? shown.current.dashboard : undefined;
    const news = announcement(before, dashboard);
    if (news) setMessage(news);
    shown.current = { days: stuckAfterDays, dashboard };
    setUpdatedAt(new Date());
  }, [dashboard, stuckAfterDays]);

  const socket = useSocketStatus();
  const liveError = requests.error ?? tasks.error;
  return {
    dashboard,
    error: result.error,
    fetching: result.fetching,
    retry: () => refetch({ requestPolicy: "network-only" }),
    message,
    updatedAt,
    live: { active: socket === "connected" && !liveError, error: liveError ? errorMessage(liveError) : null },
  };
}
