import { useMemo } from "react";
import { Badge, Button, Skeleton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArchive } from "@tabler/icons-react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { canManage } from "../access/roles";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { NotFoundPage } from "../pages/NotFoundPage";
import { useViewer } from "../session/context";
import { ArchiveWorkflowModal } from "./ArchiveWorkflowModal";
import { AssigneeUsersDocument, WorkflowChoicesDocument, WorkflowDocument } from "./documents";
import { draftFromWorkflow, emptyDraft } from "./model";
import { WorkflowBuilder } from "./WorkflowBuilder";

/** /workflows/new (admins; ?form=<id> preselects a form) and /workflows/:workflowId. */
export function WorkflowBuilderPage() {
  const { workflowId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const admin = canManage(useViewer().role);
  const [archiving, archive] = useDisclosure(false);
  const context = useMemo(() => ({ additionalTypenames: ["Workflow", "RequestForm", "Mapping"] }), []);
  const [workflowResult, refetchWorkflow] = useQuery({
    query: WorkflowDocument,
    variables: { id: workflowId ?? "" },
    pause: !workflowId,
    context,
  });
  const [choicesResult, refetchChoices] = useQuery({ query: WorkflowChoicesDocument, context });
  // Only admins assign tasks; the people list is theirs to read.
  const [usersResult] = useQuery({ query: AssigneeUsersDocument, pause: !admin });

  const node = workflowResult.data?.node;
  const saved = node && node.__typename === "Workflow" ? node : null;
  const error = workflowResult.error ?? choicesResult.error;
  if (error) {
    const retry = () => {
      refetchWorkflow({ requestPolicy: "network-only" });
      refetchChoices({ requestPolicy: "network-only" });
    };
    return <ErrorAlert error={error} title="Could not load the workflow" onRetry={retry} />;
  }
  if (
    !choicesResult.data ||
    (workflowId && !workflowResult.data) ||
    (admin && !usersResult.data && !usersResult.error)
  ) {
    return <Skeleton height={320} radius="md" aria-label="Loading the workflow" />;
  }
  if ((workflowId && !saved) || (!workflowId && !admin)) return <NotFoundPage />;

  const data = choicesResult.data;
  const forms = data.requestForms.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const users = usersResult.data?.users.edges?.flatMap((e) => (e?.node && !e.node.disabled ? [e.node] : [])) ?? [];
  // A viewer sees the assignee of a saved task even without the people list.
  const assignees = saved?.taskDefinitions?.flatMap((t) => (t.assignee ? [t.assignee] : [])) ?? [];
  const choices = {
    ironcladWorkflows: data.ironcladWorkflows,
    mappings: data.mappings,
    formNames: new Map(forms.map((f) => [f.id, f.name])),
  };
  const preselected = params.get("form");
  const initial = saved
    ? draftFromWorkflow(saved)
    : { ...emptyDraft, requestFormIDs: preselected && forms.some((f) => f.id === preselected) ? [preselected] : [] };
  const readOnly = !admin || (saved !== null && !saved.active);

  return (
    <>
      <PageHeader
        title={saved ? saved.name : "New workflow"}
        description={
          saved && !saved.active
            ? "Archived: requests already submitted finish on it; it cannot be changed."
            : "The tasks run in this order for every request of its forms."
        }
        actions={
          saved && (
            <>
              <Badge color={saved.active ? "teal" : "gray"} variant={saved.active ? "filled" : "light"} size="lg">
                {saved.active ? "Active" : "Archived"}
              </Badge>
              {admin && saved.active && (
                <Button variant="default" color="red" leftSection={<IconArchive size={18} />} onClick={archive.open}>
                  Archive
                </Button>
              )}
            </>
          )
        }
      />
      <WorkflowBuilder
        key={saved?.id ?? "new"}
        saved={saved}
        initial={initial}
        forms={forms}
        users={mergeUsers(users, assignees)}
        choices={choices}
        readOnly={readOnly}
      />
      {saved && (
        <ArchiveWorkflowModal
          workflow={saved}
          opened={archiving}
          onClose={archive.close}
          onArchived={() => void navigate("/workflows")}
        />
      )}
    </>
  );
}

function mergeUsers<T extends { id: string }>(list: readonly T[], extra: readonly T[]): T[] {
  const seen = new Set(list.map((u) => u.id));
  return [...list, ...extra.filter((u) => !seen.has(u.id) && seen.add(u.id))];
}
