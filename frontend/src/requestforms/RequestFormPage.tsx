import { useMemo, useState } from "react";
import { Anchor, Badge, Breadcrumbs, Button, Group, Paper, Skeleton, Stack, Table, Tabs, Text } from "@mantine/core";
import { IconArrowsExchange, IconEye, IconListDetails, IconPencil, IconPlugConnected } from "@tabler/icons-react";
import { Link, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { canManage } from "../access/roles";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { dateTime } from "../format/time";
import { useViewer } from "../session/context";
import { NotFoundPage } from "../pages/NotFoundPage";
import { RequestFormDocument } from "./documents";
import { EditFormModal } from "./EditFormModal";
import { FormBuilder } from "./FormBuilder";
import { FormPreview } from "./FormPreview";
import { orderedPages } from "./model";

const tabs = ["questions", "preview", "mappings"] as const;
type Tab = (typeof tabs)[number];

/** One request form: build it (admins), preview it as a requester, see where it is mapped. */
export function RequestFormPage() {
  const { formId = "" } = useParams();
  const viewer = useViewer();
  const admin = canManage(viewer.role);
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((t) => t === params.get("tab")) ?? "questions";
  const [editingDetails, setEditingDetails] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ["FormQuestion", "FormPage", "RequestForm", "Mapping"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RequestFormDocument,
    variables: { id: formId },
    context,
  });

  const form = data?.node?.__typename === "RequestForm" ? data.node : null;
  const pages = useMemo(() => orderedPages(form?.pages), [form]);

  if (error) {
    return (
      <ErrorAlert
        error={error}
        title="Could not load the form"
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!form) return fetching || !data ? <Skeleton height={320} radius="md" /> : <NotFoundPage />;

  const mappings = [...(form.mappings ?? [])].sort((a, b) => b.version - a.version);
  const current = mappings.filter((m) => m.current);
  const questionCount = pages.reduce((n, p) => n + p.questions.length, 0);

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/request-forms" size="sm">
          Request Forms
        </Anchor>
        <Text size="sm">{form.name}</Text>
      </Breadcrumbs>
      <PageHeader
        title={form.name}
        description={
          <>
            {form.description || "No description."}{" "}
            <Badge variant="light" color="gray" ml={4} style={{ verticalAlign: "middle" }}>
              Version {form.version}
            </Badge>
            {form.archived && (
              <Badge variant="light" color="orange" ml={4} style={{ verticalAlign: "middle" }}>
                Archived
              </Badge>
            )}
          </>
        }
        actions={
          <>
            {admin && (
              <Button variant="default" leftSection={<IconPencil size={18} />} onClick={() => setEditingDetails(true)}>
                Edit details
              </Button>
            )}
            <Button
              leftSection={<IconArrowsExchange size={18} />}
              component={Link}
              to={`/request-forms/map?form=${encodeURIComponent(form.id)}`}
            >
              Map to Ironclad
            </Button>
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(t) => setParams(t && t !== "questions" ? { tab: t } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="questions" leftSection={<IconListDetails size={16} />}>
            Questions ({questionCount})
          </Tabs.Tab>
          <Tabs.Tab value="preview" leftSection={<IconEye size={16} />}>
            Preview as requester
          </Tabs.Tab>
          <Tabs.Tab value="mappings" leftSection={<IconPlugConnected size={16} />}>
            Ironclad mappings ({current.length})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="questions">
          {!admin && (
            <Text c="dimmed" size="sm" mb="sm">
              You can look at this form; only admins change it.
            </Text>
          )}
          <FormBuilder formId={form.id} pages={pages} admin={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="preview">
          <FormPreview formId={form.id} />
        </Tabs.Panel>
        <Tabs.Panel value="mappings">
          <Paper withBorder radius="md" style={{ overflowX: "auto" }}>
            <Table verticalSpacing="sm" aria-label="Mapping versions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Ironclad workflow</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Saved</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mappings.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={4}>
                      <Stack gap={4} py="sm" align="flex-start">
                        <Text c="dimmed">This form is not mapped onto an Ironclad workflow yet.</Text>
                        <Anchor component={Link} to={`/request-forms/map?form=${encodeURIComponent(form.id)}`}>
                          Map Request Forms
                        </Anchor>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                )}
                {mappings.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.ironcladWorkflow.name}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        v{m.version}
                        {m.current && (
                          <Badge color="teal" variant="light" size="sm">
                            Current
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{dateTime(m.createdAt)}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor
                        component={Link}
                        to={`/request-forms/map/${m.ironcladWorkflow.id}/${form.id}${m.current ? "" : `?version=${m.id}`}`}
                      >
                        {m.current ? "Open mapping" : "View version"}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <EditFormModal form={form} opened={editingDetails} onClose={() => setEditingDetails(false)} />
    </>
  );
}
