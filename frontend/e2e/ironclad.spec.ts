import { expect, test, type Page } from "@playwright/test";
import { demoAdmin, mainNav, scaled, signIn, snap } from "./helpers";

// Issue 4 in the browser, following the seed article's steps in order:
// Connect → Allow Access → Import Forms → a Needs Review field edited and
// resolved → comment sync toggled → Re-sync showing a diff after the template
// changed in Ironclad (the sandbox's control API). Then the refusal: an
// Ironclad user whose group lacks API Management.

const sandbox = "/ironclad-sandbox";
const ironcladAdmin = { email: "admin@ironclad.example", password: "sandbox" };
const ironcladLegal = { email: "legal@ironclad.example", password: "sandbox" };
const seededTemplates = ["Every Field Type", "Procurement Intake", "Purchase Order", "Vendor Agreement"];

async function openIronclad(page: Page) {
  await mainNav(page).getByRole("link", { name: "Integrations" }).click();
  await expect(page.getByRole("heading", { name: "Integrations", level: 2 })).toBeVisible();
  await page.getByTestId("integration-ironclad").getByRole("link", { name: "View Details" }).click();
  await expect(page.getByRole("heading", { name: "Ironclad", level: 2 })).toBeVisible();
}

/** Ironclad's sign-in page (the sandbox's), then its consent page. */
async function signInToIronclad(page: Page, user: { email: string; password: string }) {
  await expect(page).toHaveURL(new RegExp(`${sandbox}/login`));
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Authorize Tradewind" })).toBeVisible();
}

/**
 * A full-page screenshot of what the admin sees: toasts that already said
 * their piece (checked by the test) are hidden, and the page is at the top so
 * the fixed header and any open dialog sit where a person would see them.
 */
