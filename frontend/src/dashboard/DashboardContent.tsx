import type { ReactNode } from "react";
import { Button, Center, Loader } from "@mantine/core";
import { IconLayoutDashboard } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import type { UserRole } from "../gql/graphql";
import { DashboardView } from "./DashboardView";
import { isEmpty } from "./model";
import type { useLiveDashboard } from "./useLiveDashboard";

interface DashboardContentProps {
  state: ReturnType<typeof useLiveDashboard>;
  role: UserRole;
  days: number;
  onDaysChange?: (days: number) => void;
  wall: boolean;
}

/** What to do about an empty dashboard depends on who is looking; the wall screen offers nothing to click. */
function emptyAction(role: UserRole, wall: boolean): ReactNode {
  if (wall) return null;
  if (role === "ADMIN") {
    return (
      <Button component={Link} to="/workflows">
        Build a workflow
      </Button>
    );
  }
  if (role === "REQUESTER") {
    return (
      <Button component={Link} to="/requests/new">
        New request
      </Button>
    );
  }
  return null;
}

/** The dashboard once loaded, its loading state, its error and its empty state: shared by the page and the wall screen. */
export function DashboardContent({ state, role, days, onDaysChange, wall }: DashboardContentProps) {
  const { dashboard, error, retry } = state;
  if (error && !dashboard) return <ErrorAlert error={error} title="Could not load the dashboard" onRetry={retry} />;
  if (!dashboard) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the dashboard" />
      </Center>
    );
  }
  if (isEmpty(dashboard)) {
    return (
      <EmptyState
        icon={<IconLayoutDashboard size={28} />}
        title={role === "REQUESTER" ? "You have no requests yet" : "No requests yet"}
        action={emptyAction(role, wall)}
      >
        {role === "REQUESTER"
          ? "Submit a request and follow it here: its status, its tasks and its Ironclad workflow, changing as they move, with no refresh."
          : "Requests appear here as soon as someone submits a form that has an active workflow: counts by status, tasks by type, Ironclad workflows by step, what is stuck, all changing live."}
      </EmptyState>
    );
  }
  return (
    <DashboardView
      dashboard={dashboard}
      days={days}
      onDaysChange={onDaysChange}
      showRequester={role !== "REQUESTER"}
      wall={wall}
    />
  );
}
