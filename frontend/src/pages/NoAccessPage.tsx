import { Button } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { Link } from "react-router";
import { roleLabels } from "../access/roles";
import { EmptyState } from "../components/EmptyState";
import { useViewer } from "../session/context";

export function NoAccessPage() {
  const viewer = useViewer();
  return (
    <EmptyState
      icon={<IconLock size={28} />}
      title="You don't have access to this page"
      action={
        <Button component={Link} to="/requests" variant="light">
          Go to Requests
        </Button>
      }
    >
      You are signed in as {viewer.email} ({roleLabels[viewer.role]}). If you need this page, ask a Tradewind admin to
      change your role.
    </EmptyState>
  );
}
