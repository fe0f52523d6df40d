import type { ReactNode } from "react";
import {
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { FormQuestionFieldsFragment } from "../gql/graphql";
import { PersonInput } from "./PersonInput";

interface AnswerInputProps {
  question: Pick<FormQuestionFieldsFragment, "key" | "label" | "helpText" | "type" | "required" | "options">;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled: boolean;
  /** What is wrong with the answer, shown under the input (the client's check or the server's). */
  error?: string | undefined;
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

/**
 * One question's input, holding the answer in the format of docs/forms-and-mapping.md:
 * the requester's preview and New request both use it.
 */
export function AnswerInput({ question, value, onChange, disabled, error }: AnswerInputProps) {
  const common = {
    label: question.label,
    description: question.helpText || undefined,
    required: question.required,
    disabled,
    error,
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
        <QuestionGroup question={question} error={error}>
          <SimpleGrid cols={4}>{["years", "months", "weeks", "days"].map(part)}</SimpleGrid>
        </QuestionGroup>
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
        <QuestionGroup question={question} error={error}>
          {field("lines", "Street address")}
          <SimpleGrid cols={4}>
            {field("locality", "City")}
            {field("region", "State / region")}
            {field("postcode", "Postcode")}
            {field("country", "Country")}
          </SimpleGrid>
        </QuestionGroup>
      );
    }
    case "PERSON":
      return <PersonInput {...common} value={value} onChange={onChange} />;
    case "FILE":
      // Tradewind stores links, not uploads: one link per line (answers.ts turns them into files).
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          placeholder="https://files.example.com/quote.pdf"
          description={question.helpText || "Links to the files, one per line."}
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}

/** A question answered in several inputs: a fieldset, so its label names the group for assistive technology. */
function QuestionGroup({
  question,
  error,
  children,
}: Pick<AnswerInputProps, "question" | "error"> & { children: ReactNode }) {
  return (
    <Fieldset variant="unstyled" legend={<QuestionLegend question={question} />}>
      <Stack gap={4}>
        {question.helpText && (
          <Text size="xs" c="dimmed">
            {question.helpText}
          </Text>
        )}
        {children}
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

function QuestionLegend({ question }: Pick<AnswerInputProps, "question">) {
  return (
    <Text size="sm" fw={500} span>
      {question.label}
      {question.required && (
        <Text span c="red" aria-hidden>
          {" "}
          *
        </Text>
      )}
    </Text>
  );
}
