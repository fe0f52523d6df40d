import { expect, test } from "@playwright/test";
import { demoAdmin, expectFocusInside, expectNoAxeViolations, mainNav, scaled, tabTo } from "./helpers";
import { ironcladAdmin, withOwnDemo } from "./ownDemo";

// Issue 12: the Ironclad journey Connect → Import Forms → Map Request Forms
// with the keyboard alone (the mouse version: ironclad.spec.ts and
// mapping.spec.ts). Every stop shows where the focus is; the account menu
// opens with Enter and Space and closes with Escape; the Connect dialog keeps
// Tab inside it and gives the focus back when it closes.
//
// It needs nothing connected yet: a demo of its own, three ports up.

withOwnDemo(3);

test("Connect → Import Forms → Map Request Forms with the keyboard alone", async ({ page }) => {
  test.setTimeout(scaled(180_000));

  await test.step("sign in", async () => {
    await page.goto("/login");
    await tabTo(page, page.getByLabel("Email"));
    await page.keyboard.type(demoAdmin.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(demoAdmin.password);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("user-menu")).toBeVisible();
  });

  await test.step("the account menu opens with Enter and Space and closes with Escape", async () => {
    const account = page.getByTestId("user-menu");
    await tabTo(page, account);
    for (const key of ["Enter", " "]) {
      await page.keyboard.press(key);
      await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(page.getByRole("menu")).toBeHidden();
      await expect(account).toBeFocused();
    }
  });

  await test.step("Integrations → Ironclad → Connect; the dialog holds the focus and gives it back", async () => {
    await tabTo(page, mainNav(page).getByRole("link", { name: "Integrations" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByTestId("integration-ironclad").getByRole("link", { name: "View Details" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Ironclad", level: 2 })).toBeVisible();
    const connect = page.getByRole("button", { name: "Connect", exact: true }).first();
    await tabTo(page, connect);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Connect Ironclad" });
    await expectFocusInside(dialog);
    // Tab goes round inside the dialog, never to the page behind it.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      await expectFocusInside(dialog);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(connect).toBeFocused();
    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByRole("button", { name: "Connect" }));
    await page.keyboard.press("Enter");
  });

  await test.step("Ironclad's sign-in and Allow Access", async () => {
    await expect(page).toHaveURL(/\/ironclad-sandbox\/login/);
    await tabTo(page, page.getByLabel("Email"));
    await page.keyboard.type(ironcladAdmin.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(ironcladAdmin.password);
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: "Allow Access" }));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("connect-result")).toContainText("Connected: Ironclad sandbox");
  });

  await test.step("Import Forms: choose Vendor Agreement with Space, Import with Enter", async () => {
    await tabTo(page, page.getByRole("link", { name: "Import Forms" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Import Forms", level: 2 })).toBeVisible();
    await tabTo(page, page.getByLabel("Select Vendor Agreement"));
    await page.keyboard.press(" ");
    await expect(page.getByLabel("Select Vendor Agreement")).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Import 1 workflow" }));
    await page.keyboard.press("Enter");
    const row = page.getByTestId("template-row").filter({ hasText: "Vendor Agreement" });
    await expect(row.getByTestId("template-status")).toContainText("Imported", { timeout: scaled(30_000) });
    // The selection is cleared, so Import cannot be used again, yet it keeps the focus.
    const importButton = page.getByRole("button", { name: "Import", exact: true });
    await expect(importButton).toBeDisabled();
    await expect(importButton).toBeFocused();
    // Screen readers are told how it ended, politely, with the focus left where it was.
    await expect(page.getByRole("status").filter({ hasText: "1 of 1 imported." })).toHaveAttribute(
      "aria-live",
      "polite",
    );
  });

  await test.step("Map Request Forms: the workflow, the form, then the mapping screen", async () => {
    await tabTo(page, mainNav(page).getByRole("link", { name: "Request Forms" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("link", { name: "Map Request Forms" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Map Request Forms", level: 2 })).toBeVisible();
    const workflow = page.getByRole("radio", { name: /Vendor Agreement/ });
    await tabTo(page, workflow);
    await page.keyboard.press(" ");
    await expect(workflow).toBeChecked();
    await tabTo(page, page.getByRole("textbox", { name: "Request form" }));
    await page.keyboard.type("New software");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "Request form" })).toHaveValue("New software purchase");
    await tabTo(page, page.getByRole("button", { name: "Map Request Forms" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("You only need to map the important ones")).toBeVisible();
    await expectNoAxeViolations(page, "keyboard-mapping");
  });
});
