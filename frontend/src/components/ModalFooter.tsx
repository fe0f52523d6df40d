import type { ReactNode } from "react";
import { Alert, Button, Group, Text } from "@mantine/core";

interface ModalFooterProps {
  /** What went wrong, in the server's or the form's words; shown above the buttons. */
  error?: ReactNode;
  onCancel: () => void;
  cancelLabel?: string;
  /**
   * A confirmation (delete, remove) gives Cancel the focus and its error is one red line;
   * a form's error is an alert.
   */
  confirmation?: boolean;
  /** The dialog's own buttons, after Cancel. */
  children?: ReactNode;
}

/** The end of every dialog: its error, then Cancel and the dialog's buttons on the right. Goes inside the dialog's Stack. */
export function ModalFooter({ error, onCancel, cancelLabel = "Cancel", confirmation, children }: ModalFooterProps) {
  return (
    <>
      {error &&
        (confirmation ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ))}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus={confirmation || undefined}>
          {cancelLabel}
        </Button>
        {children}
      </Group>
    </>
  );
}
