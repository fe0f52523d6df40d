import { describe, expect, it } from "vitest";
import type { TaskStatus } from "../gql/graphql";
import {
  countByFilter,
  currentTask,
  ironcladStatusLook,
  matchesFilter,
  overlay,
  remember,
  statusChanges,
  withLive,
} from "./status";

describe("filters", () => {
  it("open holds submitted and in-progress requests, all holds everything", () => {
    expect(matchesFilter("IN_PROGRESS", "open")).toBe(true);
    expect(matchesFilter("COMPLETED", "open")).toBe(false);
    expect(matchesFilter("WITHDRAWN", "all")).toBe(true);
    expect(countByFilter(["SUBMITTED", "IN_PROGRESS", "COMPLETED", "FAILED"])).toEqual({
      all: 4,
      open: 2,
      completed: 1,
      failed: 1,
      withdrawn: 0,
    });
  });
});

describe("currentTask", () => {
  it("is the first task by position not done or cancelled", () => {
    const tasks = [
      { id: "c", position: 2, status: "PENDING" as TaskStatus },
      { id: "a", position: 0, status: "COMPLETED" as TaskStatus },
      { id: "b", position: 1, status: "WAITING" as TaskStatus },
    ];
    expect(currentTask(tasks)?.id).toBe("b");
    expect(currentTask([{ id: "a", position: 0, status: "CANCELLED" }])).toBeNull();
  });
});

describe("overlay and remember", () => {
  const old = { id: "r1", updatedAt: "2026-12-01T10:00:00Z", status: "IN_PROGRESS" };
  const newer = { id: "r1", updatedAt: "2026-12-01T10:05:00Z", status: "COMPLETED" };
  it("shows the newer copy whichever way it came", () => {
    expect(overlay([old], new Map([["r1", newer]]))).toEqual([newer]);
    expect(overlay([newer], new Map([["r1", old]]))).toEqual([newer]);
  });
  it("never lets an older live event replace a newer one", () => {
    const live = remember(remember(new Map(), newer), old);
    expect(live.get("r1")).toBe(newer);
  });
  it("counts a task's linked workflow: Ironclad moves it without touching the task", () => {
    const launched = {
      id: "t1",
      updatedAt: "2026-12-01T10:00:00Z",
      linkedWorkflow: { updatedAt: "2026-12-01T10:00:00Z", step: "Review" },
    };
    const signing = { ...launched, linkedWorkflow: { updatedAt: "2026-12-01T10:07:00Z", step: "Sign" } };
    expect(overlay([signing], new Map([["t1", launched]]))).toEqual([signing]);
    expect(remember(remember(new Map(), signing), launched).get("t1")).toBe(signing);
  });
  it("leaves out live items the list does not hold", () => {
    expect(overlay([], new Map([["r1", newer]]))).toEqual([]);
  });
});

describe("withLive", () => {
  it("puts requests submitted since the list loaded on top, newest first", () => {
    const loaded = [
      { id: "r1", createdAt: "2026-12-01T09:00:00Z", updatedAt: "2026-12-01T09:00:00Z", status: "SUBMITTED" },
    ];
    const live = new Map([
      ["r2", { id: "r2", createdAt: "2026-12-01T10:00:00Z", updatedAt: "2026-12-01T10:00:00Z", status: "SUBMITTED" }],
      ["r3", { id: "r3", createdAt: "2026-12-01T11:00:00Z", updatedAt: "2026-12-01T11:00:00Z", status: "SUBMITTED" }],
      ["r1", { id: "r1", createdAt: "2026-12-01T09:00:00Z", updatedAt: "2026-12-01T12:00:00Z", status: "IN_PROGRESS" }],
    ]);
    expect(withLive(loaded, live).map((r) => `${r.id} ${r.status}`)).toEqual([
      "r3 SUBMITTED",
      "r2 SUBMITTED",
      "r1 IN_PROGRESS",
    ]);
  });
});

describe("statusChanges", () => {
  it("says which tasks changed, and nothing for tasks seen for the first time", () => {
    const before = new Map<string, TaskStatus>([
      ["t1", "IN_PROGRESS"],
      ["t2", "PENDING"],
    ]);
    const tasks = [
      { id: "t1", name: "Launch in Ironclad", status: "COMPLETED" as TaskStatus },
      { id: "t2", name: "Approvals", status: "PENDING" as TaskStatus },
      { id: "t3", name: "Signatures", status: "IN_PROGRESS" as TaskStatus },
    ];
    expect(statusChanges(before, tasks)).toBe("Launch in Ironclad is now Done.");
    expect(statusChanges(new Map(), tasks)).toBe("");
  });
});

describe("ironcladStatusLook", () => {
  it("colours Ironclad's words", () => {
    expect(ironcladStatusLook("approved")).toEqual({ label: "Approved", color: "green" });
    expect(ironcladStatusLook("rejected").color).toBe("red");
    expect(ironcladStatusLook("pending").color).toBe("blue");
    expect(ironcladStatusLook("").label).toBe("Unknown");
  });
});
