import { useEffect, useState } from "react";
import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { formErrors } from "../graphql/errors";
import type {
  FormQuestionFieldsFragment,
  FormQuestionType,
  QuestionConditionInput,
  QuestionConditionOperator,
} from "../gql/graphql";
import { AddFormQuestionDocument, UpdateFormQuestionDocument } from "./documents";
import { questionFieldOf } from "./fieldErrors";
import {
  conditionChoices,
  earlierQuestions,
  hasOptions,
  operatorLabels,
  questionTypeLabels,
  questionTypes,
} from "./model";

type Question = FormQuestionFieldsFragment;

export interface BuilderPage {
  id: string;
  title: string;
  questions: Question[];
}

interface QuestionModalProps {
  opened: boolean;
  onClose: () => void;
  pages: BuilderPage[];
  /** Add a question to this page (at the end)… */
  pageID: string | null;
  /** …or edit this one. */
  question: Question | null;
}

interface Values {
  label: string;
  helpText: string;
  type: FormQuestionType;
  required: boolean;
  options: string;
  conditional: boolean;
  conditionQuestionId: string;
  operator: QuestionConditionOperator;
  values: string[];
  valueText: string;
}

const typeData = questionTypes.map((t) => ({ value: t, label: questionTypeLabels[t] }));
const operatorData = (Object.keys(operatorLabels) as QuestionConditionOperator[]).map((o) => ({
  value: o,
  label: operatorLabels[o],
}));

function initialValues(question: Question | null): Values {
  const c = question?.showWhen;
  return {
    label: question?.label ?? "",
    helpText: question?.helpText ?? "",
    type: question?.type ?? "SHORT_TEXT",
    required: question?.required ?? false,
    options: (question?.options ?? []).join("\n"),
    conditional: !!c,
    conditionQuestionId: c?.question?.id ?? "",
    operator: c?.operator ?? "EQUALS",
    values: c ? [...c.values] : [],
    valueText: c?.values.join(", ") ?? "",
  };
}

export function parseOptions(text: string): string[] {
  return text
    .split("\n")
    .map((o) => o.trim())
    .filter((o) => o !== "");
}

