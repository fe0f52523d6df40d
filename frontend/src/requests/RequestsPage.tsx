import { useMemo, useState } from "react";
import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Tooltip } from "@mantine/core";
import { IconExternalLink, IconInbox, IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { canSubmitRequests } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import { LiveBadge } from "../components/LiveBadge";
import { LoadingRows } from "../components/LoadingRows";
import { PageHeader } from "../components/PageHeader";
import { dateTime, timeAgo } from "../format/time";
import type {
  RequestListItemFragment,
  RequestsTaskUpdatedSubscription,
  RequestsUpdatedSubscription,
} from "../gql/graphql";
import { useViewer } from "../session/context";
import { RequestsDocument, RequestsTaskUpdatedDocument, RequestsUpdatedDocument } from "./documents";
import {
  countByFilter,
  currentTask,
  matchesFilter,
  overlay,
  requestFilters,
  requestStatusLook,
  withLive,
  type RequestFilter,
} from "./status";
import { StatusBadge } from "./StatusBadge";
import { useLive } from "./useLive";

const pickRequest = (e: RequestsUpdatedSubscription) => e.requestUpdated;
const pickTask = (e: RequestsTaskUpdatedSubscription) => e.taskUpdated;
const noVariables = {};

export function RequestsPage() {
  const viewer = useViewer();
  const own = viewer.role === "REQUESTER";
  const [{ data, error, fetching }, refetch] = useQuery({ query: RequestsDocument });
  const requests = useLive(RequestsUpdatedDocument, noVariables, pickRequest);
  const tasks = useLive(RequestsTaskUpdatedDocument, noVariables, pickTask);
  const [filter, setFilter] = useState<RequestFilter>("all");

  const all = useMemo(() => {
    const loaded = data?.requests.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
    return withLive(loaded, requests.live);
  }, [data, requests.live]);
  const counts = countByFilter(all.map((r) => r.status));
  const shown = all.filter((r) => matchesFilter(r.status, filter));
  const newRequest = canSubmitRequests(viewer.role) && (
    <Button component={Link} to="/requests/new" leftSection={<IconPlus size={16} />}>
      New request
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Requests"
        description={
          own ? "The requests you submitted, with their progress." : "Every submitted request, with its progress."
        }
        actions={
          <>
            <LiveBadge error={requests.error ?? tasks.error} active={requests.active} />
            {newRequest}
          </>
        }
      />
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load the requests"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      {data && all.length === 0 ? (
        <EmptyState icon={<IconInbox size={28} />} title="No requests yet" action={newRequest}>
          {own
            ? "Start with New request: choose a form, answer its questions and submit. You can follow every step here, live, down to the signed contract."
            : "When someone submits a request form, it appears here with its tasks and its Ironclad workflow, updated live."}
        </EmptyState>
      ) : (
        <Stack>
          <Group>
            <SegmentedControl
              aria-label="Filter by status"
              value={filter}
              onChange={(v) => setFilter(v as RequestFilter)}
              data={requestFilters.map((f) => ({ value: f.value, label: `${f.label} (${counts[f.value]})` }))}
            />
          </Group>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={860}>
              <Table verticalSpacing="sm" aria-label="Requests" aria-busy={fetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Request</Table.Th>
                    {!own && <Table.Th>Requester</Table.Th>}
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Current task</Table.Th>
                    <Table.Th>Ironclad</Table.Th>
                    <Table.Th>Submitted</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {!data && fetching && <LoadingRows columns={own ? 5 : 6} />}
                  {shown.map((r) => (
                    <RequestRow key={r.id} request={r} showRequester={!own} liveTasks={tasks.live} />
                  ))}
                  {data && shown.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={own ? 5 : 6}>
                        <Text c="dimmed" ta="center" py="md">
                          No requests are {requestFilters.find((f) => f.value === filter)?.label.toLowerCase()} right
                          now.
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
    </>
  );
}

type ListTask = NonNullable<NonNullable<RequestListItemFragment["tasks"]["edges"]>[number]>["node"];

function RequestRow({
  request,
  showRequester,
  liveTasks,
}: {
  request: RequestListItemFragment;
  showRequester: boolean;
  liveTasks: ReadonlyMap<string, NonNullable<ListTask>>;
}) {
  const loaded = request.tasks.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const task = currentTask(overlay(loaded, liveTasks));
  const submitted = request.submittedAt ?? request.createdAt;
  return (
    <Table.Tr data-testid="request-row">
      <Table.Td>
        <Anchor component={Link} to={`/requests/${request.id}`} fw={500}>
          {request.title}
        </Anchor>
        {request.requestForm && (
          <Text size="xs" c="dimmed">
            {request.requestForm.name}
          </Text>
        )}
      </Table.Td>
      {showRequester && (
        <Table.Td>
          <Text size="sm">{request.requester.name || request.requester.email}</Text>
        </Table.Td>
      )}
      <Table.Td>
        <StatusBadge look={requestStatusLook[request.status]} testId="request-status" />
      </Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="current-task">
          {task ? task.name : "—"}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {(request.linkedWorkflows ?? [])
            .filter((w) => w.readableID !== "")
            .map((w) => (
              <Anchor key={w.id} href={w.url} target="_blank" rel="noreferrer" size="sm">
                {w.readableID} <IconExternalLink size={12} aria-label="(opens Ironclad)" />
              </Anchor>
            ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Tooltip label={dateTime(submitted)} withArrow>
          <Text size="sm">{timeAgo(submitted)}</Text>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}
