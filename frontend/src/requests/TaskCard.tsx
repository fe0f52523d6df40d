import { Alert, Group, Paper, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { RequestTaskFieldsFragment, TaskAction, TaskType } from "../gql/graphql";
import { IroncladProgress } from "./IroncladProgress";
import { taskStatusLook } from "./status";
import { StatusBadge } from "./StatusBadge";
import { TaskActions } from "./TaskActions";

const kindLabels: Record<TaskType, string> = {
  MANUAL: "Manual task",
  APPROVAL: "Approval",
  INTEGRATION: "Ironclad",
};

const actionLabels: Record<TaskAction, string> = {
  NONE: "",
  LAUNCH_WORKFLOW: "Launch an Ironclad workflow",
  MONITOR_APPROVALS: "Monitor approvals",
  MONITOR_SIGNATURES: "Monitor the signature packet",
};

/** One task of the request: what it is, its status, what it waits for or why it failed, and what the viewer may do. */
export function TaskCard({ task, number }: { task: RequestTaskFieldsFragment; number: number }) {
  const kind =
    task.type === "INTEGRATION" ? actionLabels[task.action] || kindLabels.INTEGRATION : kindLabels[task.type];
  return (
    <Paper withBorder radius="md" p="md" component="li" data-testid="task-card" aria-label={task.name}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>
              {number}. {task.name}
            </Text>
            <Text size="xs" c="dimmed">
              {kind}
              {task.completedBy && ` · done by ${task.completedBy.name}`}
            </Text>
          </Stack>
          <StatusBadge look={taskStatusLook[task.status]} testId="task-status" />
        </Group>
        {task.detail && task.status !== "FAILED" && (
          <Text size="sm" c="dimmed">
            {task.detail}
          </Text>
        )}
        {task.status === "FAILED" && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="This task failed">
            {task.error || "Tradewind did not record why."}
            {task.attempts > 1 && ` (${task.attempts} attempts)`}
          </Alert>
        )}
        {task.note && (
          <Text size="sm">
            <Text span fw={500}>
              Note:
            </Text>{" "}
            {task.note}
          </Text>
        )}
        {task.linkedWorkflow && <IroncladProgress workflow={task.linkedWorkflow} action={task.action} />}
        <TaskActions task={task} />
      </Stack>
    </Paper>
  );
}
