import { useId } from "react";
import { Box, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { bars, type Series, type StatusCount, total } from "./model";

interface BarChartProps {
  title: string;
  counts: readonly StatusCount[];
  series: readonly Series[];
  /** What an empty chart says instead. */
  empty: string;
  wall: boolean;
}

/**
 * Horizontal bars with their numbers written beside them: the bars are for the
 * eye and hidden from screen readers, which read the same labels and numbers as
 * a list under the chart's title.
 */
export function BarChart({ title, counts, series, empty, wall }: BarChartProps) {
  const titleId = useId();
  const rows = bars(counts, series);
  const fz = wall ? "xl" : "sm";
  return (
    <Paper withBorder p={wall ? "xl" : "lg"} component="figure" m={0} aria-labelledby={titleId} data-testid="chart">
      <Group component="figcaption" justify="space-between" align="baseline" mb="md" wrap="nowrap">
        <Title order={3} id={titleId} fz={wall ? 26 : "lg"}>
          {title}
        </Title>
        <Text c="dimmed" fz={fz} style={{ whiteSpace: "nowrap" }}>
          {total(counts)} in all
        </Text>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" fz={fz}>
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap={wall ? "md" : "xs"} p={0} m={0} style={{ listStyle: "none" }}>
          {rows.map((bar) => (
            <li key={bar.key}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text fz={fz}>{bar.label}</Text>
                <Text fz={fz} fw={700}>
                  {bar.count}{" "}
                  <Text span c="dimmed" fw={400} fz={fz}>
                    ({bar.percent}%)
                  </Text>
                </Text>
              </Group>
              <Box
                aria-hidden
                h={wall ? 18 : 8}
                mt={4}
                style={{ borderRadius: 4, background: "var(--mantine-color-default-border)" }}
              >
                <Box h="100%" w={`${bar.length * 100}%`} bg={bar.color} style={{ borderRadius: 4, minWidth: 4 }} />
              </Box>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
