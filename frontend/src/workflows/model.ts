import type {
  CreateWorkflowInput,
  TaskDefinitionAction,
  TaskDefinitionAssigneeRole,
  TaskDefinitionInput,
  TaskDefinitionType,
} from "../gql/graphql";

/**
 * One task as the builder holds it. key is the saved task definition's id, or a
 * local one for a task not saved yet; a monitor task names its launch task by
 * key, so moving tasks around never points it at the wrong one.
 */
export interface TaskDraft {
  key: string;
  name: string;
  type: TaskDefinitionType;
  action: TaskDefinitionAction;
  assigneeID: string | null;
  assigneeRole: TaskDefinitionAssigneeRole | null;
  ironcladWorkflowID: string | null;
  launchKey: string | null;
}

export interface WorkflowDraft {
  name: string;
  description: string;
  requestFormIDs: string[];
  tasks: TaskDraft[];
}

/** A saved workflow as the server returns it (the WorkflowDetail fragment). */
export interface SavedWorkflow {
  name: string;
  description: string;
  requestForms?: readonly { id: string }[] | null;
  taskDefinitions?:
    | readonly {
        id: string;
        name: string;
        type: TaskDefinitionType;
        action: TaskDefinitionAction;
        position: number;
        assigneeRole?: TaskDefinitionAssigneeRole | null;
        assignee?: { id: string } | null;
        ironcladWorkflow?: { id: string } | null;
        launch?: { id: string } | null;
      }[]
    | null;
}

export const taskTypeLabels: Record<TaskDefinitionType, string> = {
  MANUAL: "Manual task",
  APPROVAL: "Approval",
  INTEGRATION: "Integration → Ironclad",
};

export const actionLabels: Record<Exclude<TaskDefinitionAction, "NONE">, string> = {
  LAUNCH_WORKFLOW: "Launch an Ironclad workflow",
  MONITOR_APPROVALS: "Monitor approvals",
  MONITOR_SIGNATURES: "Monitor the signature packet",
};

export const emptyDraft: WorkflowDraft = { name: "", description: "", requestFormIDs: [], tasks: [] };

export function draftFromWorkflow(w: SavedWorkflow): WorkflowDraft {
  const defs = [...(w.taskDefinitions ?? [])].sort((a, b) => a.position - b.position);
  return {
    name: w.name,
    description: w.description,
    requestFormIDs: (w.requestForms ?? []).map((f) => f.id),
    tasks: defs.map((d) => ({
      key: d.id,
      name: d.name,
      type: d.type,
      action: d.action,
      assigneeID: d.assignee?.id ?? null,
      assigneeRole: d.assigneeRole ?? null,
      ironcladWorkflowID: d.ironcladWorkflow?.id ?? null,
      launchKey: d.launch?.id ?? null,
    })),
  };
}

let localKeys = 0;

/** A new task of a type, with a name a person can keep; it goes at the end of the list. */
export function newTask(type: TaskDefinitionType, action: TaskDefinitionAction = "NONE"): TaskDraft {
  localKeys += 1;
  const task: TaskDraft = {
    key: `new-${localKeys}`,
    name: "",
    type,
    action: type === "INTEGRATION" ? (action === "NONE" ? "LAUNCH_WORKFLOW" : action) : "NONE",
    assigneeID: null,
    assigneeRole: type === "INTEGRATION" ? null : "ADMIN",
    ironcladWorkflowID: null,
    launchKey: null,
  };
  return { ...task, name: defaultName(task) };
}

function defaultName(t: Pick<TaskDraft, "type" | "action">): string {
  if (t.type === "INTEGRATION" && t.action !== "NONE") return actionLabels[t.action];
  return t.type === "APPROVAL" ? "Approve the request" : "Review the request";
}

export function addTask(draft: WorkflowDraft, task: TaskDraft): WorkflowDraft {
  const launches = launchTasksBefore(draft.tasks, draft.tasks.length);
  // A new monitor task follows the nearest launch task before it, the usual case.
  const launchKey = isMonitor(task.action) ? (task.launchKey ?? launches[launches.length - 1]?.key ?? null) : null;
  return { ...draft, tasks: [...draft.tasks, { ...task, launchKey }] };
}

/** Removes a task; monitors of a removed launch task lose their launch task (and say so). */
export function removeTask(draft: WorkflowDraft, key: string): WorkflowDraft {
  const tasks = draft.tasks
    .filter((t) => t.key !== key)
    .map((t) => (t.launchKey === key ? { ...t, launchKey: null } : t));
  return { ...draft, tasks };
}

/** Moves a task one place up (-1) or down (+1); at either end nothing changes. */
export function moveTask(draft: WorkflowDraft, key: string, by: -1 | 1): WorkflowDraft {
  const from = draft.tasks.findIndex((t) => t.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.tasks.length) return draft;
  const tasks = [...draft.tasks];
  [tasks[from], tasks[to]] = [tasks[to]!, tasks[from]!];
  return { ...draft, tasks };
}

/**
 * Changes one task. Changing the type or action clears what belonged to the
 * old one (an assignee means nothing to an Ironclad task), and a name the
 * admin never changed follows the new kind of task.
 */
