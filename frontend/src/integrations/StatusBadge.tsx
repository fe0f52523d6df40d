import { Badge } from "@mantine/core";
import type { ConnectionStatus } from "../gql/graphql";
import { connectionStatusLook } from "./connectionStatus";

export function ConnectionStatusBadge({
  status,
  size = "md",
}: {
  status: ConnectionStatus;
  size?: "sm" | "md" | "lg";
}) {
  const look = connectionStatusLook[status];
  return (
    <Badge
      color={look.color}
      variant="light"
      size={size}
      data-testid="connection-status"
      style={{ minWidth: "max-content" }}
    >
      {look.label}
    </Badge>
  );
}
