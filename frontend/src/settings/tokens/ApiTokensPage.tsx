import { useMemo } from "react";
import { Anchor, Badge, Button, Code, Group, Paper, Stack, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconKey, IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorAlert } from "../../components/ErrorAlert";
import { LoadingRows } from "../../components/LoadingRows";
import { date, dateTime, timeAgo } from "../../format/time";
import type { ApiTokenListItemFragment } from "../../gql/graphql";
import { APITokensDocument } from "./documents";
import { CreateTokenModal } from "./CreateTokenModal";
import { RevokeTokenButton } from "./RevokeTokenButton";
import { TokenStatusBadge } from "./TokenStatusBadge";
import { tokenStatus } from "./tokenRules";

export function ApiTokensPage() {
  const [creating, create] = useDisclosure(false);
  const context = useMemo(() => ({ additionalTypenames: ["APIToken"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: APITokensDocument, context });
  const tokens = data?.apiTokens ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={2}>
          <Text c="dimmed">Your tokens let internal tools use the GraphQL API as you.</Text>
          <Group gap="md">
            <Anchor component={Link} to="/api-guide" size="sm">
              API guide
            </Anchor>
            <Anchor component={Link} to="/api-explorer" size="sm">
              API explorer
            </Anchor>
          </Group>
        </Stack>
        <Button leftSection={<IconPlus size={18} />} onClick={create.open}>
          Create token
        </Button>
      </Group>
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load API tokens"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      {data && tokens.length === 0 ? (
        <EmptyState icon={<IconKey size={28} />} title="No API tokens yet">
          Create a token for each tool that talks to Tradewind, with only the scopes it needs. You will see the token
          once, when you create it.
        </EmptyState>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" aria-label="API tokens" aria-busy={fetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Scopes</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!data && fetching && <LoadingRows rows={2} columns={6} />}
                {tokens.map((token) => (
                  <TokenRow key={token.id} token={token} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <CreateTokenModal opened={creating} onClose={create.close} />
    </Stack>
  );
}

function TokenRow({ token }: { token: ApiTokenListItemFragment }) {
  const status = tokenStatus(token);
  return (
    <Table.Tr data-testid="token-row" bg={status === "active" ? undefined : "gray.0"}>
      <Table.Td>
        <Text fw={500} size="sm">
          {token.name}
        </Text>
        <Group gap={6}>
          <Code>{token.hint}…</Code>
          <Tooltip label={dateTime(token.createdAt)} withArrow>
            <Text size="xs" c="dimmed">
              created {timeAgo(token.createdAt)}
            </Text>
          </Tooltip>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {token.scopes.map((s) => (
            <Badge key={s} variant="outline" color={s === "WRITE" ? "orange" : "blue"} size="sm">
              {s === "WRITE" ? "Write" : s === "READ" ? "Read" : s}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <TokenStatusBadge status={status} />
      </Table.Td>
      <Table.Td>
        {token.lastUsedAt ? (
          <Tooltip label={dateTime(token.lastUsedAt)} withArrow>
            <Text size="sm">{timeAgo(token.lastUsedAt)}</Text>
          </Tooltip>
        ) : (
          <Badge color="gray" variant="light">
            Never used
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={token.expiresAt ? undefined : "dimmed"}>
          {token.expiresAt ? date(token.expiresAt) : "Never"}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{status === "active" && <RevokeTokenButton id={token.id} name={token.name} />}</Table.Td>
    </Table.Tr>
  );
}
