import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAdmin, gql, mainNav, scaled, signIn, snap as snapPage } from "./helpers";
import { connectSandboxAndImport } from "./ownDemo";

// Issue 9, journey 5 in the browser: a request form without a workflow says it
// cannot be submitted; the admin builds a workflow for it (an approval, then
// Integration → Ironclad: launch Vendor Agreement, monitor approvals, monitor
// the signature packet), Save shows what blocks launches next to the task it
// is about, a task moves with the keyboard, the list and the form list show
// the workflow, a second workflow cannot take the form, and Archive (with
// confirmation) releases the form again.
//
// Runs on the config's server after ironclad.spec.ts has connected and
// imported, or alone on a fresh demo: it connects and imports only when no
// Vendor Agreement is imported yet.

const formName = "Laptop purchase";
const workflowName = "Laptop purchase approval";

/** A GraphQL call with the signed-in admin's session, for setup the journey is not about. */
async function ensureVendorAgreementImported(page: Page) {
  const { ironcladWorkflows } = await gql<{ ironcladWorkflows: { name: string }[] }>(
    page,
    "{ ironcladWorkflows { name } }",
  );
  if (ironcladWorkflows.some((w) => w.name === "Vendor Agreement")) return;
  await connectSandboxAndImport(page);
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, scope: Page | Locator, label: string | RegExp, option: string | RegExp) {
  await scope.getByRole("textbox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: typeof option === "string" }).click();
}

function task(page: Page, n: number): Locator {
  return page.getByRole("listitem", { name: new RegExp(`^Task ${n}:`) });
}

async function addTask(page: Page, kind: string) {
  await page.getByRole("button", { name: "Add task" }).click();
  await page.getByRole("menuitem", { name: kind, exact: true }).click();
}

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapPage(page, name);
}

function screenshotPath(name: string) {
  return fileURLToPath(new URL(`../../test-results/screenshots/${name}.png`, import.meta.url));
}

function formRow(page: Page) {
  return page.getByTestId("request-form-row").filter({ hasText: formName });
}

function workflowRow(page: Page) {
  return page.getByTestId("workflow-row").filter({ hasText: workflowName });
}