/** Add or edit a question: type, label, help text, required, options and "show only when…". */
export function QuestionModal({ opened, onClose, pages, pageID, question }: QuestionModalProps) {
  const [add, addQuestion] = useMutation(AddFormQuestionDocument);
  const [update, updateQuestion] = useMutation(UpdateFormQuestionDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: initialValues(question),
    validate: {
      label: (v) => (v.trim() ? null : "Write the question as the requester will read it."),
      options: (v, values) =>
        hasOptions(values.type) && parseOptions(v).length === 0 ? "Add at least one option, one per line." : null,
      conditionQuestionId: (v, values) => (values.conditional && !v ? "Choose the earlier question." : null),
      values: (_v, values) =>
        values.conditional && values.operator !== "NOT_EMPTY" && conditionValues(values).length === 0
          ? "Choose the answer that shows this question."
          : null,
    },
  });

  useEffect(() => {
    if (opened) {
      form.setValues(initialValues(question));
      form.resetDirty();
      form.clearErrors();
      setFormError(null);
    }
    // Reset only when the dialog opens (or opens for another question).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, question?.id]);

  const values = form.getValues();
  const candidates = earlierQuestions(pages, question?.id ?? null).filter((q) => q.id !== question?.id);
  const page = pages.find((p) => p.id === pageID);
  // A new question goes last on its page: it may depend on anything up to that page's end.
  const usable = question
    ? candidates
    : pages.slice(0, pages.findIndex((p) => p.id === pageID) + 1).flatMap((p) => p.questions);
  const dependsOn = usable.find((q) => q.id === values.conditionQuestionId);
  const choices = dependsOn ? conditionChoices(dependsOn) : null;

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    const condition: QuestionConditionInput | undefined = v.conditional
      ? { questionID: v.conditionQuestionId, operator: v.operator, values: conditionValues(v) }
      : undefined;
    const options = hasOptions(v.type) ? parseOptions(v.options) : undefined;
    const common = { label: v.label.trim(), helpText: v.helpText.trim(), type: v.type, required: v.required, options };
    const context = { additionalTypenames: ["FormQuestion", "RequestForm"] };
    const result = question
      ? await updateQuestion(
          { id: question.id, input: { ...common, ...(condition ? { condition } : { clearCondition: true }) } },
          context,
        )
      : await addQuestion({ pageID: pageID ?? "", input: { ...common, condition }, position: null }, context);
    if (result.error) {
      const { fields, form: message } = formErrors(result.error, questionFieldOf);
      form.setErrors({
        label: fields.label ?? fields.key,
        helpText: fields.helpText,
        type: fields.type,
        options: fields.options,
        values: fields.condition,
      });
      setFormError(message);
      return;
    }
    onClose();
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={question ? `Edit question` : `Add a question${page ? ` to “${page.title}”` : ""}`}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Question"
            placeholder="e.g. Will the vendor access customer data?"
            required
            data-autofocus
            {...form.getInputProps("label")}
          />
          <Textarea
            label="Help text"
            description="Shown under the question."
            autosize
            minRows={1}
            {...form.getInputProps("helpText")}
          />
          <Group grow align="flex-start">
            <Select
              label="Type"
              data={typeData}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps("type")}
            />
            <Checkbox
              label="Required"
              description="The requester must answer it (when shown)."
              mt={28}
              {...form.getInputProps("required", { type: "checkbox" })}
            />
          </Group>
          {hasOptions(values.type) && (
            <Textarea
              label="Options"
              description="One per line, in the order requesters see them."
              autosize
              minRows={3}
              required
              {...form.getInputProps("options")}
            />
          )}
          <Paper withBorder p="sm" radius="md">
            <Stack gap="sm">
              <Switch
                label="Show only when an earlier answer calls for it"
                {...form.getInputProps("conditional", { type: "checkbox" })}
              />
              {values.conditional &&
                (usable.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    There is no earlier question to depend on. Add that question first, higher up in the form.
                  </Text>
                ) : (
                  <Stack gap="xs">
                    <Select
                      label="When"
                      placeholder="Choose an earlier question"
                      data={usable.map((q) => ({ value: q.id, label: q.label }))}
                      searchable
                      comboboxProps={{ withinPortal: true }}
                      {...form.getInputProps("conditionQuestionId")}
                      onChange={(v) => {
                        form.setFieldValue("conditionQuestionId", v ?? "");
                        form.setFieldValue("values", []);
                      }}
                    />
                    <Group grow align="flex-start">
                      <Select
                        label="Answer"
                        data={operatorData}
                        allowDeselect={false}
                        comboboxProps={{ withinPortal: true }}
                        {...form.getInputProps("operator")}
                      />
                      {values.operator !== "NOT_EMPTY" &&
                        (choices ? (
                          values.operator === "EQUALS" ? (
                            <Select
                              label="Value"
                              data={choices}
                              comboboxProps={{ withinPortal: true }}
                              value={values.values[0] ?? null}
                              error={form.errors["values"]}
                              onChange={(v) => form.setFieldValue("values", v ? [v] : [])}
                            />
                          ) : (
                            <MultiSelect
                              label="Values"
                              data={choices}
                              comboboxProps={{ withinPortal: true }}
                              {...form.getInputProps("values")}
                            />
                          )
                        ) : (
                          <TextInput
                            label={values.operator === "EQUALS" ? "Value" : "Values"}
                            description={values.operator === "ONE_OF" ? "Separate with commas." : undefined}
                            {...form.getInputProps("valueText")}
                            error={form.errors["values"]}
                          />
                        ))}
                    </Group>
                  </Stack>
                ))}
            </Stack>
          </Paper>
          <ModalFooter error={formError} onCancel={onClose}>
            <Button type="submit" loading={add.fetching || update.fetching}>
              {question ? "Save question" : "Add question"}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}

function conditionValues(v: Values): string[] {
  if (v.operator === "NOT_EMPTY") return [];
  if (v.values.length > 0) return v.values;
  const text = v.valueText.trim();
  if (!text) return [];
  return v.operator === "ONE_OF"
    ? text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [text];
}
