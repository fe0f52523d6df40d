import { useState } from "react";
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { errorMessage, formErrors, fieldNamed } from "../graphql/errors";
import type { RequestTaskFieldsFragment } from "../gql/graphql";
import { CompleteTaskDocument, DecideApprovalDocument, RetryTaskDocument } from "./documents";

type Decision = "COMPLETE" | "APPROVE" | "REJECT";

const decisionLabels: Record<Decision, string> = {
  COMPLETE: "Mark as done",
  APPROVE: "Approve",
  REJECT: "Reject",
};

/** What the viewer may do with a task now: Complete, Approve or Reject (with a note), Retry. */
export function TaskActions({ task }: { task: RequestTaskFieldsFragment }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [retrying, retry] = useMutation(RetryTaskDocument);
  const [retryError, setRetryError] = useState<string | null>(null);
  if (!task.canAct && !task.canRetry) return null;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {task.canAct && task.type === "MANUAL" && (
          <Button size="xs" onClick={() => setDecision("COMPLETE")}>
            Complete
          </Button>
        )}
        {task.canAct && task.type === "APPROVAL" && (
          <>
            <Button size="xs" color="green" onClick={() => setDecision("APPROVE")}>
              Approve
            </Button>
            <Button size="xs" color="red" variant="light" onClick={() => setDecision("REJECT")}>
              Reject
            </Button>
          </>
        )}
        {task.canRetry && (
          <Button
            size="xs"
            variant="light"
            loading={retrying.fetching}
            onClick={() =>
              void retry({ id: task.id }).then((r) => setRetryError(r.error ? errorMessage(r.error) : null))
            }
          >
            Retry
          </Button>
        )}
      </Group>
      {retryError && (
        <Text size="sm" c="red" role="alert">
          {retryError}
        </Text>
      )}
      {decision && <DecisionModal task={task} decision={decision} onClose={() => setDecision(null)} />}
    </Stack>
  );
}

function DecisionModal({
  task,
  decision,
  onClose,
}: {
  task: RequestTaskFieldsFragment;
  decision: Decision;
  onClose: () => void;
}) {
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [complete, completeTask] = useMutation(CompleteTaskDocument);
  const [decide, decideApproval] = useMutation(DecideApprovalDocument);

  async function confirm() {
    // The server refuses a rejection without a note; say so before asking it.
    if (decision === "REJECT" && note.trim() === "") {
      setNoteError("Say why, so the requester knows what to change.");
      return;
    }
    const text = note.trim() || null;
    const result =
      decision === "COMPLETE"
        ? await completeTask({ id: task.id, note: text })
        : await decideApproval({ id: task.id, decision, note: text });
    if (!result.error) {
      onClose();
      return;
    }
    const { fields, form } = formErrors(result.error, fieldNamed(["note"]));
    setNoteError(fields.note ?? null);
    setFormError(form);
  }

  return (
    <Modal opened onClose={onClose} title={`${decisionLabels[decision]}: ${task.name}`} centered>
      <Stack>
        <Textarea
          label="Note"
          description={decision === "REJECT" ? "Required: the requester sees it." : "Optional: the requester sees it."}
          required={decision === "REJECT"}
          autosize
          minRows={3}
          data-autofocus
          value={note}
          error={noteError}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setNoteError(null);
          }}
        />
        <ModalFooter error={formError} onCancel={onClose}>
          <Button
            color={decision === "REJECT" ? "red" : decision === "APPROVE" ? "green" : undefined}
            loading={complete.fetching || decide.fetching}
            onClick={() => void confirm()}
          >
            {decisionLabels[decision]}
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}
