import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { demoAdmin, scaled } from "./e2e/helpers";

// The browser tests drive the real tradewind binary (demo mode, fresh data
// directory) with Debian's Chromium; no browser is ever downloaded.
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env["E2E_PORT"] ?? 18080);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: `${repoRoot}test-results`,
  timeout: scaled(90_000),
  expect: { timeout: scaled(10_000) },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env["CI"],
  reporter: [["list"], ["html", { open: "never", outputFolder: `${repoRoot}playwright-report` }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "bash frontend/e2e/serve.sh",
    cwd: repoRoot,
    url: `${baseURL}/healthz`,
    timeout: 600_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      TRADEWIND_DEMO_PASSWORD: demoAdmin.password,
      E2E_PORT: String(port),
    },
  },
});
