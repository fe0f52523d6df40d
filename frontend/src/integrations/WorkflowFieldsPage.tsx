import { Fragment, useMemo, useState } from "react";
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconAlertTriangle, IconEdit, IconInfoCircle, IconListCheck, IconRefresh } from "@tabler/icons-react";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { canManage } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import { dateTime, timeAgo } from "../format/time";
import type { IroncladFieldItemFragment } from "../gql/graphql";
import { useViewer } from "../session/context";
import { WorkflowFieldsDocument } from "./documents";
import { FieldEditModal } from "./FieldEditModal";
import { describeCondition, kindLabels, reasonLabels, requiredColors, requiredLabels } from "./fieldRules";
import { IroncladBreadcrumbs } from "./IroncladBreadcrumbs";
import { ReviewCountBadge } from "./SyncedWorkflows";
import { EditWorkflowModal, ResyncModal } from "./WorkflowModals";

type Filter = "all" | "review";

/** View fields: every field of one imported workflow with its review state; Edit resolves Needs Review. */
export function WorkflowFieldsPage() {
  const { workflowId = "" } = useParams();
  const viewer = useViewer();
  const admin = canManage(viewer.role);
  const context = useMemo(() => ({ additionalTypenames: ["IroncladField", "IroncladWorkflow"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: WorkflowFieldsDocument,
    variables: { id: workflowId },
    context,
  });
  const [filter, setFilter] = useState<Filter>("all");
  const [editing, setEditing] = useState<IroncladFieldItemFragment | null>(null);
  const [dialog, setDialog] = useState<"resync" | "edit" | null>(null);

  const workflow = data?.node?.__typename === "IroncladWorkflow" ? data.node : null;
  // Fields gone from Ironclad (kept for the mappings that name them) come last.
  const fields = useMemo(
    () =>
      [...(workflow?.fields ?? [])].sort((a, b) => Number(a.removed) - Number(b.removed) || a.position - b.position),
    [workflow],
  );
  const labelOf = useMemo(() => {
    const byKey = new Map(fields.map((f) => [f.key, f.label]));
    return (key: string) => byKey.get(key) ?? key;
  }, [fields]);
  const needsReview = fields.filter((f) => f.reviewState === "NEEDS_REVIEW" && !f.removed);
  const shown = filter === "review" ? needsReview : fields;
  const columns = admin ? 7 : 6;

  if (error) {
    return (
      <>
        <IroncladBreadcrumbs current="Fields" />
        <ErrorAlert
          error={error}
          title="Could not load the workflow"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      </>
    );
  }
  if (!workflow) {
    return (
      <>
        <IroncladBreadcrumbs current="Fields" />
        {fetching || !data ? (
          <Skeleton height={300} />
        ) : (
          <EmptyState icon={<IconListCheck size={28} />} title="Workflow not found">
            It may have been removed. Synced workflows are listed on the Ironclad page.
          </EmptyState>
        )}
      </>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <IroncladBreadcrumbs current={workflow.name} />
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="xs">
              <Title order={2}>{workflow.name}</Title>
              <ReviewCountBadge count={workflow.needsReviewCount} />
            </Group>
            <Text c="dimmed" size="sm">
              From {workflow.connection.name} · {workflow.fieldCount} fields · comment sync{" "}
              {workflow.commentSync ? "on" : "off"} ·{" "}
              {workflow.lastSyncedAt ? (
                <Tooltip label={dateTime(workflow.lastSyncedAt)} withArrow>
                  <span>synced {timeAgo(workflow.lastSyncedAt)}</span>
                </Tooltip>
              ) : (
                "never synced"
              )}
            </Text>
          </div>
          {admin && (
            <Group gap="xs">
              <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => setDialog("resync")}>
                Re-sync
              </Button>
              <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setDialog("edit")}>
                Edit
              </Button>
            </Group>
          )}
        </Group>
      </div>

      {workflow.drift !== "NONE" && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="Ironclad's template changed"
        >
          {workflow.driftSummary || "The template in Ironclad differs from what Tradewind imported."}{" "}
          {admin && "Re-sync to see the differences and accept them."}
        </Alert>
      )}

      <Group justify="space-between">
        <SegmentedControl
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: "all", label: `All fields (${fields.length})` },
            { value: "review", label: `Needs Review (${needsReview.length})` },
          ]}
          aria-label="Which fields"
        />
        <Text size="sm" c="dimmed">
          {needsReview.length === 0
            ? "Every field is reviewed."
            : "Tradewind marks a field Needs Review when Ironclad does not tell it everything, like the field type or conditional logic."}
        </Text>
      </Group>

      {shown.length === 0 ? (
        <EmptyState icon={<IconListCheck size={28} />} title="Nothing needs review">
          Every field of this workflow is OK. Map it to a request form next.
        </EmptyState>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" aria-label="Fields">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Field</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Required</Table.Th>
                  <Table.Th>Choices</Table.Th>
                  <Table.Th>Shown</Table.Th>
                  <Table.Th>Review</Table.Th>
                  {admin && <Table.Th w={80} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((f) => (
                  <FieldRows
                    key={f.id}
                    field={f}
                    admin={admin}
                    columns={columns}
                    labelOf={labelOf}
                    onEdit={() => setEditing(f)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      {admin && (
        <>
          <FieldEditModal field={editing} fields={fields} onClose={() => setEditing(null)} />
          <ResyncModal workflow={workflow} opened={dialog === "resync"} onClose={() => setDialog(null)} />
          <EditWorkflowModal workflow={workflow} opened={dialog === "edit"} onClose={() => setDialog(null)} />
        </>
      )}
    </Stack>
  );
}

interface RowProps {
  field: IroncladFieldItemFragment;
  admin: boolean;
  columns: number;
  labelOf: (key: string) => string;
  onEdit: () => void;
}

function FieldRows({ field: f, admin, columns, labelOf, onEdit }: RowProps) {
  const review = f.reviewState === "NEEDS_REVIEW" && !f.removed;
  const choices = f.answerOptions ?? [];
  return (
    <Fragment>
      <Table.Tr
        data-testid="field-row"
        data-field-key={f.key}
        style={{ borderBottom: review ? "none" : undefined }}
        bg={f.removed ? "gray.0" : undefined}
      >
        <Table.Td maw={280}>
          <Text size="sm" fw={500}>
            {f.label}
          </Text>
          <Code fz="xs" style={{ wordBreak: "break-all" }}>
            {f.key}
          </Code>
          {f.removed && (
            <Badge color="red" variant="outline" size="xs" ml="xs">
              Removed from Ironclad
            </Badge>
          )}
          {f.description && (
            <Text size="xs" c="dimmed">
              {f.description}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{kindLabels[f.kind]}</Text>
          <Text size="xs" c="dimmed">
            Ironclad: {f.type}
            {f.elementType && ` of ${f.elementType}`}
          </Text>
        </Table.Td>
        <Table.Td style={{ whiteSpace: "nowrap" }}>
          <Badge color={requiredColors[f.required]} variant="light" tt="none" style={{ minWidth: "max-content" }}>
            {requiredLabels[f.required]}
          </Badge>
        </Table.Td>
        <Table.Td maw={220}>
          {choices.length > 0 ? (
            <Tooltip label={choices.join(", ")} multiline w={280} withArrow disabled={choices.length <= 3}>
              <Text size="sm">
                {choices.slice(0, 3).join(", ")}
                {choices.length > 3 && ` +${choices.length - 3} more`}
              </Text>
            </Tooltip>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Table.Td>
        <Table.Td maw={240}>
          <Text size="sm" c={f.showWhen ? undefined : "dimmed"}>
            {f.showWhen ? describeCondition(f.showWhen, labelOf) : "Always"}
          </Text>
        </Table.Td>
        <Table.Td style={{ whiteSpace: "nowrap" }}>
          {f.removed ? (
            <Badge color="gray" variant="light" data-testid="review-state" style={{ minWidth: "max-content" }}>
              Removed
            </Badge>
          ) : review ? (
            <Badge color="orange" variant="filled" data-testid="review-state" style={{ minWidth: "max-content" }}>
              Needs Review
            </Badge>
          ) : (
            <Stack gap={2}>
              <Badge color="green" variant="light" data-testid="review-state" style={{ minWidth: "max-content" }}>
                OK
              </Badge>
              {f.reviewedAt && (
                <Tooltip label={f.reviewNote || dateTime(f.reviewedAt)} withArrow multiline w={260}>
                  <Text size="xs" c="dimmed">
                    Reviewed {timeAgo(f.reviewedAt)}
                  </Text>
                </Tooltip>
              )}
            </Stack>
          )}
        </Table.Td>
        {admin && (
          <Table.Td>
            <Button
              size="xs"
              variant={review ? "filled" : "default"}
              onClick={onEdit}
              disabled={f.removed}
              aria-label={`Edit ${f.label}`}
            >
              Edit
            </Button>
          </Table.Td>
        )}
      </Table.Tr>
      {review && f.reviewIssues.length > 0 && (
        <Table.Tr data-testid="field-issues">
          <Table.Td colSpan={columns} pt={0}>
            <Stack gap={6}>
              {f.reviewIssues.map((issue) =>
                issue.reason === "SHARED_PROPERTY" ? (
                  <Alert
                    key={issue.reason}
                    color="grape"
                    variant="light"
                    icon={<IconInfoCircle size={18} />}
                    title={reasonLabels[issue.reason]}
                    p="xs"
                    data-testid="shared-property"
                  >
                    <Text size="sm">{issue.message}</Text>
                  </Alert>
                ) : (
                  <Group key={issue.reason} gap="xs" wrap="nowrap" align="flex-start">
                    <IconAlertTriangle
                      size={16}
                      color="var(--mantine-color-orange-7)"
                      style={{ flexShrink: 0, marginTop: 2 }}
                    />
                    <Text size="sm">
                      <b>{reasonLabels[issue.reason]}.</b> {issue.message}
                    </Text>
                  </Group>
                ),
              )}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}
