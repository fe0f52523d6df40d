import { type CSSProperties, useEffect } from "react";
import { Box, Button, Group, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { LiveBadge } from "../components/LiveBadge";
import { LiveStatus } from "../components/LiveStatus";
import { useViewer } from "../session/context";
import { DashboardContent } from "./DashboardContent";
import { useStuckDays } from "./useStuckDays";
import { dashboardHeading } from "./model";
import { useLiveDashboard } from "./useLiveDashboard";

/** A wall screen must recover alone when the socket was down: it also refetches on this timer. */
const pollMs = 60_000;

const clock = new Intl.DateTimeFormat("en", { timeStyle: "short" });

/**
 * Dark while the wall screen is shown, without touching the person's own colour
 * scheme choice (Mantine would store one made through setColorScheme).
 */
function useDarkScheme() {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.getAttribute("data-mantine-color-scheme");
    root.setAttribute("data-mantine-color-scheme", "dark");
    return () => {
      if (before) root.setAttribute("data-mantine-color-scheme", before);
    };
  }, []);
}

// The theme makes dimmed text readable on the light scheme only (dark 2 on dark 7
// is about 4:1); on the wall it is dark 1, about 8:1.
const readableDimmed = { "--mantine-color-dimmed": "var(--mantine-color-dark-1)" } as CSSProperties;

/** The dashboard for a team's screen: no navigation, large type, dark, refreshing itself. */
export function WallScreen() {
  useDarkScheme();
  const viewer = useViewer();
  const [days] = useStuckDays();
  const state = useLiveDashboard(days, pollMs);
  const heading = dashboardHeading(viewer.role);
  return (
    <Box component="main" mih="100vh" p="xl" style={readableDimmed}>
      <Group justify="space-between" align="center" mb="xl" wrap="nowrap">
        <Title order={1} fz={44}>
          {heading.title}
        </Title>
        <Group gap="lg" wrap="nowrap">
          {state.updatedAt && <Text fz="xl">Updated {clock.format(state.updatedAt)}</Text>}
          <LiveBadge error={state.live.error} active={state.live.active} />
          <Button component={Link} to="/dashboard" variant="default" size="xs">
            Leave wall screen
          </Button>
        </Group>
      </Group>
      <LiveStatus message={state.message} />
      <DashboardContent state={state} role={viewer.role} days={days} wall />
    </Box>
  );
}
