import { Alert, Stack } from "@mantine/core";
import { IconAlertCircle, IconAlertTriangle } from "@tabler/icons-react";
import type { ReadinessIssue } from "./model";

/** Readiness issues in words: an ERROR (red) stops launches, a WARNING (yellow) does not. */
export function IssueList({ issues }: { issues: readonly ReadinessIssue[] | undefined }) {
  if (!issues || issues.length === 0) return null;
  return (
    <Stack gap={6} data-testid="readiness-issues">
      {issues.map((issue, i) => {
        const error = issue.severity === "ERROR";
        return (
          <Alert
            key={i}
            variant="light"
            color={error ? "red" : "yellow"}
            icon={error ? <IconAlertCircle size={18} /> : <IconAlertTriangle size={18} />}
            title={error ? "Fix before requests launch" : "Warning"}
            p="xs"
          >
            {issue.message}
          </Alert>
        );
      })}
    </Stack>
  );
}
