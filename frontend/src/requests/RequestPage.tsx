import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Anchor,
  Breadcrumbs,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorAlert } from "../components/ErrorAlert";
import { LiveBadge } from "../components/LiveBadge";
import { dateTime } from "../format/time";
import type {
  RequestDetailFragment,
  RequestTaskFieldsFragment,
  RequestUpdatedSubscription,
  TaskStatus,
  TaskUpdatedSubscription,
} from "../gql/graphql";
import { canManage } from "../access/roles";
import { NotFoundPage } from "../pages/NotFoundPage";
import { useViewer } from "../session/context";
import { answerText } from "./answers";
import { CommentThread } from "./CommentThread";
import { RequestDocument, RequestUpdatedDocument, TaskUpdatedDocument } from "./documents";
import { Ledger } from "./Ledger";
import { overlay, requestStatusLook, statusChanges } from "./status";
import { StatusBadge } from "./StatusBadge";
import { TaskCard } from "./TaskCard";
import { useLive } from "./useLive";
import { RequestTimeline } from "./Timeline";
import { WithdrawButton } from "./WithdrawButton";

const pickRequest = (e: RequestUpdatedSubscription) => e.requestUpdated;
const pickTask = (e: TaskUpdatedSubscription) => e.taskUpdated;

/** One request: answers, tasks in order with live status, timeline and, for admins, the sync ledger. */
export function RequestPage() {
  const { requestId = "" } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: RequestDocument, variables: { id: requestId } });
  const request = data?.node?.__typename === "Request" ? data.node : null;
  const reload = useCallback(() => refetch({ requestPolicy: "network-only" }), [refetch]);

  if (error) return <ErrorAlert error={error} title="Could not load the request" onRetry={() => refetch()} />;
  if (!request) return fetching || !data ? <Skeleton height={360} radius="md" /> : <NotFoundPage />;
  return <RequestView request={request} refetch={reload} />;
}

function RequestView({ request: loaded, refetch }: { request: RequestDetailFragment; refetch: () => void }) {
  const viewer = useViewer();
  const requestVars = useMemo(() => ({ id: loaded.id }), [loaded.id]);
  const taskVars = useMemo(() => ({ requestID: loaded.id }), [loaded.id]);
  const liveRequest = useLive(RequestUpdatedDocument, requestVars, pickRequest);
  const liveTasks = useLive(TaskUpdatedDocument, taskVars, pickTask);

  const fresh = liveRequest.live.get(loaded.id);
  const request =
    fresh && Date.parse(fresh.updatedAt) >= Date.parse(loaded.updatedAt) ? { ...loaded, ...fresh } : loaded;
  const tasks = overlay(loaded.tasks.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [], liveTasks.live).sort(
    (a, b) => a.position - b.position,
  );

  // Every live event may add to the timeline and the ledger, which are not pushed: reload them,
  // once per event (the latest refetch, never a new one per render: that looped).
  const changes = liveRequest.events + liveTasks.events;
  const latestRefetch = useRef(refetch);
  useEffect(() => {
    latestRefetch.current = refetch;
  });
  useEffect(() => {
    if (changes > 0) latestRefetch.current();
  }, [changes]);

  const announcement = useAnnouncement(tasks, request.status, requestStatusLook[request.status].label);
  const launched = tasks.some((t) => t.linkedWorkflow?.readableID);

  return (
    <Stack gap="lg">
      <VisuallyHidden role="status" aria-live="polite" data-testid="status-announcement">
        {announcement}
      </VisuallyHidden>
      <Breadcrumbs>
        <Anchor component={Link} to="/requests" size="sm">
          Requests
        </Anchor>
        <Text size="sm">{request.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{request.title}</Title>
            <StatusBadge look={requestStatusLook[request.status]} testId="request-status" />
          </Group>
          <Text c="dimmed" size="sm">
            {request.requestForm?.name ?? "A deleted form"}
            {request.workflow && ` · workflow ${request.workflow.name}`} · submitted by{" "}
            {request.requester.name || request.requester.email}
            {request.submittedAt && ` on ${dateTime(request.submittedAt)}`}
          </Text>
        </Stack>
        <Group gap="sm">
          <LiveBadge error={liveTasks.error ?? liveRequest.error} active={liveTasks.active} />
          {request.canWithdraw && <WithdrawButton requestId={request.id} title={request.title} launched={launched} />}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="sm" component="section" aria-labelledby="tasks-title">
          <Title order={3} id="tasks-title">
            Tasks
          </Title>
          {tasks.length === 0 ? (
            <Text c="dimmed">This request has no tasks.</Text>
          ) : (
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
              {tasks.map((t, i) => (
                <TaskCard key={t.id} task={t} number={i + 1} />
              ))}
            </Stack>
          )}
        </Stack>
        <Stack gap="lg">
          <Stack gap="sm" component="section" aria-labelledby="timeline-title">
            <Title order={3} id="timeline-title">
              Timeline
            </Title>
            <RequestTimeline entries={request.timeline} />
          </Stack>
          <Answers answers={request.answers ?? []} />
        </Stack>
      </SimpleGrid>
      <CommentThread requestId={request.id} />
      {canManage(viewer.role) && (
        <Stack gap="sm" component="section" aria-labelledby="ledger-title">
          <Title order={3} id="ledger-title">
            Sync ledger
          </Title>
          <Text size="sm" c="dimmed">
            Every call to Ironclad and every webhook from it for this request, with its outcome and attempts.
          </Text>
          <Ledger requestId={request.id} changes={changes} />
        </Stack>
      )}
    </Stack>
  );
}

/** The polite announcement of task and request status changes since the page opened. */
function useAnnouncement(tasks: readonly RequestTaskFieldsFragment[], status: string, statusLabel: string): string {
  const before = useRef<Map<string, TaskStatus> | null>(null);
  const requestBefore = useRef(status);
  const [text, setText] = useState("");
  useEffect(() => {
    const known = before.current;
    const changed = known ? statusChanges(known, tasks) : "";
    const requestChanged = requestBefore.current !== status ? `The request is now ${statusLabel}.` : "";
    before.current = new Map(tasks.map((t) => [t.id, t.status]));
    requestBefore.current = status;
    const sentence = [changed, requestChanged].filter((s) => s !== "").join(" ");
    if (sentence) setText(sentence);
  }, [tasks, status, statusLabel]);
  return text;
}

function Answers({ answers }: { answers: NonNullable<RequestDetailFragment["answers"]> }) {
  const ordered = [...answers].sort(
    (a, b) =>
      (a.question?.page.position ?? 0) - (b.question?.page.position ?? 0) ||
      (a.question?.position ?? 0) - (b.question?.position ?? 0),
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="answers-title">
      <Title order={3} id="answers-title">
        Answers
      </Title>
      {ordered.length === 0 ? (
        <Text c="dimmed">No answers were recorded.</Text>
      ) : (
        <Paper withBorder>
          <Table aria-labelledby="answers-title" verticalSpacing="xs">
            <Table.Tbody>
              {ordered.map((a) => (
                <Table.Tr key={a.id} data-testid="answer-row">
                  <Table.Th w="40%" scope="row" fw={500}>
                    {a.questionLabel}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{answerText(a.questionType, a.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
