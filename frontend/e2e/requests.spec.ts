import { expect, test, type Page } from "@playwright/test";
import { connectSandboxAndImport, ironcladAdmin, withOwnDemo } from "./ownDemo";
import { demoAdmin, gql, scaled, signIn, snap } from "./helpers";

// Journey 6 in three browser pages: the demo requester fills "New software
// purchase" page by page (required questions enforced, a conditional question
// shown by an answer, a bad email refused next to its question, Back keeps
// answers) and submits; the admin's Requests list, open all along, receives
// the request without a reload; the Ironclad task shows its IC- id; an
// operator approves and signs in the sandbox's console (the third page) and
// both Tradewind pages follow to Completed, live.
//
// The demo seeds the requester but no launch workflow for the form (a launch
// needs Connect, Import Forms and a saved mapping first), so the admin sets
// that up through the API once Vendor Agreement is imported. It starts a fresh
// demo of its own (serve.sh on E2E_PORT + 4): its template must be unchanged.

const origin = withOwnDemo(4);
test.use({ baseURL: origin });
// The second test needs the first one's workflow.
test.describe.configure({ mode: "serial" });

const requester = { email: "requester@tradewind.example", password: demoAdmin.password };
const formName = "New software purchase";

type Pair = {
  fieldKey: string;
  source: string;
  questionID?: string | null;
  fixedValue?: unknown;
  optionMap?: unknown[];
};

/**
 * As the admin: saves a mapping of the form onto Vendor Agreement (the
 * editor's suggested draft plus what it leaves unmapped that a launch needs:
 * Vendor category paired with Category's options, the security contact (the
 * vendor signer's email), Paper source fixed) and
 * makes the form's workflow launch it and follow its approvals and signatures.
 */
async function setUpLaunchWorkflow(admin: Page) {
  const { requestForms, ironcladWorkflows } = await gql<{
    requestForms: { edges: { node: { id: string; name: string } }[] };
    ironcladWorkflows: { id: string; name: string }[];
  }>(admin, "{ requestForms(first: 50) { edges { node { id name } } } ironcladWorkflows { id name } }");
  const formID = requestForms.edges.find((e) => e.node.name === formName)!.node.id;
  const ironcladWorkflowID = ironcladWorkflows.find((w) => w.name === "Vendor Agreement")!.id;
  const { mappingEditor } = await gql<{
    mappingEditor: {
      draft: Pair[];
      fields: { field: { key: string }; compatibleQuestions: { id: string; key: string }[] }[];
    };
  }>(
    admin,
    `query($w: ID!, $f: ID!) { mappingEditor(ironcladWorkflowID: $w, requestFormID: $f) {
      draft { fieldKey source questionID fixedValue optionMap { option value } }
      fields { field { key } compatibleQuestions { id key } } } }`,
    { w: ironcladWorkflowID, f: formID },
  );
  const questionFor = (fieldKey: string, key: string) =>
    mappingEditor.fields.find((f) => f.field.key === fieldKey)!.compatibleQuestions.find((q) => q.key === key)!.id;
  const mine = ["vendorCategory", "paperSource", "securityContactEmail"];
  const fields: Pair[] = [
    ...mappingEditor.draft.filter((p) => !mine.includes(p.fieldKey)),
    {
      fieldKey: "vendorCategory",
      source: "QUESTION",
      questionID: questionFor("vendorCategory", "category"),
      optionMap: [
        { option: "SaaS", value: "Software" },
        { option: "On-premise software", value: "Software" },
        { option: "Professional services", value: "Services" },
      ],
    },
    // Ironclad requires it when the vendor accesses customer data (this journey answers Yes).
    {
      fieldKey: "securityContactEmail",
      source: "QUESTION",
      questionID: questionFor("securityContactEmail", "vendor_signer_email"),
    },
    { fieldKey: "paperSource", source: "FIXED_VALUE", fixedValue: "Our paper" },
  ];
  const { saveMapping } = await gql<{ saveMapping: { check: { ok: boolean } } }>(
    admin,
    "mutation($input: MappingInput!) { saveMapping(input: $input) { check { ok } } }",
    { input: { ironcladWorkflowID, requestFormID: formID, fields } },
  );
  expect(saveMapping.check.ok).toBe(true);
  const integration = (name: string, action: string, more: Record<string, unknown>) => ({
    name,
    type: "INTEGRATION",
    action,
    ...more,
  });
  const { createWorkflow } = await gql<{
    createWorkflow: { readiness: { ready: boolean; issues: { severity: string; message: string }[] } };
  }>(
    admin,
    "mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { readiness { ready issues { severity message } } } }",
    {
      input: {
        name: "Software purchase in Ironclad",
        requestFormIDs: [formID],
        taskDefinitions: [
          integration("Vendor Agreement in Ironclad", "LAUNCH_WORKFLOW", { ironcladWorkflowID }),
          integration("Ironclad approvals", "MONITOR_APPROVALS", { launchTaskPosition: 0 }),
          integration("Ironclad signatures", "MONITOR_SIGNATURES", { launchTaskPosition: 0 }),
        ],
      },
    },
  );
  // Vendor Agreement has no Integration Requestor Email field: a warning, not an error.
  const errors = createWorkflow.readiness.issues.filter((i) => i.severity === "ERROR");
  expect(errors).toEqual([]);
  expect(createWorkflow.readiness.ready).toBe(true);
}

