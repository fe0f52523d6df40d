import { describe, expect, it } from "vitest";
import { connectLabel, newer, overallStatus, parseConnectResult } from "./connectionStatus";
import { suggestName } from "./ConnectModal";

describe("parseConnectResult", () => {
  it("is nothing without a result", () => {
    expect(parseConnectResult(new URLSearchParams(""))).toBeNull();
  });

  it("reads a success", () => {
    const r = parseConnectResult(new URLSearchParams("connection=con_1&result=ok"));
    expect(r).toMatchObject({ connectionID: "con_1", result: { ok: true, title: "Connected to Ironclad" } });
  });

  it("explains a missing API Management with the fix", () => {
    const r = parseConnectResult(new URLSearchParams("connection=con_1&result=MISSING_API_MANAGEMENT"));
    expect(r?.result.ok).toBe(false);
    expect(r?.result.title).toMatch(/API Management/);
    expect(r?.result.fix.join(" ")).toMatch(/Company Settings > Groups/);
    expect(r?.result.fix.join(" ")).toMatch(/Users & Groups Administration/);
  });

  it("copes with an unknown code and a missing connection", () => {
    const r = parseConnectResult(new URLSearchParams("result=SOMETHING_NEW"));
    expect(r).toMatchObject({ connectionID: null, result: { ok: false } });
  });
});

describe("statuses", () => {
  it("summarizes several connections, the worst first", () => {
    expect(overallStatus([]).label).toBe("Not connected");
    expect(overallStatus(["PENDING", "CONNECTED"]).label).toBe("Connected");
    expect(overallStatus(["CONNECTED", "NEEDS_ATTENTION"]).label).toBe("Needs attention");
    expect(overallStatus(["CONNECTED", "RECONNECT_NEEDED"]).label).toBe("Reconnect needed");
    expect(overallStatus(["DISCONNECTED"]).label).toBe("Disconnected");
  });

  it("offers Connect or Reconnect", () => {
    expect(connectLabel("PENDING")).toBe("Connect");
    expect(connectLabel("DISCONNECTED")).toBe("Connect");
    expect(connectLabel("RECONNECT_NEEDED")).toBe("Reconnect");
    expect(connectLabel("CONNECTED")).toBe("Reconnect");
  });

  it("keeps the newer copy of a connection", () => {
    const a = { id: "1", updatedAt: "2026-01-01T00:00:00Z", v: "a" };
    const b = { id: "1", updatedAt: "2026-01-02T00:00:00Z", v: "b" };
    expect(newer(a, b).v).toBe("b");
    expect(newer(b, a).v).toBe("b");
    expect(newer(a, undefined).v).toBe("a");
  });
});

describe("suggestName", () => {
  it("picks a free name for the environment", () => {
    expect(suggestName("EU", [])).toBe("Ironclad EU");
    expect(suggestName("EU", ["ironclad eu"])).toBe("Ironclad EU 2");
    expect(suggestName("SANDBOX", ["Ironclad sandbox", "Ironclad sandbox 2"])).toBe("Ironclad sandbox 3");
  });
});
