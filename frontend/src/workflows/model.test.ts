import { describe, expect, it } from "vitest";
import {
  addTask,
  assigneeValue,
  checkDraft,
  draftFromWorkflow,
  draftToInput,
  emptyDraft,
  errorKeyFor,
  formOptions,
  mappingStates,
  moveTask,
  newTask,
  parseAssignee,
  placeIssues,
  readinessBadge,
  removeTask,
  sortWorkflows,
  taskErrorKey,
  updateTask,
  type WorkflowDraft,
} from "./model";

/** Launch, then monitor approvals and the packet: the workflow of journey 5. */
function ironcladDraft(): WorkflowDraft {
  let d: WorkflowDraft = { ...emptyDraft, name: "Software purchase", requestFormIDs: ["form1"] };
  d = addTask(d, { ...newTask("APPROVAL"), key: "approve" });
  d = addTask(d, { ...newTask("INTEGRATION", "LAUNCH_WORKFLOW"), key: "launch", ironcladWorkflowID: "icw1" });
  d = addTask(d, { ...newTask("INTEGRATION", "MONITOR_APPROVALS"), key: "approvals" });
  d = addTask(d, { ...newTask("INTEGRATION", "MONITOR_SIGNATURES"), key: "packet" });
  return d;
}

describe("building the task list", () => {
  it("names a new task after what it does and points a new monitor at the launch task before it", () => {
    const d = ironcladDraft();
    expect(d.tasks.map((t) => t.name)).toEqual([
      "Approve the request",
      "Launch an Ironclad workflow",
      "Monitor approvals",
      "Monitor the signature packet",
    ]);
    expect(d.tasks.map((t) => t.launchKey)).toEqual([null, null, "launch", "launch"]);
  });

  it("sends a monitor's launch task as its position, which follows moves", () => {
    let d = moveTask(ironcladDraft(), "approve", 1);
    expect(d.tasks.map((t) => t.key)).toEqual(["launch", "approve", "approvals", "packet"]);
    expect(draftToInput(d).taskDefinitions.map((t) => t.launchTaskPosition)).toEqual([undefined, undefined, 0, 0]);
    d = moveTask(d, "launch", -1);
    expect(d.tasks[0]!.key).toBe("launch");
    d = moveTask(d, "packet", 1);
    expect(d.tasks.at(-1)!.key).toBe("packet");
  });

  it("sends only what belongs to each type", () => {
    const d = updateTask(ironcladDraft(), "approve", { assigneeID: "user1" });
    expect(draftToInput(d)).toEqual({
      name: "Software purchase",
      description: "",
      requestFormIDs: ["form1"],
      taskDefinitions: [
        { name: "Approve the request", type: "APPROVAL", assigneeID: "user1" },
        {
          name: "Launch an Ironclad workflow",
          type: "INTEGRATION",
          action: "LAUNCH_WORKFLOW",
          ironcladWorkflowID: "icw1",
        },
        { name: "Monitor approvals", type: "INTEGRATION", action: "MONITOR_APPROVALS", launchTaskPosition: 1 },
        {
          name: "Monitor the signature packet",
          type: "INTEGRATION",
          action: "MONITOR_SIGNATURES",
          launchTaskPosition: 1,
        },
      ],
    });
  });

  it("a removed launch task leaves its monitors asking for another one", () => {
    const d = removeTask(ironcladDraft(), "launch");
    expect(d.tasks.map((t) => t.launchKey)).toEqual([null, null, null]);
    const errors = checkDraft(d);
    expect(errors[taskErrorKey("approvals", "launchTask")]).toMatch(/follows a Launch Ironclad workflow task/);
    expect(errors[taskErrorKey("packet", "launchTask")]).toBeDefined();
  });

  it("a monitor moved above its launch task is refused before saving", () => {
    const d = moveTask(ironcladDraft(), "approvals", -1);
    expect(d.tasks.map((t) => t.key)).toEqual(["approve", "approvals", "launch", "packet"]);
    expect(Object.keys(checkDraft(d))).toEqual([taskErrorKey("approvals", "launchTask")]);
  });

  it("changing the type clears what belonged to the old one, and a kept default name follows", () => {
    let d = updateTask(ironcladDraft(), "approve", { assigneeID: "user1" });
    d = updateTask(d, "approve", { type: "INTEGRATION" });
    const t = d.tasks[0]!;
    expect(t).toMatchObject({ type: "INTEGRATION", action: "LAUNCH_WORKFLOW", assigneeID: null, assigneeRole: null });
    expect(t.name).toBe("Launch an Ironclad workflow");
    d = updateTask(d, "launch", { name: "Send to Legal" });
    d = updateTask(d, "launch", { action: "MONITOR_APPROVALS" });
    expect(d.tasks[1]).toMatchObject({ name: "Send to Legal", ironcladWorkflowID: null, launchKey: "approve" });
  });

  it("a manual task turned into an approval keeps its assignee", () => {
    let d = updateTask(ironcladDraft(), "approve", { type: "MANUAL" });
    d = updateTask(d, "approve", { assigneeID: "user1", assigneeRole: null });
    d = updateTask(d, "approve", { type: "APPROVAL" });
    expect(d.tasks[0]).toMatchObject({ type: "APPROVAL", assigneeID: "user1", assigneeRole: null });
    expect(d.tasks[0]!.name).toBe("Approve the request");
  });
});

