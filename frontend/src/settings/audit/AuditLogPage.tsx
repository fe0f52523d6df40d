import { Badge, Code, Group, Paper, Table, Text, Tooltip } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useQuery, useSubscription } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorAlert } from "../../components/ErrorAlert";
import { LiveBadge } from "../../components/LiveBadge";
import { LoadingRows } from "../../components/LoadingRows";
import { dateTime, timeAgo } from "../../format/time";
import { errorMessage } from "../../graphql/errors";
import { useSocketStatus } from "../../graphql/socketStatus";
import type { AuditEntryAddedSubscription, AuditEntryItemFragment } from "../../gql/graphql";
import { AuditEntriesDocument, AuditEntryAddedDocument } from "./documents";
import { mergeEntries } from "./mergeEntries";

export function AuditLogPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: AuditEntriesDocument });
  const socket = useSocketStatus();
  const [live] = useSubscription<AuditEntryAddedSubscription, AuditEntryItemFragment[]>(
    { query: AuditEntryAddedDocument },
    (previous = [], event) => [event.auditEntryAdded, ...previous],
  );
  const loaded = data?.auditEntries.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const entries = mergeEntries(live.data ?? [], loaded);

  return (
    <>
      <Group justify="space-between" mb="md">
        <Text c="dimmed">Every configuration change: who made it and when. New entries appear as they happen.</Text>
        <LiveBadge error={live.error ? errorMessage(live.error) : null} active={socket === "connected"} />
      </Group>
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load the audit log"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      {data && entries.length === 0 ? (
        <EmptyState icon={<IconHistory size={28} />} title="No changes recorded yet">
          Creating users, changing roles, issuing API tokens and, later, connecting Ironclad or editing mappings all
          leave an entry here.
        </EmptyState>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" aria-label="Audit log" aria-busy={fetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Target</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!data && fetching && <LoadingRows columns={4} />}
                {entries.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="audit-row">
                    <Table.Td>
                      <Tooltip label={dateTime(entry.createdAt)} withArrow>
                        <Text size="sm">{timeAgo(entry.createdAt)}</Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.actorLabel}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="indigo" tt="none">
                        {entry.action}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" span>
                        {entry.targetType}{" "}
                      </Text>
                      <Code>{entry.targetID}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </>
  );
}
