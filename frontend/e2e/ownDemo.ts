import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { demoAdmin, mainNav, scaled } from "./helpers";

export const ironcladAdmin = { email: "admin@ironclad.example", password: "sandbox" };

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Gives the calling spec file a fresh demo of its own on E2E_PORT + offset
 * (serve.sh again, with the SPA the config's server already built), for a
 * journey that needs the demo as seeded: nothing connected to the Ironclad
 * sandbox, its templates unchanged. Other files change the shared server.
 * Registers the file's beforeAll/afterAll and its baseURL; returns the origin.
 */
export function withOwnDemo(offset: number): string {
  const port = Number(process.env["E2E_PORT"] ?? 18080) + offset;
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;

  test.use({ baseURL: origin });

  test.beforeAll(async () => {
    test.setTimeout(scaled(300_000));
    // The demo's log goes to test-results/demo-PORT.log: a failing journey's server side is kept.
    mkdirSync(`${repoRoot}test-results`, { recursive: true });
    const log = openSync(`${repoRoot}test-results/demo-${port}.log`, "a");
    server = spawn("bash", ["frontend/e2e/serve.sh"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        E2E_SKIP_BUILD: "1",
        E2E_PORT: String(port),
        TRADEWIND_DEMO_PASSWORD: demoAdmin.password,
      },
      stdio: ["ignore", log, log],
      detached: true,
    });
    const deadline = Date.now() + scaled(280_000);
    for (;;) {
      const up = await fetch(`${origin}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (server.exitCode !== null) throw new Error(`serve.sh on port ${port} exited with ${server.exitCode}`);
      if (Date.now() > deadline) throw new Error(`no demo on port ${port} after 280 s`);
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  test.afterAll(async () => {
    // serve.sh stops the server and removes its data directory on TERM.
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  });

  return origin;
}

/** On a fresh demo: Connect the built-in sandbox as its admin, Allow Access, Import Forms of Vendor Agreement. */
export async function connectSandboxAndImport(page: Page, workflow = "Vendor Agreement") {
  await mainNav(page).getByRole("link", { name: "Integrations" }).click();
  await page.getByTestId("integration-ironclad").getByRole("link", { name: "View Details" }).click();
  await page.getByRole("button", { name: "Connect", exact: true }).first().click();
  const dialog = page.getByRole("dialog", { name: "Connect Ironclad" });
  await expect(dialog.getByRole("radio", { name: /Built-in Ironclad sandbox/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Connect" }).click();
  await expect(page).toHaveURL(/\/ironclad-sandbox\/login/);
  await page.getByLabel("Email").fill(ironcladAdmin.email);
  await page.getByLabel("Password").fill(ironcladAdmin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Allow Access" }).click();
  await expect(page).toHaveURL(/\/integrations\/ironclad\?connection=.+&result=ok/);
  await page.getByRole("link", { name: "Import Forms" }).click();
  const rows = page.getByTestId("template-row");
  await expect(rows.filter({ hasText: workflow })).toHaveCount(1);
  await page.getByLabel(`Select ${workflow}`).check();
  await page.getByRole("button", { name: "Import 1 workflow" }).click();
  await expect(rows.filter({ hasText: workflow }).getByTestId("template-status")).toContainText("Imported", {
    timeout: scaled(30_000),
  });
}
