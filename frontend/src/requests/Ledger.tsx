import { useEffect, useState } from "react";
import { Button, Paper, Stack, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useMutation, useQuery } from "urql";
import { ErrorAlert } from "../components/ErrorAlert";
import { errorMessage } from "../graphql/errors";
import { LoadingRows } from "../components/LoadingRows";
import { dateTime, timeAgo } from "../format/time";
import type { SyncEventDirection } from "../gql/graphql";
import { RequestLedgerDocument, RetrySyncEventDocument } from "./documents";
import { syncStatusLook } from "./status";
import { StatusBadge } from "./StatusBadge";

const directionLabels: Record<SyncEventDirection, string> = {
  OUTBOUND: "Call to Ironclad",
  INBOUND: "Webhook from Ironclad",
  INTERNAL: "Tradewind",
};

/**
 * The request's sync ledger (admins): every Ironclad call and webhook, with
 * its outcome and attempts. changes counts live events, so the ledger reloads
 * as the request moves.
 */
export function Ledger({ requestId, changes }: { requestId: string; changes: number }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: RequestLedgerDocument, variables: { id: requestId } });
  useEffect(() => {
    if (changes > 0) refetch({ requestPolicy: "network-only" });
  }, [changes, refetch]);

  const node = data?.node?.__typename === "Request" ? data.node : null;
  const events = node?.syncEvents.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  if (error) return <ErrorAlert error={error} title="Could not load the ledger" onRetry={() => refetch()} />;
  if (data && events.length === 0) return <Text c="dimmed">No Ironclad calls or webhooks for this request yet.</Text>;
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" aria-label="Sync ledger" aria-busy={fetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Direction</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {!data && fetching && <LoadingRows columns={6} />}
            {events.map((e) => (
              <Table.Tr key={e.id} data-testid="ledger-row">
                <Table.Td>
                  <Tooltip label={dateTime(e.createdAt)} withArrow>
                    <Text size="sm">{timeAgo(e.createdAt)}</Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{directionLabels[e.direction]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.summary || e.kind}</Text>
                  {e.summary && (
                    <Text size="xs" c="dimmed">
                      {e.kind}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge look={syncStatusLook[e.status]} />
                  {e.httpStatus ? (
                    <Text size="xs" c="dimmed">
                      HTTP {e.httpStatus}
                    </Text>
                  ) : null}
                  {e.error && (
                    <Text size="xs" c="red">
                      {e.error}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.attempts}</Text>
                </Table.Td>
                <Table.Td>{e.canRetry && <RetryButton id={e.id} what={e.summary || e.kind} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Applies a webhook again now (the server reads Ironclad's current state); its error stays beside it. */
function RetryButton({ id, what }: { id: string; what: string }) {
  const [{ fetching }, retry] = useMutation(RetrySyncEventDocument);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="compact-sm"
        variant="light"
        loading={fetching}
        aria-label={`Retry ${what}`}
        onClick={() => void retry({ id }).then((r) => setError(r.error ? errorMessage(r.error) : null))}
      >
        Retry
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