export function updateTask(draft: WorkflowDraft, key: string, change: Partial<Omit<TaskDraft, "key">>): WorkflowDraft {
  const tasks = draft.tasks.map((t) => {
    if (t.key !== key) return t;
    let next: TaskDraft = { ...t, ...change };
    if (change.type !== undefined && change.type !== t.type) {
      const fresh = { ...newTask(change.type), key: t.key, name: t.name };
      // Manual task ↔ approval: the same person or role still does it.
      const people = t.type !== "INTEGRATION" && change.type !== "INTEGRATION";
      next = people ? { ...fresh, assigneeID: t.assigneeID, assigneeRole: t.assigneeRole } : fresh;
    }
    if (next.type === "INTEGRATION" && next.action !== t.action) {
      if (next.action !== "LAUNCH_WORKFLOW") next.ironcladWorkflowID = null;
      if (!isMonitor(next.action)) next.launchKey = null;
      else if (next.launchKey === null) {
        const index = draft.tasks.findIndex((x) => x.key === key);
        next.launchKey = launchTasksBefore(draft.tasks, index).at(-1)?.key ?? null;
      }
    }
    if (t.name === defaultName(t) && change.name === undefined) next.name = defaultName(next);
    return next;
  });
  return { ...draft, tasks };
}

export function isMonitor(action: TaskDefinitionAction): boolean {
  return action === "MONITOR_APPROVALS" || action === "MONITOR_SIGNATURES";
}

/** The launch tasks a monitor at index may follow: the ones before it. */
export function launchTasksBefore(tasks: readonly TaskDraft[], index: number): TaskDraft[] {
  return tasks.slice(0, Math.max(0, index)).filter((t) => t.type === "INTEGRATION" && t.action === "LAUNCH_WORKFLOW");
}

/** The draft as the mutation input; a monitor's launch task becomes its position in this list. */
export function draftToInput(draft: WorkflowDraft): CreateWorkflowInput {
  const position = new Map(draft.tasks.map((t, i) => [t.key, i]));
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    requestFormIDs: draft.requestFormIDs,
    taskDefinitions: draft.tasks.map((t) => {
      const input: TaskDefinitionInput = { name: t.name.trim(), type: t.type };
      if (t.type !== "INTEGRATION") {
        if (t.assigneeID) input.assigneeID = t.assigneeID;
        else if (t.assigneeRole) input.assigneeRole = t.assigneeRole;
        return input;
      }
      input.action = t.action;
      if (t.action === "LAUNCH_WORKFLOW") input.ironcladWorkflowID = t.ironcladWorkflowID;
      if (isMonitor(t.action))
        input.launchTaskPosition = t.launchKey === null ? null : (position.get(t.launchKey) ?? null);
      return input;
    }),
  };
}

/**
 * What the builder shows next to its inputs. Keys: "name", "requestForms",
 * "tasks", and "<task key>.<name|assignee|action|ironcladWorkflow|launchTask|type>".
 */
export type DraftErrors = Record<string, string>;

export const taskFields = ["name", "type", "action", "assignee", "ironcladWorkflow", "launchTask"] as const;
export type TaskField = (typeof taskFields)[number];

export function taskErrorKey(taskKey: string, field: TaskField): string {
  return `${taskKey}.${field}`;
}

/** The problems the server would refuse, found before saving, in the same words. */
export function checkDraft(draft: WorkflowDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.name.trim()) errors["name"] = "Give the workflow a name.";
  if (draft.tasks.length === 0) errors["tasks"] = "Add at least one task.";
  draft.tasks.forEach((t, i) => {
    const put = (field: TaskField, message: string) => (errors[taskErrorKey(t.key, field)] = message);
    if (!t.name.trim()) put("name", "Give the task a name.");
    if (t.type !== "INTEGRATION") {
      if (!t.assigneeID && !t.assigneeRole) put("assignee", "Choose who does it: a person or everyone with a role.");
      return;
    }
    if (t.action === "LAUNCH_WORKFLOW" && !t.ironcladWorkflowID)
      put("ironcladWorkflow", "Choose the imported Ironclad workflow to launch.");
    if (isMonitor(t.action) && !launchTasksBefore(draft.tasks, i).some((l) => l.key === t.launchKey))
      put(
        "launchTask",
        "A monitor task follows a Launch Ironclad workflow task that comes before it in this workflow.",
      );
  });
  return errors;
}

/**
 * Where a server error path points in the builder: input.taskDefinitions[2].ironcladWorkflowID
 * (or the service's tasks[2].ironcladWorkflow) is that task's Ironclad workflow;
 * input.requestFormIDs[0] is the forms picker. null: the error is about the whole workflow.
 */
export function errorKeyFor(draft: WorkflowDraft): (segments: string[]) => string | null {
  return (segments) => {
    const s = segments[0] === "input" ? segments.slice(1) : segments;
    const [head, index, field] = s;
    if (head === "name" || head === "description") return head;
    if (head === "requestFormIDs" || head === "requestForms") return "requestForms";
    if (head !== "taskDefinitions" && head !== "tasks") return null;
    const task = index === undefined ? undefined : draft.tasks[Number(index)];
    if (!task) return "tasks";
    return taskErrorKey(task.key, taskFieldNamed(field));
  };
}

