import {
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { MappingFieldKind } from "../gql/graphql";

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // A value of another shape (say, from an imported file) reads as JSON, not "[object Object]".
  return value === null || value === undefined ? "" : JSON.stringify(value);
}

function num(value: unknown): number | string {
  return typeof value === "number" ? value : "";
}

interface FixedValueInputProps {
  kind: MappingFieldKind;
  label: string;
  options: readonly string[];
  value: unknown;
  error?: string | undefined;
  disabled: boolean;
  onChange: (value: unknown) => void;
}

/** A fixed value in the shape Ironclad takes for the field's kind (API.md §5.3). */
export function FixedValueInput({ kind, label, options, value, error, disabled, onChange }: FixedValueInputProps) {
  const name = `Fixed value for ${label}`;
  switch (kind) {
    case "SELECT":
      return (
        <Select
          aria-label={name}
          placeholder="Choose the value every request sends"
          data={[...options]}
          value={str(value) || null}
          onChange={(v) => onChange(v ?? "")}
          error={error}
          disabled={disabled}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case "MULTI_SELECT":
    case "TEXT_LIST":
      return kind === "MULTI_SELECT" ? (
        <MultiSelect
          aria-label={name}
          data={[...options]}
          value={Array.isArray(value) ? value.map(str) : []}
          onChange={onChange}
          error={error}
          disabled={disabled}
          comboboxProps={{ withinPortal: true }}
        />
      ) : (
        <TextInput
          aria-label={name}
          description="Separate values with commas."
          value={Array.isArray(value) ? value.map(str).join(", ") : ""}
          onChange={(e) =>
            onChange(
              e.currentTarget.value
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
          error={error}
          disabled={disabled}
        />
      );
    case "BOOLEAN":
      return (
        <div>
          <SegmentedControl
            aria-label={name}
            data={["Yes", "No"]}
            value={value === false ? "No" : "Yes"}
            onChange={(v) => onChange(v === "Yes")}
            disabled={disabled}
          />
          {error && (
            <Text size="xs" c="red" mt={4}>
              {error}
            </Text>
          )}
        </div>
      );
    case "NUMBER":
      return (
        <NumberInput
          aria-label={name}
          value={num(value)}
          onChange={(v) => onChange(typeof v === "number" ? v : 0)}
          error={error}
          disabled={disabled}
        />
      );
    case "DATE":
      return (
        <TextInput
          aria-label={name}
          type="date"
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          disabled={disabled}
        />
      );
    case "MONETARY_AMOUNT": {
      const m = record(value);
      return (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <NumberInput
            aria-label={`${name}: amount`}
            decimalScale={2}
            thousandSeparator=","
            value={num(m["amount"])}
            onChange={(v) => onChange({ ...m, amount: typeof v === "number" ? v : 0 })}
            error={error}
            disabled={disabled}
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={`${name}: currency`}
            w={90}
            maxLength={3}
            value={str(m["currency"])}
            onChange={(e) => onChange({ ...m, currency: e.currentTarget.value.toUpperCase() })}
            disabled={disabled}
          />
        </Group>
      );
    }
    case "DURATION": {
      const d = record(value);
      return (
        <div>
          <SimpleGrid cols={4} spacing="xs">
            {["years", "months", "weeks", "days"].map((unit) => (
              <NumberInput
                key={unit}
                aria-label={`${name}: ${unit}`}
                placeholder={unit}
                min={0}
                allowDecimal={false}
                value={num(d[unit])}
                onChange={(v) => onChange({ ...d, [unit]: typeof v === "number" ? v : 0 })}
                disabled={disabled}
                rightSection={
                  <Text size="xs" c="dimmed" pr={6}>
                    {unit[0]}
                  </Text>
                }
              />
            ))}
          </SimpleGrid>
          {error && (
            <Text size="xs" c="red" mt={4}>
              {error}
            </Text>
          )}
        </div>
      );
    }
    case "ADDRESS": {
      const a = record(value);
      const lines = Array.isArray(a["lines"]) ? a["lines"].map(str) : [""];
      const part = (key: string, placeholder: string) => (
        <TextInput
          aria-label={`${name}: ${placeholder}`}
          placeholder={placeholder}
          value={str(a[key])}
          onChange={(e) => onChange({ ...a, lines, [key]: e.currentTarget.value })}
          disabled={disabled}
        />
      );
      return (
        <div>
          <TextInput
            aria-label={`${name}: street`}
            placeholder="Street address"
            value={lines[0] ?? ""}
            onChange={(e) => onChange({ ...a, lines: [e.currentTarget.value] })}
            disabled={disabled}
            mb={4}
          />
          <SimpleGrid cols={4} spacing="xs">
            {part("locality", "City")}
            {part("region", "Region")}
            {part("postcode", "Postcode")}
            {part("country", "Country")}
          </SimpleGrid>
          {error && (
            <Text size="xs" c="red" mt={4}>
              {error}
            </Text>
          )}
        </div>
      );
    }
    default:
      return (
        <TextInput
          aria-label={name}
          placeholder={kind === "EMAIL" ? "name@company.com" : "The value every request sends"}
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          disabled={disabled}
        />
      );
  }
}

interface OptionMapTableProps {
  questionLabel: string;
  questionOptions: readonly string[];
  ironcladOptions: readonly string[];
  /** The effective pairs (explicit and same-label) from the check. */
  pairs: readonly { option: string; value: string }[];
  error?: string | undefined;
  disabled: boolean;
  onChange: (option: string, value: string | null) => void;
}

/** Each question option → the Ironclad option it becomes, where the labels differ. */
export function OptionMapTable(props: OptionMapTableProps) {
  const { questionLabel, questionOptions, ironcladOptions, pairs, error, disabled, onChange } = props;
  return (
    <div>
      <Table
        withTableBorder
        withColumnBorders
        fz="sm"
        verticalSpacing={4}
        aria-label={`Option values for ${questionLabel}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Requester answers</Table.Th>
            <Table.Th>Ironclad receives</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questionOptions.map((option) => {
            const value = pairs.find((p) => p.option === option)?.value ?? null;
            return (
              <Table.Tr key={option}>
                <Table.Td>{option}</Table.Td>
                <Table.Td p={4}>
                  <Select
                    size="xs"
                    aria-label={`Ironclad value for “${option}”`}
                    placeholder="Not paired"
                    data={[...ironcladOptions]}
                    value={value}
                    onChange={(v) => onChange(option, v)}
                    error={!value}
                    disabled={disabled}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {error && (
        <Text size="xs" c="red" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
