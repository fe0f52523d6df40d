import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowLeft, IconDeviceFloppy } from "@tabler/icons-react";
import { Link } from "react-router";
import { useMutation } from "urql";
import type { MappingInput } from "../gql/graphql";
import { SaveMappingDocument } from "./documents";
import { saveErrorMessage } from "./editor";
import { MappingSummary } from "./MappingSummary";
import type { Check, FieldRowData } from "./types";

interface SummaryStepProps {
  input: MappingInput;
  fields: readonly FieldRowData[];
  check: Check;
  admin: boolean;
  saveError: string | null;
  onBack: () => void;
  onSaveError: (message: string | null) => void;
  onSaved: (version: number, check: Check) => void;
}

/** Step 2: what will be saved; Save makes it the current version. */
export function SummaryStep({
  input,
  fields,
  check,
  admin,
  saveError,
  onBack,
  onSaveError,
  onSaved,
}: SummaryStepProps) {
  const [{ fetching: saving }, saveMapping] = useMutation(SaveMappingDocument);
  const save = async () => {
    onSaveError(null);
    const result = await saveMapping(
      { input },
      { additionalTypenames: ["Mapping", "RequestForm", "IroncladWorkflow"] },
    );
    if (result.error || !result.data) {
      if (result.error) onSaveError(saveErrorMessage(result.error, input.fields, fields));
      return;
    }
    const { mapping, check: saved } = result.data.saveMapping;
    onSaved(mapping.version, saved);
    notifications.show({
      color: "teal",
      title: "Mapping saved",
      message: `Version ${mapping.version} is now current.`,
    });
  };

  return (
    <Stack>
      <MappingSummary check={check} />
      {saveError && (
        <Alert color="red" variant="light" role="alert">
          {saveError}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={onBack}>
          Back to mapping
        </Button>
        {admin ? (
          <Button
            leftSection={<IconDeviceFloppy size={18} />}
            onClick={() => void save()}
            loading={saving}
            disabled={!check.ok}
          >
            Save
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            Only admins save mappings.
          </Text>
        )}
      </Group>
    </Stack>
  );
}

interface SavedStepProps {
  formId: string;
  formName: string;
  workflowName: string;
  savedVersion: number | null;
  check: Check;
  onKeepEditing: () => void;
  onVersions: () => void;
}

/** Step 3: saved; on to the requester's preview, back to editing, or the versions. */
export function SavedStep({ formId, formName, workflowName, savedVersion, check, ...on }: SavedStepProps) {
  return (
    <Stack>
      <Alert color="teal" variant="light" title={`Version ${savedVersion ?? ""} saved`} data-testid="mapping-saved">
        Requests made with {formName} now launch {workflowName} with these answers. Earlier versions stay readable under
        Versions.
      </Alert>
      <MappingSummary check={check} saved />
      <Group>
        <Button component={Link} to={`/request-forms/${formId}?tab=preview`}>
          Preview the form as a requester
        </Button>
        <Button variant="default" onClick={on.onKeepEditing}>
          Keep editing
        </Button>
        <Button variant="default" onClick={on.onVersions}>
          Versions
        </Button>
      </Group>
    </Stack>
  );
}
