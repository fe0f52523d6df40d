import { Anchor, MultiSelect, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { IssueList } from "./IssueList";
import { formOptions, type FormChoice, type ReadinessIssue } from "./model";

interface RequestFormsPickerProps {
  forms: readonly FormChoice[];
  workflowID: string | null;
  value: string[];
  error?: string;
  issuesByForm: Record<string, ReadinessIssue[]>;
  onChange: (ids: string[]) => void;
}

/** The request forms the workflow runs for; a form another active workflow runs for is shown but cannot be chosen. */
export function RequestFormsPicker({
  forms,
  workflowID,
  value,
  error,
  issuesByForm,
  onChange,
}: RequestFormsPickerProps) {
  const options = formOptions(forms, workflowID, value);
  const taken = options.filter((o) => o.takenBy !== null && o.disabled).length;
  const names = new Map(forms.map((f) => [f.id, f.name]));
  return (
    <Stack gap="xs">
      <MultiSelect
        label="Request forms it runs for"
        description={
          "Every request of these forms runs this workflow. A form has at most one active workflow" +
          (taken > 0
            ? `: ${taken === 1 ? "one form is" : `${taken} forms are`} taken by another workflow (shown with its name).`
            : ".")
        }
        placeholder={value.length === 0 ? "Choose request forms" : undefined}
        searchable
        clearable
        nothingFoundMessage="No request form by that name"
        data={options.map(({ value: v, label, disabled }) => ({ value: v, label, disabled }))}
        value={value}
        error={error}
        onChange={onChange}
      />
      {forms.length === 0 && (
        <Text size="sm">
          There are no request forms yet.{" "}
          <Anchor component={Link} to="/request-forms">
            Create one in Request Forms
          </Anchor>
          .
        </Text>
      )}
      {value.map((id) =>
        issuesByForm[id] ? (
          <Stack key={id} gap={4}>
            <Text size="sm" fw={600}>
              {names.get(id)}
            </Text>
            <IssueList issues={issuesByForm[id]} />
          </Stack>
        ) : null,
      )}
    </Stack>
  );
}
