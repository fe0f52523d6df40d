import { useMemo } from "react";
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconPlus, IconRoute } from "@tabler/icons-react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { canManage } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import { LoadingRows } from "../components/LoadingRows";
import { PageHeader } from "../components/PageHeader";
import { useViewer } from "../session/context";
import { WorkflowsDocument } from "./documents";
import { readinessBadge, sortWorkflows } from "./model";
import { WorkflowRowMenu } from "./WorkflowRowMenu";

/** Every workflow: the forms it runs for, its tasks, whether its launches can run, active or archived. */
export function WorkflowsPage() {
  const admin = canManage(useViewer().role);
  const context = useMemo(() => ({ additionalTypenames: ["Workflow", "Mapping", "RequestForm"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: WorkflowsDocument, context });
  const workflows = sortWorkflows(data?.workflows ?? []);

  const newButton = admin && (
    <Button leftSection={<IconPlus size={18} />} component={Link} to="/workflows/new">
      New workflow
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Workflows"
        description="The tasks that run, in order, for each request: people's tasks, approvals and Ironclad."
        actions={newButton}
      />
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load workflows"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      {!error && data && workflows.length === 0 ? (
        <EmptyState icon={<IconRoute size={28} />} title="No workflows yet" action={newButton}>
          A workflow is the ordered set of tasks that runs for every request of its forms: for example, an approval by
          the team lead, then launch an Ironclad workflow with the request's answers, then monitor its approvals and its
          signature packet. A request form without a workflow cannot be submitted.
          {!admin && " An admin builds them."}
        </EmptyState>
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: "auto" }}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Workflows" aria-busy={fetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Runs for</Table.Th>
                <Table.Th ta="right">Tasks</Table.Th>
                <Table.Th>Readiness</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!data && fetching && <LoadingRows columns={6} />}
              {workflows.map((w) => {
                const badge = readinessBadge(w.readiness);
                const forms = w.requestForms ?? [];
                return (
                  <Table.Tr key={w.id} data-testid="workflow-row">
                    <Table.Td>
                      <Stack gap={2}>
                        <Anchor component={Link} to={`/workflows/${w.id}`} fw={600}>
                          {w.name}
                        </Anchor>
                        {w.description && (
                          <Text size="sm" c="dimmed" lineClamp={1}>
                            {w.description}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {forms.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          No request form
                        </Text>
                      ) : (
                        <Group gap={6}>
                          {forms.map((f) => (
                            <Badge key={f.id} variant="light" color="gray" style={{ textTransform: "none" }}>
                              {f.name}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{w.taskDefinitions?.length ?? 0}</Table.Td>
                    <Table.Td>
                      {w.active && (
                        <Tooltip label={badge.hint}>
                          <Badge
                            color={badge.color}
                            variant="light"
                            tabIndex={0}
                            aria-label={`${badge.label}: ${badge.hint}`}
                          >
                            {badge.label}
                          </Badge>
                        </Tooltip>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={w.active ? "teal" : "gray"} variant={w.active ? "filled" : "light"}>
                        {w.active ? "Active" : "Archived"}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <WorkflowRowMenu workflow={w} admin={admin} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
