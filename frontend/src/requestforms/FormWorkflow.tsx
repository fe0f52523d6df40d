import { Anchor, Badge, Stack, Text } from "@mantine/core";
import { Link } from "react-router";

interface FormWorkflowProps {
  form: { id: string; archived: boolean; workflow?: { id: string; name: string; active: boolean } | null };
  admin: boolean;
}

/** The workflow requests of a form run; without one the form cannot be submitted, and the list says so. */
export function FormWorkflow({ form, admin }: FormWorkflowProps) {
  // An archived workflow lets go of its forms; the active check is belt and braces.
  const workflow = form.workflow?.active ? form.workflow : null;
  if (workflow) {
    return (
      <Badge
        variant="light"
        color="indigo"
        component={Link}
        to={`/workflows/${workflow.id}`}
        style={{ cursor: "pointer", textTransform: "none" }}
      >
        {workflow.name}
      </Badge>
    );
  }
  if (form.archived) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Stack gap={0} data-testid="form-without-workflow">
      <Text size="sm" c="red">
        No workflow: cannot be submitted yet
      </Text>
      {admin && (
        <Anchor size="sm" component={Link} to={`/workflows/new?form=${encodeURIComponent(form.id)}`}>
          Create a workflow
        </Anchor>
      )}
    </Stack>
  );
}
