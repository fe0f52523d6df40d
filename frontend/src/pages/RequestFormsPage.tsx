import { IconForms } from "@tabler/icons-react";
import { EmptyState } from "../components/EmptyState";
import { PageHeader } from "../components/PageHeader";

export function RequestFormsPage() {
  return (
    <>
      <PageHeader title="Request Forms" description="The forms requesters fill in to start a request." />
      <EmptyState icon={<IconForms size={28} />} title="No request forms yet">
        A request form has pages of questions, some shown only when an earlier answer calls for them. Once Ironclad is
        connected, each form can be mapped to an Ironclad workflow so nobody answers the same question twice. Building
        forms is not available in this version yet.
      </EmptyState>
    </>
  );
}
