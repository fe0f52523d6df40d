import { Button } from "@mantine/core";
import { IconDeviceTv } from "@tabler/icons-react";
import { Link } from "react-router";
import { LiveBadge } from "../components/LiveBadge";
import { LiveStatus } from "../components/LiveStatus";
import { PageHeader } from "../components/PageHeader";
import { useViewer } from "../session/context";
import { DashboardContent } from "./DashboardContent";
import { dashboardHeading, defaultStuckDays } from "./model";
import { useStuckDays } from "./useStuckDays";
import { useLiveDashboard } from "./useLiveDashboard";

export function DashboardPage() {
  const viewer = useViewer();
  const [days, setDays] = useStuckDays();
  const state = useLiveDashboard(days);
  const heading = dashboardHeading(viewer.role);
  const wallLink = days === defaultStuckDays ? "/dashboard/wall" : `/dashboard/wall?stuck=${days}`;
  return (
    <>
      <PageHeader
        title={heading.title}
        description={heading.description}
        actions={
          <>
            <LiveBadge error={state.live.error} active={state.live.active} />
            <Button component={Link} to={wallLink} variant="default" leftSection={<IconDeviceTv size={16} />}>
              Wall screen
            </Button>
          </>
        }
      />
      <LiveStatus message={state.message} />
      <DashboardContent state={state} role={viewer.role} days={days} onDaysChange={setDays} wall={false} />
    </>
  );
}
