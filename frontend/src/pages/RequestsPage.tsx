import { IconInbox } from "@tabler/icons-react";
import { canManage } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { PageHeader } from "../components/PageHeader";
import { useViewer } from "../session/context";

export function RequestsPage() {
  const viewer = useViewer();
  const admin = canManage(viewer.role);
  return (
    <>
      <PageHeader
        title="Requests"
        description={
          viewer.role === "REQUESTER"
            ? "The requests you submit, with their progress."
            : "Every submitted request form, with its workflow and tasks."
        }
      />
      <EmptyState icon={<IconInbox size={28} />} title="No requests yet">
        {admin
          ? "When someone submits a request form, the request appears here with its answers, its workflow's tasks and the status of its linked Ironclad workflow, updated live."
          : "Submitted requests appear here with their tasks and approvals, updated live. Submitting opens once an admin publishes a request form."}
      </EmptyState>
    </>
  );
}
