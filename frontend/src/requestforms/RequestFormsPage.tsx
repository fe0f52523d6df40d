import { useMemo } from "react";
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowsExchange, IconForms, IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { canManage } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import { LoadingRows } from "../components/LoadingRows";
import { PageHeader } from "../components/PageHeader";
import { timeAgo } from "../format/time";
import { useViewer } from "../session/context";
import { CreateFormModal } from "./CreateFormModal";
import { FormWorkflow } from "./FormWorkflow";
import { RequestFormsDocument } from "./documents";

/** Every request form: how big it is, its version, and the Ironclad workflows it is mapped onto. */
export function RequestFormsPage() {
  const viewer = useViewer();
  const admin = canManage(viewer.role);
  const [creating, create] = useDisclosure(false);
  const context = useMemo(() => ({ additionalTypenames: ["RequestForm", "Mapping", "Workflow"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: RequestFormsDocument, context });
  const forms = data?.requestForms.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];

  const actions = (
    <>
      <Button variant="default" leftSection={<IconArrowsExchange size={18} />} component={Link} to="/request-forms/map">
        Map Request Forms
      </Button>
      {admin && (
        <Button leftSection={<IconPlus size={18} />} onClick={create.open}>
          New request form
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title="Request Forms"
        description="The forms requesters fill in to start a request, and how their answers reach Ironclad."
        actions={actions}
      />
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load request forms"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      {!error && data && forms.length === 0 ? (
        <EmptyState
          icon={<IconForms size={28} />}
          title="No request forms yet"
          action={
            admin ? (
              <Button leftSection={<IconPlus size={18} />} onClick={create.open}>
                New request form
              </Button>
            ) : undefined
          }
        >
          A request form has pages of questions, some shown only when an earlier answer calls for them. Map it onto an
          Ironclad workflow so nobody answers the same question twice.
          {!admin && " An admin creates them."}
        </EmptyState>
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: "auto" }}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Request forms" aria-busy={fetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th ta="right">Pages</Table.Th>
                <Table.Th ta="right">Questions</Table.Th>
                <Table.Th ta="right">Version</Table.Th>
                <Table.Th>Workflow</Table.Th>
                <Table.Th>Mapped workflows</Table.Th>
                <Table.Th>Changed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!data && fetching && <LoadingRows columns={7} />}
              {forms.map((form) => {
                const pages = form.pages ?? [];
                const questions = pages.reduce((n, p) => n + (p.questions?.length ?? 0), 0);
                const mapped = (form.mappings ?? []).filter((m) => m.current);
                return (
                  <Table.Tr key={form.id} data-testid="request-form-row">
                    <Table.Td>
                      <Stack gap={2}>
                        <Group gap="xs">
                          <Anchor component={Link} to={`/request-forms/${form.id}`} fw={600}>
                            {form.name}
                          </Anchor>
                          {form.archived && (
                            <Badge color="gray" variant="light" size="sm">
                              Archived
                            </Badge>
                          )}
                        </Group>
                        {form.description && (
                          <Text size="sm" c="dimmed" lineClamp={1}>
                            {form.description}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td ta="right">{pages.length}</Table.Td>
                    <Table.Td ta="right">{questions}</Table.Td>
                    <Table.Td ta="right">v{form.version}</Table.Td>
                    <Table.Td>
                      <FormWorkflow form={form} admin={admin} />
                    </Table.Td>
                    <Table.Td>
                      {mapped.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          Not mapped
                        </Text>
                      ) : (
                        <Group gap={6}>
                          {mapped.map((m) => (
                            <Badge
                              key={m.id}
                              variant="light"
                              color="teal"
                              component={Link}
                              to={`/request-forms/map/${m.ironcladWorkflow.id}/${form.id}`}
                              style={{ cursor: "pointer", textTransform: "none" }}
                            >
                              {m.ironcladWorkflow.name}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {timeAgo(form.updatedAt)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <CreateFormModal opened={creating} onClose={create.close} />
    </>
  );
}
