import { DEFAULT_THEME } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { blend, contrastRatio } from "./contrast";
import { cssVariablesResolver } from "./theme";

const light: Record<string, string> = cssVariablesResolver(DEFAULT_THEME).light;
const gray = DEFAULT_THEME.colors.gray;
const surfaces = ["#ffffff", gray[0], gray[1]];

describe("the theme's light colours read at WCAG AA (4.5 : 1)", () => {
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    it(`${name}: text, light-variant text on its tint, white on its fill`, () => {
      const text = light[`--mantine-color-${name}-text`]!;
      expect(light[`--mantine-color-${name}-light-color`]).toBe(text);
      const tints = surfaces.map((s) => blend(shades[6], 0.12, s));
      for (const bg of [...surfaces, ...tints]) expect(contrastRatio(text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio("#ffffff", light[`--mantine-color-${name}-filled`]!)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("links, errors and dimmed text", () => {
    for (const v of ["--mantine-color-anchor", "--mantine-color-error", "--mantine-color-dimmed"]) {
      for (const bg of surfaces) expect(contrastRatio(light[v]!, bg), `${v} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps the palette where it already reads: blue text is blue 9, its fill blue 8", () => {
    expect(light["--mantine-color-blue-text"]).toBe(DEFAULT_THEME.colors.blue[9]);
    expect(light["--mantine-color-blue-filled"]).toBe(DEFAULT_THEME.colors.blue[8]);
  });
});
