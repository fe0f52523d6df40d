import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";

/** The new token, shown this once, with a copy button. */
export function TokenReveal({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  return (
    <Stack>
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy this token now">
        Tradewind keeps only a hash of it: once you close this dialog, nobody can show it again. If it is lost, revoke
        it and create a new one.
      </Alert>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      <Group gap="xs" wrap="nowrap" align="stretch">
        <Code block style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid="new-token">
          {token}
        </Code>
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              color={copied ? "green" : "blue"}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              data-autofocus
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        Send it as <Code>Authorization: Bearer &lt;token&gt;</Code> with each request to /graphql.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          I have copied it
        </Button>
      </Group>
    </Stack>
  );
}