describe("checkDraft", () => {
  it("finds nothing wrong with a complete workflow", () => {
    expect(checkDraft(ironcladDraft())).toEqual({});
  });

  it("asks for a name, a task, a task name, an assignee and the Ironclad workflow to launch", () => {
    expect(checkDraft(emptyDraft)).toEqual({ name: "Give the workflow a name.", tasks: "Add at least one task." });
    let d = updateTask(ironcladDraft(), "approve", { name: " ", assigneeRole: null });
    d = updateTask(d, "launch", { ironcladWorkflowID: null });
    expect(Object.keys(checkDraft(d)).sort()).toEqual(
      [
        taskErrorKey("approve", "name"),
        taskErrorKey("approve", "assignee"),
        taskErrorKey("launch", "ironcladWorkflow"),
      ].sort(),
    );
  });
});

describe("errorKeyFor", () => {
  const resolve = errorKeyFor(ironcladDraft());
  it.each([
    [["input", "name"], "name"],
    [["input", "requestFormIDs", "0"], "requestForms"],
    [["requestForms", "0"], "requestForms"],
    [["input", "taskDefinitions", "1", "ironcladWorkflowID"], "launch.ironcladWorkflow"],
    [["tasks", "2", "launchTask"], "approvals.launchTask"],
    [["input", "taskDefinitions", "3", "launchTaskPosition"], "packet.launchTask"],
    [["input", "taskDefinitions", "0", "assigneeID"], "approve.assignee"],
    [["input", "taskDefinitions", "0", "assigneeRole"], "approve.assignee"],
    [["tasks", "0"], "approve.name"],
    [["input", "taskDefinitions"], "tasks"],
    [["input", "taskDefinitions", "9", "name"], "tasks"],
    [[], null],
    [["input", "somethingElse"], null],
  ])("%j → %s", (segments, key) => {
    expect(resolve(segments)).toBe(key);
  });
});

describe("placeIssues", () => {
  it("shows an issue on its task, else on its form, else above the list", () => {
    const d = ironcladDraft();
    const onTask = {
      severity: "ERROR" as const,
      message: "Mapping missing",
      taskDefinition: { id: "launch" },
      requestForm: { id: "form1", name: "Purchase" },
    };
    const onForm = { severity: "WARNING" as const, message: "x", requestForm: { id: "form1", name: "Purchase" } };
    const stale = { severity: "ERROR" as const, message: "y", taskDefinition: { id: "gone" } };
    expect(placeIssues([onTask, onForm, stale], d)).toEqual({
      byTask: { launch: [onTask] },
      byForm: { form1: [onForm] },
      general: [stale],
    });
  });
});

