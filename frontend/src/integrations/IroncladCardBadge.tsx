import { Badge } from "@mantine/core";
import { useQuery } from "urql";
import { overallStatus } from "./connectionStatus";
import { IroncladCardStatusDocument } from "./documents";

const context = { additionalTypenames: ["Connection"] };

/** The Ironclad card's badge on the Integrations page: how the connections are doing. */
export function IroncladCardBadge() {
  const [{ data }] = useQuery({ query: IroncladCardStatusDocument, context });
  if (!data) return null;
  const look = overallStatus(data.connections.map((c) => c.status));
  return (
    <Badge color={look.color} variant="light">
      {look.label}
    </Badge>
  );
}
