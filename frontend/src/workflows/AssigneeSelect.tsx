import { Select } from "@mantine/core";
import type { TaskDefinitionAssigneeRole } from "../gql/graphql";
import { assigneeValue, parseAssignee } from "./model";

export interface AssigneeUser {
  id: string;
  name: string;
  email: string;
}

const roleOptions: { value: TaskDefinitionAssigneeRole; label: string }[] = [
  { value: "ADMIN", label: "Any admin" },
  { value: "REQUESTER", label: "Any requester" },
  { value: "VIEWER", label: "Any viewer" },
];

interface AssigneeSelectProps {
  assigneeID: string | null;
  assigneeRole: TaskDefinitionAssigneeRole | null;
  users: readonly AssigneeUser[];
  error?: string;
  onChange: (change: { assigneeID: string | null; assigneeRole: TaskDefinitionAssigneeRole | null }) => void;
}

/** Who does a manual task or decides an approval: one person, or anyone with a role (admins always may). */
export function AssigneeSelect({ assigneeID, assigneeRole, users, error, onChange }: AssigneeSelectProps) {
  const value = assigneeValue({ assigneeID, assigneeRole });
  const data = [
    { group: "Everyone with a role", items: roleOptions.map((r) => ({ value: `role:${r.value}`, label: r.label })) },
    { group: "One person", items: users.map((u) => ({ value: `user:${u.id}`, label: `${u.name} (${u.email})` })) },
  ];
  return (
    <Select
      label="Assignee"
      description="Admins can always complete it too."
      placeholder="Choose a person or a role"
      searchable
      required
      data={data}
      value={value}
      error={error}
      onChange={(v) => onChange(parseAssignee(v))}
    />
  );
}
