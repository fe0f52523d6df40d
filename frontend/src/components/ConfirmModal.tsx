import type { ReactNode } from "react";
import { Button, Modal, Stack, Text } from "@mantine/core";
import { ModalFooter } from "./ModalFooter";

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Cancel has the focus. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { opened, title, children, confirmLabel, loading, error, onConfirm, onCancel } = props;
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack>
        <Text>{children}</Text>
        <ModalFooter error={error} onCancel={onCancel} confirmation>
          <Button color="red" onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}
