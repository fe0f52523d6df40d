import { useMemo, useState } from "react";
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconEye, IconGitBranch } from "@tabler/icons-react";
import { useQuery } from "urql";
import { ErrorAlert } from "../components/ErrorAlert";
import type { FormQuestionFieldsFragment } from "../gql/graphql";
import { RequestFormPreviewDocument } from "./documents";
import { visibleKeys } from "./model";

type Answers = Record<string, unknown>;

/**
 * The form as a requester sees it. Answers stay in the browser; conditional
 * questions appear and disappear as they are answered.
 */
export function FormPreview({ formId }: { formId: string }) {
  // Deletions answer with an id only: name the types so the preview refetches after them too.
  const context = useMemo(() => ({ additionalTypenames: ["FormQuestion", "FormPage"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RequestFormPreviewDocument,
    variables: { id: formId },
    context,
    requestPolicy: "cache-and-network",
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [showHidden, setShowHidden] = useState(false);

  const preview = data?.requestFormPreview;
  const all = useMemo(() => preview?.pages.flatMap((p) => p.questions.map((q) => q.question)) ?? [], [preview]);
  const visible = useMemo(() => visibleKeys(all, answers), [all, answers]);
  const hiddenCount = all.length - visible.size;

  if (error) return <ErrorAlert error={error} title="Could not load the preview" onRetry={() => refetch()} />;
  if (!preview) return fetching ? <Skeleton height={240} radius="md" /> : null;

  const set = (key: string, value: unknown) => setAnswers((a) => ({ ...a, [key]: value }));

  return (
    <Stack data-testid="form-preview">
      <Alert color="blue" variant="light" icon={<IconEye size={18} />}>
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            This is what requesters see (version {preview.version}). Try answering: nothing is saved.
            {hiddenCount > 0 &&
              ` ${hiddenCount} conditional ${hiddenCount === 1 ? "question is" : "questions are"} hidden by the answers so far.`}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Switch
              size="sm"
              label="Show hidden questions"
              checked={showHidden}
              onChange={(e) => setShowHidden(e.currentTarget.checked)}
            />
            <Button size="xs" variant="default" onClick={() => setAnswers({})}>
              Clear answers
            </Button>
          </Group>
        </Group>
      </Alert>
      <Stack gap={4}>
        <Title order={3}>{preview.form.name}</Title>
        {preview.form.description && <Text c="dimmed">{preview.form.description}</Text>}
      </Stack>
      {preview.pages.map((p, index) => (
        <Paper key={p.page.id} withBorder radius="md" p="lg" component="section" aria-label={p.page.title}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Page {index + 1} of {preview.pages.length}
          </Text>
          <Title order={4} mb="md">
            {p.page.title}
          </Title>
          <Stack gap="lg">
            {p.questions.length === 0 && (
              <Text size="sm" c="dimmed">
                No questions on this page.
              </Text>
            )}
            {p.questions.map(({ question, conditionText, inputHint }) => {
              const shown = visible.has(question.key);
              if (!shown && !showHidden) return null;
              return (
                <div
                  key={question.id}
                  data-testid={`preview-question-${question.key}`}
                  style={shown ? undefined : { opacity: 0.45 }}
                >
                  {conditionText && (
                    <Badge
                      variant="light"
                      color={shown ? "violet" : "gray"}
                      size="sm"
                      mb={6}
                      leftSection={<IconGitBranch size={12} />}
                      style={{ textTransform: "none" }}
                    >
                      {shown ? conditionText : `Hidden: ${conditionText}`}
                    </Badge>
                  )}
                  <AnswerInput
                    question={question}
                    hint={inputHint}
                    value={answers[question.key]}
                    onChange={(v) => set(question.key, v)}
                    disabled={!shown}
                  />
                </div>
              );
            })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

interface AnswerInputProps {
  question: FormQuestionFieldsFragment;
  hint: string;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled: boolean;
}

const currencies = ["USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF"];

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function num(value: unknown): number | string {
  return typeof value === "number" ? value : "";
}

/** One question's input, holding the answer in the format of docs/forms-and-mapping.md. */
function AnswerInput({ question, hint, value, onChange, disabled }: AnswerInputProps) {
  const common = {
    label: question.label,
    description: question.helpText || undefined,
    required: question.required,
    disabled,
  };
  const options = question.options ?? [];
  switch (question.type) {
    case "SHORT_TEXT":
      return <TextInput {...common} value={str(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
    case "EMAIL":
      return (
        <TextInput
          {...common}
          type="email"
          placeholder="name@company.com"
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "LONG_TEXT":
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "NUMBER":
      return (
        <NumberInput {...common} value={num(value)} onChange={(v) => onChange(typeof v === "number" ? v : null)} />
      );
    case "DATE":
      return <TextInput {...common} type="date" value={str(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
    case "YES_NO":
      return (
        <Radio.Group
          {...common}
          value={value === true ? "Yes" : value === false ? "No" : null}
          onChange={(v) => onChange(v === "Yes")}
        >
          <Group mt={6}>
            <Radio value="Yes" label="Yes" disabled={disabled} />
            <Radio value="No" label="No" disabled={disabled} />
          </Group>
        </Radio.Group>
      );
    case "SINGLE_SELECT":
      return options.length > 5 ? (
        <Select {...common} data={options} value={str(value) || null} onChange={(v) => onChange(v ?? "")} clearable />
      ) : (
        <Radio.Group {...common} value={str(value) || null} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {options.map((o) => (
              <Radio key={o} value={o} label={o} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case "MULTI_SELECT":
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? (value as string[]) : []} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {options.map((o) => (
              <Checkbox key={o} value={o} label={o} disabled={disabled} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case "MONEY": {
      const money = record(value);
      return (
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <NumberInput
            {...common}
            style={{ flex: 1 }}
            thousandSeparator=","
            decimalScale={2}
            value={num(money["amount"])}
            onChange={(v) => onChange({ currency: "USD", ...money, amount: typeof v === "number" ? v : null })}
          />
          <Select
            aria-label={`${question.label}: currency`}
            w={100}
            data={currencies}
            allowDeselect={false}
            disabled={disabled}
            value={str(money["currency"]) || "USD"}
            onChange={(v) => onChange({ ...money, currency: v ?? "USD" })}
          />
        </Group>
      );
    }
    case "DURATION": {
      const d = record(value);
      const part = (unit: string) => (
        <NumberInput
          key={unit}
          label={unit[0]!.toUpperCase() + unit.slice(1)}
          min={0}
          allowDecimal={false}
          disabled={disabled}
          value={num(d[unit])}
          onChange={(v) => onChange({ ...d, [unit]: typeof v === "number" ? v : 0 })}
        />
      );
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {question.label}
            {question.required && (
              <Text span c="red">
                {" "}
                *
              </Text>
            )}
          </Text>
          {question.helpText && (
            <Text size="xs" c="dimmed">
              {question.helpText}
            </Text>
          )}
          <SimpleGrid cols={4}>{["years", "months", "weeks", "days"].map(part)}</SimpleGrid>
        </Stack>
      );
    }
    case "ADDRESS": {
      const a = record(value);
      const field = (key: string, label: string) => (
        <TextInput
          key={key}
          label={label}
          disabled={disabled}
          value={key === "lines" ? (Array.isArray(a["lines"]) ? String(a["lines"][0] ?? "") : "") : str(a[key])}
          onChange={(e) => onChange({ ...a, [key]: key === "lines" ? [e.currentTarget.value] : e.currentTarget.value })}
        />
      );
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {question.label}
            {question.required && (
              <Text span c="red">
                {" "}
                *
              </Text>
            )}
          </Text>
          {question.helpText && (
            <Text size="xs" c="dimmed">
              {question.helpText}
            </Text>
          )}
          {field("lines", "Street address")}
          <SimpleGrid cols={4}>
            {field("locality", "City")}
            {field("region", "State / region")}
            {field("postcode", "Postcode")}
            {field("country", "Country")}
          </SimpleGrid>
        </Stack>
      );
    }
    case "PERSON":
      return (
        <TextInput
          {...common}
          placeholder="Search people in Tradewind"
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "FILE":
      return (
        <FileInput
          {...common}
          multiple
          placeholder="Attach files"
          description={question.helpText || hint}
          onChange={(files) => onChange(files.map((f) => ({ name: f.name })))}
        />
      );
  }
}
