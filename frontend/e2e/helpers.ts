import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";

/** The admin that `tradewind serve --demo` seeds; the config passes this password in. */
export const demoAdmin = {
  email: "admin@tradewind.example",
  password: "demo-password-123",
};

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
