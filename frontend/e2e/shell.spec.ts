import { expect, test } from "@playwright/test";
import { demoAdmin, mainNav, scaled, signIn, signOut, snap } from "./helpers";

// Other files create tokens on this shared server too (one is "Reporting script …"): this one is unique.
const tokenName = `Shell check ${Date.now()}`;

const requester = {
  name: "Rita Requester",
  email: `rita.${Date.now()}@tradewind.example`,
  password: "requester-pass-123",
};

test("a wrong password is refused next to the form", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(demoAdmin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Email or password is incorrect.");
  await snap(page, "01-login-refused");
});

test("admin creates a requester and a token; the requester cannot open Settings", async ({ page, context }) => {
  // Fourteen screens, two users, a live audit tab: longer than the default test time on a loaded machine.
  test.setTimeout(scaled(240_000));
  await page.goto("/login");
  await snap(page, "00-login");
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByTestId("user-menu")).toContainText("Admin");

  await test.step("every section opens from the navigation", async () => {
    // The demo seeds the "Renewal approval" workflow; other files may have submitted requests by now.
    await mainNav(page).getByRole("link", { name: "Requests" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Requests" })).toBeVisible();
    await expect(page.getByTestId("empty-state").or(page.getByTestId("request-row").first())).toBeVisible();
    await snap(page, "02-requests");
    await mainNav(page).getByRole("link", { name: "Workflows" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Workflows" })).toBeVisible();
    await expect(page.getByText("Renewal approval").first()).toBeVisible();
    await snap(page, "03-workflows");
    // Other files may have submitted requests on this server by now: empty or charted, it loaded.
    await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
    await expect(
      page.getByTestId("empty-state").or(page.getByRole("figure", { name: "Requests by status" })),
    ).toBeVisible();
    await snap(page, "05-dashboard");
    // The demo seeds two request forms.
    await mainNav(page).getByRole("link", { name: "Request Forms" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Request Forms" })).toBeVisible();
    await expect(page.getByText("New software purchase").first()).toBeVisible();
    await snap(page, "04-request-forms");
    await mainNav(page).getByRole("link", { name: "Integrations" }).click();
    // ironclad.spec.ts may have connected Ironclad already: any status will do here.
    await expect(page.getByTestId("integration-ironclad")).toContainText(
      /Not connected|Connected|Needs attention|Reconnect needed|Disconnected/,
    );
    await snap(page, "06-integrations");
    await page.getByRole("link", { name: "View Details" }).click();
    await expect(page.getByRole("heading", { name: "Connections" })).toBeVisible();
    await snap(page, "07-ironclad-details");
  });

  // A second tab keeps the audit log open: entries must arrive there live.
  const auditTab = await context.newPage();
  await auditTab.goto("/settings/audit-log");
  await expect(auditTab.getByTestId("live-status")).toHaveText("Live");
  const entriesBefore = await auditTab.getByTestId("audit-row").count();

  await test.step("create a requester; server field errors show next to the field", async () => {
    await mainNav(page).getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings\/users$/);
    await expect(page.getByTestId("user-row").filter({ hasText: demoAdmin.email })).toContainText("Admin");
    await page.getByRole("button", { name: "Create user" }).click();
    const dialog = page.getByRole("dialog", { name: "Create user" });
    await dialog.getByLabel("Name").fill(requester.name);
    await dialog.getByLabel("Email").fill(demoAdmin.email);
    await dialog.getByLabel("Initial password").fill("short");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog.getByText("Use at least 12 characters.")).toBeVisible();
    await dialog.getByLabel("Initial password").fill(requester.password);
    await dialog.getByRole("button", { name: "Create user" }).click();
    // The admin's own email is taken: the server says so, beside the Email field.
    await expect(dialog.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("A user with this email already exists.")).toBeVisible();
    await snap(page, "08-create-user-error");
    await dialog.getByLabel("Email").fill(requester.email);
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId("user-row").filter({ hasText: requester.email });
    await expect(row).toContainText("Requester");
    await expect(row).toContainText("Active");
    await snap(page, "09-users");
  });

  await test.step("the audit log shows the change live", async () => {
    await expect
      .poll(() => auditTab.getByTestId("audit-row").count(), { timeout: scaled(5_000) })
      .toBeGreaterThan(entriesBefore);
    await snap(auditTab, "10-audit-log-live");
    await auditTab.close();
  });

  await test.step("create an API token, shown once, then revoke it", async () => {
    await page.getByRole("tab", { name: "API tokens" }).click();
    await expect(page).toHaveURL(/\/settings\/api-tokens$/);
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API token" });
    await dialog.getByLabel("Name").fill(tokenName);
    await dialog.getByLabel("Write").check();
    await expect(dialog.getByLabel("Read")).toBeChecked();
    await dialog.getByRole("button", { name: "Create token" }).click();
    const reveal = page.getByRole("dialog", { name: "Your new API token" });
    await expect(reveal.getByText("Copy this token now")).toBeVisible();
    const token = (await reveal.getByTestId("new-token").textContent())?.trim() ?? "";
    expect(token.length).toBeGreaterThan(20);
    await snap(page, "11-token-shown-once");
    await reveal.getByRole("button", { name: "I have copied it" }).click();
    await expect(reveal).toBeHidden();
    await expect(page.getByText(token)).toHaveCount(0);

    const row = page.getByTestId("token-row").filter({ hasText: tokenName });
    await expect(row).toContainText("Never used");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("Write");

    // The token works against the API, as an internal tool would use it.
    const response = await page.request.post("/graphql", {
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      data: { query: "{ viewer { email } }" },
    });
    expect(await response.json()).toMatchObject({ data: { viewer: { email: demoAdmin.email } } });

    await row.getByRole("button", { name: `Revoke ${tokenName}` }).click();
    const confirm = page.getByRole("dialog", { name: `Revoke ${tokenName}?` });
    await snap(page, "12-token-revoke-confirm");
    await confirm.getByRole("button", { name: "Revoke token" }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText("Revoked");
    await snap(page, "13-tokens");
  });

  await page.getByRole("tab", { name: "Password" }).click();
  await expect(page.getByLabel("Current password")).toBeVisible();
  await snap(page, "14-password");

  await signOut(page);

  await test.step("the requester sees only what a requester may", async () => {
    await signIn(page, requester.email, requester.password);
    await expect(page.getByTestId("user-menu")).toContainText(requester.name);
    await expect(page.getByTestId("user-menu")).toContainText("Requester");
    const nav = mainNav(page);
    await expect(nav.getByRole("link", { name: "Requests" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
    await snap(page, "15-requester-requests");
    for (const path of ["/settings", "/settings/users", "/settings/api-tokens"]) {
      await page.goto(path);
      await expect(page.getByText("You don't have access to this page")).toBeVisible();
    }
    await snap(page, "16-requester-no-access");
  });

  await test.step("the requester changes their password from the account menu", async () => {
    const newPassword = "requester-pass-456";
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Change password" }).click();
    const dialog = page.getByRole("dialog", { name: "Change password" });
    await dialog.getByLabel("Current password").fill("wrong-password-000");
    await dialog.getByRole("textbox", { name: "New password", exact: true }).fill(newPassword);
    await dialog.getByLabel("Repeat new password").fill(newPassword);
    await dialog.getByRole("button", { name: "Change password" }).click();
    await expect(dialog.getByLabel("Current password")).toHaveAttribute("data-invalid", "true");
    await snap(page, "17-change-password-error");
    await dialog.getByLabel("Current password").fill(requester.password);
    await dialog.getByRole("button", { name: "Change password" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("user-menu")).toBeVisible();
    await signOut(page);
    await signIn(page, requester.email, newPassword);
    await signOut(page);
  });
});

test("admin changes a role and disables a user, who can then no longer sign in", async ({ page }) => {
  const person = {
    name: "Victor Viewer",
    email: `victor.${Date.now()}@tradewind.example`,
    password: "viewer-pass-1234",
  };
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.goto("/settings/users");
  await page.getByRole("button", { name: "Create user" }).click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await dialog.getByLabel("Name").fill(person.name);
  await dialog.getByLabel("Email").fill(person.email);
  await dialog.getByLabel("Initial password").fill(person.password);
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId("user-row").filter({ hasText: person.email });
  await row.getByRole("button", { name: `Actions for ${person.name}` }).click();
  await page.getByRole("menuitem", { name: "Make viewer" }).click();
  await expect(row).toContainText("Viewer");

  await row.getByRole("button", { name: `Actions for ${person.name}` }).click();
  await page.getByRole("menuitem", { name: "Disable user" }).click();
  const confirm = page.getByRole("dialog", { name: `Disable ${person.name}?` });
  await confirm.getByRole("button", { name: "Disable user" }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText("Disabled");
  // The admin's own row offers no way to demote or disable themselves.
  await expect(
    page
      .getByTestId("user-row")
      .filter({ hasText: demoAdmin.email })
      .getByRole("button", { name: /No actions/ }),
  ).toBeDisabled();
  await snap(page, "18-users-role-and-disabled");
  await signOut(page);

  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A notification from the admin's session may still be fading out, also as role=alert.
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
