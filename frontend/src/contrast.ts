// WCAG 2.1 contrast arithmetic for the theme (theme.ts): which shade of a
// palette can carry text on the backgrounds it is drawn on.

/** AA for normal-size text (WCAG 2.1, 1.4.3). */
export const minimumTextContrast = 4.5;

type RGB = [number, number, number];

function parse(hex: string): RGB {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rgb or #rrggbb colour: ${hex}`);
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join("") : m[1];
  const n = parseInt(digits, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function format(rgb: RGB): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as RGB;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` at `alpha` over the opaque `background`, as the browser paints it. */
export function blend(color: string, alpha: number, background: string): string {
  const fg = parse(color);
  const bg = parse(background);
  return format(fg.map((c, i) => c * alpha + bg[i]! * (1 - alpha)) as RGB);
}

function readableOnAll(color: string, backgrounds: string[]): boolean {
  return backgrounds.every((bg) => contrastRatio(color, bg) >= minimumTextContrast);
}

/**
 * The first of `shades` from index `from` on (darker and darker) that reads at
 * AA on every background; when even the darkest does not, the darkest mixed
 * with just enough black.
 */
export function readableShade(shades: readonly string[], from: number, backgrounds: string[]): string {
  for (const shade of shades.slice(from)) {
    if (readableOnAll(shade, backgrounds)) return shade;
  }
  const darkest = shades[shades.length - 1];
  if (!darkest) throw new Error("no shades");
  for (let black = 0.02; black < 1; black += 0.02) {
    const mixed = blend("#000000", black, darkest);
    if (readableOnAll(mixed, backgrounds)) return mixed;
  }
  return "#000000";
}
