import { Button } from "@mantine/core";
import { IconMapQuestion } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../components/EmptyState";

export function NotFoundPage() {
  return (
    <EmptyState
      icon={<IconMapQuestion size={28} />}
      title="Page not found"
      action={
        <Button component={Link} to="/requests" variant="light">
          Go to Requests
        </Button>
      }
    >
      There is no page at this address. It may have moved, or the link may be mistyped.
    </EmptyState>
  );
}