function question(page: Page, key: string) {
  return page.getByTestId(`question-${key}`);
}

async function fillFirstPage(page: Page, title: string) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What software are you buying?").fill("Figma");
  await page.getByLabel("Why do you need it?").fill("Design reviews with the whole product team.");
  await page.getByLabel("Vendor name").fill("Figma, Inc.");
  await question(page, "category").getByRole("radio", { name: "SaaS" }).check();
  await page.getByRole("textbox", { name: "Annual cost", exact: true }).fill("12000");
  await page.getByLabel("When should the contract start?").fill("2027-01-01");
  await question(page, "cost_center").getByRole("radio", { name: "Engineering" }).check();
  await question(page, "business_owner").getByRole("textbox").click();
  await page.getByRole("option", { name: /\(me\)/ }).click();
}

test("a requester submits; requester and admin watch it reach Ironclad and come back signed, live", async ({
  browser,
}) => {
  test.setTimeout(scaled(300_000));
  const admin = await (await browser.newContext({ baseURL: origin })).newPage();
  const page = await (await browser.newContext({ baseURL: origin })).newPage();
  const sandbox = await (await browser.newContext({ baseURL: origin })).newPage();

  await test.step("the admin connects the sandbox, imports Vendor Agreement and keeps Requests open", async () => {
    await signIn(admin, demoAdmin.email, demoAdmin.password);
    await connectSandboxAndImport(admin);
    await setUpLaunchWorkflow(admin);
    await admin.goto("/requests");
    await expect(admin.getByTestId("live-status")).toHaveText("Live");
  });

  await test.step("the requester chooses a form that is open", async () => {
    await signIn(page, requester.email, requester.password);
    await expect(page).toHaveURL(/\/requests$/);
    await page.getByRole("link", { name: "New request" }).first().click();
    const choice = page.getByTestId("form-choice").filter({ hasText: formName });
    await expect(choice).toBeEnabled();
    await snap(page, "requests-01-choose-form");
    await choice.click();
    await expect(page.getByRole("heading", { name: formName })).toBeVisible();
  });

  await test.step("page 1: Next names each unanswered required question, then moves on", async () => {
    await page.getByRole("button", { name: "Next" }).click();
    await expect(question(page, "software_name")).toContainText("Answer this question.");
    await snap(page, "requests-02-required");
    await fillFirstPage(page, "Figma for design");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vendor and data" })).toBeFocused();
  });

  await test.step("page 2: the conditional question appears with Yes; a bad email is refused; Back keeps answers", async () => {
    await expect(question(page, "data_kinds")).toHaveCount(0);
    await question(page, "customer_data").getByRole("radio", { name: "Yes" }).check();
    await expect(question(page, "data_kinds")).toBeVisible();
    await question(page, "data_kinds").getByRole("checkbox", { name: "Personal data" }).check();
    await page.getByLabel("Vendor signer name").fill("Dylan Field");
    await page.getByLabel("Vendor signer email").fill("dylan@");
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(question(page, "vendor_signer_email")).toContainText("Enter an email address like name@example.com.");
    await snap(page, "requests-03-client-check");
    await page.getByLabel("Vendor signer email").fill("dylan@figma.example");
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByLabel("What software are you buying?")).toHaveValue("Figma");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByLabel("Vendor signer email")).toHaveValue("dylan@figma.example");
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page).toHaveURL(/\/requests\/[^/]+$/);
  });

  const ironcladId = page.getByTestId("ironclad-id").first();
  await test.step("the request page: answers, tasks in order, the Ironclad task's IC- id", async () => {
    await expect(page.getByTestId("answer-row").filter({ hasText: "What software are you buying?" })).toContainText(
      "Figma",
    );
    await expect(page.getByTestId("task-card").first()).toBeVisible();
    await expect(ironcladId).toHaveText(/IC-\d+/, { timeout: scaled(60_000) });
    await expect(page.getByTestId("approval-row").first()).toBeVisible();
    await snap(page, "requests-04-launched");
  });

  await test.step("the admin's list received it without a reload", async () => {
    const row = admin.getByTestId("request-row").filter({ hasText: "Figma for design" });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId("current-task")).not.toHaveText("—");
    await expect(row).toContainText(/IC-\d+/);
    await snap(admin, "requests-05-admin-list");
  });

  await test.step("an operator approves and signs in the sandbox console; both pages follow live", async () => {
    const href = await ironcladId.getAttribute("href");
    expect(href).toBeTruthy();
    await sandbox.goto(href ?? "");
    if (await sandbox.getByLabel("Password").isVisible()) {
      await sandbox.getByLabel("Email").fill(ironcladAdmin.email);
      await sandbox.getByLabel("Password").fill(ironcladAdmin.password);
      await sandbox.getByRole("button", { name: "Sign in" }).click();
    }
    // The console renders every action on every row: act once per row, in order.
    const approve = sandbox.getByRole("button", { name: "Approve", exact: true });
    await expect(approve.first()).toBeVisible();
    const approvals = await approve.count();
    for (let i = 0; i < approvals; i++) {
      await approve.nth(i).click();
      await sandbox.waitForLoadState();
    }
    await expect(page.getByTestId("approval-row").filter({ hasText: "Pending" })).toHaveCount(0);
    await expect(page.getByTestId("ironclad-step").first()).toHaveText(/sign/i);
    await snap(page, "requests-06-approved");

    await sandbox.reload();
    await sandbox.getByRole("button", { name: "Send for signature" }).click();
    await sandbox.waitForLoadState();
    const sign = sandbox.getByRole("button", { name: "Sign", exact: true });
    await expect(sign.first()).toBeVisible();
    const signers = await sign.count();
    for (let i = 0; i < signers; i++) {
      await sign.nth(i).click();
      await sandbox.waitForLoadState();
    }
    await expect(page.getByTestId("request-status").first()).toHaveText("Completed", { timeout: scaled(60_000) });
    await expect(page.getByTestId("status-announcement")).not.toBeEmpty();
    await snap(page, "requests-07-completed");
    await expect(admin.getByTestId("request-row").filter({ hasText: "Figma for design" })).toContainText("Completed");
    await snap(admin, "requests-08-admin-completed");
  });

  await test.step("the admin sees the request's timeline and sync ledger", async () => {
    await admin.getByRole("link", { name: "Figma for design" }).click();
    await expect(
      admin.getByTestId("timeline-entry").filter({ hasText: "Approvals in Ironclad: Legal: approved" }).first(),
    ).toBeVisible();
    await expect(admin.getByTestId("ledger-row").first()).toBeVisible();
    await snap(admin, "requests-09-ledger");
  });
});

