import { Badge } from "@mantine/core";
import type { StatusLook } from "./status";

/** A status in words and colour; the words carry the meaning, the colour only helps. */
export function StatusBadge({ look, testId }: { look: StatusLook; testId?: string }) {
  return (
    <Badge color={look.color} variant="light" data-testid={testId} style={{ minWidth: "max-content" }}>
      {look.label}
    </Badge>
  );
}
