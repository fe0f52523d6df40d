import { useEffect, useMemo, useState } from "react";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Progress as ProgressBar,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconSearch } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery, useSubscription } from "urql";
import { canManage } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import { LiveStatus } from "../components/LiveStatus";
import { LoadingRows } from "../components/LoadingRows";
import { errorMessage } from "../graphql/errors";
import { useSocketStatus } from "../graphql/socketStatus";
import type { ImportProgressItemFragment, ImportProgressSubscription } from "../gql/graphql";
import { useViewer } from "../session/context";
import { isUsable } from "./connectionStatus";
import {
  ImportFormsDocument,
  ImportProgressDocument,
  ImportStatusDocument,
  ImportWorkflowsDocument,
} from "./documents";
import { IroncladBreadcrumbs } from "./IroncladBreadcrumbs";
import {
  applyProgress,
  importHeadline,
  stateLabel,
  summarizeProgress,
  type Progress,
  type ProgressItem,
} from "./importProgress";
import { ConnectionStatusBadge } from "./StatusBadge";

interface Logged {
  seq: number;
  item: ProgressItem;
  fromMutation: boolean;
}

// One order for the mutation's answers and the subscription's events.
let sequence = 0;

function fromEvent(e: ImportProgressItemFragment): ProgressItem {
  return {
    templateID: e.templateID,
    name: e.name,
    state: e.state,
    error: e.error,
    importID: e.importID,
    workflowID: e.ironcladWorkflow?.id ?? null,
    needsReviewCount: e.ironcladWorkflow?.needsReviewCount ?? null,
    interrupted: e.interrupted,
  };
}

