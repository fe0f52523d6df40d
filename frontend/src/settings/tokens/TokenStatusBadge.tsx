import { Badge } from "@mantine/core";
import type { TokenStatus } from "./tokenRules";

const look: Record<TokenStatus, { color: string; label: string }> = {
  active: { color: "green", label: "Active" },
  revoked: { color: "red", label: "Revoked" },
  expired: { color: "orange", label: "Expired" },
};

export function TokenStatusBadge({ status }: { status: TokenStatus }) {
  return (
    <Badge color={look[status].color} variant="light">
      {look[status].label}
    </Badge>
  );
}
