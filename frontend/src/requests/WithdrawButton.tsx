import { useState } from "react";
import { Button } from "@mantine/core";
import { useMutation } from "urql";
import { ConfirmModal } from "../components/ConfirmModal";
import { errorMessage } from "../graphql/errors";
import { WithdrawRequestDocument } from "./documents";

/** Withdraw, after saying what it does: the open tasks end and the Ironclad workflow is cancelled. */
export function WithdrawButton({
  requestId,
  title,
  launched,
}: {
  requestId: string;
  title: string;
  launched: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, withdraw] = useMutation(WithdrawRequestDocument);
  const close = () => {
    setOpen(false);
    setError(null);
  };
  return (
    <>
      <Button color="red" variant="light" onClick={() => setOpen(true)}>
        Withdraw
      </Button>
      <ConfirmModal
        opened={open}
        title={`Withdraw ${title}?`}
        confirmLabel="Withdraw request"
        loading={fetching}
        error={error}
        onCancel={close}
        onConfirm={() =>
          void withdraw({ id: requestId }).then((r) => (r.error ? setError(errorMessage(r.error)) : close()))
        }
      >
        {launched
          ? "Its open tasks end as cancelled and its Ironclad workflow will be cancelled in Ironclad. This cannot be undone."
          : "Its open tasks end as cancelled. This cannot be undone."}
      </ConfirmModal>
    </>
  );
}
