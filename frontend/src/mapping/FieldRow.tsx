import { useState } from "react";
import { Badge, Button, Grid, Group, Menu, Paper, Select, Stack, Text, Tooltip } from "@mantine/core";
import {
  IconAlertTriangle,
  IconArrowsJoin,
  IconCheck,
  IconCircleCheck,
  IconCircleX,
  IconGitBranch,
  IconPlus,
} from "@tabler/icons-react";
import type { ComboboxItem, ComboboxItemGroup } from "@mantine/core";
import { questionTypeLabels } from "../requestforms/model";
import { type Choice, choiceOf, type Pair, takesFixedValue, takesRequesterEmail } from "./draft";
import { FixedValueInput, OptionMapTable } from "./FieldInputs";
import { kindLabels, requiredLabels } from "./labels";
import type { DuplicateFlag, EditorPage, FieldCheck, FieldRowData, FormQuestionRef, Issue, Rule } from "./types";

interface FieldRowProps {
  row: FieldRowData;
  pair: Pair | undefined;
  check: FieldCheck | undefined;
  questions: readonly FormQuestionRef[];
  pages: readonly EditorPage[];
  rules: readonly Rule[];
  duplicates: readonly DuplicateFlag[];
  admin: boolean;
  adding: boolean;
  onChoose: (choice: string) => void;
  onFixedValue: (value: unknown) => void;
  onOptionPair: (option: string, value: string | null) => void;
  onAddToForm: (pageID: string) => void;
  onMapTogether: (flag: DuplicateFlag) => void;
}

const issueOrder: Record<Issue["severity"], number> = { ERROR: 0, WARNING: 1 };

