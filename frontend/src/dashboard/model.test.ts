import { describe, expect, it } from "vitest";
import {
  activityRequest,
  announcement,
  bars,
  dashboardHeading,
  type DashboardData,
  isEmpty,
  ironcladStepSeries,
  requestSeries,
  stuckDaysFrom,
  taskTypeSeries,
} from "./model";

function dashboard(over: Partial<DashboardData> = {}): DashboardData {
  return {
    requestsByStatus: [],
    tasksByStatus: [],
    tasksByType: [],
    ironcladWorkflowsByStep: [],
    stuckRequests: [],
    failedTasks: [],
    recentActivity: [],
    ...over,
  };
}

const stuck = (id: string) => ({
  id,
  title: id,
  status: "IN_PROGRESS" as const,
  updatedAt: "2026-11-20T10:00:00Z",
  requester: { id: "usr_1", name: "Rae", email: "rae@example.com" },
});

describe("bars", () => {
  it("keeps the series' order, drops zeros, and measures each bar against the longest", () => {
    const got = bars(
      [
        { key: "COMPLETED", count: 1 },
        { key: "DRAFT", count: 0 },
        { key: "IN_PROGRESS", count: 4 },
        { key: "FAILED", count: 3 },
      ],
      requestSeries,
    );
    expect(got.map((b) => [b.label, b.count, b.percent, b.length])).toEqual([
      ["In progress", 4, 50, 1],
      ["Needs attention", 3, 38, 0.75],
      ["Completed", 1, 13, 0.25],
    ]);
  });

  it("matches Ironclad's step names whatever their case and puts unknown steps after, largest first, in words", () => {
    const got = bars(
      [
        { key: "legal_hold", count: 1 },
        { key: "Sign", count: 2 },
        { key: "custom-step", count: 5 },
        { key: "Review", count: 2 },
      ],
      ironcladStepSeries,
    );
    expect(got.map((b) => b.label)).toEqual(["Review", "Sign", "Custom step", "Legal hold"]);
  });

  it("has no bars when nothing is counted", () => {
    expect(bars([{ key: "MANUAL", count: 0 }], taskTypeSeries)).toEqual([]);
    expect(bars([], taskTypeSeries)).toEqual([]);
  });
});

describe("isEmpty", () => {
  it("is empty without a single request, whatever else there is", () => {
    expect(isEmpty(dashboard({ requestsByStatus: [{ key: "DRAFT", count: 0 }] }))).toBe(true);
    expect(isEmpty(dashboard({ requestsByStatus: [{ key: "WITHDRAWN", count: 1 }] }))).toBe(false);
  });
});

describe("stuckDaysFrom", () => {
  it.each([
    ["7", 7],
    ["1", 1],
    [null, 3],
    ["", 3],
    ["5", 3],
    ["-1", 3],
    ["seven", 3],
  ])("reads ?stuck=%s as %d days", (param, days) => {
    expect(stuckDaysFrom(param)).toBe(days);
  });
});

describe("dashboardHeading", () => {
  it("tells a requester the numbers are their own", () => {
    expect(dashboardHeading("REQUESTER").title).toBe("My dashboard");
    expect(dashboardHeading("REQUESTER").description).toMatch(/your own requests/i);
    expect(dashboardHeading("ADMIN").title).toBe("Dashboard");
    expect(dashboardHeading("VIEWER").description).toMatch(/every request/i);
  });
});

describe("announcement", () => {
  const before = dashboard({
    requestsByStatus: [{ key: "IN_PROGRESS", count: 2 }],
    tasksByStatus: [{ key: "WAITING", count: 1 }],
  });

  it("says nothing on the first load", () => {
    expect(announcement(undefined, before)).toBe("");
  });

  it("says nothing when no count moved", () => {
    expect(announcement(before, dashboard({ ...before, recentActivity: [] }))).toBe("");
  });

  it("names each count that moved, gone ones as zero", () => {
    const after = dashboard({
      requestsByStatus: [
        { key: "IN_PROGRESS", count: 1 },
        { key: "COMPLETED", count: 1 },
      ],
      tasksByStatus: [],
      stuckRequests: [stuck("req_1")],
    });
    expect(announcement(before, after)).toBe(
      "Dashboard updated: in progress requests 1, completed requests 1, waiting tasks 0, stuck requests 1.",
    );
  });

  it("stops after four changes", () => {
    const after = dashboard({
      requestsByStatus: ["DRAFT", "SUBMITTED", "FAILED", "COMPLETED", "WITHDRAWN"].map((key) => ({ key, count: 1 })),
    });
    expect(announcement(before, after)).toMatch(/^Dashboard updated: (?:[^,]+, ){4}and more\.$/);
  });
});

describe("activityRequest", () => {
  it("links to the task's request, or to nothing", () => {
    const request = { id: "req_1", title: "Laptops" };
    expect(activityRequest({ at: "", kind: "SIGNED", text: "", task: { id: "tsk_1", request } })).toEqual(request);
    expect(activityRequest({ at: "", kind: "SUBMITTED", text: "", task: null })).toBeNull();
  });
});
