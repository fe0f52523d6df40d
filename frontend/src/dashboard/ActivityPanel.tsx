import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { dateTime, timeAgo } from "../format/time";
import { type ActivityEntry, activityLabels, activityRequest } from "./model";

interface ActivityPanelProps {
  entries: readonly ActivityEntry[];
  wall: boolean;
  now: Date;
}

/** The newest things that happened to requests, newest first, each linking to its request. */
export function ActivityPanel({ entries, wall, now }: ActivityPanelProps) {
  const fz = wall ? "xl" : "sm";
  return (
    <Paper withBorder p={wall ? "xl" : "lg"} component="section" aria-labelledby="dashboard-activity">
      <Title order={3} id="dashboard-activity" fz={wall ? 30 : "lg"} mb="md">
        Recent activity
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" fz={fz}>
          Nothing has happened yet.
        </Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }} data-testid="activity">
          {entries.map((entry, i) => {
            const request = activityRequest(entry);
            return (
              <Group component="li" key={`${entry.at}-${i}`} wrap="nowrap" align="flex-start" gap="md">
                <Text c="dimmed" fz={fz} w={wall ? 170 : 110} style={{ flexShrink: 0 }} title={dateTime(entry.at)}>
                  {timeAgo(entry.at, now)}
                </Text>
                <div>
                  <Text fz={fz} fw={600}>
                    {activityLabels[entry.kind]}
                    {request && (
                      <>
                        {" · "}
                        <Anchor component={Link} to={`/requests/${request.id}`} inherit>
                          {request.title}
                        </Anchor>
                      </>
                    )}
                  </Text>
                  {entry.text && <Text fz={fz}>{entry.text}</Text>}
                </div>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
