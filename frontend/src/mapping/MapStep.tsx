import { useMemo, useState } from "react";
import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowRight, IconInfoCircle } from "@tabler/icons-react";
import { useMutation } from "urql";
import { errorMessage } from "../graphql/errors";
import type { MappingInput } from "../gql/graphql";
import { byPosition } from "../requestforms/model";
import { AddQuestionFromFieldDocument } from "./documents";
import { applyChoice, type Draft, pairFromServer, setFixedValue, setOptionPair } from "./draft";
import { checkStatus, fieldProgress, formQuestions } from "./editor";
import { FieldRow } from "./FieldRow";
import { RequestorEmail } from "./RequestorEmail";
import type { Check, Editor, Rule } from "./types";

interface MapStepProps {
  editor: Editor;
  rules: readonly Rule[];
  admin: boolean;
  draft: Draft;
  input: MappingInput;
  check: Check;
  checking: boolean;
  checkError: string | null;
  onEdit: (change: (d: Draft) => Draft) => void;
  onNext: () => void;
  reload: () => void;
}

/** Step 1: one row per Ironclad field, each paired with a question, a fixed value, the requester's email or nothing. */
export function MapStep(props: MapStepProps) {
  const { editor, rules, admin, draft, input, check, checking, onEdit, onNext, reload } = props;
  const [addingField, setAddingField] = useState<string | null>(null);
  const [, addQuestionFromField] = useMutation(AddQuestionFromFieldDocument);
  const fields = editor.fields;
  const pages = useMemo(() => byPosition(editor.requestForm.pages), [editor.requestForm.pages]);
  const questions = useMemo(() => formQuestions(pages), [pages]);
  const checkByField = new Map(check.fields.map((f) => [f.field.key, f]));

  const addToForm = async (fieldKey: string, pageID: string) => {
    setAddingField(fieldKey);
    const result = await addQuestionFromField(
      { input: { ironcladWorkflowID: input.ironcladWorkflowID, fieldKey, pageID, draft: input.fields } },
      { additionalTypenames: ["FormQuestion", "RequestForm"] },
    );
    setAddingField(null);
    if (result.error || !result.data) {
      if (result.error)
        notifications.show({ color: "red", title: "Could not add the question", message: errorMessage(result.error) });
      return;
    }
    const { question, pair, warnings } = result.data.addQuestionFromField;
    notifications.show({
      color: "teal",
      title: `Added to ${question.page.title}`,
      message: [`“${question.label}” is on the form and mapped.`, ...warnings].join(" "),
    });
    reload();
    onEdit((d) => ({ ...d, [pair.fieldKey]: pairFromServer(pair) }));
  };

  return (
    <Stack>
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
        You only need to map the important ones — skip anything that doesn't apply. Fields you leave alone are skipped;
        required Ironclad fields need a question or a fixed value.
      </Alert>
      <RequestorEmail check={check} />
      <MappingProgress {...props} />
      {fields.map((row) => (
        <FieldRow
          key={row.field.key}
          row={row}
          pair={draft[row.field.key]}
          check={checkByField.get(row.field.key)}
          questions={questions}
          pages={pages}
          rules={rules}
          duplicates={check.duplicates.filter((d) => d.field.key === row.field.key)}
          admin={admin}
          adding={addingField === row.field.key}
          onChoose={(choice) => onEdit((d) => applyChoice(d, row.field.key, choice, row.kind))}
          onFixedValue={(value) => onEdit((d) => setFixedValue(d, row.field.key, value))}
          onOptionPair={(option, value) => onEdit((d) => setOptionPair(d, row.field.key, option, value))}
          onAddToForm={(pageID) => void addToForm(row.field.key, pageID)}
          onMapTogether={(flag) => onEdit((d) => ({ ...d, [flag.field.key]: pairFromServer(flag.resolution) }))}
        />
      ))}
      <Group justify="flex-end" py="sm">
        <Button rightSection={<IconArrowRight size={18} />} onClick={onNext} loading={checking}>
          Next
        </Button>
      </Group>
    </Stack>
  );
}

/** How many fields are mapped, what still needs a source, and the server's verdict on the draft. */
function MappingProgress({ editor, draft, check, checking, checkError, onNext }: MapStepProps) {
  const stats = fieldProgress(editor.fields, draft);
  const { errorCount, text } = checkStatus(check, checking);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={600}>
          {stats.filled} of {stats.total} Ironclad fields mapped
          {stats.requiredOpen > 0 && (
            <Text span c="red" fw={600}>
              {" "}
              · {stats.requiredOpen} required {stats.requiredOpen === 1 ? "field needs" : "fields need"} a source
            </Text>
          )}
          {check.duplicates.length > 0 && (
            <Text span c="yellow" fw={600}>
              {" "}
              · {check.duplicates.length} possible {check.duplicates.length === 1 ? "duplicate" : "duplicates"}
            </Text>
          )}
        </Text>
        <Group gap="sm">
          <Group gap={6} aria-live="polite">
            {checking && <Loader size="xs" />}
            <Text size="sm" c={errorCount > 0 ? "red" : "teal"}>
              {text}
            </Text>
          </Group>
          <Button size="xs" variant="light" rightSection={<IconArrowRight size={14} />} onClick={onNext}>
            Next
          </Button>
        </Group>
      </Group>
      <Progress
        value={stats.total ? (stats.filled / stats.total) * 100 : 0}
        color={errorCount > 0 ? "orange" : "teal"}
        aria-label="Fields mapped"
      />
      {checkError && (
        <Text size="sm" c="red" mt={6} role="alert">
          {checkError}
        </Text>
      )}
    </Paper>
  );
}
