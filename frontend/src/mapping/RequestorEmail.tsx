import { Alert } from "@mantine/core";
import { IconMailCheck, IconMailExclamation } from "@tabler/icons-react";
import type { Check } from "./types";

/** Whether Ironclad's reviewers will see who asked: Integration Requestor Email mapped, missing or left alone. */
export function RequestorEmail({ check }: { check: Check }) {
  const r = check.requestorEmail;
  if (r.state === "MAPPED") {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconMailCheck size={18} />}
        title="Integration Requestor Email: automatic"
        data-testid="requestor-email"
      >
        {r.message ||
          "The requester's email goes into Integration Requestor Email, so reviewers in Ironclad see who asked."}
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconMailExclamation size={18} />}
      title={
        r.state === "MISSING"
          ? "Add Integration Requestor Email in Ironclad"
          : "Integration Requestor Email is not mapped"
      }
      data-testid="requestor-email"
    >
      {r.message}
    </Alert>
  );
}
