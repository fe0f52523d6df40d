import { createTheme, DEFAULT_THEME, type CSSVariablesResolver, type MantineTheme } from "@mantine/core";
import { blend, readableShade } from "./contrast";

export const theme = createTheme({
  primaryColor: "blue",
  defaultRadius: "md",
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: "650" },
  components: {
    Badge: { defaultProps: { radius: "sm" } },
    // The × that closes a dialog or drawer is a button, and a button needs a name.
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close dialog" } } },
    Drawer: { defaultProps: { closeButtonProps: { "aria-label": "Close dialog" } } },
    // Notifications too; their description is gray 6 unless told to be dimmed.
    Notification: {
      defaultProps: { closeButtonProps: { "aria-label": "Close notification" } },
      styles: { description: { color: "var(--mantine-color-dimmed)" } },
    },
    // Mantine's focus placeholder is a <div tabindex> inside role="menu", which
    // may only hold menu items (axe: aria-required-children). Items still take
    // the focus with the arrow keys.
    //
    // A coloured item (`<Menu.Item color="red">`, even "red.9") is drawn with
    // `var(--mantine-color-red-6)` itself, not the red text variable below; in
    // a menu, shade 6 of every colour reads as that colour's text shade.
    Menu: {
      defaultProps: { withInitialFocusPlaceholder: false },
      styles: (t: MantineTheme) => ({
        dropdown: Object.fromEntries(
          Object.keys(t.colors).map((name) => [`--mantine-color-${name}-6`, `var(--mantine-color-${name}-text)`]),
        ),
      }),
    },
  },
});

// Mantine draws coloured text (links, light and subtle buttons, light and
// outline badges, the active navigation link, `c="red"`, errors) and the fills
// under white text with shade 6 of each palette, and dimmed text with gray 6:
// 2–3.6 : 1 on our light backgrounds, short of WCAG AA's 4.5 : 1 (issue 12).
// Rather than fix screen by screen, every colour's text and fill variables use
// the first shade from 6 on (or the darkest, darkened just enough) that reads
// at 4.5 : 1 on the backgrounds it sits on. Pale tints keep shade 6, so the
// product keeps its look; dark mode is not offered, so only light changes.

const palette = { ...DEFAULT_THEME.colors, ...theme.colors };
const white = DEFAULT_THEME.white;
const gray = DEFAULT_THEME.colors.gray;
/** Page (AppShell main), table-row hover and card backgrounds. */
const surfaces = [white, gray[0], gray[1]];

function colorVariables(name: string, shades: readonly string[]): Record<string, string> {
  // The light variant's tint (shade 6 at 10 %, 12 % on hover), on each surface.
  const tints = surfaces.flatMap((s) => [blend(shades[6]!, 0.1, s), blend(shades[6]!, 0.12, s)]);
  const text = readableShade(shades, 6, [...surfaces, ...tints]);
  const fill = readableShade(shades, 6, [white]);
  const fillIndex = shades.indexOf(fill);
  return {
    [`--mantine-color-${name}-text`]: text,
    [`--mantine-color-${name}-light-color`]: text,
    [`--mantine-color-${name}-outline`]: text,
    [`--mantine-color-${name}-filled`]: fill,
    [`--mantine-color-${name}-filled-hover`]: fillIndex >= 0 && fillIndex < 9 ? shades[fillIndex + 1]! : fill,
  };
}

const readableColors: Record<string, string> = Object.fromEntries(
  Object.entries(palette).flatMap(([name, shades]) => (shades ? Object.entries(colorVariables(name, shades)) : [])),
);
const textOf = (color: string) => readableColors[`--mantine-color-${color}-text`] ?? "";

const dimmed = readableShade([gray[6]], 0, surfaces);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...readableColors,
    "--mantine-color-anchor": textOf(theme.primaryColor ?? "blue"),
    "--mantine-color-error": textOf("red"),
    // gray 6, darkened just enough for secondary text on every surface; placeholders
    // (gray 5 by default) too, since some are drawn as text elements (Input.Placeholder).
    "--mantine-color-dimmed": dimmed,
    "--mantine-color-placeholder": dimmed,
  },
  dark: {},
});
