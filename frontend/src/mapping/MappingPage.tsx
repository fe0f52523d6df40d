import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Stepper,
  Text,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconArrowLeft,
  IconArrowRight,
  IconDeviceFloppy,
  IconDownload,
  IconHistory,
  IconInfoCircle,
  IconMailCheck,
  IconMailExclamation,
  IconUpload,
} from "@tabler/icons-react";
import { Link, useParams, useSearchParams } from "react-router";
import { useClient, useMutation, useQuery } from "urql";
import { canManage } from "../access/roles";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { errorMessage } from "../graphql/errors";
import { byPosition } from "../requestforms/model";
import { useViewer } from "../session/context";
import {
  AddQuestionFromFieldDocument,
  CheckMappingDocument,
  MappingEditorDocument,
  MappingVersionsDocument,
  SaveMappingDocument,
} from "./documents";
import {
  applyChoice,
  type Draft,
  draftFromServer,
  draftToInput,
  fieldKeyOfPath,
  pairFromServer,
  progress,
  setFixedValue,
  setOptionPair,
} from "./draft";
import { FieldRow } from "./FieldRow";
import { ExportModal, ImportModal } from "./ImportExportModals";
import { MappingSummary } from "./MappingSummary";
import type { Check, DuplicateFlag, Editor, FormQuestionRef, Rule } from "./types";
import { VersionsDrawer } from "./VersionsDrawer";

/** Map Request Forms: one request form onto one imported Ironclad workflow. */
export function MappingPage() {
  const { workflowId = "", formId = "" } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MappingEditorDocument,
    variables: { workflowId, formId },
    requestPolicy: "network-only",
  });
  if (error) {
    return (
      <ErrorAlert
        error={error}
        title="Could not open the mapping"
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!data) return fetching ? <Skeleton height={480} radius="md" /> : null;
  return (
    <MappingEditorView
      key={`${workflowId}/${formId}`}
      editor={data.mappingEditor}
      rules={data.compatibilityRules}
      reload={() => refetch({ requestPolicy: "network-only" })}
    />
  );
}

type Step = "map" | "summary" | "saved";

interface ViewProps {
  editor: Editor;
  rules: readonly Rule[];
  reload: () => void;
}

