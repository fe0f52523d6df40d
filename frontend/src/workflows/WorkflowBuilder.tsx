import { useMemo, useState } from "react";
import { Alert, Button, Fieldset, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import type { WorkflowDetailFragment } from "../gql/graphql";
import { formErrors } from "../graphql/errors";
import type { AssigneeUser } from "./AssigneeSelect";
import { CreateWorkflowDocument, UpdateWorkflowDocument } from "./documents";
import type { IroncladChoices } from "./IroncladTaskFields";
import {
  checkDraft,
  draftFromWorkflow,
  draftToInput,
  errorKeyFor,
  placeIssues,
  type DraftErrors,
  type FormChoice,
  type WorkflowDraft,
} from "./model";
import { ReadinessSummary } from "./ReadinessSummary";
import { RequestFormsPicker } from "./RequestFormsPicker";
import { TaskList } from "./TaskList";

interface WorkflowBuilderProps {
  saved: WorkflowDetailFragment | null;
  initial: WorkflowDraft;
  forms: readonly FormChoice[];
  users: readonly AssigneeUser[];
  choices: IroncladChoices;
  readOnly: boolean;
}

const invalidates = { additionalTypenames: ["Workflow", "RequestForm", "TaskDefinition"] };

/** Name, forms and tasks of one workflow; Save shows what the server found, next to what it is about. */
export function WorkflowBuilder({ saved, initial, forms, users, choices, readOnly }: WorkflowBuilderProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [readiness, setReadiness] = useState(saved?.readiness ?? null);
  // Said beside Save rather than in a toast, which would sit on the button.
  const [savedName, setSavedName] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateWorkflowDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateWorkflowDocument);
  const placed = useMemo(() => placeIssues(readiness?.issues ?? [], draft), [readiness, draft]);

  const change = (next: WorkflowDraft) => {
    setDraft(next);
    setSavedName(null);
    // A fixed problem stops being shown once its field changes again on Save.
    if (Object.keys(errors).length > 0) setErrors(checkDraft(next));
  };

  const save = async () => {
    setFormError(null);
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input = draftToInput(draft);
    const result = saved ? await update({ id: saved.id, input }, invalidates) : await create({ input }, invalidates);
    if (result.error) {
      const { fields, form } = formErrors(result.error, errorKeyFor(draft));
      setErrors(fields as DraftErrors);
      setFormError(form);
      return;
    }
    const workflow =
      result.data && ("createWorkflow" in result.data ? result.data.createWorkflow : result.data.updateWorkflow);
    if (!workflow) return;
    setSavedName(workflow.name);
    setDraft(draftFromWorkflow(workflow));
    setReadiness(workflow.readiness);
    if (!saved) void navigate(`/workflows/${workflow.id}`, { replace: true });
  };

  return (
    <Stack gap="lg">
      {readiness && <ReadinessSummary readiness={readiness} general={placed.general} />}
      <Fieldset disabled={readOnly} variant="unstyled" aria-label="Workflow">
        <Stack gap="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              Details
            </Title>
            <TextInput
              label="Name"
              placeholder="e.g. Software purchase"
              required
              value={draft.name}
              error={errors["name"]}
              onChange={(e) => change({ ...draft, name: e.currentTarget.value })}
            />
            <Textarea
              label="Description"
              description="What this workflow is for, for other admins."
              autosize
              minRows={2}
              value={draft.description}
              error={errors["description"]}
              onChange={(e) => change({ ...draft, description: e.currentTarget.value })}
            />
            <RequestFormsPicker
              forms={forms}
              workflowID={saved?.id ?? null}
              value={draft.requestFormIDs}
              error={errors["requestForms"]}
              issuesByForm={placed.byForm}
              onChange={(requestFormIDs) => change({ ...draft, requestFormIDs })}
            />
          </Stack>
          <Stack gap="sm">
            <Title order={3} size="h4">
              Tasks
            </Title>
            <TaskList
              draft={draft}
              users={users}
              choices={choices}
              errors={errors}
              issuesByTask={placed.byTask}
              readOnly={readOnly}
              onChange={change}
            />
          </Stack>
        </Stack>
      </Fieldset>
      {formError && (
        <Alert color="red" variant="light" role="alert">
          {formError}
        </Alert>
      )}
      {Object.keys(errors).length > 0 && !formError && (
        <Text c="red" size="sm" role="alert" ta="right">
          Not saved: fix the fields marked in red above.
        </Text>
      )}
      <Group justify="flex-end">
        {savedName && (
          <Text size="sm" c="teal.9" role="status">
            Saved “{savedName}”.
          </Text>
        )}
        <Button variant="default" component={Link} to="/workflows">
          {readOnly ? "Back to workflows" : "Cancel"}
        </Button>
        {!readOnly && (
          <Button onClick={() => void save()} loading={creating || updating}>
            {saved ? "Save workflow" : "Create workflow"}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