async function shot(page: Page, name: string) {
  const style = await page.addStyleTag({ content: ".mantine-Notifications-root { display: none !important; }" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
  await style.evaluate((el) => (el as HTMLElement).remove());
}

async function slowIronclad(page: Page, latencyMs: number) {
  const res = await page.request.put(`${sandbox}/_control/faults`, { data: { latencyMs, errorRate: 0, force429: 0 } });
  expect(res.ok()).toBeTruthy();
}

function workflowRow(page: Page, name: string) {
  return page.getByTestId("synced-workflow-row").filter({ has: page.getByRole("link", { name, exact: true }) });
}

async function workflowMenu(page: Page, name: string, item: string) {
  await page.getByRole("button", { name: `Actions for ${name}` }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

async function changeTemplate(page: Page, template: string, body: Record<string, unknown>) {
  const res = await page.request.post(`${sandbox}/_control/templates/${template}/fields`, { data: body });
  expect(res.ok(), `${JSON.stringify(body)}: ${await res.text()}`).toBeTruthy();
}

test("Connect, Allow Access, Import Forms, review a field, comment sync, Re-sync", async ({ page }) => {
  // Each screenshot is also an axe check (snap), a second or two each on a busy machine.
  test.setTimeout(scaled(180_000));
  await signIn(page, demoAdmin.email, demoAdmin.password);

  await test.step("Integrations → Ironclad → View Details", async () => {
    await openIronclad(page);
    await expect(page.getByTestId("no-connection")).toContainText("Ironclad is not connected yet");
    await expect(page.getByText("Use a dedicated integration user")).toBeVisible();
    await shot(page, "ironclad-01-details");
  });

  await test.step("Connect: the built-in sandbox is preselected, nothing to enter", async () => {
    await page.getByRole("button", { name: "Connect", exact: true }).first().click();
    const dialog = page.getByRole("dialog", { name: "Connect Ironclad" });
    await expect(dialog.getByRole("radio", { name: /Built-in Ironclad sandbox/ })).toBeChecked();
    await expect(dialog.getByLabel("Connection name")).toHaveValue("Ironclad sandbox");
    await expect(dialog.getByLabel("OAuth client id")).toHaveCount(0);
    // A custom address needs one, and the client: checked before anything is sent.
    await dialog.getByRole("radio", { name: /Custom base URL/ }).check();
    await dialog.getByRole("button", { name: "Connect" }).click();
    await expect(dialog.getByText("Enter the OAuth client id from Ironclad.")).toBeVisible();
    await expect(dialog.getByText(/Enter the address you use for Ironclad/)).toBeVisible();
    await dialog.getByRole("radio", { name: /Built-in Ironclad sandbox/ }).check();
    await expect(dialog.getByLabel("Connection name")).toHaveValue("Ironclad sandbox");
    await shot(page, "ironclad-02-connect");
    await dialog.getByRole("button", { name: "Connect" }).click();
  });

  await test.step("Allow Access on Ironclad's page, signed in as an Ironclad admin", async () => {
    await signInToIronclad(page, ironcladAdmin);
    await shot(page, "ironclad-03-allow-access");
    await page.getByRole("button", { name: "Allow Access" }).click();
    await expect(page).toHaveURL(/\/integrations\/ironclad\?connection=.+&result=ok/);
    await expect(page.getByTestId("connect-result")).toContainText("Connected: Ironclad sandbox");
    const card = page.getByTestId("connection-card");
    await expect(card.getByTestId("connection-status")).toHaveText("Connected");
    await expect(card).toContainText("admin@ironclad.example");
    await expect(card).toContainText("Active");
    await expect(card).toContainText("just now");
    await card.getByRole("button", { name: /granted/ }).click();
    await expect(card).toContainText("public.webhooks.createWebhooks");
    await shot(page, "ironclad-04-connected");
    await card.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByText("Ironclad sandbox works")).toBeVisible();
  });

  await test.step("Import Forms: search, select every seeded template, Import, watch progress", async () => {
    await page.getByRole("link", { name: "Import Forms" }).click();
    await expect(page.getByRole("heading", { name: "Import Forms", level: 2 })).toBeVisible();
    const rows = page.getByTestId("template-row");
    await expect(rows).toHaveCount(seededTemplates.length);
    await page.getByLabel("Search workflows").fill("purchase");
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Purchase Order");
    await page.getByLabel("Search workflows").fill("");
    await expect(rows).toHaveCount(seededTemplates.length);
    await expect(rows.first()).toContainText("Not imported");
    await page.getByLabel("Select every workflow shown").check();
    await expect(page.getByRole("button", { name: "Import 4 workflows" })).toBeEnabled();
    await shot(page, "ironclad-05-import-forms");
    // Ironclad answers slowly for a moment, so the live progress can be seen.
    await slowIronclad(page, 4000);
    await page.getByRole("button", { name: "Import 4 workflows" }).click();
    await expect(page.getByTestId("import-summary")).toContainText(/Importing \d of 4/);
    await expect(rows.getByText("Importing…").first()).toBeVisible();
    await shot(page, "ironclad-06-import-progress");
    await slowIronclad(page, 0);
    await expect(page.getByTestId("import-summary")).toContainText("4 of 4 imported", { timeout: scaled(30_000) });
    for (const name of seededTemplates) {
      await expect(rows.filter({ hasText: name }).getByTestId("template-status")).toContainText("Imported");
    }
    await expect(rows.filter({ hasText: "Purchase Order" })).toContainText("Review 2 fields");
    await shot(page, "ironclad-07-imported");
  });

  await test.step("Synced workflows list with the [...] menu", async () => {
    await page.getByRole("link", { name: "Go to synced workflows" }).click();
    await expect(page.getByTestId("synced-workflow-row")).toHaveCount(seededTemplates.length);
    const po = workflowRow(page, "Purchase Order");
    await expect(po).toContainText("Ironclad sandbox");
    await expect(po.getByTestId("needs-review-count")).toHaveText("2 Needs Review");
    await expect(po.getByTestId("comment-sync")).toHaveText("On");
    await shot(page, "ironclad-08-synced-workflows");
  });

  await test.step("Needs Review: the collapsed property explained; Edit sets the condition and resolves it", async () => {
    await workflowMenu(page, "Purchase Order", "View fields");
    await expect(page.getByRole("heading", { name: "Purchase Order", level: 2 })).toBeVisible();
    const term = page.locator('[data-testid="field-row"][data-field-key="purchaseTerm"]');
    await expect(term.getByTestId("review-state")).toHaveText("Needs Review");
    await expect(term).toContainText("Conditional");
    const shared = page.getByTestId("shared-property");
    await expect(shared).toContainText("one conditional question per property");
    await expect(shared).toContainText("Purchase Term – Alt");
    await page.getByText(/^Needs Review \(\d+\)$/).click();
    await expect(page.getByTestId("field-row")).toHaveCount(2);
    await shot(page, "ironclad-09-needs-review");

    await term.getByRole("button", { name: "Edit Purchase Term" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit “Purchase Term”" });
    await expect(dialog).toContainText("required: conditional");
    await dialog.getByRole("switch", { name: "Show only when another answer calls for it" }).check();
    await dialog.getByRole("button", { name: "Mark reviewed" }).click();
    await expect(dialog.getByText("Choose the question whose answer shows this one.")).toBeVisible();
    await dialog.getByRole("textbox", { name: "Show when" }).click();
    await page.getByRole("option", { name: "Is this a one-time purchase or a subscription?" }).click();
    await dialog.getByRole("button", { name: "Mark reviewed" }).click();
    await expect(dialog.getByText("Give the one answer that shows this question.")).toBeVisible();
    await dialog.getByRole("textbox", { name: "Answer" }).click();
    await page.getByRole("option", { name: "Subscription" }).click();
    await shot(page, "ironclad-10-edit-field");
    await dialog.getByRole("button", { name: "Mark reviewed" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("field-row")).toHaveCount(1);
    await page.getByText(/^All fields \(\d+\)$/).click();
    await expect(term.getByTestId("review-state")).toHaveText("OK");
    await expect(term).toContainText(
      "Show when “Is this a one-time purchase or a subscription?” equals “Subscription”",
    );
    await expect(page.getByText("Needs Review (1)")).toBeVisible();
    await shot(page, "ironclad-11-field-reviewed");
  });

  await test.step("Edit next to the workflow: comment sync off", async () => {
    await page.getByRole("link", { name: "Ironclad", exact: true }).click();
    await expect(workflowRow(page, "Purchase Order").getByTestId("needs-review-count")).toHaveText("1 Needs Review");
    await workflowMenu(page, "Purchase Order", "Edit");
    const dialog = page.getByRole("dialog", { name: "Edit Purchase Order" });
    const toggle = dialog.getByRole("switch", { name: "Sync comments with Ironclad" });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await shot(page, "ironclad-12-comment-sync");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(workflowRow(page, "Purchase Order").getByTestId("comment-sync")).toHaveText("Off");
  });

  await test.step("Re-sync after the template changed and was republished in Ironclad", async () => {
    // Vendor Agreement: the sandbox's own browser test uses the other templates.
    const va = "65a1e0f0c0ffee0000000102";
    await changeTemplate(page, va, { op: "rename", field: "vendorCategory", name: "Vendor type" });
    await changeTemplate(page, va, { op: "retype", field: "annualContractValue", type: "number" });
    await changeTemplate(page, va, { op: "add", name: "Vendor Tax ID", type: "string", required: true });
    await changeTemplate(page, va, { op: "remove", field: "vendorAddress" });
    const published = await page.request.post(`${sandbox}/_control/templates/${va}/publish`);
    expect(published.ok()).toBeTruthy();

    await workflowMenu(page, "Vendor Agreement", "Re-sync");
    const dialog = page.getByRole("dialog", { name: "Re-sync Vendor Agreement" });
    await expect(dialog.getByTestId("diff-summary")).toContainText("4 changes");
    await expect(dialog.getByTestId("diff-group-ADDED")).toContainText("Vendor Tax ID");
    await expect(dialog.getByTestId("diff-group-REMOVED")).toContainText("vendorAddress");
    await expect(dialog.getByTestId("diff-group-RENAMED")).toContainText("Vendor type");
    await expect(dialog.getByTestId("diff-group-RETYPED")).toContainText("number");
    await expect(dialog).toContainText("Ironclad republished this template");
    await expect(dialog.getByRole("button", { name: "Accept" })).toBeDisabled();
    await dialog.getByRole("checkbox", { name: /same workflow/ }).check();
    await shot(page, "ironclad-13-resync-diff");
    await dialog.getByRole("button", { name: "Accept" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Vendor Agreement is up to date with Ironclad.")).toBeVisible();

    await workflowMenu(page, "Vendor Agreement", "View fields");
    await expect(page.locator('[data-field-key="vendorTaxID"]')).toContainText("Vendor Tax ID");
    await expect(page.locator('[data-field-key="vendorCategory"]')).toContainText("Vendor type");
    await expect(page.locator('[data-field-key="vendorAddress"]')).toContainText("Removed from Ironclad");
    await page.getByRole("button", { name: "Re-sync" }).click();
    await expect(page.getByTestId("diff-unchanged")).toBeVisible();
    await shot(page, "ironclad-14-resynced");
    await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).click();
  });

  await test.step("Disconnect (confirmed) removes the webhook; Reconnect keeps the synced workflows", async () => {
    await page.getByRole("link", { name: "Ironclad", exact: true }).click();
    const card = page.getByTestId("connection-card");
    await card.getByRole("button", { name: "More for Ironclad sandbox" }).click();
    await page.getByRole("menuitem", { name: "Disconnect" }).click();
    const confirm = page.getByRole("dialog", { name: "Disconnect Ironclad sandbox?" });
    await expect(confirm).toContainText("deletes its webhook in Ironclad");
    await confirm.getByRole("button", { name: "Disconnect" }).click();
    await expect(confirm).toBeHidden();
    await expect(card.getByTestId("connection-status")).toHaveText("Disconnected");
    await expect(card).toContainText("Not registered");
    await expect(page.getByTestId("synced-workflow-row")).toHaveCount(seededTemplates.length);
    await shot(page, "ironclad-15-disconnected");
    await card.getByRole("button", { name: "Connect" }).click();
    // Still signed in to Ironclad: straight to its consent page.
    await expect(page.getByRole("heading", { name: "Authorize Tradewind" })).toBeVisible();
    await page.getByRole("button", { name: "Allow Access" }).click();
    await expect(page.getByTestId("connect-result")).toContainText("Connected: Ironclad sandbox");
    await expect(card.getByTestId("connection-status")).toHaveText("Connected");
    await expect(card).toContainText("4 synced workflows.");
  });
});

test("an Ironclad user without API Management is refused, with the fix", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await openIronclad(page);
  await page
    .getByRole("button", { name: /Add connection|Connect/ })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: "Connect Ironclad" });
  await expect(dialog.getByRole("radio", { name: /Built-in Ironclad sandbox/ })).toBeChecked();
  await dialog.getByLabel("Connection name").fill("Ironclad (legal team)");
  await dialog.getByRole("button", { name: "Connect" }).click();
  await signInToIronclad(page, ironcladLegal);
  await page.getByRole("button", { name: "Allow Access" }).click();
  await expect(page).toHaveURL(/result=MISSING_API_MANAGEMENT/);
  const result = page.getByTestId("connect-result");
  await expect(result).toContainText("The Ironclad user needs API Management");
  await expect(result).toContainText("legal@ironclad.example");
  await expect(result).toContainText("Company Settings > Groups");
  await expect(result).toContainText("API Management and Users & Groups Administration");
  const card = page.getByTestId("connection-card").filter({ hasText: "Ironclad (legal team)" });
  await expect(card.getByTestId("connection-status")).toHaveText("Not connected");
  await expect(card).toContainText("Refused by Ironclad");
  await shot(page, "ironclad-16-api-management-refused");
});

test("viewers read without changing; requesters cannot open Ironclad", async ({ page, baseURL }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const stamp = Date.now();
  const people = {
    viewer: { email: `vera.${stamp}@tradewind.example`, name: "Vera Viewer", role: "VIEWER" },
    requester: { email: `reed.${stamp}@tradewind.example`, name: "Reed Requester", role: "REQUESTER" },
  };
  const password = "viewer-pass-12345";
  for (const p of Object.values(people)) {
    const res = await page.request.post("/graphql", {
      headers: { Origin: baseURL ?? "" },
      data: {
        query: "mutation($input: CreateUserInput!) { createUser(input: $input) { id } }",
        variables: { input: { ...p, password } },
      },
    });
    expect(await res.json()).not.toHaveProperty("errors");
  }
  await page.context().clearCookies();

  await signIn(page, people.viewer.email, password);
  await openIronclad(page);
  await expect(page.getByTestId("connection-card").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Add connection|Connect/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import Forms" })).toHaveCount(0);
  await page.getByRole("button", { name: "Actions for Purchase Order" }).click();
  await expect(page.getByRole("menuitem", { name: "View fields" })).toBeVisible();
  for (const change of ["Re-sync", "Edit", "Remove"]) {
    await expect(page.getByRole("menuitem", { name: change })).toHaveCount(0);
  }
  await page.getByRole("menuitem", { name: "View fields" }).click();
  await expect(page.getByTestId("field-row").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Re-sync" })).toHaveCount(0);
  await shot(page, "ironclad-17-viewer-fields");
  await page.context().clearCookies();

  await signIn(page, people.requester.email, password);
  await page.goto("/integrations/ironclad");
  await expect(page.getByText("You don't have access to this page")).toBeVisible();
});
