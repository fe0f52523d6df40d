import { useCallback, useEffect, useState } from "react";
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconArrowRight, IconCircleCheck } from "@tabler/icons-react";
import type { CombinedError } from "@urql/core";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { applyServerErrors } from "../forms/serverErrors";
import { errorMessage, fieldNamed, formErrors, hasErrorCode } from "../graphql/errors";
import type { ResyncIroncladWorkflowMutation, SyncedWorkflowItemFragment } from "../gql/graphql";
import { groupChanges, matchPercent, summarize, type Change } from "./diff";
import {
  AcceptDiffDocument,
  RemoveWorkflowDocument,
  ResyncWorkflowDocument,
  UpdateWorkflowDocument,
} from "./documents";

interface ModalProps {
  workflow: Pick<SyncedWorkflowItemFragment, "id" | "name" | "commentSync" | "mappingCount" | "activeRequestCount">;
  opened: boolean;
  onClose: () => void;
}

/** Edit: the workflow's name in Tradewind and comment sync. */
export function EditWorkflowModal({ workflow, opened, onClose }: ModalProps) {
  const [{ fetching }, update] = useMutation(UpdateWorkflowDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: workflow.name, commentSync: workflow.commentSync },
    validate: { name: (v) => (v.trim() ? null : "Give the workflow a name.") },
  });

  useEffect(() => {
    if (opened) form.setValues({ name: workflow.name, commentSync: workflow.commentSync });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const close = () => {
    setFormError(null);
    form.clearErrors();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const result = await update({
      id: workflow.id,
      input: { name: values.name.trim(), commentSync: values.commentSync },
    });
    if (result.error) {
      setFormError(applyServerErrors(form, result.error));
      return;
    }
    notifications.show({
      color: "green",
      message: `${values.name.trim()} saved. Comment sync is ${values.commentSync ? "on" : "off"}.`,
    });
    close();
  });

  return (
    <Modal opened={opened} onClose={close} title={`Edit ${workflow.name}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name in Tradewind" required data-autofocus {...form.getInputProps("name")} />
          <Switch
            label="Sync comments with Ironclad"
            description="When on, a comment made on a request appears on its Ironclad workflow and the other way round; deleting a comment on one side removes it from both. Turn it off to keep comments separate."
            {...form.getInputProps("commentSync", { type: "checkbox" })}
          />
          <ModalFooter error={formError} onCancel={close}>
            <Button type="submit" loading={fetching}>
              Save
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}

type Diff = ResyncIroncladWorkflowMutation["resyncIroncladWorkflow"];

/** Re-sync: what changed in Ironclad, grouped; Accept applies it (a republished template needs a confirmation). */
export function ResyncModal({ workflow, opened, onClose }: ModalProps) {
  const [{ fetching: checking }, resync] = useMutation(ResyncWorkflowDocument);
  const [{ fetching: accepting }, accept] = useMutation(AcceptDiffDocument);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [loadError, setLoadError] = useState<CombinedError | null>(null);
  const [acceptError, setAcceptError] = useState<{ message: string; conflict: boolean; field: boolean } | null>(null);
  const [confirmRepublish, setConfirmRepublish] = useState(false);

  const check = useCallback(async () => {
    setDiff(null);
    setLoadError(null);
    setAcceptError(null);
    setConfirmRepublish(false);
    const result = await resync({ id: workflow.id });
    if (result.error || !result.data) {
      if (result.error) setLoadError(result.error);
      return;
    }
    setDiff(result.data.resyncIroncladWorkflow);
  }, [resync, workflow.id]);

  useEffect(() => {
    if (opened) void check();
  }, [opened, check]);

  const submit = async () => {
    if (!diff) return;
    setAcceptError(null);
    const result = await accept(
      {
        input: {
          ironcladWorkflowID: workflow.id,
          diffID: diff.diffID,
          confirmRepublish: diff.republished ? confirmRepublish : undefined,
        },
      },
      { additionalTypenames: ["IroncladWorkflow", "IroncladField"] },
    );
    if (result.error) {
      const { fields, form } = formErrors(result.error, fieldNamed(["confirmRepublish"]));
      setAcceptError({
        message: fields["confirmRepublish"] ?? form ?? errorMessage(result.error),
        conflict: hasErrorCode(result.error, "CONFLICT"),
        field: "confirmRepublish" in fields,
      });
      return;
    }
    notifications.show({ color: "green", message: `${workflow.name} is up to date with Ironclad.` });
    onClose();
  };

  const groups = diff ? groupChanges(diff.changes) : [];
  const percent = diff ? matchPercent(diff.matchScore) : null;
  const canAccept = !!diff && !diff.missing && !diff.unchanged && (!diff.republished || confirmRepublish);

  return (
    <Modal opened={opened} onClose={onClose} title={`Re-sync ${workflow.name}`} centered size="xl">
      <Stack>
        {checking && (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>Fetching the template from Ironclad and comparing it with what Tradewind imported…</Text>
          </Group>
        )}
        {loadError && (
          <Alert color="red" variant="light" role="alert" title="Ironclad's template could not be fetched">
            {errorMessage(loadError)}
            <Button variant="white" color="red" size="xs" ml="sm" onClick={() => void check()}>
              Try again
            </Button>
          </Alert>
        )}
        {diff?.missing && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Gone from Ironclad"
            role="alert"
          >
            Neither the template nor a republished version of it could be found in Ironclad. Requests can no longer
            launch it; remove it from Tradewind or restore the template in Ironclad.
          </Alert>
        )}
        {diff?.unchanged && !diff.missing && (
          <Alert
            color="green"
            variant="light"
            icon={<IconCircleCheck size={18} />}
            title="Nothing changed"
            data-testid="diff-unchanged"
          >
            Ironclad's template matches what Tradewind imported. There is nothing to accept.
          </Alert>
        )}
        {diff && diff.republished && !diff.missing && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Ironclad republished this template"
          >
            <Stack gap="xs">
              <Text size="sm">
                The template now has a new id in Ironclad (<Code>{diff.templateID}</Code>
                {diff.ironcladWorkflow.templateID !== diff.templateID && (
                  <>
                    {" "}
                    instead of <Code>{diff.ironcladWorkflow.templateID}</Code>
                  </>
                )}
                ). Tradewind found it by its name “{diff.name}”{percent && ` and ${percent} of its fields`}. Accepting
                makes requests launch the republished template.
              </Text>
              <Checkbox
                label="This is the same workflow: use the republished template"
                checked={confirmRepublish}
                onChange={(e) => setConfirmRepublish(e.currentTarget.checked)}
                error={acceptError?.field ? acceptError.message : undefined}
              />
            </Stack>
          </Alert>
        )}
        {diff && !diff.unchanged && !diff.missing && (
          <>
            <Group justify="space-between">
              <Text fw={600} data-testid="diff-summary">
                {summarize(diff.changes)}
              </Text>
              {diff.affectedMappingCount > 0 ? (
                <Badge color="orange" variant="light">
                  {diff.affectedMappingCount} {diff.affectedMappingCount === 1 ? "mapping" : "mappings"} affected
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  No mapping uses the changed fields.
                </Text>
              )}
            </Group>
            {groups.map((g) => (
              <Paper
                withBorder
                key={g.kind}
                p="sm"
                data-testid={`diff-group-${g.kind}`}
                style={{ borderLeft: `4px solid var(--mantine-color-${g.color}-6)` }}
              >
                <Title order={4} size="h5" mb={6}>
                  {g.title}
                </Title>
                <Stack gap={6}>
                  {g.changes.map((c) => (
                    <ChangeRow key={`${c.kind}:${c.key}`} change={c} />
                  ))}
                </Stack>
              </Paper>
            ))}
          </>
        )}
        <ModalFooter
          error={
            acceptError &&
            !acceptError.field && (
              <>
                {acceptError.message}
                {acceptError.conflict && (
                  <Button variant="white" color="red" size="xs" ml="sm" onClick={() => void check()}>
                    Re-sync again
                  </Button>
                )}
              </>
            )
          }
          onCancel={onClose}
          cancelLabel={diff && !canAccept && !diff.republished ? "Close" : "Cancel"}
        >
          {diff && !diff.unchanged && !diff.missing && (
            <Button onClick={() => void submit()} loading={accepting} disabled={!canAccept}>
              Accept
            </Button>
          )}
        </ModalFooter>
      </Stack>
    </Modal>
  );
}

function ChangeRow({ change: c }: { change: Change }) {
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <div style={{ width: 240, flexShrink: 0 }}>
        <Text size="sm" fw={500}>
          {c.label}
        </Text>
        <Code fz="xs">{c.key}</Code>
      </div>
      <Text size="sm" style={{ flex: 1 }}>
        {c.kind === "ADDED" ? (
          <>New field{c.after ? ` (${c.after})` : ""}</>
        ) : c.kind === "REMOVED" ? (
          <>
            Removed from Ironclad{c.before ? ` (was ${c.before})` : ""}; kept in Tradewind for the mappings that name it
          </>
        ) : (
          <>
            <Text span size="sm" td="line-through" c="dimmed">
              {c.before || "—"}
            </Text>{" "}
            <IconArrowRight size={14} aria-label="becomes" style={{ verticalAlign: "middle" }} /> {c.after || "—"}
          </>
        )}
      </Text>
      {c.affectedMappingCount > 0 && (
        <Badge color="orange" variant="outline" size="sm" style={{ minWidth: "max-content" }}>
          {c.affectedMappingCount} {c.affectedMappingCount === 1 ? "mapping" : "mappings"}
        </Badge>
      )}
    </Group>
  );
}

/** Remove: refused with the reason while a mapping or an active request uses it, unless confirmed. */
export function RemoveWorkflowModal({ workflow, opened, onClose }: ModalProps) {
  const [{ fetching }, remove] = useMutation(RemoveWorkflowDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (opened) {
      setRefusal(null);
      setError(null);
    }
  }, [opened]);

  const inUse = workflow.mappingCount > 0 || workflow.activeRequestCount > 0;

  const submit = async () => {
    setError(null);
    const confirm = refusal !== null;
    const result = await remove(
      { id: workflow.id, confirm: confirm ? true : null },
      { additionalTypenames: ["IroncladWorkflow", "Connection"] },
    );
    if (result.error) {
      if (!confirm && hasErrorCode(result.error, "CONFLICT")) setRefusal(errorMessage(result.error));
      else setError(errorMessage(result.error));
      return;
    }
    const removed = result.data?.removeIroncladWorkflow.removedMappingCount ?? 0;
    notifications.show({
      color: "green",
      message: `${workflow.name} was removed${removed > 0 ? ` with ${removed} ${removed === 1 ? "mapping" : "mappings"}` : ""}.`,
    });
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Remove ${workflow.name}?`} centered>
      <Stack>
        <Text size="sm">
          Tradewind forgets this workflow and its reviewed fields. Nothing changes in Ironclad; you can Import Forms
          again later.
        </Text>
        {inUse && !refusal && (
          <Text size="sm">
            It is used by {plural(workflow.mappingCount, "mapping")} and{" "}
            {plural(workflow.activeRequestCount, "request in progress", "requests in progress")}.
          </Text>
        )}
        {refusal && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Still in use"
            role="alert"
          >
            {refusal} Remove anyway deletes its mappings too; requests in progress keep their Ironclad workflows but no
            longer launch new ones.
          </Alert>
        )}
        <ModalFooter error={error} onCancel={onClose} confirmation>
          <Button color="red" onClick={() => void submit()} loading={fetching}>
            {refusal ? "Remove anyway" : "Remove"}
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