/** Import Forms: the workflows this connection sees in Ironclad; pick some, Import, watch each one. */
export function ImportFormsPage() {
  const { connectionId = "" } = useParams();
  const viewer = useViewer();
  const admin = canManage(viewer.role);
  const socket = useSocketStatus();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ImportFormsDocument,
    variables: { connectionID: connectionId },
    requestPolicy: "cache-and-network",
  });
  const [live] = useSubscription<ImportProgressSubscription, Logged[]>(
    { query: ImportProgressDocument, variables: { connectionID: connectionId } },
    (previous = [], event) => [
      ...previous,
      { seq: ++sequence, item: fromEvent(event.importProgress), fromMutation: false },
    ],
  );
  // Where the latest import stands (also after a reload or a server restart);
  // asked again whenever the live connection comes back, since events sent
  // while it was down are gone.
  const [status, refetchStatus] = useQuery({
    query: ImportStatusDocument,
    variables: { connectionID: connectionId },
    requestPolicy: "network-only",
  });
  useEffect(() => {
    if (socket === "connected") refetchStatus({ requestPolicy: "network-only" });
  }, [socket, refetchStatus]);
  const stored = useMemo<Logged[]>(
    () => (status.data?.importStatus ?? []).map((i) => ({ seq: ++sequence, item: fromEvent(i), fromMutation: false })),
    [status.data],
  );
  const [answers, setAnswers] = useState<Logged[]>([]);
  const [, importWorkflows] = useMutation(ImportWorkflowsDocument);
  const [starting, setStarting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const connection = data?.node?.__typename === "Connection" ? data.node : null;
  const templates = useMemo(() => data?.ironcladTemplates ?? [], [data]);
  const names = useMemo(() => Object.fromEntries(templates.map((t) => [t.templateID, t.name])), [templates]);

  const progress = useMemo(() => {
    const log = [...stored, ...answers, ...(live.data ?? [])].sort((a, b) => a.seq - b.seq);
    return log.reduce<Progress>((p, l) => applyProgress(p, l.item, { fromMutation: l.fromMutation, names }), {});
  }, [stored, answers, live.data, names]);
  const summary = summarizeProgress(progress);

  const visible = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = q ? templates.filter((t) => t.name.toLowerCase().includes(q)) : templates;
    return [...list].sort((a, b) => a.name.localeCompare(b.name));
  }, [templates, search]);

  const start = async (templateIDs: string[]) => {
    setImportError(null);
    setStarting(true);
    const result = await importWorkflows(
      { input: { connectionID: connectionId, templateIDs } },
      { additionalTypenames: ["IroncladWorkflow"] },
    );
    setStarting(false);
    if (result.error || !result.data) {
      setImportError(result.error ? errorMessage(result.error) : "Tradewind did not start the import.");
      return;
    }
    const items = result.data.importIroncladWorkflows.items.map((i) => ({
      seq: ++sequence,
      fromMutation: true,
      item: {
        ...fromEvent(i),
        importID: i.importID || result.data!.importIroncladWorkflows.importID,
      },
    }));
    setAnswers((a) => [...a, ...items]);
    setSelected(new Set());
  };

  const allVisibleSelected = visible.length > 0 && visible.every((t) => selected.has(t.templateID));
  const toggleAll = () =>
    setSelected((s) => {
      const next = new Set(s);
      for (const t of visible) {
        if (allVisibleSelected) next.delete(t.templateID);
        else next.add(t.templateID);
      }
      return next;
    });
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const finishedNeedsReview = Object.values(progress).reduce(
    (n, p) => n + (p.state === "DONE" ? (p.needsReviewCount ?? 0) : 0),
    0,
  );
  const headline = importHeadline(summary, finishedNeedsReview);
  const columns = admin ? 4 : 3;
  const canImport = selected.size > 0 && !starting && (connection === null || isUsable(connection.status));

  return (
    <Stack gap="lg">
      <div>
        <IroncladBreadcrumbs current="Import Forms" />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2}>Import Forms</Title>
            <Text c="dimmed">
              The Ironclad workflows {connection ? <b>{connection.name}</b> : "this connection"} can see. Select the
              ones you want to start from requests and click Import; each field is checked and anything Tradewind could
              not read completely is marked Needs Review.
            </Text>
          </div>
          {connection && <ConnectionStatusBadge status={connection.status} />}
        </Group>
      </div>

      {connection && !isUsable(connection.status) && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={`${connection.name} is not connected`}
        >
          Tradewind cannot read Ironclad through this connection right now.{" "}
          <Anchor component={Link} to="/integrations/ironclad">
            Connect or Reconnect it
          </Anchor>{" "}
          first.
        </Alert>
      )}
      {error && (
        <ErrorAlert
          error={error}
          title="Could not list Ironclad's workflows"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}

      <LiveStatus message={headline} />
      {summary.total > 0 && (
        <Paper withBorder p="md" data-testid="import-summary">
          {summary.running ? (
            <Stack gap="xs">
              <Group gap="sm">
                <Loader size="xs" />
                <Text fw={500}>{headline}</Text>
              </Group>
              <ProgressBar
                value={((summary.done + summary.failed) / summary.total) * 100}
                animated
                striped
                aria-label="Import progress"
              />
            </Stack>
          ) : (
            <Group justify="space-between">
              <Group gap="xs">
                {summary.failed > 0 ? (
                  <IconAlertTriangle size={20} color="var(--mantine-color-red-6)" />
                ) : (
                  <IconCircleCheck size={20} color="var(--mantine-color-green-6)" />
                )}
                <Text fw={500}>{headline}</Text>
              </Group>
              <Button component={Link} to="/integrations/ironclad" variant="light">
                Go to synced workflows
              </Button>
            </Group>
          )}
        </Paper>
      )}

      <Group justify="space-between">
        <TextInput
          placeholder="Search workflows"
          aria-label="Search workflows"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        {admin && (
          <Group gap="sm">
            {socket !== "connected" && (
              <Text size="sm" c="dimmed">
                Connecting live progress…
              </Text>
            )}
            {/* Unusable, it is aria-disabled rather than disabled (nor `loading`,
                which disables): a disabled button drops the focus to the page,
                and the keyboard user who pressed Import would lose their place. */}
            <Button
              leftSection={starting ? <Loader size={16} color="gray" /> : <IconDownload size={18} />}
              data-disabled={!canImport || undefined}
              aria-disabled={!canImport || undefined}
              onClick={() => canImport && void start([...selected])}
            >
              {selected.size > 0
                ? `Import ${selected.size} ${selected.size === 1 ? "workflow" : "workflows"}`
                : "Import"}
            </Button>
          </Group>
        )}
      </Group>
      {importError && (
        <Alert color="red" variant="light" role="alert">
          {importError}
        </Alert>
      )}

      {data && templates.length === 0 && !error ? (
        <EmptyState icon={<IconDownload size={28} />} title="Ironclad shows no workflows">
          The integration user cannot see any workflow template. In Ironclad, give its group access to All Workflows
          (Current and Future), publish a workflow, then come back.
        </EmptyState>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="Ironclad workflows" aria-busy={fetching}>
              <Table.Thead>
                <Table.Tr>
                  {admin && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label="Select every workflow shown"
                        checked={allVisibleSelected}
                        indeterminate={!allVisibleSelected && visible.some((t) => selected.has(t.templateID))}
                        onChange={toggleAll}
                      />
                    </Table.Th>
                  )}
                  <Table.Th>Workflow</Table.Th>
                  <Table.Th w={100}>Fields</Table.Th>
                  <Table.Th w={360}>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!data && fetching && <LoadingRows rows={4} columns={columns} />}
                {data && visible.length === 0 && templates.length > 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <Text c="dimmed" size="sm" ta="center" py="sm">
                        No workflow matches “{search}”.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {visible.map((t) => {
                  const p = progress[t.templateID];
                  return (
                    <Table.Tr key={t.templateID} data-testid="template-row">
                      {admin && (
                        <Table.Td>
                          <Checkbox
                            aria-label={`Select ${t.name}`}
                            checked={selected.has(t.templateID)}
                            onChange={() => toggle(t.templateID)}
                          />
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Text fw={500} size="sm">
                          {t.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t.fieldCount}</Text>
                      </Table.Td>
                      <Table.Td data-testid="template-status">
                        {p ? (
                          <ProgressCell item={p} admin={admin} onRetry={() => void start([t.templateID])} />
                        ) : t.imported && t.ironcladWorkflow ? (
                          <Group gap="xs">
                            <Badge color="blue" variant="light">
                              Imported
                            </Badge>
                            <Anchor
                              component={Link}
                              to={`/integrations/ironclad/workflows/${t.ironcladWorkflow.id}`}
                              size="sm"
                            >
                              View fields
                            </Anchor>
                            {t.ironcladWorkflow.needsReviewCount > 0 && (
                              <Text size="xs" c="orange">
                                {t.ironcladWorkflow.needsReviewCount} Needs Review
                              </Text>
                            )}
                          </Group>
                        ) : (
                          <Text size="sm" c="dimmed">
                            Not imported
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}

function ProgressCell({ item, admin, onRetry }: { item: ProgressItem; admin: boolean; onRetry: () => void }) {
  switch (item.state) {
    case "QUEUED":
      return (
        <Badge color={item.interrupted ? "orange" : "gray"} variant="light">
          {stateLabel(item)}
        </Badge>
      );
    case "RUNNING":
      return (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{stateLabel(item)}</Text>
        </Group>
      );
    case "DONE":
      return (
        <Group gap="xs">
          <Badge color="green" variant="light" leftSection={<IconCircleCheck size={12} />}>
            Imported
          </Badge>
          {item.workflowID && (
            <Anchor component={Link} to={`/integrations/ironclad/workflows/${item.workflowID}`} size="sm">
              {item.needsReviewCount
                ? `Review ${item.needsReviewCount} ${item.needsReviewCount === 1 ? "field" : "fields"}`
                : "View fields"}
            </Anchor>
          )}
        </Group>
      );
    case "FAILED":
      return (
        <Stack gap={4}>
          <Group gap="xs">
            <Badge color="red" variant="light">
              {stateLabel(item)}
            </Badge>
            {admin && (
              <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
                Retry
              </Button>
            )}
          </Group>
          <Text size="xs" c="red" role="alert">
            {item.error || "Ironclad's template could not be imported."}
          </Text>
        </Stack>
      );
  }
}
