import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "./throttle";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs the first call at once and a burst after it once, at the end of the interval", () => {
    const run = vi.fn();
    const refresh = throttle(run, 2000);
    refresh();
    expect(run).toHaveBeenCalledTimes(1);
    refresh();
    refresh();
    refresh();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1999);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("runs at once again after a quiet interval", () => {
    const run = vi.fn();
    const refresh = throttle(run, 2000);
    refresh();
    vi.advanceTimersByTime(5000);
    refresh();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("never runs a call cancelled before its time", () => {
    const run = vi.fn();
    const refresh = throttle(run, 2000);
    refresh();
    refresh();
    refresh.cancel();
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
