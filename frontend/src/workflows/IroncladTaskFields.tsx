import { Anchor, Badge, Group, Select, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { TaskDefinitionAction } from "../gql/graphql";
import {
  actionLabels,
  launchTasksBefore,
  mappingStates,
  taskErrorKey,
  type DraftErrors,
  type MappingChoice,
  type MappingState,
  type TaskDraft,
} from "./model";

export interface IroncladChoices {
  ironcladWorkflows: readonly { id: string; name: string; drift: string }[];
  mappings: readonly MappingChoice[];
  formNames: ReadonlyMap<string, string>;
}

interface IroncladTaskFieldsProps {
  task: TaskDraft;
  tasks: readonly TaskDraft[];
  index: number;
  requestFormIDs: readonly string[];
  choices: IroncladChoices;
  errors: DraftErrors;
  onChange: (change: Partial<Omit<TaskDraft, "key">>) => void;
}

const actionOptions = Object.entries(actionLabels).map(([value, label]) => ({ value, label }));

/** An Integration → Ironclad task: its action, and the Ironclad workflow to launch or the launch task to monitor. */
export function IroncladTaskFields({
  task,
  tasks,
  index,
  requestFormIDs,
  choices,
  errors,
  onChange,
}: IroncladTaskFieldsProps) {
  const error = (field: "action" | "ironcladWorkflow" | "launchTask") => errors[taskErrorKey(task.key, field)];
  const launches = launchTasksBefore(tasks, index);
  return (
    <Stack gap="sm">
      <Select
        label="Action"
        description="Provider: Ironclad"
        required
        allowDeselect={false}
        data={actionOptions}
        value={task.action === "NONE" ? null : task.action}
        error={error("action")}
        onChange={(v) => v && onChange({ action: v as TaskDefinitionAction })}
      />
      {task.action === "LAUNCH_WORKFLOW" && (
        <>
          <Select
            label="Ironclad workflow"
            description="Launched with the answers of the request, through the form's saved mapping."
            placeholder={choices.ironcladWorkflows.length === 0 ? "No Ironclad workflow imported yet" : "Choose one"}
            required
            searchable
            data={choices.ironcladWorkflows.map((w) => ({
              value: w.id,
              label: w.drift === "NONE" ? w.name : `${w.name} (changed in Ironclad)`,
            }))}
            value={task.ironcladWorkflowID}
            error={error("ironcladWorkflow")}
            onChange={(v) => onChange({ ironcladWorkflowID: v })}
          />
          {choices.ironcladWorkflows.length === 0 && (
            <Text size="sm">
              Import one first:{" "}
              <Anchor component={Link} to="/integrations/ironclad">
                Integrations → Ironclad → Import Forms
              </Anchor>
              .
            </Text>
          )}
          {task.ironcladWorkflowID && (
            <MappingList
              ironcladWorkflowID={task.ironcladWorkflowID}
              requestFormIDs={requestFormIDs}
              choices={choices}
            />
          )}
        </>
      )}
      {(task.action === "MONITOR_APPROVALS" || task.action === "MONITOR_SIGNATURES") && (
        <Select
          label="Launch task it follows"
          description="The Ironclad workflow launched by an earlier task of this workflow."
          placeholder={launches.length === 0 ? "Add a Launch an Ironclad workflow task above it first" : "Choose one"}
          required
          data={launches.map((l) => ({
            value: l.key,
            label: `Task ${tasks.indexOf(l) + 1}: ${l.name || "(no name)"}`,
          }))}
          value={launches.some((l) => l.key === task.launchKey) ? task.launchKey : null}
          error={error("launchTask")}
          onChange={(v) => onChange({ launchKey: v })}
        />
      )}
    </Stack>
  );
}

const mappingBadges: Record<MappingState, { label: string; color: string }> = {
  MAPPED: { label: "Mapped", color: "teal" },
  AFFECTED_BY_DRIFT: { label: "Mapping affected by drift", color: "yellow" },
  MISSING: { label: "No mapping", color: "red" },
};

/** Per form of this workflow, whether a saved mapping exists onto the Ironclad workflow, with a way to make one. */
function MappingList({
  ironcladWorkflowID,
  requestFormIDs,
  choices,
}: {
  ironcladWorkflowID: string;
  requestFormIDs: readonly string[];
  choices: IroncladChoices;
}) {
  if (requestFormIDs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Choose the request forms this workflow runs for to see their mappings.
      </Text>
    );
  }
  return (
    <Stack gap={4} aria-label="Mappings" role="list">
      {mappingStates(choices.mappings, ironcladWorkflowID, requestFormIDs).map(({ formID, state }) => (
        <Group key={formID} gap="xs" role="listitem">
          <Text size="sm">{choices.formNames.get(formID) ?? "Request form"}</Text>
          <Badge size="sm" variant="light" color={mappingBadges[state].color}>
            {mappingBadges[state].label}
          </Badge>
          <Anchor size="sm" component={Link} to={`/request-forms/map/${ironcladWorkflowID}/${formID}`}>
            {state === "MISSING" ? "Map Request Forms" : "Open mapping"}
          </Anchor>
        </Group>
      ))}
    </Stack>
  );
}
