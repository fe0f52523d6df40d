import { Alert, Button } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { CombinedError } from "@urql/core";
import { errorMessage } from "../graphql/errors";

interface ErrorAlertProps {
  error: CombinedError;
  title?: string;
  onRetry?: () => void;
}

/** A failed query, in the server's words, with a way to try again. */
export function ErrorAlert({ error, title = "Could not load this", onRetry }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {errorMessage(error)}
      {onRetry && (
        <Button variant="white" color="red" size="xs" ml="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
