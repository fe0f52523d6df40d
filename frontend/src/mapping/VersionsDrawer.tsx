import { Accordion, Badge, Button, Drawer, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useQuery } from "urql";
import { ErrorAlert } from "../components/ErrorAlert";
import { dateTime } from "../format/time";
import { MappingVersionsDocument } from "./documents";
import { downloadJSON } from "./ImportExportModals";
import { formatValue } from "./labels";

interface VersionsDrawerProps {
  opened: boolean;
  onClose: () => void;
  workflowId: string;
  formId: string;
  /** Open this version's details first. */
  openVersionId: string | null;
  filename: (version: number) => string;
}

/** Every saved version, newest first, each readable pair by pair. */
export function VersionsDrawer({ opened, onClose, workflowId, formId, openVersionId, filename }: VersionsDrawerProps) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MappingVersionsDocument,
    variables: { workflowId, formId },
    pause: !opened,
    requestPolicy: "cache-and-network",
  });
  const versions = data?.mappingVersions ?? [];
  return (
    <Drawer opened={opened} onClose={onClose} title="Mapping versions" position="right" size="lg">
      {error && <ErrorAlert error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!data && fetching && <Skeleton height={200} />}
      {data && versions.length === 0 && <Text c="dimmed">No version saved yet. Next → Save creates version 1.</Text>}
      <Accordion defaultValue={openVersionId ?? versions[0]?.id ?? null} variant="separated" key={versions.length}>
        {versions.map((v) => (
          <Accordion.Item key={v.id} value={v.id} data-testid="mapping-version">
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={600}>Version {v.version}</Text>
                {v.current && (
                  <Badge color="teal" variant="light" size="sm">
                    Current
                  </Badge>
                )}
                {v.affectedByDrift && (
                  <Badge color="orange" variant="light" size="sm">
                    Ironclad changed since
                  </Badge>
                )}
                <Text size="sm" c="dimmed">
                  {dateTime(v.createdAt)}
                  {v.createdBy ? ` · ${v.createdBy.name}` : ""} · form v{v.formVersion}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Table fz="sm" verticalSpacing={4}>
                  <Table.Tbody>
                    {(v.fieldMappings ?? []).map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td w="45%">{p.field?.label ?? p.fieldKey}</Table.Td>
                        <Table.Td>
                          {p.source === "QUESTION" && `← “${p.questionLabel}”`}
                          {p.source === "REQUESTER_EMAIL" && "← the requester's email"}
                          {p.source === "FIXED_VALUE" && `= ${formatValue(p.value)}`}
                          {p.source === "SKIP" && (
                            <Text span c="dimmed">
                              Skipped
                            </Text>
                          )}
                          {p.options.length > 0 && (
                            <Text size="xs" c="dimmed">
                              {p.options.map((o) => `${o.option} → ${o.value}`).join(" · ")}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Group justify="flex-end">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconDownload size={14} />}
                    onClick={() => downloadJSON(v.exportJSON, filename(v.version))}
                  >
                    Export JSON
                  </Button>
                </Group>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Drawer>
  );
}
