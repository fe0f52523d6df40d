import { Button, Menu, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconPlus } from "@tabler/icons-react";
import type { TaskDefinitionAction, TaskDefinitionType } from "../gql/graphql";
import type { AssigneeUser } from "./AssigneeSelect";
import type { IroncladChoices } from "./IroncladTaskFields";
import {
  actionLabels,
  addTask,
  moveTask,
  newTask,
  removeTask,
  taskTypeLabels,
  updateTask,
  type DraftErrors,
  type ReadinessIssue,
  type WorkflowDraft,
} from "./model";
import { TaskCard } from "./TaskCard";

interface TaskListProps {
  draft: WorkflowDraft;
  users: readonly AssigneeUser[];
  choices: IroncladChoices;
  errors: DraftErrors;
  issuesByTask: Record<string, ReadinessIssue[]>;
  readOnly: boolean;
  onChange: (draft: WorkflowDraft) => void;
}

const additions: { label: string; type: TaskDefinitionType; action?: TaskDefinitionAction }[] = [
  { label: taskTypeLabels.MANUAL, type: "MANUAL" },
  { label: taskTypeLabels.APPROVAL, type: "APPROVAL" },
  { label: `Ironclad: ${actionLabels.LAUNCH_WORKFLOW}`, type: "INTEGRATION", action: "LAUNCH_WORKFLOW" },
  { label: `Ironclad: ${actionLabels.MONITOR_APPROVALS}`, type: "INTEGRATION", action: "MONITOR_APPROVALS" },
  { label: `Ironclad: ${actionLabels.MONITOR_SIGNATURES}`, type: "INTEGRATION", action: "MONITOR_SIGNATURES" },
];

/** The ordered task definitions: they run one after the other for each request. */
export function TaskList({ draft, users, choices, errors, issuesByTask, readOnly, onChange }: TaskListProps) {
  return (
    <Stack gap="sm">
      {draft.tasks.length === 0 && (
        <Text c={errors["tasks"] ? "red" : "dimmed"} size="sm" role={errors["tasks"] ? "alert" : undefined}>
          {errors["tasks"] ?? "No tasks yet. Add the first one: who approves, and what happens in Ironclad."}
        </Text>
      )}
      <Stack component="ol" gap="sm" p={0} m={0} aria-label="Tasks, in the order they run">
        {draft.tasks.map((task, index) => (
          <TaskCard
            key={task.key}
            task={task}
            tasks={draft.tasks}
            index={index}
            requestFormIDs={draft.requestFormIDs}
            users={users}
            choices={choices}
            errors={errors}
            issues={issuesByTask[task.key]}
            readOnly={readOnly}
            onChange={(change) => onChange(updateTask(draft, task.key, change))}
            onMove={(by) => onChange(moveTask(draft, task.key, by))}
            onRemove={() => onChange(removeTask(draft, task.key))}
          />
        ))}
      </Stack>
      {draft.tasks.length > 0 && errors["tasks"] && (
        <Text c="red" size="sm" role="alert">
          {errors["tasks"]}
        </Text>
      )}
      {!readOnly && (
        <Menu position="bottom-start">
          <Menu.Target>
            <Button
              variant="light"
              leftSection={<IconPlus size={18} />}
              rightSection={<IconChevronDown size={16} />}
              w="fit-content"
            >
              Add task
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {additions.map((a) => (
              <Menu.Item key={a.label} onClick={() => onChange(addTask(draft, newTask(a.type, a.action)))}>
                {a.label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Stack>
  );
}
