import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IssueList } from "./IssueList";
import { readinessBadge, type ReadinessIssue } from "./model";

interface ReadinessSummaryProps {
  readiness: { ready: boolean; issues: readonly ReadinessIssue[] };
  /** Issues that are about no task or form on screen. */
  general: readonly ReadinessIssue[];
}

/** Whether requests of this workflow's forms can launch, as the last save found it. */
export function ReadinessSummary({ readiness, general }: ReadinessSummaryProps) {
  const badge = readinessBadge(readiness);
  return (
    <Paper withBorder radius="md" p="md" data-testid="readiness">
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={600}>Launch readiness</Text>
          <Badge color={badge.color} variant="light">
            {badge.label}
          </Badge>
          <Text size="sm" c="dimmed">
            {badge.hint}, as of the last save. Each problem is shown next to the task or form it is about.
          </Text>
        </Group>
        <IssueList issues={general} />
      </Stack>
    </Paper>
  );
}