function taskFieldNamed(field: string | undefined): TaskField {
  const loose = (field ?? "").replace(/(ID|Position)$/, "");
  if (loose === "assigneeRole") return "assignee";
  return (taskFields as readonly string[]).includes(loose) ? (loose as TaskField) : "name";
}

export interface ReadinessIssue {
  severity: "ERROR" | "WARNING";
  message: string;
  taskDefinition?: { id: string } | null;
  requestForm?: { id: string; name: string } | null;
}

/** Readiness issues by where they show: next to a task, next to a form, or above the list. */
export interface PlacedIssues {
  byTask: Record<string, ReadinessIssue[]>;
  byForm: Record<string, ReadinessIssue[]>;
  general: ReadinessIssue[];
}

/** An issue about a task shows on it (its message names the form); one about a form alone, on the form. */
export function placeIssues(issues: readonly ReadinessIssue[], draft: WorkflowDraft): PlacedIssues {
  const placed: PlacedIssues = { byTask: {}, byForm: {}, general: [] };
  const taskKeys = new Set(draft.tasks.map((t) => t.key));
  const formIDs = new Set(draft.requestFormIDs);
  for (const issue of issues) {
    const task = issue.taskDefinition?.id;
    const form = issue.requestForm?.id;
    if (task && taskKeys.has(task)) (placed.byTask[task] ??= []).push(issue);
    else if (form && formIDs.has(form)) (placed.byForm[form] ??= []).push(issue);
    else placed.general.push(issue);
  }
  return placed;
}

export type Readiness = { ready: boolean; issues: readonly Pick<ReadinessIssue, "severity">[] };

/** The badge a workflow's readiness shows as. */
export function readinessBadge(r: Readiness): { label: string; color: string; hint: string } {
  const errors = r.issues.filter((i) => i.severity === "ERROR").length;
  const warnings = r.issues.length - errors;
  if (!r.ready || errors > 0)
    return { label: "Not ready", color: "red", hint: `${plural(errors, "problem")} to fix before requests launch` };
  if (warnings > 0) return { label: "Ready with warnings", color: "yellow", hint: plural(warnings, "warning") };
  return { label: "Ready", color: "teal", hint: "Every launch task can launch for every form" };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export interface FormChoice {
  id: string;
  name: string;
  archived: boolean;
  workflow?: { id: string; name: string; active: boolean } | null;
}

/**
 * The forms picker: each form with the other active workflow that already
 * runs for it (a form has at most one). Forms this workflow has keep working
 * even when archived; other archived forms are not offered.
 */
export function formOptions(
  forms: readonly FormChoice[],
  workflowID: string | null,
  selected: readonly string[],
): { value: string; label: string; disabled: boolean; takenBy: string | null }[] {
  return forms
    .filter((f) => !f.archived || selected.includes(f.id))
    .map((f) => {
      const w = f.workflow;
      const other = w && w.active && w.id !== workflowID ? w.name : null;
      return {
        value: f.id,
        label: other ? `${f.name} (runs “${other}”)` : f.name,
        disabled: other !== null && !selected.includes(f.id),
        takenBy: other,
      };
    });
}

export interface MappingChoice {
  affectedByDrift: boolean;
  ironcladWorkflow: { id: string };
  requestForm: { id: string };
}

export type MappingState = "MAPPED" | "AFFECTED_BY_DRIFT" | "MISSING";

/** For a launch task: per chosen form, whether its saved mapping onto the Ironclad workflow exists. */
export function mappingStates(
  mappings: readonly MappingChoice[],
  ironcladWorkflowID: string,
  formIDs: readonly string[],
): { formID: string; state: MappingState }[] {
  return formIDs.map((formID) => {
    const m = mappings.find((x) => x.ironcladWorkflow.id === ironcladWorkflowID && x.requestForm.id === formID);
    return { formID, state: !m ? "MISSING" : m.affectedByDrift ? "AFFECTED_BY_DRIFT" : "MAPPED" };
  });
}

/** Active workflows first, then by name. */
export function sortWorkflows<T extends { name: string; active: boolean }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

/** The assignee picker's value: "user:<id>" for one person, "role:<ROLE>" for everyone with a role. */
export function assigneeValue(t: Pick<TaskDraft, "assigneeID" | "assigneeRole">): string | null {
  if (t.assigneeID) return `user:${t.assigneeID}`;
  return t.assigneeRole ? `role:${t.assigneeRole}` : null;
}

export function parseAssignee(value: string | null): Pick<TaskDraft, "assigneeID" | "assigneeRole"> {
  const [kind, rest] = (value ?? "").split(/:(.*)/s);
  const role = rest === "ADMIN" || rest === "REQUESTER" || rest === "VIEWER" ? rest : null;
  return {
    assigneeID: kind === "user" && rest ? rest : null,
    assigneeRole: kind === "role" ? role : null,
  };
}