test("build a workflow with Ironclad tasks, readiness in words, edit with the keyboard, archive", async ({ page }) => {
  test.setTimeout(scaled(180_000));
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await ensureVendorAgreementImported(page);
  await gql(page, "mutation($input: CreateRequestFormInput!) { createRequestForm(input: $input) { id } }", {
    input: { name: formName, description: "A new laptop for a new joiner." },
  });

  await test.step("a form without a workflow says it cannot be submitted, with a way to make one", async () => {
    await mainNav(page).getByRole("link", { name: "Request Forms" }).click();
    await expect(formRow(page).getByTestId("form-without-workflow")).toContainText(
      "No workflow: cannot be submitted yet",
    );
    await snap(page, "workflows-01-form-without-workflow");
    await formRow(page).getByRole("link", { name: "Create a workflow" }).click();
    await expect(page.getByRole("heading", { name: "New workflow", level: 2 })).toBeVisible();
    await expect(page.getByRole("group", { name: "Workflow" }).getByText(formName, { exact: true })).toBeVisible();
  });

  await test.step("the builder checks before saving", async () => {
    await page.getByRole("button", { name: "Create workflow" }).click();
    await expect(page.getByText("Give the workflow a name.")).toBeVisible();
    await expect(page.getByText("Add at least one task.")).toBeVisible();
  });

  await test.step("an approval, then launch Vendor Agreement and monitor it", async () => {
    await page.getByRole("textbox", { name: /^Name/ }).first().fill(workflowName);
    await page.getByRole("textbox", { name: "Description" }).fill("Team lead approves, Legal gets the contract.");
    await addTask(page, "Approval");
    await expect(task(page, 1).getByRole("textbox", { name: /^Assignee/ })).toHaveValue("Any admin");
    await task(page, 1).getByRole("textbox", { name: /^Name/ }).fill("Team lead approves");
    await addTask(page, "Ironclad: Launch an Ironclad workflow");
    await choose(page, task(page, 2), /^Ironclad workflow/, /^Vendor Agreement/);
    await expect(task(page, 2).getByRole("listitem").filter({ hasText: formName })).toContainText("No mapping");
    await expect(task(page, 2).getByRole("link", { name: "Map Request Forms" })).toHaveAttribute(
      "href",
      /\/request-forms\/map\/.+\/.+/,
    );
    await addTask(page, "Ironclad: Monitor approvals");
    await expect(task(page, 3).getByRole("textbox", { name: /^Launch task it follows/ })).toHaveValue(
      "Task 2: Launch an Ironclad workflow",
    );
    await addTask(page, "Ironclad: Monitor the signature packet");
    await snap(page, "workflows-02-builder");
  });

  await test.step("Create workflow: saved, and what blocks launches is shown on the launch task", async () => {
    await page.getByRole("button", { name: "Create workflow" }).click();
    await expect(page).toHaveURL(/\/workflows\/(?!new)[^/?]+$/);
    await expect(page.getByRole("heading", { name: workflowName, level: 2 })).toBeVisible();
    await expect(page.getByTestId("readiness")).toContainText("Not ready");
    await expect(task(page, 2).getByTestId("readiness-issues")).toContainText(
      `“${formName}” is not mapped to “Vendor Agreement” yet: open Map Request Forms and save a mapping.`,
    );
    await snap(page, "workflows-03-saved-not-ready");
  });

  await test.step("edit: rename, move the approval down with the keyboard, save", async () => {
    await task(page, 1).getByRole("textbox", { name: /^Name/ }).fill("Manager approves");
    await page.getByRole("button", { name: "Move “Manager approves” down" }).focus();
    await page.keyboard.press("Enter");
    await expect(task(page, 2)).toContainText("Approval");
    await expect(task(page, 1).getByRole("textbox", { name: /^Ironclad workflow/ })).toHaveValue(/Vendor Agreement/);
    await expect(task(page, 3).getByRole("textbox", { name: /^Launch task it follows/ })).toHaveValue(/^Task 1:/);
    await page.getByRole("button", { name: "Save workflow" }).click();
    await expect(page.getByText(`Saved “${workflowName}”.`)).toBeVisible();
    await page.reload();
    await expect(task(page, 2).getByRole("textbox", { name: /^Name/ })).toHaveValue("Manager approves");
    await expect(task(page, 4).getByRole("textbox", { name: /^Name/ })).toHaveValue("Monitor the signature packet");
  });

  await test.step("the lists show the workflow", async () => {
    await mainNav(page).getByRole("link", { name: "Workflows" }).click();
    const row = workflowRow(page);
    await expect(row).toContainText(formName);
    await expect(row.getByRole("cell").nth(2)).toHaveText("4");
    await expect(row).toContainText("Not ready");
    await expect(row).toContainText("Active");
    await snap(page, "workflows-04-list");
    await mainNav(page).getByRole("link", { name: "Request Forms" }).click();
    await expect(formRow(page).getByRole("link", { name: workflowName })).toBeVisible();
  });

  await test.step("a form has at most one active workflow", async () => {
    await page.goto("/workflows/new");
    await page.getByRole("textbox", { name: /^Request forms it runs for/ }).click();
    const taken = page.getByRole("option", { name: `${formName} (runs “${workflowName}”)` });
    await expect(taken).toHaveAttribute("data-combobox-disabled", "true");
    await page.screenshot({ path: screenshotPath("workflows-05-form-taken") });
    await page.keyboard.press("Escape");
  });

  await test.step("a form another admin gives a workflow meanwhile: the server's words under the forms", async () => {
    // The demo's own forms already run workflows (Renewal runs the seeded "Renewal approval"): use a new one.
    await gql(page, "mutation($input: CreateRequestFormInput!) { createRequestForm(input: $input) { id } }", {
      input: { name: "Office supplies" },
    });
    await page.goto("/workflows/new");
    await page.getByRole("textbox", { name: /^Name/ }).first().fill("Supplies");
    await choose(page, page, /^Request forms it runs for/, "Office supplies");
    await page.keyboard.press("Escape");
    await addTask(page, "Manual task");
    const { requestForms } = await gql<{ requestForms: { edges: { node: { id: string; name: string } }[] } }>(
      page,
      "{ requestForms(first: 50) { edges { node { id name } } } }",
    );
    const supplies = requestForms.edges.find((e) => e.node.name === "Office supplies")!.node.id;
    await gql(page, "mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { id } }", {
      input: {
        name: "Supplies review",
        requestFormIDs: [supplies],
        taskDefinitions: [{ name: "Check the order", type: "MANUAL", assigneeRole: "ADMIN" }],
      },
    });
    await page.getByRole("button", { name: "Create workflow" }).click();
    await expect(page.getByRole("textbox", { name: /^Request forms it runs for/ })).toHaveAccessibleDescription(
      /“Office supplies” already runs the workflow “Supplies review”/,
    );
    await expect(page).toHaveURL(/\/workflows\/new/);
    await snap(page, "workflows-06-server-field-error");
  });

  await test.step("archive, with confirmation, releases the form", async () => {
    await mainNav(page).getByRole("link", { name: "Workflows" }).click();
    await workflowRow(page)
      .getByRole("button", { name: `Actions for ${workflowName}` })
      .click();
    await page.getByRole("menuitem", { name: "Archive" }).click();
    const dialog = page.getByRole("dialog", { name: `Archive “${workflowName}”?` });
    await expect(dialog).toContainText(`“${formName}” will have no workflow and cannot be submitted`);
    await page.screenshot({ path: screenshotPath("workflows-07-archive-confirm") });
    await dialog.getByRole("button", { name: "Archive workflow" }).click();
    await expect(dialog).toBeHidden();
    await expect(workflowRow(page)).toContainText("Archived");
    await snap(page, "workflows-08-archived");
    await mainNav(page).getByRole("link", { name: "Request Forms" }).click();
    await expect(formRow(page).getByTestId("form-without-workflow")).toBeVisible();
  });
});
