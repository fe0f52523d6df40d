import { useEffect, useState } from "react";
import { SimpleGrid, Stack } from "@mantine/core";
import { ActivityPanel } from "./ActivityPanel";
import { BarChart } from "./BarChart";
import { type DashboardData, ironcladStepSeries, requestSeries, taskStatusSeries, taskTypeSeries } from "./model";
import { StuckPanel } from "./StuckPanel";

interface DashboardViewProps {
  dashboard: DashboardData;
  days: number;
  onDaysChange?: (days: number) => void;
  showRequester: boolean;
  wall: boolean;
}

/** "3 minutes ago" has to age on a screen nobody touches. */
function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function charts(d: DashboardData) {
  return [
    { title: "Requests by status", counts: d.requestsByStatus, series: requestSeries, empty: "No requests." },
    { title: "Tasks by status", counts: d.tasksByStatus, series: taskStatusSeries, empty: "No tasks yet." },
    { title: "Tasks by type", counts: d.tasksByType, series: taskTypeSeries, empty: "No tasks yet." },
    {
      title: "Ironclad workflows by step",
      counts: d.ironcladWorkflowsByStep,
      series: ironcladStepSeries,
      empty: "No Ironclad workflow launched yet.",
    },
  ];
}

/** The charts and lists, the same on the page and on the wall screen (there in large type, four charts abreast). */
export function DashboardView({ dashboard, days, onDaysChange, showRequester, wall }: DashboardViewProps) {
  const now = useNow(30_000);
  return (
    <Stack gap={wall ? "xl" : "lg"}>
      <SimpleGrid cols={wall ? { base: 2, xl: 4 } : { base: 1, sm: 2 }} spacing={wall ? "xl" : "lg"}>
        {charts(dashboard).map((chart) => (
          <BarChart key={chart.title} {...chart} wall={wall} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing={wall ? "xl" : "lg"}>
        <StuckPanel
          dashboard={dashboard}
          days={days}
          showRequester={showRequester}
          wall={wall}
          now={now}
          onDaysChange={onDaysChange}
        />
        <ActivityPanel entries={dashboard.recentActivity.slice(0, wall ? 8 : 15)} wall={wall} now={now} />
      </SimpleGrid>
    </Stack>
  );
}
