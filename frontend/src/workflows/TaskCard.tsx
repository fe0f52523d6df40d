import { ActionIcon, Badge, Group, Paper, Select, Stack, TextInput, Title, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";
import type { TaskDefinitionType } from "../gql/graphql";
import { AssigneeSelect, type AssigneeUser } from "./AssigneeSelect";
import { IroncladTaskFields, type IroncladChoices } from "./IroncladTaskFields";
import { IssueList } from "./IssueList";
import { taskErrorKey, taskTypeLabels, type DraftErrors, type ReadinessIssue, type TaskDraft } from "./model";

export interface TaskCardProps {
  task: TaskDraft;
  tasks: readonly TaskDraft[];
  index: number;
  requestFormIDs: readonly string[];
  users: readonly AssigneeUser[];
  choices: IroncladChoices;
  errors: DraftErrors;
  issues: readonly ReadinessIssue[] | undefined;
  readOnly: boolean;
  onChange: (change: Partial<Omit<TaskDraft, "key">>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const typeOptions = Object.entries(taskTypeLabels).map(([value, label]) => ({ value, label }));

/** One task of the list: what it is, who or what does it, and what its last save found. */
export function TaskCard(props: TaskCardProps) {
  const { task, tasks, index, users, errors, issues, readOnly, onChange, onMove, onRemove } = props;
  const title = `Task ${index + 1}`;
  const named = task.name.trim() || title;
  const hasError =
    Object.keys(errors).some((k) => k.startsWith(`${task.key}.`)) || issues?.some((i) => i.severity === "ERROR");
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="li"
      aria-label={`${title}: ${named}`}
      data-testid="task-card"
      style={{ listStyle: "none", borderColor: hasError ? "var(--mantine-color-red-6)" : undefined }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={4} size="h5">
              {title}
            </Title>
            <Badge
              variant="light"
              color={task.type === "INTEGRATION" ? "indigo" : "gray"}
              style={{ textTransform: "none" }}
            >
              {taskTypeLabels[task.type]}
            </Badge>
          </Group>
          {!readOnly && (
            <Group gap={4}>
              <Tooltip label="Move up">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move “${named}” up`}
                  disabled={index === 0}
                  onClick={() => onMove(-1)}
                >
                  <IconArrowUp size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Move down">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move “${named}” down`}
                  disabled={index === tasks.length - 1}
                  onClick={() => onMove(1)}
                >
                  <IconArrowDown size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Remove">
                <ActionIcon variant="subtle" color="red" aria-label={`Remove “${named}”`} onClick={onRemove}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label="Name"
            required
            value={task.name}
            error={errors[taskErrorKey(task.key, "name")]}
            onChange={(e) => onChange({ name: e.currentTarget.value })}
          />
          <Select
            label="Type"
            required
            allowDeselect={false}
            data={typeOptions}
            value={task.type}
            error={errors[taskErrorKey(task.key, "type")]}
            onChange={(v) => v && onChange({ type: v as TaskDefinitionType })}
          />
        </Group>
        {task.type === "INTEGRATION" ? (
          <IroncladTaskFields {...props} onChange={onChange} />
        ) : (
          <AssigneeSelect
            assigneeID={task.assigneeID}
            assigneeRole={task.assigneeRole}
            users={users}
            error={errors[taskErrorKey(task.key, "assignee")]}
            onChange={onChange}
          />
        )}
        <IssueList issues={issues} />
      </Stack>
    </Paper>
  );
}