test("a requester withdraws a launched request after confirming; its tasks end as cancelled", async ({ page }) => {
  test.setTimeout(scaled(120_000));
  await signIn(page, requester.email, requester.password);
  await page.goto("/requests/new");
  await page.getByTestId("form-choice").filter({ hasText: formName }).click();
  await fillFirstPage(page, "Miro, withdrawn");
  await page.getByRole("button", { name: "Next" }).click();
  await question(page, "customer_data").getByRole("radio", { name: "No" }).check();
  await page.getByLabel("Vendor signer name").fill("Andrey Khusid");
  await page.getByLabel("Vendor signer email").fill("andrey@miro.example");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByTestId("ironclad-id").first()).toHaveText(/IC-\d+/, { timeout: scaled(60_000) });

  await page.getByRole("button", { name: "Withdraw" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw Miro, withdrawn?" });
  await expect(dialog).toContainText("Ironclad workflow will be cancelled");
  await snap(page, "requests-10-withdraw");
  await dialog.getByRole("button", { name: "Withdraw request" }).click();
  await expect(page.getByTestId("request-status").first()).toHaveText("Withdrawn");
  await expect(page.getByTestId("task-status").filter({ hasText: "Cancelled" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "Withdrawn." })).toBeVisible();

  await page.goto("/requests");
  await page.getByText(/^Withdrawn \(/).click();
  await expect(page.getByTestId("request-row").filter({ hasText: "Miro, withdrawn" })).toHaveCount(1);
});
