import { describe, expect, it } from "vitest";
import { blend, contrastRatio, readableShade } from "./contrast";

const blue = [
  "#e7f5ff",
  "#d0ebff",
  "#a5d8ff",
  "#74c0fc",
  "#4dabf7",
  "#339af0",
  "#228be6",
  "#1c7ed6",
  "#1971c2",
  "#1864ab",
];
const yellow = [
  "#fff9db",
  "#fff3bf",
  "#ffec99",
  "#ffe066",
  "#ffd43b",
  "#fcc419",
  "#fab005",
  "#f59f00",
  "#f08c00",
  "#e67700",
];

describe("contrastRatio", () => {
  it("matches WCAG's figures", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // The default primary blue on white, short of AA (less still on tinted backgrounds).
    expect(contrastRatio("#228be6", "#ffffff")).toBeCloseTo(3.56, 2);
    expect(contrastRatio("#ffffff", "#228be6")).toBe(contrastRatio("#228be6", "#ffffff"));
  });
});

describe("blend", () => {
  it("paints a translucent colour over its background", () => {
    expect(blend("#000000", 0.5, "#ffffff")).toBe("#808080");
    expect(blend("#228be6", 0, "#f8f9fa")).toBe("#f8f9fa");
    expect(blend("#228be6", 1, "#f8f9fa")).toBe("#228be6");
  });
});

describe("readableShade", () => {
  it("takes the first shade from `from` on that reads at 4.5 : 1 on every background", () => {
    const tint = blend(blue[6]!, 0.12, "#f8f9fa");
    const shade = readableShade(blue, 6, ["#ffffff", tint]);
    expect(blue.indexOf(shade)).toBeGreaterThan(6);
    expect(contrastRatio(shade, tint)).toBeGreaterThanOrEqual(4.5);
    // And not a darker one than needed.
    const previous = blue[blue.indexOf(shade) - 1]!;
    expect(Math.min(contrastRatio(previous, "#ffffff"), contrastRatio(previous, tint))).toBeLessThan(4.5);
  });

  it("darkens the darkest shade just enough when no shade is readable", () => {
    const shade = readableShade(yellow, 6, ["#ffffff"]);
    expect(yellow).not.toContain(shade);
    expect(contrastRatio(shade, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(shade, "#ffffff")).toBeLessThan(5);
  });

  it("keeps a shade that already reads", () => {
    expect(readableShade(blue, 9, ["#ffffff"])).toBe("#1864ab");
  });
});
