import { useMemo } from "react";
import { Alert, Code, Group, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import type { IroncladConnectionItemFragment } from "../gql/graphql";
import { parseConnectResult, resultFor } from "./connectionStatus";

export type ParsedResult = NonNullable<ReturnType<typeof parseConnectResult>>;

/** The result the OAuth callback put in the address (?connection=…&result=…), if any. */
export function useConnectResult(): ParsedResult | null {
  const [params] = useSearchParams();
  return useMemo(() => parseConnectResult(params), [params]);
}

interface Props {
  parsed: ParsedResult;
  connection: IroncladConnectionItemFragment | null;
  loading: boolean;
}

/**
 * Back from Ironclad: Connected, or what went wrong in words an admin can act
 * on, with the fix. The server's own sentence (lastError) wins over ours.
 */
export function ConnectResultAlert({ parsed, connection, loading }: Props) {
  const [, setParams] = useSearchParams();
  const dismiss = () => setParams({}, { replace: true });
  const code = connection?.lastErrorCode;
  // When the connection reports a newer problem than the address, say that one.
  const result = !parsed.result.ok && code ? resultFor(code) : parsed.result;

  if (parsed.result.ok) {
    const user = connection?.integrationUserEmail;
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck size={20} />}
        title={connection ? `Connected: ${connection.name}` : result.title}
        withCloseButton
        closeButtonLabel="Dismiss"
        onClose={dismiss}
        data-testid="connect-result"
        role="status"
      >
        {loading
          ? "Checking the connection…"
          : `Tradewind verified the connection${user ? ` as ${user}` : ""}, and Ironclad will tell Tradewind about approvals, signatures and comments. Next: Import Forms to bring in the workflows you want to use.`}
      </Alert>
    );
  }

  const sentence = connection?.lastError || result.fallback;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={result.title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={dismiss}
      data-testid="connect-result"
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{sentence}</Text>
        {connection?.missingScopes && connection.missingScopes.length > 0 && (
          <Group gap={6}>
            <Text size="sm">Missing:</Text>
            {connection.missingScopes.map((s) => (
              <Code key={s}>{s}</Code>
            ))}
          </Group>
        )}
        {result.fix.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              How to fix it
            </Text>
            <List type="ordered" size="sm" spacing={2}>
              {result.fix.map((step) => (
                <List.Item key={step}>{step}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}
