import { Anchor, Badge, Breadcrumbs, Paper, SimpleGrid, Skeleton, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconForms } from "@tabler/icons-react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { canSubmitRequests } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { NoAccessPage } from "../pages/NoAccessPage";
import { useViewer } from "../session/context";
import { OpenFormsDocument } from "./documents";
import { RequestWizard } from "./RequestWizard";

/** New request: choose a form (only forms with an active workflow take requests), then fill it. */
export function NewRequestPage() {
  const [params, setParams] = useSearchParams();
  const formId = params.get("form");
  const viewer = useViewer();
  if (!canSubmitRequests(viewer.role)) return <NoAccessPage />;
  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to="/requests" size="sm">
          Requests
        </Anchor>
        {formId ? (
          <Anchor component={Link} to="/requests/new" size="sm">
            New request
          </Anchor>
        ) : (
          <Text size="sm">New request</Text>
        )}
      </Breadcrumbs>
      {formId ? <RequestWizard formId={formId} /> : <FormChooser onChoose={(id) => setParams({ form: id })} />}
    </>
  );
}

function FormChooser({ onChoose }: { onChoose: (id: string) => void }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: OpenFormsDocument });
  const forms = data?.requestForms.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <>
      <PageHeader title="New request" description="Choose the form for what you need." />
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load the forms"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      {!data && fetching && <Skeleton height={160} radius="md" />}
      {data && forms.length === 0 && (
        <EmptyState icon={<IconForms size={28} />} title="No request forms yet">
          An admin builds request forms and the workflow each one runs. Once one is published, it appears here.
        </EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} role="list" aria-label="Request forms">
        {forms.map((form) => {
          const open = form.activeWorkflow !== null && form.activeWorkflow !== undefined;
          return (
            <div role="listitem" key={form.id}>
              <UnstyledButton
                w="100%"
                h="100%"
                disabled={!open}
                onClick={() => onChoose(form.id)}
                aria-describedby={open ? undefined : `not-open-${form.id}`}
                data-testid="form-choice"
              >
                <Paper withBorder radius="md" p="lg" h="100%" bg={open ? undefined : "var(--mantine-color-gray-0)"}>
                  <Stack gap={6}>
                    <Text fw={600} c={open ? undefined : "dimmed"}>
                      {form.name}
                    </Text>
                    {form.description && (
                      <Text size="sm" c="dimmed">
                        {form.description}
                      </Text>
                    )}
                    {!open && (
                      <Badge color="gray" variant="light" id={`not-open-${form.id}`} tt="none">
                        Not open yet: no workflow runs for it
                      </Badge>
                    )}
                  </Stack>
                </Paper>
              </UnstyledButton>
            </div>
          );
        })}
      </SimpleGrid>
    </>
  );
}
