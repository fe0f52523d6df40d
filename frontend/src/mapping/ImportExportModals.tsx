import { useState } from "react";
import {
  Alert,
  Button,
  Code,
  CopyButton,
  FileButton,
  Group,
  List,
  Modal,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { IconCheck, IconCircleX, IconCopy, IconDownload, IconUpload } from "@tabler/icons-react";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { errorMessage, hasErrorCode } from "../graphql/errors";
import type { MappingDraftFieldsFragment } from "../gql/graphql";
import { ImportMappingDocument } from "./documents";
import { importProblems, type ImportProblems } from "./importErrors";
import type { Check } from "./types";

export function downloadJSON(json: string, filename: string) {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

interface ExportModalProps {
  opened: boolean;
  onClose: () => void;
  json: string | null;
  filename: string;
  version: number | null;
}

/** The saved version as JSON (tradewind.mapping/v1): download or copy it. */
export function ExportModal({ opened, onClose, json, filename, version }: ExportModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Export mapping${version ? ` (version ${version})` : ""}`}
      size="lg"
      centered
    >
      {json ? (
        <Stack>
          <Text size="sm" c="dimmed">
            Import it into another Tradewind (or onto another connection's copy of this workflow) with Import JSON.
            Questions and fields are named by key.
          </Text>
          <ScrollArea h={320} type="auto" viewportProps={{ tabIndex: 0, "aria-label": "Mapping JSON" }}>
            {/* The scroll area scrolls both ways, so one region takes the keyboard, not two. */}
            <Code block data-testid="export-json" style={{ overflow: "visible" }}>
              {json}
            </Code>
          </ScrollArea>
          <Group justify="flex-end">
            <CopyButton value={json}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? "Copied" : "Copy"}
                </Button>
              )}
            </CopyButton>
            <Button leftSection={<IconDownload size={16} />} onClick={() => downloadJSON(json, filename)}>
              Download
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text>Save the mapping first: an export is of a saved version.</Text>
      )}
    </Modal>
  );
}

interface ImportModalProps {
  opened: boolean;
  onClose: () => void;
  workflowId: string;
  formId: string;
  /** A dry run passed: put its pairs on the screen for review, Next and Save. */
  onLoad: (draft: readonly MappingDraftFieldsFragment[], check: Check) => void;
}

/** Paste or choose a file, check it (same checks as the screen), then load it or save it at once. */
export function ImportModal({ opened, onClose, workflowId, formId, onLoad }: ImportModalProps) {
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<ImportProblems | null>(null);
  const [checked, setChecked] = useState<{ draft: readonly MappingDraftFieldsFragment[]; check: Check } | null>(null);
  const [{ fetching }, importMapping] = useMutation(ImportMappingDocument);

  const reset = (value: string) => {
    setText(value);
    setProblems(null);
    setChecked(null);
  };

  const check = async () => {
    const result = await importMapping({
      input: { ironcladWorkflowID: workflowId, requestFormID: formId, json: text, dryRun: true },
    });
    if (result.error) {
      const jsonError = hasErrorCode(result.error, "BAD_USER_INPUT") ? errorMessage(result.error) : null;
      setProblems(importProblems(text, [], jsonError ?? errorMessage(result.error)));
      setChecked(null);
      return;
    }
    const payload = result.data?.importMapping;
    if (!payload) return;
    setProblems(importProblems(text, payload.check.issues, null));
    setChecked({ draft: payload.draft, check: payload.check });
  };

  const load = () => {
    if (!checked) return;
    onLoad(checked.draft, checked.check);
    reset("");
    onClose();
  };

  const hasErrors =
    !!problems &&
    (problems.json !== null || problems.general.length > 0 || problems.entries.some((e) => e.errors.length > 0));

  return (
    <Modal opened={opened} onClose={onClose} title="Import mapping JSON" size="xl" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          Paste a mapping exported from Tradewind (format tradewind.mapping/v1). It is checked against this workflow and
          this form exactly like the mapping screen; nothing changes until you load or save it.
        </Text>
        <Textarea
          label="Mapping JSON"
          autosize
          minRows={6}
          maxRows={14}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
          value={text}
          onChange={(e) => reset(e.currentTarget.value)}
          error={problems?.json}
          data-autofocus
        />
        <Group>
          <FileButton accept="application/json,.json" onChange={(file) => void file?.text().then(reset)}>
            {(props) => (
              <Button variant="default" size="xs" leftSection={<IconUpload size={14} />} {...props}>
                Choose a file…
              </Button>
            )}
          </FileButton>
        </Group>
        {problems && problems.entries.length > 0 && (
          <Paper withBorder radius="md" p="sm">
            <Text fw={600} size="sm" mb={6}>
              Entries in the JSON
            </Text>
            <Stack gap={6}>
              {problems.entries.map((e) => (
                <div key={e.index} data-testid="import-entry">
                  <Text size="sm" ff="monospace" c={e.errors.length > 0 ? "red" : undefined}>
                    fields[{e.index}] {e.text}
                  </Text>
                  {e.errors.map((m) => (
                    <Group key={m} gap={4} wrap="nowrap" ml="md" align="flex-start">
                      <IconCircleX
                        size={14}
                        color="var(--mantine-color-red-6)"
                        style={{ flexShrink: 0, marginTop: 3 }}
                      />
                      <Text size="sm" c="red">
                        {m}
                      </Text>
                    </Group>
                  ))}
                </div>
              ))}
            </Stack>
          </Paper>
        )}
        {problems && problems.general.length > 0 && (
          <Alert color="red" variant="light" title="The mapping as a whole">
            <List size="sm" spacing={4}>
              {problems.general.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {checked && !hasErrors && (
          <Alert color="teal" variant="light">
            The JSON checks out: {checked.draft.length} pairs. Load it into the screen, review, then Next and Save.
          </Alert>
        )}
        <ModalFooter onCancel={onClose}>
          <Button variant="light" onClick={() => void check()} loading={fetching} disabled={!text.trim()}>
            Check
          </Button>
          <Button onClick={load} disabled={!checked || problems?.json != null}>
            {hasErrors ? "Load anyway and fix on screen" : "Load into the screen"}
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}
