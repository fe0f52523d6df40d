import { useEffect, useMemo, useState } from "react";
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconInfoCircle } from "@tabler/icons-react";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { applyServerErrors } from "../forms/serverErrors";
import type { FieldConditionOperator, IroncladFieldItemFragment, IroncladFieldKind } from "../gql/graphql";
import { UpdateFieldDocument } from "./documents";
import {
  cleanOptions,
  conditionInput,
  kindHints,
  kindLabels,
  kindsWithOptions,
  operatorLabels,
  reasonLabels,
  requiredLabels,
  validateFieldDraft,
  type ConditionTarget,
} from "./fieldRules";

interface Props {
  field: IroncladFieldItemFragment | null;
  /** Every field of the workflow: the questions a condition may depend on. */
  fields: readonly IroncladFieldItemFragment[];
  onClose: () => void;
}

interface Values extends Record<string, unknown> {
  kind: IroncladFieldKind;
  answerOptions: string[];
  conditional: boolean;
  fieldKey: string;
  operator: FieldConditionOperator;
  values: string[];
  reviewNote: string;
}

const kinds = Object.keys(kindLabels) as IroncladFieldKind[];
const yesNo = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
];

function initial(f: IroncladFieldItemFragment | null): Values {
  return {
    kind: f?.kind ?? "TEXT",
    answerOptions: f?.answerOptions ?? [],
    conditional: !!f?.showWhen,
    fieldKey: f?.showWhen?.fieldKey ?? "",
    operator: f?.showWhen?.operator ?? "EQUALS",
    values: f?.showWhen?.values ?? [],
    reviewNote: f?.reviewNote ?? "",
  };
}

export function targetOptions(f: Pick<IroncladFieldItemFragment, "kind" | "answerOptions">): string[] | null {
  if (f.answerOptions && f.answerOptions.length > 0) return f.answerOptions;
  if (f.kind === "YES_NO") return yesNo.map((o) => o.value);
  return null;
}

