import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAdmin, expectFocusInside, expectNoAxeViolations, mainNav, scaled, signIn, signOut } from "./helpers";
import { connectSandboxAndImport, withOwnDemo } from "./ownDemo";

// Issue 12 in the browser: every screen, and every dialog, drawer and menu it
// opens, passes axe-core's WCAG 2.0/2.1 A and AA rules (no serious or critical
// violation), for the demo admin and for a requester. Dialogs take the focus
// and give it back on Escape; menus close on Escape. keyboard.spec.ts does the
// Ironclad journey with the keyboard alone.
//
// A new screen is one more `await check(page, "name")`, and what it opens one
// more `checkDialog` or `checkMenu`, in the lists below.
//
// The screens need an imported Ironclad workflow, so this file connects the
// sandbox of a demo of its own (two ports up: mapping.spec.ts has the next).

withOwnDemo(2);

const check = expectNoAxeViolations;

/**
 * Opens a dialog or drawer with `open`, checks it with axe, closes it with
 * Escape and sees the focus return to what opened it.
 */
async function checkDialog(page: Page, opener: Locator, name: string | RegExp, shot: string) {
  await opener.click();
  const dialog = page.getByRole("dialog", { name });
  await expectFocusInside(dialog);
  await check(page, shot);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

/** Opens a menu, checks it with axe, closes it with Escape. */
async function checkMenu(page: Page, opener: Locator, shot: string) {
  await opener.click();
  await expect(page.getByRole("menu")).toBeVisible();
  await check(page, shot);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
}

test("every screen and dialog passes axe as the demo admin", async ({ page }) => {
  test.setTimeout(scaled(240_000));

  await test.step("sign-in, refused; then the sandbox connected and Vendor Agreement imported", async () => {
    await page.goto("/login");
    await check(page, "a11y-login");
    await page.getByLabel("Email").fill(demoAdmin.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("Email or password is incorrect.");
    await check(page, "a11y-login-refused");
    await signIn(page, demoAdmin.email, demoAdmin.password);
    await connectSandboxAndImport(page);
    await mainNav(page).getByRole("link", { name: "Requests" }).click();
  });

  await test.step("the shell: account menu and change password", async () => {
    await check(page, "a11y-requests");
    await checkMenu(page, page.getByTestId("user-menu"), "a11y-account-menu");
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Change password" }).click();
    await expectFocusInside(page.getByRole("dialog", { name: "Change password" }));
    await check(page, "a11y-change-password-dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
  });

  for (const [label, shot] of [
    ["Workflows", "a11y-workflows"],
    ["Dashboard", "a11y-dashboard"],
  ] as const) {
    await test.step(label, async () => {
      await mainNav(page).getByRole("link", { name: label }).click();
      await expect(page.getByRole("heading", { level: 2, name: label })).toBeVisible();
      await check(page, shot);
    });
  }

  await test.step("Request Forms, a form's builder and its dialogs, the preview", async () => {
    await mainNav(page).getByRole("link", { name: "Request Forms" }).click();
    await expect(page.getByTestId("request-form-row").first()).toBeVisible();
    await check(page, "a11y-request-forms");
    await checkDialog(
      page,
      page.getByRole("button", { name: "New request form" }).first(),
      "New request form",
      "a11y-new-form",
    );
    await page.getByRole("link", { name: "New software purchase" }).click();
    await expect(page.getByRole("heading", { name: "New software purchase", level: 2 })).toBeVisible();
    await check(page, "a11y-builder");
    await checkDialog(
      page,
      page.getByRole("button", { name: /^Add question to/ }).first(),
      /Add a question/,
      "a11y-add-question",
    );
    await checkDialog(page, page.getByRole("button", { name: "Add page" }), "Add page", "a11y-add-page");
    await checkDialog(page, page.getByRole("button", { name: /^Edit “/ }).first(), /Edit/, "a11y-edit-question");
    await checkMenu(page, page.getByRole("button", { name: /^Page actions for/ }).first(), "a11y-page-menu");
    await page.getByRole("tab", { name: "Preview as requester" }).click();
    await expect(page.getByTestId("form-preview")).toBeVisible();
    await check(page, "a11y-preview");
  });

  await test.step("Map Request Forms and the mapping screen", async () => {
    await page.goto("/request-forms/map");
    await expect(page.getByRole("heading", { name: "Map Request Forms", level: 2 })).toBeVisible();
    await check(page, "a11y-map-request-forms");
    await page.getByRole("textbox", { name: "Request form" }).click();
    await check(page, "a11y-map-request-forms-choose");
    await page.getByRole("option", { name: "New software purchase" }).click();
    await page.getByRole("button", { name: "Map Request Forms" }).click();
    await expect(page.getByText("You only need to map the important ones")).toBeVisible();
    await check(page, "a11y-mapping");
  });

  await test.step("Integrations, Ironclad, Import Forms, a workflow's fields and their dialogs", async () => {
    await mainNav(page).getByRole("link", { name: "Integrations" }).click();
    await expect(page.getByTestId("integration-ironclad")).toContainText("Connected");
    await check(page, "a11y-integrations");
    await page.getByRole("link", { name: "View Details" }).click();
    await expect(page.getByTestId("connection-card")).toBeVisible();
    await check(page, "a11y-ironclad");
    await checkDialog(
      page,
      page.getByRole("button", { name: /Add connection|Connect/ }).first(),
      "Connect Ironclad",
      "a11y-connect",
    );
    await checkMenu(page, page.getByRole("button", { name: "More for Ironclad sandbox" }), "a11y-connection-menu");
    await checkMenu(page, page.getByRole("button", { name: "Actions for Vendor Agreement" }), "a11y-workflow-menu");
    await page.getByRole("button", { name: "Actions for Vendor Agreement" }).click();
    await page.getByRole("menuitem", { name: "Edit" }).click();
    await expectFocusInside(page.getByRole("dialog", { name: "Edit Vendor Agreement" }));
    await check(page, "a11y-edit-workflow");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Actions for Vendor Agreement" }).click();
    await page.getByRole("menuitem", { name: "Re-sync" }).click();
    await expect(
      page.getByRole("dialog", { name: "Re-sync Vendor Agreement" }).getByTestId("diff-unchanged"),
    ).toBeVisible();
    await check(page, "a11y-resync");
    await page.keyboard.press("Escape");

    await page.getByRole("link", { name: "Import Forms" }).click();
    await expect(page.getByTestId("template-row").first()).toBeVisible();
    await check(page, "a11y-import-forms");

    await page.goto("/integrations/ironclad");
    await page.getByRole("button", { name: "Actions for Vendor Agreement" }).click();
    await page.getByRole("menuitem", { name: "View fields" }).click();
    await expect(page.getByTestId("field-row").first()).toBeVisible();
    await check(page, "a11y-workflow-fields");
    await checkDialog(page, page.getByRole("button", { name: /^Edit / }).first(), /^Edit “/, "a11y-edit-field");
  });

  await test.step("Settings: users, tokens, password, audit log", async () => {
    await mainNav(page).getByRole("link", { name: "Settings" }).click();
    await expect(page.getByTestId("user-row").first()).toBeVisible();
    await check(page, "a11y-users");
    await checkDialog(page, page.getByRole("button", { name: "Create user" }), "Create user", "a11y-create-user");
    await page.getByRole("tab", { name: "API tokens" }).click();
    await expect(page).toHaveURL(/\/settings\/api-tokens$/);
    await check(page, "a11y-api-tokens");
    await checkDialog(
      page,
      page.getByRole("button", { name: "Create token" }),
      "Create API token",
      "a11y-create-token",
    );
    await page.getByRole("tab", { name: "Password" }).click();
    await expect(page.getByLabel("Current password")).toBeVisible();
    await check(page, "a11y-password");
    await page.getByRole("tab", { name: "Audit log" }).click();
    await expect(page.getByTestId("audit-row").first()).toBeVisible();
    await check(page, "a11y-audit-log");
  });
});

test("every screen a requester can open passes axe", async ({ page, baseURL }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const requester = { email: `rosa.${Date.now()}@tradewind.example`, name: "Rosa Requester", role: "REQUESTER" };
  const password = "requester-pass-123";
  const res = await page.request.post("/graphql", {
    headers: { Origin: baseURL ?? "" },
    data: {
      query: "mutation($input: CreateUserInput!) { createUser(input: $input) { id } }",
      variables: { input: { ...requester, password } },
    },
  });
  expect(await res.json()).not.toHaveProperty("errors");
  await signOut(page);

  await signIn(page, requester.email, password);
  await expect(page.getByRole("heading", { level: 2, name: "Requests" })).toBeVisible();
  await check(page, "a11y-requester-requests");
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "My dashboard" })).toBeVisible();
  await check(page, "a11y-requester-dashboard");
  await page.goto("/settings/users");
  await expect(page.getByText("You don't have access to this page")).toBeVisible();
  await check(page, "a11y-requester-no-access");
  await checkMenu(page, page.getByTestId("user-menu"), "a11y-requester-account-menu");
});
