import { useState } from "react";
import { ActionIcon, Anchor, Badge, Menu, Paper, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import {
  IconArrowsExchange,
  IconDots,
  IconEdit,
  IconFileImport,
  IconListDetails,
  IconRefresh,
  IconTrash,
} from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { dateTime, timeAgo } from "../format/time";
import type { IroncladConnectionItemFragment, SyncedWorkflowItemFragment } from "../gql/graphql";
import { isUsable } from "./connectionStatus";
import { EditWorkflowModal, RemoveWorkflowModal, ResyncModal } from "./WorkflowModals";
import { useAfterMenuCloses } from "../components/afterMenuCloses";

interface Props {
  workflows: readonly SyncedWorkflowItemFragment[];
  connections: readonly IroncladConnectionItemFragment[];
  admin: boolean;
}

/** The imported Ironclad workflows, each with its [...] menu. */
export function SyncedWorkflows({ workflows, connections, admin }: Props) {
  if (workflows.length === 0) {
    const usable = connections.some((c) => isUsable(c.status));
    return (
      <EmptyState icon={<IconFileImport size={28} />} title="No workflows imported yet">
        {usable
          ? "Click Import Forms on a connection to bring in the Ironclad workflows you want to start from requests. Each field is checked; anything Tradewind could not read completely is marked Needs Review."
          : "Once Ironclad is connected, Import Forms brings in the Ironclad workflows you want to start from requests."}
      </EmptyState>
    );
  }
  const sorted = [...workflows].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Synced workflows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Workflow</Table.Th>
              <Table.Th>Connection</Table.Th>
              <Table.Th>Fields</Table.Th>
              <Table.Th>Review</Table.Th>
              <Table.Th>Last synced</Table.Th>
              <Table.Th>Comment sync</Table.Th>
              <Table.Th w={48}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((w) => (
              <WorkflowRow key={w.id} workflow={w} admin={admin} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function WorkflowRow({ workflow: w, admin }: { workflow: SyncedWorkflowItemFragment; admin: boolean }) {
  return (
    <Table.Tr data-testid="synced-workflow-row">
      <Table.Td>
        <Anchor component={Link} to={`/integrations/ironclad/workflows/${w.id}`} fw={500} size="sm">
          {w.name}
        </Anchor>
        {w.drift !== "NONE" && (
          <Tooltip
            label={w.driftSummary || "Ironclad's template changed since the last sync."}
            multiline
            w={300}
            withArrow
          >
            <Badge color="orange" variant="outline" size="xs" ml="xs">
              {w.drift === "MISSING"
                ? "Gone from Ironclad"
                : w.drift === "REPUBLISHED"
                  ? "Republished"
                  : "Changed in Ironclad"}
            </Badge>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{w.connection.name}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{w.fieldCount}</Text>
      </Table.Td>
      <Table.Td>
        <ReviewCountBadge count={w.needsReviewCount} />
      </Table.Td>
      <Table.Td>
        {w.lastSyncedAt ? (
          <Tooltip label={dateTime(w.lastSyncedAt)} withArrow>
            <Text size="sm">{timeAgo(w.lastSyncedAt)}</Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={w.commentSync ? "teal" : "gray"} variant="light" data-testid="comment-sync">
          {w.commentSync ? "On" : "Off"}
        </Badge>
      </Table.Td>
      <Table.Td>
        <WorkflowMenu workflow={w} admin={admin} />
      </Table.Td>
    </Table.Tr>
  );
}

export function ReviewCountBadge({ count }: { count: number }) {
  return count > 0 ? (
    <Badge color="orange" variant="light" data-testid="needs-review-count">
      {count} Needs Review
    </Badge>
  ) : (
    <Badge color="green" variant="light" data-testid="needs-review-count">
      All OK
    </Badge>
  );
}

type Dialog = "resync" | "edit" | "remove" | null;

/** The ellipsis menu [...]: View fields, Re-sync, Edit, Remove (the last three for admins). */
export function WorkflowMenu({ workflow, admin }: { workflow: SyncedWorkflowItemFragment; admin: boolean }) {
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const afterClose = useAfterMenuCloses();
  return (
    <>
      <Menu position="bottom-end" withArrow {...afterClose.menuProps}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${workflow.name}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconListDetails size={16} />}
            onClick={() => void navigate(`/integrations/ironclad/workflows/${workflow.id}`)}
          >
            View fields
          </Menu.Item>
          <Menu.Item
            leftSection={<IconArrowsExchange size={16} />}
            onClick={() => void navigate(`/request-forms/map?workflow=${encodeURIComponent(workflow.id)}`)}
          >
            Map Request Forms
          </Menu.Item>
          {admin && (
            <>
              <Menu.Item leftSection={<IconRefresh size={16} />} onClick={afterClose.later(() => setDialog("resync"))}>
                Re-sync
              </Menu.Item>
              <Menu.Item leftSection={<IconEdit size={16} />} onClick={afterClose.later(() => setDialog("edit"))}>
                Edit
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={afterClose.later(() => setDialog("remove"))}
              >
                Remove
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {admin && (
        <>
          <ResyncModal workflow={workflow} opened={dialog === "resync"} onClose={close} />
          <EditWorkflowModal workflow={workflow} opened={dialog === "edit"} onClose={close} />
          <RemoveWorkflowModal workflow={workflow} opened={dialog === "remove"} onClose={close} />
        </>
      )}
    </>
  );
}
