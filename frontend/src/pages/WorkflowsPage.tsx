import { IconRoute } from "@tabler/icons-react";
import { EmptyState } from "../components/EmptyState";
import { PageHeader } from "../components/PageHeader";

export function WorkflowsPage() {
  return (
    <>
      <PageHeader title="Workflows" description="The tasks that run, in order, for each request." />
      <EmptyState icon={<IconRoute size={28} />} title="No workflows yet">
        A workflow is the ordered set of tasks that runs for every request: for example, launch an Ironclad workflow
        with the request's answers, then monitor its approvals and its signature packet. Building workflows is not
        available in this version yet.
      </EmptyState>
    </>
  );
}
