import { IconLayoutDashboard } from "@tabler/icons-react";
import { EmptyState } from "../components/EmptyState";
import { PageHeader } from "../components/PageHeader";

export function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Live task status across open requests." />
      <EmptyState icon={<IconLayoutDashboard size={28} />} title="Nothing to show yet">
        Once requests run workflows with Ironclad tasks, this page shows each task's status — launched, waiting for
        approvals, out for signature, done — and changes within a second of Ironclad telling us, with no refresh.
      </EmptyState>
    </>
  );
}
