import { describe, expect, it } from "vitest";
import { mergeEntries } from "./mergeEntries";

const entry = (id: string, minute: number) => ({
  id,
  createdAt: `2026-11-26T12:${String(minute).padStart(2, "0")}:00Z`,
});

describe("mergeEntries", () => {
  it("puts live entries first and shows each entry once", () => {
    const loaded = [entry("b", 2), entry("a", 1)];
    const live = [entry("c", 3), entry("b", 2)];
    expect(mergeEntries(live, loaded).map((e) => e.id)).toEqual(["c", "b", "a"]);
  });

  it("keeps newest first even when events arrive out of order", () => {
    const live = [entry("d", 3), entry("e", 4)];
    expect(mergeEntries(live, [entry("a", 1)]).map((e) => e.id)).toEqual(["e", "d", "a"]);
  });

  it("caps the list", () => {
    const loaded = Array.from({ length: 10 }, (_, i) => entry(`x${i}`, i));
    expect(mergeEntries([], loaded, 3)).toHaveLength(3);
  });
});