describe("readinessBadge", () => {
  it.each([
    [{ ready: true, issues: [] }, "Ready", "teal"],
    [{ ready: true, issues: [{ severity: "WARNING" as const }] }, "Ready with warnings", "yellow"],
    [{ ready: false, issues: [{ severity: "ERROR" as const }, { severity: "WARNING" as const }] }, "Not ready", "red"],
  ])("%j", (readiness, label, color) => {
    expect(readinessBadge(readiness)).toMatchObject({ label, color });
  });
});

describe("formOptions", () => {
  const forms = [
    { id: "a", name: "Purchase", archived: false, workflow: { id: "w1", name: "Buy", active: true } },
    { id: "b", name: "NDA", archived: false, workflow: { id: "w0", name: "Gone", active: false } },
    { id: "c", name: "Old", archived: true, workflow: null },
  ];
  it("says which forms another workflow runs for and offers no archived form", () => {
    expect(formOptions(forms, "w2", [])).toEqual([
      { value: "a", label: "Purchase (runs “Buy”)", disabled: true, takenBy: "Buy" },
      { value: "b", label: "NDA", disabled: false, takenBy: null },
    ]);
  });
  it("a form this workflow runs for is its own, and a chosen one can always be removed", () => {
    expect(formOptions(forms, "w1", ["c"]).map((o) => [o.value, o.disabled])).toEqual([
      ["a", false],
      ["b", false],
      ["c", false],
    ]);
    expect(formOptions(forms, null, ["a"])[0]!.disabled).toBe(false);
  });
});

describe("mappingStates", () => {
  it("tells per form whether a saved mapping exists for the Ironclad workflow", () => {
    const mappings = [
      { affectedByDrift: false, ironcladWorkflow: { id: "icw1" }, requestForm: { id: "a" } },
      { affectedByDrift: true, ironcladWorkflow: { id: "icw1" }, requestForm: { id: "b" } },
      { affectedByDrift: false, ironcladWorkflow: { id: "icw2" }, requestForm: { id: "c" } },
    ];
    expect(mappingStates(mappings, "icw1", ["a", "b", "c"])).toEqual([
      { formID: "a", state: "MAPPED" },
      { formID: "b", state: "AFFECTED_BY_DRIFT" },
      { formID: "c", state: "MISSING" },
    ]);
  });
});

describe("draftFromWorkflow", () => {
  it("orders tasks by position and keys them by id, so readiness issues find them", () => {
    const d = draftFromWorkflow({
      name: "W",
      description: "",
      requestForms: [{ id: "f" }],
      taskDefinitions: [
        {
          id: "t2",
          name: "Watch",
          type: "INTEGRATION",
          action: "MONITOR_APPROVALS",
          position: 1,
          launch: { id: "t1" },
        },
        {
          id: "t1",
          name: "Go",
          type: "INTEGRATION",
          action: "LAUNCH_WORKFLOW",
          position: 0,
          ironcladWorkflow: { id: "i" },
        },
      ],
    });
    expect(d.tasks.map((t) => [t.key, t.launchKey, t.ironcladWorkflowID])).toEqual([
      ["t1", null, "i"],
      ["t2", "t1", null],
    ]);
    expect(draftToInput(d).taskDefinitions[1]!.launchTaskPosition).toBe(0);
  });
});

describe("sortWorkflows", () => {
  it("puts active workflows first, then by name", () => {
    const list = [
      { name: "b", active: false },
      { name: "c", active: true },
      { name: "a", active: true },
    ];
    expect(sortWorkflows(list).map((w) => w.name)).toEqual(["a", "c", "b"]);
  });
});

describe("assignee picker values", () => {
  it.each([
    [{ assigneeID: "01J:x", assigneeRole: null }, "user:01J:x"],
    [{ assigneeID: null, assigneeRole: "VIEWER" as const }, "role:VIEWER"],
    [{ assigneeID: null, assigneeRole: null }, null],
  ])("%j ↔ %s", (assignee, value) => {
    expect(assigneeValue(assignee)).toBe(value);
    expect(parseAssignee(value)).toEqual(assignee);
  });
  it("ignores a role it does not know", () => {
    expect(parseAssignee("role:OWNER")).toEqual({ assigneeID: null, assigneeRole: null });
  });
});
