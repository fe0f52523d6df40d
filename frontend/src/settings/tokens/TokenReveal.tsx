import { Alert, Anchor, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";
import { Link } from "react-router";
import { curlLine } from "../../api/operations";

/** The new token, shown this once, with a copy button and a curl line to try it (the browser's origin is the public URL). */
export function TokenReveal({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const curl = curlLine(window.location.origin, token);
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
        Send it as <Code>Authorization: Bearer &lt;token&gt;</Code> with each request to /graphql. Try it:
      </Text>
      <Group gap="xs" wrap="nowrap" align="stretch">
        <Code block style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid="token-curl">
          {curl}
        </Code>
        <CopyButton value={curl}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              variant="default"
              color={copied ? "green" : undefined}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              aria-label="Copy the curl line"
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        More in the{" "}
        <Anchor component={Link} to="/api-guide" size="sm" onClick={onDone}>
          API guide
        </Anchor>
        .
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          I have copied it
        </Button>
      </Group>
    </Stack>
  );
}
