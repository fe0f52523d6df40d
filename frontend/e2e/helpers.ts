import { mkdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Result } from "axe-core";

/** The admin that `tradewind serve --demo` seeds; the config passes this password in. */
export const demoAdmin = {
  email: "admin@tradewind.example",
  password: "demo-password-123",
};

/**
 * How much slower than an idle machine this one is: E2E_TIMEOUT_SCALE, or the
 * load per core when the run starts (2 to 5 when other builds share the
 * cores), at least 1. Every timeout of the browser tests is scaled by it:
 * the tests wait for state, and a busy machine only makes the state come later.
 */
export const timeoutScale = Math.min(
  5,
  Math.max(1, Number(process.env["E2E_TIMEOUT_SCALE"]) || (loadavg()[0] ?? 0) / Math.max(1, cpus().length)),
);

/** A timeout in milliseconds, scaled to this machine's load. */
export function scaled(ms: number): number {
  return Math.round(ms * timeoutScale);
}

const screenshots = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

/**
 * A full-page picture of what a person sees, kept with the test results; a
 * screen worth a picture is a screen worth checking, so axe runs on it too.
 */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  // Let entrance transitions (modals, notifications) settle first.
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  await expectNoAxeViolations(page, name);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

/** The rules of WCAG 2.0 and 2.1, levels A and AA, as axe-core tags them. */
const wcagAA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** One line per rule broken, then one per element, with axe's own explanation. */
function describeViolations(violations: Result[]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`);
    return [`${v.id} (${v.impact}): ${v.help} (${v.helpUrl})`, ...nodes].join("\n");
  });
}

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on what the page shows now (open
 * dialogs, drawers and menus included) and records a failure listing every
 * serious or critical violation. The failure is soft: the journey goes on, so
 * one run lists every screen that breaks a rule. Call it on each new screen and
 * each dialog a test opens; `snap` already does.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // Modals, drawers and menus fade in: colours mid-transition would be misread.
  // Spinners and striped progress bars turn forever; they are not waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (blocking.length > 0) {
    await test
      .info()
      .attach(`axe-${screen}.json`, { body: JSON.stringify(blocking, null, 2), contentType: "application/json" });
  }
  expect.soft(describeViolations(blocking), `axe (WCAG 2.1 AA) on ${screen}`).toEqual([]);
}

/**
 * Focus is on this element and drawn, so a keyboard user can see where they
 * are: a focus ring (outline), or, for Mantine's text inputs, the border in the
 * primary colour.
 */
export async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  // Polled: Mantine's inputs fade their border to the primary colour (100 ms),
  // and a busy machine may read it mid-way.
  const shown = () =>
    target.evaluate((el) => {
      const style = getComputedStyle(el);
      const ring = el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.color = "var(--mantine-primary-color-filled)";
      const primary = getComputedStyle(probe).color;
      probe.remove();
      return ring || style.borderTopColor === primary;
    });
  await expect.poll(shown, { message: "a visible focus indicator" }).toBe(true);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, max = 60) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(target);
      return;
    }
  }
  throw new Error(`${max} presses of Tab never reached ${target.toString()}`);
}

/** The dialog has the focus: Tab cannot wander to the page behind it. */
export async function expectFocusInside(dialog: Locator) {
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
}

/** Runs a GraphQL operation as whoever the page is signed in as; throws on errors. */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}
