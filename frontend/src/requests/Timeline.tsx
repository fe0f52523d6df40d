import { Text, Timeline as MantineTimeline, Tooltip } from "@mantine/core";
import { dateTime, timeAgo } from "../format/time";
import type { RequestDetailFragment, TimelineKind } from "../gql/graphql";

const kindColors: Partial<Record<TimelineKind, string>> = {
  COMPLETED: "green",
  SIGNED: "green",
  FAILED: "red",
  CANCELLED: "gray",
  WITHDRAWN: "gray",
};

/** What happened to the request and when, oldest first. */
export function RequestTimeline({ entries }: { entries: RequestDetailFragment["timeline"] }) {
  if (entries.length === 0) return <Text c="dimmed">Nothing has happened yet.</Text>;
  return (
    <MantineTimeline bulletSize={14} lineWidth={2} active={entries.length - 1} aria-label="Timeline">
      {entries.map((e, i) => (
        <MantineTimeline.Item key={`${e.at}-${i}`} color={kindColors[e.kind] ?? "blue"} data-testid="timeline-entry">
          <Text size="sm">{e.text}</Text>
          <Tooltip label={dateTime(e.at)} withArrow>
            <Text size="xs" c="dimmed" w="fit-content">
              {timeAgo(e.at)}
            </Text>
          </Tooltip>
        </MantineTimeline.Item>
      ))}
    </MantineTimeline>
  );
}
