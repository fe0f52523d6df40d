import { expect, test, type Page, type Request } from "@playwright/test";
import { snap } from "./helpers";

// The Ironclad sandbox that `tradewind serve --demo` mounts at /ironclad-sandbox
// (docs/sandbox.md): its OAuth sign-in and consent pages, and the operator
// console, driven in Chromium.

const sandbox = "/ironclad-sandbox";
const clientId = "tradewind-demo";
const ironcladAdmin = { email: "admin@ironclad.example", password: "sandbox" };
const legalApprover = {
  email: "legal@ironclad.example",
  role: "approver5b0c1d2e3f4a4b5c8d9e0f1a2b3c4d5e",
};
const financeRole = "approver6c1d2e3f4a5b4c6d9e0f1a2b3c4d5e6f";

type SandboxClient = { id: string; name: string; redirectUris: string[]; scopes: string[] };
type Design = { designId: string; templateId: string; name: string; fields: { id: string; name: string }[] };

function callbackURL(baseURL: string | undefined): string {
  return new URL("/auth/ironclad/callback", baseURL).toString();
}

/** The demo client as the sandbox has it registered: its name and every scope it may be granted. */
async function demoClient(page: Page): Promise<SandboxClient> {
  const res = await page.request.get(`${sandbox}/_control/clients`);
  expect(res.ok()).toBeTruthy();
  const client = ((await res.json()) as SandboxClient[]).find((c) => c.id === clientId);
  expect(client, `client ${clientId} is registered`).toBeTruthy();
  return client!;
}

function authorizeURL(redirectURI: string, scopes: string[], state: string): string {
  const q = new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: redirectURI,
    scope: scopes.join(" "),
    state,
  });
  return `${sandbox}/oauth/authorize?${q}`;
}

type ConsentOutcome = {
  /** What the sandbox answered to the consent form: status and Location. */
  answer: Promise<{ status: number; location: string }>;
  /** The browser's navigation request to Tradewind's callback. */
  callback: Promise<Request>;
};

/**
 * Answers Tradewind's OAuth callback with a stub page (the real handler may
 * not exist yet) and reports where the consent decision sent the browser.
 *
 * Playwright never routes the later hops of a redirect chain, even after a
 * fulfilled redirect, so the consent POST goes to the sandbox here and its
 * 302 is recorded, then replayed to the browser as an immediate refresh to
 * the same Location: the navigation to the callback becomes a request of
 * its own that page.route can fulfil.
 */
async function stubCallback(page: Page): Promise<ConsentOutcome> {
  let answered: (a: { status: number; location: string }) => void = () => {};
  const answer = new Promise<{ status: number; location: string }>((resolve) => (answered = resolve));
  await page.route(`**${sandbox}/oauth/authorize`, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers()["location"] ?? "";
    answered({ status: response.status(), location });
    if (response.status() !== 302 || !location) return route.fulfill({ response });
    const target = location.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
    return route.fulfill({
      status: 200,
      contentType: "text/html",
      body: `<!doctype html><meta http-equiv="refresh" content="0;url=${target}">`,
    });
  });
  await page.route(
    (u) => u.pathname === "/auth/ironclad/callback",
    (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><title>Callback</title><h1>Tradewind callback (stub)</h1>",
      }),
  );
  const callback = page.waitForRequest(
    (r) => r.isNavigationRequest() && new URL(r.url()).pathname === "/auth/ironclad/callback",
  );
  return { answer, callback };
}

async function sandboxSignIn(page: Page, shot?: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`${sandbox}/login\\?next=`));
  await expect(page.getByRole("heading", { name: "Sign in to the Ironclad sandbox" })).toBeVisible();
  if (shot) await snap(page, shot);
  await page.getByLabel("Email").fill(ironcladAdmin.email);
  await page.getByLabel("Password").fill(ironcladAdmin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(ironcladAdmin.email);
}

/** The plain-language permission groups the consent page shows for the demo client's scopes. */
const permissionGroups = [
  "Read and launch workflows",
  "Update and control workflows",
  "Manage approvals and signatures",
  "Read and write comments",
  "Manage webhooks",
];