function MappingEditorView({ editor, rules, reload }: ViewProps) {
  const viewer = useViewer();
  const admin = canManage(viewer.role);
  const client = useClient();
  const [params] = useSearchParams();
  const workflow = editor.ironcladWorkflow;
  const form = editor.requestForm;
  const workflowId = workflow.id;
  const formId = form.id;

  const [draft, setDraft] = useState<Draft>(() => draftFromServer(editor.draft));
  const [check, setCheck] = useState<Check>(editor.check);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>("map");
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [addingField, setAddingField] = useState<string | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(params.has("version"));
  const [exportOpen, setExportOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [{ fetching: saving }, saveMapping] = useMutation(SaveMappingDocument);
  const [, addQuestionFromField] = useMutation(AddQuestionFromFieldDocument);

  const fields = editor.fields;
  const fieldOrder = useMemo(() => fields.map((f) => f.field.key), [fields]);
  const pages = useMemo(() => byPosition(form.pages), [form.pages]);
  const questions = useMemo<FormQuestionRef[]>(
    () =>
      pages.flatMap((p, pageIndex) =>
        byPosition(p.questions).map((q) => ({ ...q, pageId: p.id, pageTitle: p.title, pageIndex })),
      ),
    [pages],
  );
  const input = useMemo(
    () => ({ ironcladWorkflowId: workflowId, requestFormId: formId, fields: draftToInput(draft, fieldOrder) }),
    [draft, fieldOrder, workflowId, formId],
  );

  // Check the draft on every change (debounced); only the newest answer counts.
  const sequence = useRef(0);
  const runCheck = useCallback(
    async (which: typeof input): Promise<Check | null> => {
      const mine = ++sequence.current;
      setChecking(true);
      const result = await client
        .query(CheckMappingDocument, { input: which }, { requestPolicy: "network-only" })
        .toPromise();
      // An older answer never overwrites a newer one, but the caller still gets its own.
      const latest = mine === sequence.current;
      if (latest) setChecking(false);
      if (result.error || !result.data) {
        if (latest) setCheckError(result.error ? errorMessage(result.error) : "The check did not answer.");
        return null;
      }
      if (latest) {
        setCheckError(null);
        setCheck(result.data.checkMapping);
      }
      return result.data.checkMapping;
    },
    [client],
  );
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void runCheck(input), 250);
    return () => clearTimeout(timer);
  }, [input, runCheck]);

  const update = (change: (d: Draft) => Draft) => {
    setSaveError(null);
    setDraft(change);
  };

  const addToForm = async (fieldKey: string, pageId: string) => {
    setAddingField(fieldKey);
    const result = await addQuestionFromField(
      { input: { ironcladWorkflowId: workflowId, fieldKey, pageId, draft: input.fields } },
      { additionalTypenames: ["FormQuestion", "RequestForm"] },
    );
    setAddingField(null);
    if (result.error || !result.data) {
      if (result.error)
        notifications.show({ color: "red", title: "Could not add the question", message: errorMessage(result.error) });
      return;
    }
    const { question, pair, warnings } = result.data.addQuestionFromField;
    notifications.show({
      color: "teal",
      title: `Added to ${question.page.title}`,
      message: [`“${question.label}” is on the form and mapped.`, ...warnings].join(" "),
    });
    reload();
    update((d) => ({ ...d, [pair.fieldKey]: pairFromServer(pair) }));
  };

  const mapTogether = (flag: DuplicateFlag) =>
    update((d) => ({ ...d, [flag.field.key]: pairFromServer(flag.resolution) }));

  const next = async () => {
    const fresh = await runCheck(input);
    if (fresh) {
      setCheck(fresh);
      setStep("summary");
    }
  };

  const save = async () => {
    setSaveError(null);
    const result = await saveMapping(
      { input },
      { additionalTypenames: ["Mapping", "RequestForm", "IroncladWorkflow"] },
    );
    if (result.error || !result.data) {
      if (result.error) {
        const key = fieldKeyOfPath(String(result.error.graphQLErrors[0]?.extensions?.["field"] ?? ""), input.fields);
        const label = fields.find((f) => f.field.key === key)?.field.label;
        setSaveError(`${errorMessage(result.error)}${label ? ` (Ironclad field “${label}”)` : ""}`);
      }
      return;
    }
    const { mapping, check: saved } = result.data.saveMapping;
    setCheck(saved);
    setSavedVersion(mapping.version);
    setStep("saved");
    notifications.show({
      color: "teal",
      title: "Mapping saved",
      message: `Version ${mapping.version} is now current.`,
    });
    reload();
  };

  const stats = progress(
    fields.map((f) => ({ key: f.field.key, required: f.field.required, hasDefault: !!f.field.defaultValue })),
    draft,
  );
  const checkByField = new Map(check.fields.map((f) => [f.field.key, f]));
  const errorCount = check.issues.filter((i) => i.severity === "ERROR").length;
  const currentVersion = savedVersion ?? editor.current?.version ?? null;
  const filename = (v: number) => `${slug(form.name)}--${slug(workflow.name)}.v${v}.mapping.json`;

  const stepIndex = step === "map" ? 0 : step === "summary" ? 1 : 2;

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/request-forms" size="sm">
          Request Forms
        </Anchor>
        <Anchor component={Link} to="/request-forms/map" size="sm">
          Map Request Forms
        </Anchor>
        <Text size="sm">
          {form.name} → {workflow.name}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title="Map Request Forms"
        description={
          <>
            Request form{" "}
            <Anchor component={Link} to={`/request-forms/${form.id}`}>
              {form.name}
            </Anchor>{" "}
            → Ironclad workflow <b>{workflow.name}</b> ({workflow.connection.name}).{" "}
            {currentVersion ? (
              <Badge variant="light" color="teal" style={{ verticalAlign: "middle" }}>
                Version {currentVersion} saved
              </Badge>
            ) : (
              <Badge variant="light" color="gray" style={{ verticalAlign: "middle" }}>
                Not saved yet
              </Badge>
            )}
          </>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setVersionsOpen(true)}>
              Versions
            </Button>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setExportOpen(true)}>
              Export JSON
            </Button>
            {admin && (
              <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setImportOpen(true)}>
                Import JSON
              </Button>
            )}
          </>
        }
      />
      <Stepper
        active={stepIndex}
        size="sm"
        mb="lg"
        allowNextStepsSelect={false}
        onStepClick={(i) => i === 0 && setStep("map")}
      >
        <Stepper.Step label="Map fields" description="Pair questions with Ironclad fields" />
        <Stepper.Step label="Summary" description="Check what will be saved" />
        <Stepper.Step label="Saved" description="A new version" />
      </Stepper>

      {step === "map" && (
        <Stack>
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
            You only need to map the important ones — skip anything that doesn't apply. Fields you leave alone are
            skipped; required Ironclad fields need a question or a fixed value.
          </Alert>
          <RequestorEmail check={check} />
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" mb={6}>
              <Text size="sm" fw={600}>
                {stats.filled} of {stats.total} Ironclad fields mapped
                {stats.requiredOpen > 0 && (
                  <Text span c="red.7" fw={600}>
                    {" "}
                    · {stats.requiredOpen} required {stats.requiredOpen === 1 ? "field needs" : "fields need"} a source
                  </Text>
                )}
                {check.duplicates.length > 0 && (
                  <Text span c="yellow.8" fw={600}>
                    {" "}
                    · {check.duplicates.length} possible {check.duplicates.length === 1 ? "duplicate" : "duplicates"}
                  </Text>
                )}
              </Text>
              <Group gap="sm">
                <Group gap={6} aria-live="polite">
                  {checking && <Loader size="xs" />}
                  <Text size="sm" c={errorCount > 0 ? "red.7" : "teal.7"}>
                    {checking ? "Checking…" : errorCount > 0 ? `${errorCount} to fix before saving` : "Ready to save"}
                  </Text>
                </Group>
                <Button
                  size="xs"
                  variant="light"
                  rightSection={<IconArrowRight size={14} />}
                  onClick={() => void next()}
                >
                  Next
                </Button>
              </Group>
            </Group>
            <Progress
              value={stats.total ? (stats.filled / stats.total) * 100 : 0}
              color={errorCount > 0 ? "orange" : "teal"}
              aria-label="Fields mapped"
            />
            {checkError && (
              <Text size="sm" c="red" mt={6} role="alert">
                {checkError}
              </Text>
            )}
          </Paper>
          {fields.map((row) => (
            <FieldRow
              key={row.field.key}
              row={row}
              pair={draft[row.field.key]}
              check={checkByField.get(row.field.key)}
              questions={questions}
              pages={pages}
              rules={rules}
              duplicates={check.duplicates.filter((d) => d.field.key === row.field.key)}
              admin={admin}
              adding={addingField === row.field.key}
              onChoose={(choice) => update((d) => applyChoice(d, row.field.key, choice, row.kind))}
              onFixedValue={(value) => update((d) => setFixedValue(d, row.field.key, value))}
              onOptionPair={(option, value) => update((d) => setOptionPair(d, row.field.key, option, value))}
              onAddToForm={(pageId) => void addToForm(row.field.key, pageId)}
              onMapTogether={mapTogether}
            />
          ))}
          <Group justify="flex-end" py="sm">
            <Button
              rightSection={<IconArrowRight size={18} />}
              onClick={() => void next()}
              loading={checking && step === "map"}
            >
              Next
            </Button>
          </Group>
        </Stack>
      )}

      {step === "summary" && (
        <Stack>
          <MappingSummary check={check} />
          {saveError && (
            <Alert color="red" variant="light" role="alert">
              {saveError}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={() => setStep("map")}>
              Back to mapping
            </Button>
            {admin ? (
              <Button
                leftSection={<IconDeviceFloppy size={18} />}
                onClick={() => void save()}
                loading={saving}
                disabled={!check.ok}
              >
                Save
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                Only admins save mappings.
              </Text>
            )}
          </Group>
        </Stack>
      )}

      {step === "saved" && (
        <Stack>
          <Alert color="teal" variant="light" title={`Version ${savedVersion ?? ""} saved`} data-testid="mapping-saved">
            Requests made with {form.name} now launch {workflow.name} with these answers. Earlier versions stay readable
            under Versions.
          </Alert>
          <MappingSummary check={check} saved />
          <Group>
            <Button component={Link} to={`/request-forms/${form.id}?tab=preview`}>
              Preview the form as a requester
            </Button>
            <Button variant="default" onClick={() => setStep("map")}>
              Keep editing
            </Button>
            <Button variant="default" onClick={() => setVersionsOpen(true)}>
              Versions
            </Button>
          </Group>
        </Stack>
      )}

      <VersionsDrawer
        opened={versionsOpen}
        onClose={() => setVersionsOpen(false)}
        workflowId={workflowId}
        formId={formId}
        openVersionId={params.get("version")}
        filename={filename}
      />
      <CurrentExport
        opened={exportOpen}
        onClose={() => setExportOpen(false)}
        workflowId={workflowId}
        formId={formId}
        filename={filename}
      />
      <ImportModal
        opened={importOpen}
        onClose={() => setImportOpen(false)}
        workflowId={workflowId}
        formId={formId}
        onLoad={(pairs, imported) => {
          setDraft(draftFromServer(pairs));
          setCheck(imported);
          setStep("map");
          notifications.show({
            color: "teal",
            message: "The imported pairs are on the screen. Review them, then Next and Save.",
          });
        }}
      />
    </>
  );
}