/** Edit on a field: how it is asked, its choices, when it is shown; Mark reviewed. */
export function FieldEditModal({ field, fields, onClose }: Props) {
  const [{ fetching }, update] = useMutation(UpdateFieldDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState<"save" | "review" | null>(null);
  const form = useForm<Values>({ initialValues: initial(field) });

  useEffect(() => {
    if (field) {
      form.setValues(initial(field));
      form.resetDirty(initial(field));
      form.clearErrors();
      setFormError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [field?.id]);

  const targets: (ConditionTarget & { kind: IroncladFieldKind })[] = useMemo(
    () =>
      fields
        .filter((f) => !f.removed && f.key !== field?.key)
        .map((f) => ({ key: f.key, label: f.label, options: targetOptions(f), kind: f.kind })),
    [fields, field?.key],
  );

  if (!field) return <Modal opened={false} onClose={onClose} title="" />;

  const values = form.getValues();
  const target = targets.find((t) => t.key === values.fieldKey);
  const targetChoices = target?.options
    ? target.kind === "YES_NO" && !fields.find((f) => f.key === target.key)?.answerOptions?.length
      ? yesNo
      : target.options.map((o) => ({ value: o, label: o }))
    : null;

  const save = async (reviewed: boolean) => {
    setFormError(null);
    const v = form.getValues();
    const problems = validateFieldDraft(
      {
        kind: v.kind,
        answerOptions: kindsWithOptions.has(v.kind) ? v.answerOptions : [],
        condition: { enabled: v.conditional, fieldKey: v.fieldKey, operator: v.operator, values: v.values },
      },
      field.key,
      targets,
    );
    form.setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const condition = conditionInput({
      enabled: v.conditional,
      fieldKey: v.fieldKey,
      operator: v.operator,
      values: v.values,
    });
    setSaving(reviewed ? "review" : "save");
    const result = await update({
      id: field.id,
      input: {
        kind: v.kind,
        answerOptions: kindsWithOptions.has(v.kind) ? cleanOptions(v.answerOptions) : undefined,
        showWhen: condition ?? undefined,
        clearShowWhen: condition ? undefined : field.showWhen ? true : undefined,
        reviewNote: v.reviewNote,
        reviewed: reviewed ? true : undefined,
      },
    });
    setSaving(null);
    if (result.error) {
      setFormError(applyServerErrors(form, result.error));
      return;
    }
    notifications.show({
      color: "green",
      message: reviewed ? `“${field.label}” is reviewed.` : `“${field.label}” saved.`,
    });
    onClose();
  };

  const needsReview = field.reviewState === "NEEDS_REVIEW";

  return (
    <Modal opened={!!field} onClose={onClose} title={`Edit “${field.label}”`} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(needsReview);
        }}
        noValidate
      >
        <Stack>
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="xs" tt="uppercase" fw={600} c="dimmed" mb={4}>
              What Ironclad says
            </Text>
            <Group gap="xs">
              <Code>{field.key}</Code>
              <Badge variant="light" color="gray" tt="none">
                {field.type}
                {field.elementType && ` of ${field.elementType}`}
              </Badge>
              <Badge variant="light" color="gray" tt="none">
                Required: {requiredLabels[field.required]}
              </Badge>
            </Group>
            {field.options && field.options.length > 0 && (
              <Text size="sm" mt={4}>
                Choices: {field.options.join(", ")}
              </Text>
            )}
          </Paper>

          {field.reviewIssues.length > 0 && (
            <Stack gap="xs">
              {field.reviewIssues.map((issue) => (
                <Alert
                  key={issue.reason}
                  p="xs"
                  variant="light"
                  color={issue.reason === "SHARED_PROPERTY" ? "grape" : needsReview ? "orange" : "gray"}
                  icon={
                    issue.reason === "SHARED_PROPERTY" ? <IconInfoCircle size={18} /> : <IconAlertTriangle size={18} />
                  }
                  title={reasonLabels[issue.reason]}
                >
                  <Text size="sm">{issue.message}</Text>
                </Alert>
              ))}
            </Stack>
          )}

          <Select
            label="Ask as"
            description={kindHints[values.kind] ?? "How requesters answer it in Tradewind."}
            data={kinds.map((k) => ({ value: k, label: kindLabels[k] }))}
            allowDeselect={false}
            searchable
            // The dialog focuses it on open; a list opened then would take the
            // first Escape (the dialog stays) and hide the form under it.
            openOnFocus={false}
            data-autofocus
            {...form.getInputProps("kind")}
          />
          {kindsWithOptions.has(values.kind) && (
            <TagsInput
              label="Choices"
              description="Type a choice and press Enter. Requesters pick from these."
              placeholder={values.answerOptions.length === 0 ? "Add a choice" : undefined}
              clearable
              {...form.getInputProps("answerOptions")}
            />
          )}

          <Switch
            label="Show only when another answer calls for it"
            description="Ironclad's API does not say which answer shows a conditional question; set it here."
            {...form.getInputProps("conditional", { type: "checkbox" })}
          />
          {values.conditional && (
            <Paper withBorder p="sm">
              <Stack gap="sm">
                <Group grow align="flex-start">
                  <Select
                    label="Show when"
                    placeholder="Choose a question"
                    data={targets.map((t) => ({ value: t.key, label: t.label }))}
                    searchable
                    {...form.getInputProps("fieldKey")}
                    onChange={(v) => {
                      form.setFieldValue("fieldKey", v ?? "");
                      form.setFieldValue("values", []);
                    }}
                  />
                  <Select
                    label="Condition"
                    data={(Object.keys(operatorLabels) as FieldConditionOperator[]).map((o) => ({
                      value: o,
                      label: operatorLabels[o],
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps("operator")}
                    onChange={(v) => {
                      const op = (v ?? "EQUALS") as FieldConditionOperator;
                      form.setFieldValue("operator", op);
                      if (op === "EQUALS") form.setFieldValue("values", form.getValues().values.slice(0, 1));
                    }}
                  />
                </Group>
                {values.operator === "EQUALS" &&
                  (targetChoices ? (
                    <Select
                      label="Answer"
                      placeholder="Choose the answer"
                      data={targetChoices}
                      error={form.errors["values"]}
                      value={values.values[0] ?? null}
                      onChange={(v) => form.setFieldValue("values", v ? [v] : [])}
                    />
                  ) : (
                    <TextInput
                      label="Answer"
                      error={form.errors["values"]}
                      value={values.values[0] ?? ""}
                      onChange={(e) => form.setFieldValue("values", [e.currentTarget.value])}
                    />
                  ))}
                {values.operator === "ONE_OF" &&
                  (targetChoices ? (
                    <MultiSelect
                      label="Answers"
                      placeholder="Choose one or more"
                      data={targetChoices}
                      error={form.errors["values"]}
                      value={values.values}
                      onChange={(v) => form.setFieldValue("values", v)}
                    />
                  ) : (
                    <TagsInput
                      label="Answers"
                      description="Type an answer and press Enter."
                      error={form.errors["values"]}
                      value={values.values}
                      onChange={(v) => form.setFieldValue("values", v)}
                    />
                  ))}
              </Stack>
            </Paper>
          )}

          <Textarea
            label="Note for other admins"
            autosize
            minRows={1}
            maxRows={4}
            {...form.getInputProps("reviewNote")}
          />

          <ModalFooter error={formError} onCancel={onClose}>
            <Button
              variant={needsReview ? "default" : "filled"}
              loading={fetching && saving === "save"}
              onClick={() => void save(false)}
            >
              Save
            </Button>
            {needsReview && (
              <Button type="submit" loading={fetching && saving === "review"}>
                Mark reviewed
              </Button>
            )}
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}
