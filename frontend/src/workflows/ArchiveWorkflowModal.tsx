import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmModal } from "../components/ConfirmModal";
import { errorMessage } from "../graphql/errors";
import { ArchiveWorkflowDocument } from "./documents";

interface ArchiveWorkflowModalProps {
  workflow: { id: string; name: string; requestForms?: readonly { name: string }[] | null };
  opened: boolean;
  onClose: () => void;
  onArchived?: () => void;
}

/** Archiving releases the workflow's forms; requests already running finish on it. */
export function ArchiveWorkflowModal({ workflow, opened, onClose, onArchived }: ArchiveWorkflowModalProps) {
  const [{ fetching }, archive] = useMutation(ArchiveWorkflowDocument);
  const [error, setError] = useState<string | null>(null);
  const forms = (workflow.requestForms ?? []).map((f) => `“${f.name}”`);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    const result = await archive({ id: workflow.id }, { additionalTypenames: ["Workflow", "RequestForm"] });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    close();
    onArchived?.();
  };

  return (
    <ConfirmModal
      opened={opened}
      title={`Archive “${workflow.name}”?`}
      confirmLabel="Archive workflow"
      loading={fetching}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      Requests already submitted finish on it; new requests cannot use it.{" "}
      {forms.length > 0
        ? `${forms.join(", ")} will have no workflow and cannot be submitted until another workflow runs for ${forms.length === 1 ? "it" : "them"}.`
        : "It runs for no request form."}{" "}
      An archived workflow cannot be edited again.
    </ConfirmModal>
  );
}