/** One Ironclad field: what it is, where its value comes from, and what is wrong with that. */
export function FieldRow(props: FieldRowProps) {
  const { row, pair, check, questions, pages, rules, duplicates, admin, adding } = props;
  const { field, kind } = row;
  const choice = choiceOf(pair);
  const question = pair?.source === "QUESTION" ? questions.find((q) => q.id === pair.questionID) : undefined;
  const issues = [...(check?.issues ?? [])].sort((a, b) => issueOrder[a.severity] - issueOrder[b.severity]);
  const errors = issues.filter((i) => i.severity === "ERROR");
  const empty = choice === "" || choice === "skip";
  const requiredOpen = empty && field.required === "ALWAYS" && !field.defaultValue;
  const ironcladOptions = field.options ?? [];

  const extra = new Map<string, string>();
  const suggested = row.suggestions.map((s) => {
    extra.set(`q:${s.question.id}`, `${Math.round(s.score * 100)}% · ${s.reason}`);
    return s.question.id;
  });
  const compatible = new Set(row.compatibleQuestions.map((q) => q.id));
  const item = (q: FormQuestionRef): ComboboxItem => ({ value: `q:${q.id}`, label: q.label });
  const groups: ComboboxItemGroup<ComboboxItem>[] = [];
  const suggestedItems = suggested.flatMap((id) => questions.filter((q) => q.id === id)).map(item);
  if (suggestedItems.length > 0) groups.push({ group: "Suggested (best first)", items: suggestedItems });
  const others = questions.filter((q) => compatible.has(q.id) && !suggested.includes(q.id));
  if (others.length > 0) groups.push({ group: "Other compatible questions", items: others.map(item) });
  const incompatible = questions.filter((q) => !compatible.has(q.id) && !suggested.includes(q.id));
  for (const q of incompatible) {
    const rule = rules.find((r) => r.questionType === q.type && r.fieldKind === kind);
    extra.set(`q:${q.id}`, `${questionTypeLabels[q.type]}: ${rule?.reason || "cannot be mapped to this field"}`);
  }
  if (incompatible.length > 0) groups.push({ group: "Incompatible (cannot be saved)", items: incompatible.map(item) });
  const instead: ComboboxItem[] = [];
  if (takesRequesterEmail(kind)) instead.push({ value: "requester", label: "The requester's email" });
  if (takesFixedValue(kind)) instead.push({ value: "fixed", label: "A fixed value" });
  instead.push({ value: "skip", label: "Skip this field" });
  groups.push({ group: "Instead of a question", items: instead });

  const selectedIncompatible =
    question !== undefined && !compatible.has(question.id) && !suggested.includes(question.id);
  const showOptionMap =
    question !== undefined &&
    (kind === "SELECT" || kind === "MULTI_SELECT") &&
    (question.type === "SINGLE_SELECT" || question.type === "MULTI_SELECT" || question.type === "YES_NO");
  const questionOptions = question?.type === "YES_NO" ? ["Yes", "No"] : (question?.options ?? []);
  const optionIssue = issues.find((i) => i.code === "OPTION_UNMAPPED" || i.code === "OPTION_NOT_IN_IRONCLAD");
  const fixedIssue = issues.find((i) => i.code === "INVALID_FIXED_VALUE" || i.code === "FIXED_VALUE_REQUIRED");
  const shownIssues = issues.filter((i) => i !== optionIssue && i !== fixedIssue && i.code !== "DUPLICATE_QUESTION");
  const conditionField = field.showWhen;
  const effectivePairs = check?.optionMap ?? [];
  // Only worth a table when some option needs pairing or pairs with a different label.
  const samePairs =
    !optionIssue &&
    questionOptions.every((o) =>
      effectivePairs.some((p) => p.option === o && p.value.toLowerCase() === o.toLowerCase()),
    );
  const [editOptions, setEditOptions] = useState(false);

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid={`field-${field.key}`}
      aria-label={`Ironclad field ${field.label}`}
      component="section"
      style={errors.length > 0 ? { borderColor: "var(--mantine-color-red-4)" } : undefined}
    >
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap={6}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <StatusIcon errors={errors.length} filled={!empty} />
              <Text fw={600}>{field.label}</Text>
            </Group>
            <Group gap={6}>
              <Badge variant="light" color="gray" size="sm" style={{ textTransform: "none" }}>
                {kindLabels[kind]}
              </Badge>
              <Badge
                variant="light"
                size="sm"
                color={field.required === "ALWAYS" ? "red" : field.required === "CONDITIONAL" ? "orange" : "gray"}
              >
                {requiredLabels[field.required]}
              </Badge>
              {field.reviewState === "NEEDS_REVIEW" ? (
                <Tooltip
                  multiline
                  w={320}
                  withArrow
                  label={field.reviewIssues.map((r) => r.message).join(" ") || "Review this field in Integrations."}
                >
                  <Badge variant="light" color="yellow" size="sm" tabIndex={0}>
                    Needs review
                  </Badge>
                </Tooltip>
              ) : (
                <Badge variant="light" color="teal" size="sm">
                  Reviewed
                </Badge>
              )}
              {field.removed && (
                <Badge variant="filled" color="red" size="sm">
                  Removed in Ironclad
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" ff="monospace">
              {field.key}
            </Text>
            {conditionField && (
              <Group gap={4} c="violet.7" wrap="nowrap">
                <IconGitBranch size={14} />
                <Text size="xs">
                  Ironclad shows it when {conditionField.fieldKey}{" "}
                  {conditionField.operator === "NOT_EMPTY"
                    ? "is answered"
                    : `${conditionField.operator === "EQUALS" ? "is" : "is one of"} ${conditionField.values.join(", ")}`}
                </Text>
              </Group>
            )}
            {ironcladOptions.length > 0 && (
              <Text size="xs" c="dimmed">
                Options: {ironcladOptions.join(" · ")}
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xs">
            <Select
              label="Comes from"
              aria-label={`Source for ${field.label}`}
              placeholder={row.addQuestionType ? "Not mapped: choose a question, or skip" : "Not mapped"}
              data={groups}
              value={choice || null}
              onChange={(v) => props.onChoose(v ?? "")}
              renderOption={({ option, checked }) => (
                <Stack gap={0}>
                  <Group gap={4} wrap="nowrap">
                    {checked && <IconCheck size={14} />}
                    <Text size="sm" fw={checked ? 600 : undefined}>
                      {option.label}
                    </Text>
                  </Group>
                  {extra.get(option.value) && (
                    <Text
                      size="xs"
                      c={
                        option.value.startsWith("q:") && incompatible.some((q) => `q:${q.id}` === option.value)
                          ? "red"
                          : "dimmed"
                      }
                    >
                      {extra.get(option.value)}
                    </Text>
                  )}
                </Stack>
              )}
              maxDropdownHeight={360}
              searchable
              clearable
              disabled={!admin}
              error={selectedIncompatible ? "These types are incompatible: this pair cannot be saved." : undefined}
              comboboxProps={{ withinPortal: true }}
              data-testid={`source-${field.key}`}
            />
            {question && (
              <Text size="xs" c="dimmed">
                {question.pageTitle} · {questionTypeLabels[question.type]}
                {check?.transform ? ` · ${check.transform}` : ""}
              </Text>
            )}
            {pair?.source === "REQUESTER_EMAIL" && (
              <Text size="xs" c="dimmed">
                Filled with the email of whoever submits the request.
              </Text>
            )}
            {pair?.source === "FIXED_VALUE" && (
              <FixedValueInput
                kind={kind}
                label={field.label}
                options={ironcladOptions}
                value={pair.fixedValue}
                error={fixedIssue?.message}
                disabled={!admin}
                onChange={props.onFixedValue}
              />
            )}
            {showOptionMap && question && !editOptions && samePairs && (
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  Options pair by label: {questionOptions.join(", ")}.
                </Text>
                {admin && (
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditOptions(true)}>
                    Change option values
                  </Button>
                )}
              </Group>
            )}
            {showOptionMap && question && (editOptions || !samePairs) && (
              <OptionMapTable
                questionLabel={question.label}
                questionOptions={questionOptions}
                ironcladOptions={ironcladOptions}
                pairs={check?.optionMap ?? []}
                error={optionIssue?.message}
                disabled={!admin}
                onChange={props.onOptionPair}
              />
            )}
            {duplicates.map((flag) => (
              <Paper key={flag.question.id} withBorder p="xs" radius="sm" bg="yellow.0" data-testid="duplicate-flag">
                <Stack gap={6} align="flex-start">
                  <Text size="sm">
                    <b>Possible duplicate:</b> the form's “{flag.question.label}” asks the same thing ({flag.reason}),
                    so the requester would answer it twice: in Tradewind and again in Ironclad.
                  </Text>
                  {admin && (
                    <Button
                      size="xs"
                      color="yellow"
                      leftSection={<IconArrowsJoin size={14} />}
                      onClick={() => props.onMapTogether(flag)}
                    >
                      Map these together
                    </Button>
                  )}
                </Stack>
              </Paper>
            ))}
            {shownIssues.map((issue, i) => (
              <Group key={`${issue.code}-${i}`} gap={6} wrap="nowrap" align="flex-start">
                {issue.severity === "ERROR" ? (
                  <IconCircleX size={16} color="var(--mantine-color-red-6)" style={{ flexShrink: 0, marginTop: 2 }} />
                ) : (
                  <IconAlertTriangle
                    size={16}
                    color="var(--mantine-color-yellow-7)"
                    style={{ flexShrink: 0, marginTop: 2 }}
                  />
                )}
                <Text
                  size="sm"
                  c={issue.severity === "ERROR" ? "red" : "yellow"}
                  role={issue.severity === "ERROR" ? "alert" : undefined}
                >
                  {issue.message}
                </Text>
              </Group>
            ))}
            {admin && empty && (
              <Group gap="xs">
                {row.addQuestionType && duplicates.length === 0 && (
                  <Menu position="bottom-start" withArrow>
                    <Menu.Target>
                      <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} loading={adding}>
                        Add to form
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Label>
                        Add “{field.label}” as a {questionTypeLabels[row.addQuestionType].toLowerCase()} question on
                      </Menu.Label>
                      {pages.map((p, i) => (
                        <Menu.Item key={p.id} onClick={() => props.onAddToForm(p.id)}>
                          Page {i + 1}: {p.title}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                )}
                {requiredOpen && takesFixedValue(kind) && (
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => props.onChoose("fixed" satisfies Choice)}
                  >
                    Set a fixed value
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

function StatusIcon({ errors, filled }: { errors: number; filled: boolean }) {
  if (errors > 0) return <IconCircleX size={20} color="var(--mantine-color-red-6)" aria-label="Has errors" />;
  if (filled) return <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" aria-label="Mapped" />;
  return <IconCircleCheck size={20} color="var(--mantine-color-gray-4)" aria-label="Not mapped" />;
}
