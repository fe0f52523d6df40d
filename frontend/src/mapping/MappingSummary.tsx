import type { ReactNode } from "react";
import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleX } from "@tabler/icons-react";
import { formatValue } from "./labels";
import type { Check, FieldCheck, Issue } from "./types";

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group gap="xs" mb="xs">
        <Title order={4}>{title}</Title>
        <Badge variant="light" color="gray">
          {count}
        </Badge>
      </Group>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

function Issues({ issues, color }: { issues: readonly Issue[]; color: "red" | "yellow" }) {
  return (
    <List
      spacing={4}
      size="sm"
      icon={
        color === "red" ? (
          <IconCircleX size={16} color="var(--mantine-color-red-6)" />
        ) : (
          <IconAlertTriangle size={16} color="var(--mantine-color-yellow-7)" />
        )
      }
    >
      {issues.map((i, n) => (
        <List.Item key={`${i.code}-${n}`}>{i.message}</List.Item>
      ))}
    </List>
  );
}

/** Next → what Save will record: mapped, fixed values, skipped, added questions, warnings. */
export function MappingSummary({ check, saved = false }: { check: Check; saved?: boolean }) {
  const s = check.summary;
  const pairs = (rows: readonly FieldCheck[], right: (f: FieldCheck) => ReactNode) => (
    <Table fz="sm" verticalSpacing={6}>
      <Table.Tbody>
        {rows.map((f) => (
          <Table.Tr key={f.field.key}>
            <Table.Td w="45%">{f.field.label}</Table.Td>
            <Table.Td>{right(f)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Stack data-testid="mapping-summary">
      {s.errors.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconCircleX size={18} />} title="Fix these before saving">
          <Issues issues={s.errors} color="red" />
        </Alert>
      ) : saved ? null : (
        <Alert color="teal" variant="light" title="Ready to save">
          Saving creates a new version of this mapping; earlier versions stay readable.
        </Alert>
      )}
      <Section title="Mapped" count={s.mapped.length}>
        {pairs(s.mapped, (f) => (
          <Stack gap={0}>
            <Text size="sm">
              ← {f.status === "REQUESTER_EMAIL" ? "the requester's email" : `“${f.question?.label ?? "?"}”`}
            </Text>
            {f.transform && (
              <Text size="xs" c="dimmed">
                {f.transform}
              </Text>
            )}
          </Stack>
        ))}
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title="Fixed values" count={s.fixedValues.length}>
          {pairs(s.fixedValues, (f) => (
            <Text size="sm">= {formatValue(f.fixedValue)}</Text>
          ))}
        </Section>
        <Section title="Added to the form" count={s.addedQuestions.length}>
          <List size="sm" spacing={4}>
            {s.addedQuestions.map((q) => (
              <List.Item key={q.id}>
                “{q.label}” on {q.page.title}
              </List.Item>
            ))}
          </List>
        </Section>
      </SimpleGrid>
      <Section title="Skipped" count={s.skipped.length}>
        <Text size="sm">{s.skipped.map((f) => f.field.label).join(" · ")}</Text>
      </Section>
      <Section title="Warnings" count={s.warnings.length}>
        <Issues issues={s.warnings} color="yellow" />
      </Section>
    </Stack>
  );
}
