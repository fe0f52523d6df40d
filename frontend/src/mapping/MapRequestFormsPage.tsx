import { useMemo, useState } from "react";
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowRight, IconPlugConnected } from "@tabler/icons-react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { timeAgo } from "../format/time";
import { MappingChoicesDocument } from "./documents";

/** Map Request Forms: choose the imported Ironclad workflow and the request form, then map. */
export function MapRequestFormsPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const context = useMemo(() => ({ additionalTypenames: ["Mapping", "RequestForm", "IroncladWorkflow"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: MappingChoicesDocument, context });
  const [workflowId, setWorkflowId] = useState<string | null>(params.get("workflow"));
  const [formId, setFormId] = useState<string | null>(params.get("form"));

  const header = (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/request-forms" size="sm">
          Request Forms
        </Anchor>
        <Text size="sm">Map Request Forms</Text>
      </Breadcrumbs>
      <PageHeader
        title="Map Request Forms"
        description="Connect a request form's questions with the fields of an imported Ironclad workflow, so answers reach Ironclad and nobody types them twice."
      />
    </>
  );

  if (error) {
    return (
      <>
        {header}
        <ErrorAlert error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {header}
        {fetching && <Skeleton height={240} radius="md" />}
      </>
    );
  }

  const workflows = data.ironcladWorkflows;
  const forms = (data.requestForms.edges ?? []).flatMap((e) => (e?.node && !e.node.archived ? [e.node] : []));
  if (workflows.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconPlugConnected size={28} />}
          title="No imported Ironclad workflows yet"
          action={
            <Button component={Link} to="/integrations/ironclad">
              Go to Integrations → Ironclad
            </Button>
          }
        >
          Connect Ironclad and use Import Forms to bring in the workflows you launch from requests. Then come back here
          to map a request form onto one.
        </EmptyState>
      </>
    );
  }
  if (forms.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconPlugConnected size={28} />}
          title="No request forms yet"
          action={
            <Button component={Link} to="/request-forms">
              Go to Request Forms
            </Button>
          }
        >
          Create a request form first; then map its questions onto an Ironclad workflow.
        </EmptyState>
      </>
    );
  }

  const selectedWorkflow =
    workflows.find((w) => w.id === workflowId) ?? (workflows.length === 1 ? workflows[0] : undefined);
  const selectedForm = forms.find((f) => f.id === formId);
  const start = () => {
    if (selectedWorkflow && selectedForm) void navigate(`/request-forms/map/${selectedWorkflow.id}/${selectedForm.id}`);
  };

  return (
    <>
      {header}
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Title order={4} mb="xs">
            1. The imported Ironclad workflow
          </Title>
          <Radio.Group value={selectedWorkflow?.id ?? null} onChange={setWorkflowId} aria-label="Ironclad workflow">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {workflows.map((w) => (
                <Radio.Card key={w.id} value={w.id} radius="md" p="md" withBorder data-testid="workflow-choice">
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <Stack gap={2}>
                      <Text fw={600}>{w.name}</Text>
                      <Text size="sm" c="dimmed">
                        {w.fieldCount} fields · {w.connection.name}
                      </Text>
                      <Group gap={6}>
                        {w.needsReviewCount > 0 && (
                          <Badge color="yellow" variant="light" size="sm">
                            {w.needsReviewCount} need review
                          </Badge>
                        )}
                        {w.mappingCount > 0 && (
                          <Badge color="teal" variant="light" size="sm">
                            {w.mappingCount} mapped
                          </Badge>
                        )}
                      </Group>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Title order={4} mb="xs">
            2. The request form
          </Title>
          <Group align="flex-end">
            <Select
              label="Request form"
              placeholder="Choose a request form"
              data={forms.map((f) => ({ value: f.id, label: f.name }))}
              value={selectedForm?.id ?? null}
              onChange={setFormId}
              searchable
              w={360}
              comboboxProps={{ withinPortal: true }}
            />
            <Button
              rightSection={<IconArrowRight size={18} />}
              disabled={!selectedWorkflow || !selectedForm}
              onClick={start}
            >
              Map Request Forms
            </Button>
          </Group>
        </Paper>
        {data.mappings.length > 0 && (
          <Paper withBorder radius="md" style={{ overflowX: "auto" }}>
            <Table verticalSpacing="sm" aria-label="Current mappings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Request form</Table.Th>
                  <Table.Th>Ironclad workflow</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Saved</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.mappings.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/request-forms/map/${m.ironcladWorkflow.id}/${m.requestForm.id}`}>
                        {m.requestForm.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{m.ironcladWorkflow.name}</Table.Td>
                    <Table.Td>v{m.version}</Table.Td>
                    <Table.Td>{timeAgo(m.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Stack>
    </>
  );
}
