import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAdmin, expectNoAxeViolations, mainNav, scaled, signIn, snap as snapPage } from "./helpers";
import { connectSandboxAndImport, withOwnDemo } from "./ownDemo";

// Issue 5 in the browser: build a request form with a conditional question,
// preview it as a requester, Map Request Forms onto the sandbox's Vendor
// Agreement workflow (suggestions, a duplicate flag resolved, missing Ironclad
// questions added to the form, a fixed value), Next → summary → Save, and the
// requester preview showing the added question. Then export and a bad import.
//
// The journey needs a fresh demo: the sandbox's Vendor Agreement exactly as
// seeded and nothing connected yet. ironclad.spec.ts (same server, earlier in
// the run) connects, imports and republishes that template, so this file
// starts a demo of its own beside the config's, on the next port.

withOwnDemo(1);

const formName = "Vendor onboarding";
const paperQuestion = "Will you be using our paper or the counterparty's paper?";

/** Picks an option of a Mantine Select (or MultiSelect) by its label. */
async function choose(page: Page, scope: Page | Locator, label: string | RegExp, option: string | RegExp) {
  await scope.getByRole("textbox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: typeof option === "string" }).click();
}

interface NewQuestion {
  label: string;
  type: string;
  required?: boolean;
  help?: string;
  options?: string[];
  showWhen?: { question: string; value: string };
}

async function addQuestion(page: Page, pageTitle: string, q: NewQuestion) {
  await page.getByRole("button", { name: `Add question to “${pageTitle}”` }).click();
  const dialog = page.getByRole("dialog", { name: /Add a question/ });
  await dialog.getByRole("textbox", { name: /^Question/ }).fill(q.label);
  if (q.help) await dialog.getByRole("textbox", { name: "Help text" }).fill(q.help);
  await choose(page, dialog, "Type", q.type);
  if (q.required) await dialog.getByRole("checkbox", { name: /Required/ }).check();
  if (q.options) await dialog.getByRole("textbox", { name: /^Options/ }).fill(q.options.join("\n"));
  if (q.showWhen) {
    await dialog.getByRole("switch", { name: "Show only when an earlier answer calls for it" }).check();
    await choose(page, dialog, "When", q.showWhen.question);
    await choose(page, dialog, "Value", q.showWhen.value);
  }
  if (q.showWhen) await snapDialog(page, "mapping-02-conditional-question");
  await dialog.getByRole("button", { name: "Add question" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("builder-page").filter({ hasText: pageTitle })).toContainText(q.label);
}

/** A full-page screenshot from the top, so the fixed header and navigation sit where a person sees them. */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapPage(page, name);
}

/** A dialog is fixed to the viewport: picture what the person sees, not the page behind it. */
async function snapDialog(page: Page, name: string) {
  await page.waitForTimeout(350);
  await page.screenshot({
    path: fileURLToPath(new URL(`../../test-results/screenshots/${name}.png`, import.meta.url)),
  });
  await expectNoAxeViolations(page, name);
}

function field(page: Page, key: string) {
  return page.getByTestId(`field-${key}`);
}

test("build a form, Map Request Forms onto Vendor Agreement, Next, Save, preview the added question", async ({
  page,
}) => {
  test.setTimeout(scaled(300_000));
  await signIn(page, demoAdmin.email, demoAdmin.password);

  await test.step("before any import, Map Request Forms points to Integrations", async () => {
    await page.goto("/request-forms/map");
    await expect(page.getByText("No imported Ironclad workflows yet")).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to Integrations → Ironclad" })).toBeVisible();
    await snap(page, "mapping-00-no-workflows");
  });

  await test.step("connect the sandbox and import Vendor Agreement", async () => {
    await connectSandboxAndImport(page);
  });

  await test.step("Request Forms lists the demo forms; create a new one", async () => {
    await mainNav(page).getByRole("link", { name: "Request Forms" }).click();
    const rows = page.getByTestId("request-form-row");
    await expect(rows.filter({ hasText: "New software purchase" })).toHaveCount(1);
    await snap(page, "mapping-01-forms");
    await page.getByRole("button", { name: "New request form" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New request form" });
    await dialog.getByRole("button", { name: "Create form" }).click();
    await expect(dialog.getByText("Give the form a name requesters recognise.")).toBeVisible();
    await dialog.getByRole("textbox", { name: /^Name/ }).fill(formName);
    await dialog
      .getByRole("textbox", { name: "Description" })
      .fill("Bring on a new vendor: who they are and what they will do.");
    await dialog.getByRole("button", { name: "Create form" }).click();
    await expect(page.getByRole("heading", { name: formName, level: 2 })).toBeVisible();
  });

  await test.step("build two pages with a conditional question", async () => {
    await page.getByRole("button", { name: "Page actions for “Page 1”" }).click();
    await page.getByRole("menuitem", { name: "Rename page" }).click();
    const rename = page.getByRole("dialog", { name: "Rename page" });
    await rename.getByRole("textbox", { name: /Page title/ }).fill("The vendor");
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(page.getByTestId("builder-page").first()).toContainText("The vendor");

    await addQuestion(page, "The vendor", { label: "Vendor name", type: "Short text", required: true });
    await addQuestion(page, "The vendor", {
      label: "Will the vendor access customer data?",
      type: "Yes / no",
      required: true,
      help: "Security reviews every vendor that does.",
    });
    await addQuestion(page, "The vendor", { label: "Annual cost", type: "Money", required: true });
    await addQuestion(page, "The vendor", {
      label: "Which kinds of data?",
      type: "Multi select",
      required: true,
      options: ["Personal data", "Financial data", "Health data"],
      showWhen: { question: "Will the vendor access customer data?", value: "Yes" },
    });
    await expect(page.getByTestId("question-which_kinds_of_data")).toContainText(
      "Shown when “Will the vendor access customer data?” is Yes",
    );

    // Keyboard: move "Annual cost" below the conditional question with the down arrow button.
    await page.getByRole("button", { name: "Move “Annual cost” down" }).focus();
    await page.keyboard.press("Enter");
    await expect(
      page
        .getByTestId("builder-page")
        .first()
        .getByTestId(/^question-/)
        .last(),
    ).toContainText("Annual cost");

    await page.getByRole("button", { name: "Add page" }).click();
    const add = page.getByRole("dialog", { name: "Add page" });
    await add.getByRole("textbox", { name: /Page title/ }).fill("The contract");
    await add.getByRole("button", { name: "Add page" }).click();
    await addQuestion(page, "The contract", { label: "Contract start", type: "Date" });
    await snap(page, "mapping-03-builder");
  });

  await test.step("preview: the conditional question appears and disappears as the requester answers", async () => {
    await page.getByRole("tab", { name: "Preview as requester" }).click();
    const preview = page.getByTestId("form-preview");
    await expect(preview.getByText("Vendor name")).toBeVisible();
    await expect(page.getByTestId("preview-question-which_kinds_of_data")).toHaveCount(0);
    await preview.getByRole("radio", { name: "Yes" }).check();
    await expect(page.getByTestId("preview-question-which_kinds_of_data")).toBeVisible();
    await page
      .getByTestId("preview-question-which_kinds_of_data")
      .getByRole("checkbox", { name: "Health data" })
      .check();
    await snap(page, "mapping-04-preview-conditional");
    await preview.getByRole("radio", { name: "No" }).check();
    await expect(page.getByTestId("preview-question-which_kinds_of_data")).toHaveCount(0);
  });

  await test.step("Map Request Forms: choose the Vendor Agreement workflow", async () => {
    await page.getByRole("link", { name: "Map to Ironclad" }).click();
    await expect(page.getByRole("heading", { name: "Map Request Forms", level: 2 })).toBeVisible();
    await page.getByTestId("workflow-choice").filter({ hasText: "Vendor Agreement" }).click();
    await expect(page.getByRole("textbox", { name: "Request form" })).toHaveValue(formName);
    await snap(page, "mapping-05-choose");
    await page.getByRole("button", { name: "Map Request Forms" }).click();
    await expect(page.getByText("You only need to map the important ones")).toBeVisible();
  });

  await test.step("the mapping screen: suggestions, required fields, duplicates, requestor email", async () => {
    // Confident suggestions are already in the draft.
    await expect(page.getByTestId("source-counterpartyName")).toHaveValue("Vendor name");
    await expect(page.getByTestId("source-vendorAccessesData")).toHaveValue("Will the vendor access customer data?");
    await expect(page.getByTestId("source-dataCategories")).toHaveValue("Which kinds of data?");
    await expect(field(page, "paperSource")).toContainText("Required");
    await expect(field(page, "paperSource")).toContainText("Ironclad requires");
    await expect(field(page, "dataCategories")).toContainText("Needs review");
    await expect(page.getByTestId("requestor-email")).toContainText("Integration Requestor Email");
    await expect(field(page, "effectiveDate").getByTestId("duplicate-flag")).toContainText("Contract start");
    await snap(page, "mapping-06-mapping");
  });

  await test.step("an incompatible choice is shown and cannot be saved", async () => {
    await choose(page, page, "Source for Annual contract value", /^Vendor name/);
    await expect(field(page, "annualContractValue")).toContainText("cannot be saved");
    await expect(page.getByText(/to fix before saving/)).toBeVisible();
    await choose(page, page, "Source for Annual contract value", /^Annual cost/);
    await expect(field(page, "annualContractValue")).not.toContainText("cannot be saved");
  });

  await test.step("resolve the duplicate flag: Map these together", async () => {
    await field(page, "effectiveDate").getByRole("button", { name: "Map these together" }).click();
    await expect(page.getByTestId("source-effectiveDate")).toHaveValue("Contract start");
    await expect(field(page, "effectiveDate").getByTestId("duplicate-flag")).toHaveCount(0);
  });

  await test.step("add missing Ironclad questions to the form in one click each", async () => {
    await field(page, "paperSource").getByRole("button", { name: "Add to form" }).click();
    await snapDialog(page, "mapping-07-add-to-form");
    await page.getByRole("menuitem", { name: "Page 2: The contract" }).click();
    await expect(page.getByTestId("source-paperSource")).toHaveValue(paperQuestion);
    for (const key of ["role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a", "role5c9d2f3a4b6e4d8f9a0b1c2d3e4f5a6b"]) {
      // By keyboard this time: Enter opens the menu, Enter on the page adds the question.
      await field(page, key).getByRole("button", { name: "Add to form" }).press("Enter");
      await page.getByRole("menuitem", { name: "Page 1: The vendor" }).press("Enter");
      await expect(page.getByTestId(`source-${key}`)).toHaveValue(/Counterparty Signer/);
    }
  });

  await test.step("a required field gets a fixed value", async () => {
    await field(page, "vendorCategory").getByRole("button", { name: "Set a fixed value" }).click();
    await choose(page, field(page, "vendorCategory"), "Fixed value for What does the vendor provide?", "Software");
    await expect(page.getByText("Ready to save")).toBeVisible();
    await snap(page, "mapping-08-resolved");
  });

  await test.step("Next → summary → Save", async () => {
    await page.getByRole("button", { name: "Next" }).last().click();
    const summary = page.getByTestId("mapping-summary");
    await expect(summary).toContainText("Ready to save");
    await expect(summary.getByRole("region", { name: "Added to the form" })).toContainText(paperQuestion);
    await expect(summary.getByRole("region", { name: "Fixed values" })).toContainText("Software");
    await expect(summary.getByRole("region", { name: "Mapped" })).toContainText("“Contract start”");
    await snap(page, "mapping-09-summary");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("mapping-saved")).toContainText("Version 1 saved");
    await snap(page, "mapping-10-saved");
  });

  await test.step("the requester preview shows the added question on page 2", async () => {
    await page.getByRole("link", { name: "Preview the form as a requester" }).click();
    const page2 = page.getByRole("region", { name: "The contract" });
    await expect(page2.getByText(paperQuestion)).toBeVisible();
    await expect(page2.getByRole("radio", { name: "Our paper" })).toBeVisible();
    await snap(page, "mapping-11-preview-added");
  });

  await test.step("a second version; the first stays readable under Versions", async () => {
    await page.getByRole("tab", { name: /Ironclad mappings/ }).click();
    await page.getByRole("link", { name: "Open mapping" }).click();
    await expect(page.getByText("Version 1 saved")).toBeVisible();
    await choose(page, page, "Source for Vendor address", /^Skip this field/);
    await page.getByRole("button", { name: "Next" }).last().click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("mapping-saved")).toContainText("Version 2 saved");
    await page.getByRole("button", { name: "Versions" }).first().click();
    const versions = page.getByTestId("mapping-version");
    await expect(versions).toHaveCount(2);
    await expect(versions.first()).toContainText("Current");
    await versions
      .nth(1)
      .getByRole("button", { name: /Version 1/ })
      .click();
    await expect(versions.nth(1)).toContainText("← “Vendor name”");
    await snapDialog(page, "mapping-12-versions");
    await page.keyboard.press("Escape");
  });

  await test.step("export the saved version; a bad import names what is wrong next to it", async () => {
    await page.getByRole("button", { name: "Export JSON" }).first().click();
    const exported = page.getByTestId("export-json");
    await expect(exported).toContainText('"format": "tradewind.mapping/v1"');
    const json = JSON.parse((await exported.textContent()) ?? "{}") as { fields: Record<string, unknown>[] };
    await snapDialog(page, "mapping-13-export");
    await page.keyboard.press("Escape");

    const first = json.fields.findIndex((f) => f["source"] === "QUESTION");
    json.fields[first] = { ...json.fields[first], questionKey: "no_such_question" };
    await page.getByRole("button", { name: "Import JSON" }).click();
    const dialog = page.getByRole("dialog", { name: "Import mapping JSON" });
    await dialog.getByRole("textbox", { name: "Mapping JSON" }).fill(JSON.stringify(json, null, 2));
    await dialog.getByRole("button", { name: "Check" }).click();
    await expect(dialog.getByTestId("import-entry").nth(first)).toContainText("is not on the form");
    await snapDialog(page, "mapping-14-import-errors");
  });
});
