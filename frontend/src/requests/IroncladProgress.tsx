import { Anchor, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { dateTime, timeAgo } from "../format/time";
import type { RequestTaskFieldsFragment } from "../gql/graphql";
import { ironcladStatusLook } from "./status";
import { StatusBadge } from "./StatusBadge";

type Linked = NonNullable<RequestTaskFieldsFragment["linkedWorkflow"]>;

function When({ at }: { at: string | null | undefined }) {
  if (!at)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Tooltip label={dateTime(at)} withArrow>
      <Text size="sm">{timeAgo(at)}</Text>
    </Tooltip>
  );
}

/** An Ironclad task's workflow: its IC- id (a link into Ironclad), step, approvals and signers. */
export function IroncladProgress({
  workflow,
  action,
}: {
  workflow: Linked;
  action: RequestTaskFieldsFragment["action"];
}) {
  const approvals = action !== "MONITOR_SIGNATURES";
  const signers = action !== "MONITOR_APPROVALS";
  return (
    <Stack gap="xs" data-testid="ironclad-progress">
      <Group gap="lg">
        {workflow.readableID ? (
          <Anchor href={workflow.url} target="_blank" rel="noreferrer" fw={600} data-testid="ironclad-id">
            {workflow.readableID} <IconExternalLink size={14} aria-label="(opens Ironclad)" />
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            Not launched in Ironclad yet
          </Text>
        )}
        {workflow.step && (
          <Text size="sm">
            Step: <strong data-testid="ironclad-step">{workflow.step}</strong>
          </Text>
        )}
      </Group>
      {approvals && workflow.approvals.length > 0 && (
        <Table aria-label={`Approvals of ${workflow.readableID || "the Ironclad workflow"}`} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Approver</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workflow.approvals.map((a) => (
              <Table.Tr key={a.role} data-testid="approval-row">
                <Table.Td>
                  {/* The role's id ("approver5b0c…") means nothing to a person: the name only. */}
                  <Text size="sm">{a.name || "An approver"}</Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge look={ironcladStatusLook(a.status)} />
                </Table.Td>
                <Table.Td>
                  <When at={a.changedAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {signers && workflow.signers.length > 0 && (
        <Table aria-label={`Signers of ${workflow.readableID || "the Ironclad workflow"}`} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Signer</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workflow.signers.map((s) => (
              <Table.Tr key={s.email || s.name} data-testid="signer-row">
                <Table.Td>
                  <Text size="sm">{s.name || s.email}</Text>
                  {s.name && s.email && (
                    <Text size="xs" c="dimmed">
                      {s.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge look={ironcladStatusLook(s.status)} />
                </Table.Td>
                <Table.Td>
                  <When at={s.changedAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
