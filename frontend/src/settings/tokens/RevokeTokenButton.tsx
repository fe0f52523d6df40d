import { useState } from "react";
import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { ConfirmModal } from "../../components/ConfirmModal";
import { errorMessage } from "../../graphql/errors";
import { RevokeAPITokenDocument } from "./documents";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const [{ fetching }, revoke] = useMutation(RevokeAPITokenDocument);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setError(null);
    const result = await revoke({ id });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    setConfirming(false);
    notifications.show({ color: "green", message: `${name} is revoked.` });
  };

  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <ConfirmModal
        opened={confirming}
        title={`Revoke ${name}?`}
        confirmLabel="Revoke token"
        loading={fetching}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        Anything using this token stops working at once. This cannot be undone; you can create a new token instead.
      </ConfirmModal>
    </>
  );
}
