import { Badge, Tooltip } from "@mantine/core";

/** Whether a page's live updates are arriving: Live while the websocket is connected, or why they stopped. */
export function LiveBadge({ error, active }: { error: string | null; active: boolean }) {
  if (error) {
    return (
      <Tooltip label={error} withArrow multiline w={280}>
        <Badge color="red" variant="light" data-testid="live-status">
          Live updates paused
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge color={active ? "green" : "gray"} variant="dot" data-testid="live-status">
      {active ? "Live" : "Connecting…"}
    </Badge>
  );
}
