import { mkdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";

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

/** A full-page picture of what a person sees, kept with the test results. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  // Let entrance transitions (modals, notifications) settle first.
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
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
