import { Badge } from "@mantine/core";
import { roleLabels, type Role } from "../access/roles";

const colors: Record<Role, string> = {
  ADMIN: "grape",
  REQUESTER: "blue",
  VIEWER: "gray",
};

export function RoleBadge({ role, size = "sm" }: { role: Role; size?: "xs" | "sm" | "md" }) {
  return (
    <Badge color={colors[role]} variant="light" size={size}>
      {roleLabels[role]}
    </Badge>
  );
}