test.describe("Ironclad sandbox consent page", () => {
  test("Allow Access redirects to Tradewind's callback with a code and the state", async ({ page, baseURL }) => {
    const client = await demoClient(page);
    const redirectURI = callbackURL(baseURL);
    expect(client.redirectUris).toContain(redirectURI);
    const outcome = await stubCallback(page);

    await page.goto(authorizeURL(redirectURI, client.scopes, "e2e-state-1"));
    await sandboxSignIn(page, "sandbox-01-login");

    await test.step("the consent page names the client, the account, the company, the callback and every scope", async () => {
      await expect(page).toHaveURL(new RegExp(`${sandbox}/oauth/authorize\\?`));
      await expect(page.getByRole("heading", { name: `Authorize ${client.name}` })).toBeVisible();
      await expect(page.getByText(`${client.name} is requesting access to your Ironclad account`)).toBeVisible();
      // An end-user page: no operator console navigation.
      await expect(page.getByRole("link", { name: "Workflows" })).toHaveCount(0);
      const account = page.getByTestId("signed-in-as");
      await expect(account).toContainText(ironcladAdmin.email);
      await expect(account).toContainText("Tradewind Sandbox Co.");
      await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
      const redirect = page.getByTestId("redirect");
      await expect(redirect).toContainText(new URL(redirectURI).host);
      await expect(redirect).toContainText(redirectURI);

      // The scopes in plain language, grouped.
      const permissions = page.getByRole("region", { name: `${client.name} will be able to:` });
      await expect(permissions.getByRole("listitem").filter({ has: page.locator(".perm-title") })).toHaveCount(
        permissionGroups.length,
      );
      for (const group of permissionGroups) {
        await expect(permissions.getByRole("listitem").filter({ hasText: group })).toBeVisible();
      }
      const allow = page.getByRole("button", { name: "Allow Access" });
      await expect(allow).toBeVisible();
      await expect(allow).toHaveClass(/btn-primary/);
      await expect(page.getByRole("button", { name: "Deny" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Deny" })).not.toHaveClass(/btn-primary/);
      await snap(page, "sandbox-02-consent");

      // The raw scope ids are collapsed; expanded, each is listed exactly once.
      const scopes = page.locator("details.scopes");
      await expect(scopes.getByRole("listitem")).toHaveCount(0);
      await scopes.getByText(`Show the ${client.scopes.length} API scopes`).click();
      const listed = scopes.getByRole("listitem");
      await expect(listed).toHaveCount(client.scopes.length);
      for (const scope of client.scopes) {
        await expect(listed.filter({ hasText: new RegExp(`^${scope.replaceAll(".", "\\.")}$`) })).toHaveCount(1);
      }
      await snap(page, "sandbox-02b-consent-scopes");
    });

    await page.getByRole("button", { name: "Allow Access" }).click();
    const answer = await outcome.answer;
    expect(answer.status).toBe(302);
    const url = new URL((await outcome.callback).url());
    expect(url.toString()).toBe(new URL(answer.location).toString());
    expect(url.origin + url.pathname).toBe(redirectURI);
    expect(url.searchParams.get("code")).toMatch(/^\S{16,}$/);
    expect(url.searchParams.get("state")).toBe("e2e-state-1");
    expect(url.searchParams.has("error")).toBeFalsy();
    await expect(page).toHaveURL(url.toString());
    await expect(page.getByRole("heading", { name: "Tradewind callback (stub)" })).toBeVisible();

    // The code is real: the token endpoint exchanges it once.
    const token = await page.request.post(`${sandbox}/oauth/token`, {
      form: {
        grant_type: "authorization_code",
        code: url.searchParams.get("code")!,
        redirect_uri: redirectURI,
        client_id: clientId,
        client_secret: "tradewind-demo-secret",
      },
    });
    expect(token.status()).toBe(200);
    expect(await token.json()).toMatchObject({ token_type: "Bearer", access_token: expect.any(String) });
  });

  test("Deny redirects to Tradewind's callback with access_denied and the state", async ({ page, baseURL }) => {
    const client = await demoClient(page);
    const redirectURI = callbackURL(baseURL);
    const outcome = await stubCallback(page);

    await page.goto(authorizeURL(redirectURI, client.scopes, "e2e-state-2"));
    await sandboxSignIn(page);
    await expect(page.getByRole("heading", { name: `Authorize ${client.name}` })).toBeVisible();
    await page.getByRole("button", { name: "Deny" }).click();

    const answer = await outcome.answer;
    expect(answer.status).toBe(302);
    const url = new URL((await outcome.callback).url());
    expect(url.toString()).toBe(new URL(answer.location).toString());
    expect(url.origin + url.pathname).toBe(redirectURI);
    expect(url.searchParams.get("error")).toBe("access_denied");
    expect(url.searchParams.get("state")).toBe("e2e-state-2");
    expect(url.searchParams.has("code")).toBeFalsy();
    await expect(page.getByRole("heading", { name: "Tradewind callback (stub)" })).toBeVisible();
  });
});

test("the operator console approves, comments and republishes a template", async ({ page }) => {
  const designs = (await (await page.request.get(`${sandbox}/_control/templates`)).json()) as Design[];
  const intake = designs.find((d) => d.name === "Procurement Intake");
  const purchaseOrder = designs.find((d) => d.name === "Purchase Order");
  expect(intake && purchaseOrder).toBeTruthy();

  const launched = await page.request.post(`${sandbox}/_control/workflows`, {
    data: {
      template: intake!.templateId,
      attributes: {
        counterpartyName: "Northwind Traders",
        role8f2a5c6d7e9b4a1c2d3e4f5a6b7c8d9e: "sam@northwind.example",
        role9a3b6d7e8f0c4b2d3e4f5a6b7c8d9e0f: "Sam Seller",
        integrationRequestorEmail: "rita@tradewind.example",
        requestDescription: "Ten standing desks for the new office",
        estimatedCost: { currency: "USD", amount: 12500 },
        department: "Operations",
      },
    },
  });
  expect(launched.status(), await launched.text()).toBe(200);
  const workflow = (await launched.json()) as { id: string; ironcladId: string; title: string; step: string };
  expect(workflow.step).toBe("Review");

  await page.goto(`${sandbox}/console`);
  await sandboxSignIn(page);

  await test.step("the workflow list shows the launched workflow", async () => {
    await expect(page.getByRole("heading", { name: "Workflows", level: 1 })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: workflow.title });
    await expect(row).toContainText("Review");
    await expect(row).toContainText("active");
    await snap(page, "sandbox-03-console-workflows");
    await row.getByRole("link", { name: workflow.ironcladId }).click();
    await expect(page).toHaveURL(new RegExp(`${sandbox}/console/workflows/${workflow.id}$`));
  });

  const approvals = page.locator(".card").filter({ has: page.getByRole("heading", { name: "Approvals" }) });
  const comments = page.locator(".card").filter({ has: page.getByRole("heading", { name: "Comments" }) });
  const attributes = page.locator(".card").filter({ has: page.getByRole("heading", { name: "Attributes" }) });

  await test.step("the attributes read as a table of labelled values", async () => {
    await expect(attributes.getByRole("row").filter({ hasText: "Estimated Cost" })).toContainText("12,500 USD");
    await expect(attributes.getByRole("row").filter({ hasText: "Counterparty Name" })).toContainText(
      "Northwind Traders",
    );
  });

  await test.step("acting as Legal's assignee, approve the first approval", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(workflow.title);
    await snap(page, "sandbox-04-console-workflow");
    const legalRow = approvals.getByRole("row").filter({ hasText: legalApprover.role });
    await expect(legalRow).toContainText("pending");
    // The row names the role's assignee, and the "as" selector starts at them.
    await expect(legalRow.getByRole("cell").nth(2)).toContainText(legalApprover.email);
    await expect(legalRow.getByRole("combobox")).toHaveValue(legalApprover.email);
    // Acting as someone who is not assigned is refused with Ironclad's message.
    await legalRow.getByRole("combobox").selectOption(ironcladAdmin.email);
    await legalRow.getByRole("button", { name: "Approve" }).click();
    await expect(page.locator(".error")).toHaveText(
      "This approval either was not requested or this user was not assigned to this approval",
    );
    await expect(approvals.getByRole("row").filter({ hasText: legalApprover.role })).toContainText("pending");
    await snap(page, "sandbox-04b-console-approve-refused");
    // As-is, the row approves as the assignee.
    await expect(legalRow.getByRole("combobox")).toHaveValue(legalApprover.email);
    await legalRow.getByRole("button", { name: "Approve" }).click();
    await expect(page).toHaveURL(new RegExp(`/console/workflows/${workflow.id}$`));
    await expect(page.locator(".error")).toHaveCount(0);
    await expect(approvals.getByRole("row").filter({ hasText: financeRole }).getByRole("cell").first()).toHaveText(
      "2 active",
    );
    await expect(approvals.getByRole("row").filter({ hasText: legalApprover.role })).toContainText("approved");
  });

  const message = `Approved by Legal from the e2e run ${Date.now()}`;
  await test.step("add a comment", async () => {
    const form = comments.locator("form").filter({ has: page.getByRole("button", { name: "Comment" }) });
    await form.getByRole("combobox").selectOption(legalApprover.email);
    await form.getByPlaceholder("Comment; mention with <@email>").fill(message);
    await form.getByRole("button", { name: "Comment" }).click();
    await expect(page.locator(".error")).toHaveCount(0);
    await expect(comments.getByRole("row").filter({ hasText: message })).toBeVisible();
    await snap(page, "sandbox-05-console-approved-commented");
  });

  // The console's actions went through the same core operations: they fired the webhook events.
  type SandboxEvent = { type: string; payload: { workflowID?: string; approvalID?: string; status?: string } };
  const events = ((await (await page.request.get(`${sandbox}/_control/events`)).json()) as SandboxEvent[]).filter(
    (e) => e.payload.workflowID === workflow.id,
  );
  expect(events.map((e) => e.type)).toEqual(
    expect.arrayContaining(["workflow_launched", "workflow_approval_status_changed", "workflow_comment_added"]),
  );
  expect(events.find((e) => e.type === "workflow_approval_status_changed")?.payload).toMatchObject({
    approvalID: legalApprover.role,
    status: "approved",
  });

  await test.step("rename a field in the template editor and republish", async () => {
    await page.getByRole("banner").getByRole("link", { name: "Templates" }).click();
    await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Purchase Order" })).toContainText(purchaseOrder!.templateId);
    await snap(page, "sandbox-06-console-templates");
    await page.getByRole("link", { name: "Purchase Order" }).click();
    await expect(page.getByRole("heading", { name: "Purchase Order", level: 1 })).toBeVisible();
    await expect(page.getByText(`Published as ${purchaseOrder!.templateId}.`)).toBeVisible();

    const fieldRow = (id: string) => page.getByRole("row").filter({ has: page.getByText(id, { exact: true }) });
    // Fields the configuration depends on offer no edits.
    for (const id of ["counterpartyName", "role6d0e3a4b5c7f4e9a0b1c2d3e4f5a6b7c"]) {
      await expect(fieldRow(id)).toContainText("Locked");
      await expect(fieldRow(id).getByRole("button")).toHaveCount(0);
    }
    // The Retype selector starts at the field's current type.
    await expect(fieldRow("purchaseAmount").getByRole("combobox")).toHaveValue("monetaryAmount");

    const field = purchaseOrder!.fields.find((f) => f.id === "costCenter")!;
    expect(field.name).toBe("Cost Center");
    const renamed = `${field.name} (renamed in e2e)`;
    const row = fieldRow(field.id);
    await expect(row.getByRole("combobox")).toHaveValue("string");
    await row.getByPlaceholder("new name").fill(renamed);
    await row.getByRole("button", { name: "Rename" }).click();
    await expect(page.locator(".error")).toHaveCount(0);
    await expect(page.getByText("This design has unpublished changes.")).toBeVisible();
    await expect(
      page
        .getByRole("row")
        .filter({ has: page.getByText(field.id, { exact: true }) })
        .getByRole("cell")
        .nth(1),
    ).toHaveText(renamed);
    await snap(page, "sandbox-07-console-template-edited");

    await page.getByRole("button", { name: "Republish (new template id)" }).click();
    await expect(page.getByText("This design has unpublished changes.")).toHaveCount(0);
    const published = page.locator("p").filter({ hasText: "Published as" }).locator("code");
    await expect(published).not.toHaveText(purchaseOrder!.templateId);
    const newId = (await published.textContent())!.trim();
    expect(newId).toMatch(/^[0-9a-f]{24}$/);
    await snap(page, "sandbox-08-console-template-republished");

    await page.getByRole("banner").getByRole("link", { name: "Templates" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Purchase Order" })).toContainText(newId);
    const now = (await (await page.request.get(`${sandbox}/_control/templates`)).json()) as Design[];
    const po = now.find((d) => d.designId === purchaseOrder!.designId)!;
    expect(po.templateId).toBe(newId);
    expect(po.fields.find((f) => f.id === field.id)?.name).toBe(renamed);
  });
});
