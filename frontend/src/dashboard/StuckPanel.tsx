import { Anchor, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { dateTime, timeAgo } from "../format/time";
import { type DashboardData, daysLabel, requestSeries, stuckDayChoices } from "./model";

interface StuckPanelProps {
  dashboard: DashboardData;
  days: number;
  /** Absent on the wall screen, which nobody operates. */
  onDaysChange?: (days: number) => void;
  /** Requesters see only their own requests: their name on each would be noise. */
  showRequester: boolean;
  wall: boolean;
  now: Date;
}

const statusLabel = (key: string) => requestSeries.find((s) => s.key === key)?.label ?? key;

/** What needs a person: open requests nothing has happened to for a while, and failed tasks with their reason. */
export function StuckPanel({ dashboard, days, onDaysChange, showRequester, wall, now }: StuckPanelProps) {
  const fz = wall ? "xl" : "sm";
  const { stuckRequests, failedTasks } = dashboard;
  return (
    <Paper withBorder p={wall ? "xl" : "lg"} component="section" aria-labelledby="dashboard-stuck">
      <Group justify="space-between" align="flex-end" mb="md">
        <Title order={3} id="dashboard-stuck" fz={wall ? 30 : "lg"}>
          What is stuck
        </Title>
        {onDaysChange && (
          <NativeSelect
            label="No change for"
            size="xs"
            w={130}
            value={String(days)}
            onChange={(e) => onDaysChange(Number(e.currentTarget.value))}
            data={stuckDayChoices.map((d) => ({ value: String(d), label: daysLabel(d) }))}
          />
        )}
      </Group>
      <Stack gap="lg">
        <div data-testid="stuck-requests">
          <Title order={4} fz={wall ? 24 : "md"} mb="xs">
            No change for {daysLabel(days)} ({stuckRequests.length})
          </Title>
          {stuckRequests.length === 0 ? (
            <Text c="dimmed" fz={fz}>
              Every open request moved in the last {daysLabel(days)}.
            </Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
              {stuckRequests.map((r) => (
                <li key={r.id}>
                  <Anchor component={Link} to={`/requests/${r.id}`} fz={fz} fw={600}>
                    {r.title}
                  </Anchor>
                  <Text c="dimmed" fz={fz}>
                    {statusLabel(r.status)} · last change{" "}
                    <span title={dateTime(r.updatedAt)}>{timeAgo(r.updatedAt, now)}</span>
                    {showRequester && ` · ${r.requester.name || r.requester.email}`}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </div>
        <div data-testid="failed-tasks">
          <Title order={4} fz={wall ? 24 : "md"} mb="xs">
            Failed tasks ({failedTasks.length})
          </Title>
          {failedTasks.length === 0 ? (
            <Text c="dimmed" fz={fz}>
              No task has failed.
            </Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
              {failedTasks.map((t) => (
                <li key={t.id}>
                  <Text fz={fz} fw={600}>
                    {t.name} on{" "}
                    <Anchor component={Link} to={`/requests/${t.request.id}`} inherit>
                      {t.request.title}
                    </Anchor>
                  </Text>
                  <Text fz={fz}>{t.error || "No reason was recorded."}</Text>
                  <Text c="dimmed" fz={wall ? "lg" : "xs"}>
                    failed <span title={dateTime(t.updatedAt)}>{timeAgo(t.updatedAt, now)}</span>
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