function RequestorEmail({ check }: { check: Check }) {
  const r = check.requestorEmail;
  if (r.state === "MAPPED") {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconMailCheck size={18} />}
        title="Integration Requestor Email: automatic"
        data-testid="requestor-email"
      >
        {r.message ||
          "The requester's email goes into Integration Requestor Email, so reviewers in Ironclad see who asked."}
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconMailExclamation size={18} />}
      title={
        r.state === "MISSING"
          ? "Add Integration Requestor Email in Ironclad"
          : "Integration Requestor Email is not mapped"
      }
      data-testid="requestor-email"
    >
      {r.message}
    </Alert>
  );
}

function CurrentExport(props: {
  opened: boolean;
  onClose: () => void;
  workflowId: string;
  formId: string;
  filename: (v: number) => string;
}) {
  const [{ data }] = useQuery({
    query: MappingVersionsDocument,
    variables: { workflowId: props.workflowId, formId: props.formId },
    pause: !props.opened,
    requestPolicy: "network-only",
  });
  const current = data?.mappingVersions.find((v) => v.current) ?? null;
  return (
    <ExportModal
      opened={props.opened}
      onClose={props.onClose}
      json={current?.exportJSON ?? null}
      version={current?.version ?? null}
      filename={current ? props.filename(current.version) : "mapping.json"}
    />
  );
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
