import { useCallback, useMemo, useReducer, useState } from "react";
import { Skeleton, Stepper } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { canManage } from "../access/roles";
import { ErrorAlert } from "../components/ErrorAlert";
import { useViewer } from "../session/context";
import { MappingEditorDocument, MappingVersionsDocument } from "./documents";
import { type Draft, draftFromServer } from "./draft";
import { editorReducer, initialEditorState, mappingFilename, mappingInput, steps } from "./editor";
import { ExportModal, ImportModal } from "./ImportExportModals";
import { MappingHeader } from "./MappingHeader";
import { SavedStep, SummaryStep } from "./MappingSteps";
import { MapStep } from "./MapStep";
import type { Check, Editor, Rule } from "./types";
import { useMappingCheck } from "./useMappingCheck";
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

interface ViewProps {
  editor: Editor;
  rules: readonly Rule[];
  reload: () => void;
}

type Dialog = "versions" | "export" | "import";

function MappingEditorView({ editor, rules, reload }: ViewProps) {
  const admin = canManage(useViewer().role);
  const [params] = useSearchParams();
  const workflow = editor.ironcladWorkflow;
  const form = editor.requestForm;
  const [state, dispatch] = useReducer(editorReducer, editor, initialEditorState);
  const [dialog, setDialog] = useState<Dialog | null>(params.has("version") ? "versions" : null);
  const fieldOrder = useMemo(() => editor.fields.map((f) => f.field.key), [editor.fields]);
  const input = useMemo(
    () => mappingInput(workflow.id, form.id, state.draft, fieldOrder),
    [state.draft, fieldOrder, workflow.id, form.id],
  );
  const onChecked = useCallback((check: Check) => dispatch({ type: "checked", check }), []);
  const { checking, checkError, runCheck } = useMappingCheck(input, onChecked);
  const edit = (change: (d: Draft) => Draft) => dispatch({ type: "edit", change });
  const next = async () => {
    const fresh = await runCheck(input);
    if (fresh) dispatch({ type: "reviewed", check: fresh });
  };
  const filename = (v: number) => mappingFilename(form.name, workflow.name, v);
  const close = () => setDialog(null);

  return (
    <>
      <MappingHeader
        form={form}
        workflow={workflow}
        currentVersion={state.savedVersion ?? editor.current?.version ?? null}
        admin={admin}
        onOpen={setDialog}
      />
      <Stepper
        active={steps.indexOf(state.step)}
        size="sm"
        mb="lg"
        allowNextStepsSelect={false}
        onStepClick={(i) => i === 0 && dispatch({ type: "go", step: "map" })}
      >
        <Stepper.Step label="Map fields" description="Pair questions with Ironclad fields" />
        <Stepper.Step label="Summary" description="Check what will be saved" />
        <Stepper.Step label="Saved" description="A new version" />
      </Stepper>

      {state.step === "map" && (
        <MapStep
          editor={editor}
          rules={rules}
          admin={admin}
          draft={state.draft}
          input={input}
          check={state.check}
          checking={checking}
          checkError={checkError}
          onEdit={edit}
          onNext={() => void next()}
          reload={reload}
        />
      )}
      {state.step === "summary" && (
        <SummaryStep
          input={input}
          fields={editor.fields}
          check={state.check}
          admin={admin}
          saveError={state.saveError}
          onBack={() => dispatch({ type: "go", step: "map" })}
          onSaveError={(message) => dispatch({ type: "saveFailed", message })}
          onSaved={(version, check) => {
            dispatch({ type: "saved", version, check });
            reload();
          }}
        />
      )}
      {state.step === "saved" && (
        <SavedStep
          formId={form.id}
          formName={form.name}
          workflowName={workflow.name}
          savedVersion={state.savedVersion}
          check={state.check}
          onKeepEditing={() => dispatch({ type: "go", step: "map" })}
          onVersions={() => setDialog("versions")}
        />
      )}

      <VersionsDrawer
        opened={dialog === "versions"}
        onClose={close}
        workflowId={workflow.id}
        formId={form.id}
        openVersionId={params.get("version")}
        filename={filename}
      />
      <CurrentExport
        opened={dialog === "export"}
        onClose={close}
        workflowId={workflow.id}
        formId={form.id}
        filename={filename}
      />
      <ImportModal
        opened={dialog === "import"}
        onClose={close}
        workflowId={workflow.id}
        formId={form.id}
        onLoad={(pairs, imported) => {
          dispatch({ type: "imported", draft: draftFromServer(pairs), check: imported });
          notifications.show({
            color: "teal",
            message: "The imported pairs are on the screen. Review them, then Next and Save.",
          });
        }}
      />
    </>
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
