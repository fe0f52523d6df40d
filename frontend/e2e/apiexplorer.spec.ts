import { expect, test, type Page } from "@playwright/test";
import { demoAdmin, gql, signIn, signOut, snap } from "./helpers";

// The API for internal tools, as a person finds it: Settings → API tokens
// links to the guide and the explorer; a new token comes with a curl line;
// the explorer (GraphiQL, bundled, within the CSP) runs as the signed-in user,
// marks mutations, and a viewer's mutation is refused by the server.

const explorer = (page: Page) => page.locator(".graphiql-container");

async function openTab(page: Page, name: string) {
  // GraphiQL's tabs, presented as buttons (frontend/src/api/tabRoles.ts).
  await explorer(page).locator(".graphiql-tabs").getByRole("button", { name, exact: true }).click();
}

async function run(page: Page) {
  await explorer(page)
    .getByRole("button", { name: /Execute query/ })
    .click();
}

/** What the response pane shows (Monaco renders the visible lines as text). */
function response(page: Page) {
  return explorer(page).locator(".graphiql-response");
}

test("an admin creates a token with its curl line, reads the guide, runs a query and sees a mutation marked", async ({
  page,
  baseURL,
}) => {
  const cspErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("link", { name: "API guide" })).toBeVisible();
  await expect(page.getByRole("link", { name: "API explorer" })).toBeVisible();

  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create API token" });
  await dialog.getByLabel("Name").fill(`Reporting script ${Date.now()}`);
  await dialog.getByRole("button", { name: "Create token" }).click();
  const reveal = page.getByRole("dialog", { name: "Your new API token" });
  const token = (await reveal.getByTestId("new-token").textContent()) ?? "";
  expect(token).toMatch(/^twk_/);
  const curl = reveal.getByTestId("token-curl");
  await expect(curl).toContainText(`curl -sS ${baseURL}/graphql -H 'Authorization: Bearer ${token}'`);
  await snap(page, "apiexplorer-01-token-curl");
  // The line works as pasted: the same request, with the new token.
  const body = /--data '(.*)'$/.exec((await curl.textContent()) ?? "")?.[1] ?? "";
  const answer = await page.request.post(`${baseURL}/graphql`, {
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    data: body,
  });
  expect(await answer.json()).toEqual({ data: { viewer: { email: demoAdmin.email, role: "ADMIN" } } });

  await reveal.getByRole("link", { name: "API guide" }).click();
  await expect(page.getByRole("heading", { name: "The Tradewind API", level: 1 })).toBeVisible();
  await expect(page.getByRole("cell", { name: "FORBIDDEN" })).toBeVisible();
  await snap(page, "apiexplorer-02-guide");

  await page.getByRole("link", { name: "Open the API explorer" }).click();
  await expect(explorer(page)).toBeVisible();
  await expect(page.getByText(`Runs as ${demoAdmin.email}`)).toBeVisible();
  await expect(page.getByTestId("mutation-warning")).toBeHidden();
  // The first run may come before GraphiQL has its editor and schema: run until answered.
  await expect(async () => {
    await run(page);
    await expect(response(page)).toContainText(demoAdmin.email, { timeout: 5_000 });
  }).toPass();
  await expect(response(page)).toContainText("requestForms");
  await explorer(page)
    .getByRole("button", { name: /Show Documentation Explorer/ })
    .click();
  await expect(explorer(page).getByText("Root Types")).toBeVisible();
  await snap(page, "apiexplorer-03-query-and-docs");

  await openTab(page, "Submit");
  await expect(page.getByTestId("mutation-warning")).toContainText("This operation changes Tradewind's data");
  await snap(page, "apiexplorer-04-mutation-marked");
  await openTab(page, "WatchTasks");
  await expect(page.getByTestId("mutation-warning")).toBeHidden();
  expect(cspErrors).toEqual([]);
});

test("a viewer's mutation is refused in the explorer; requesters have no explorer", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const viewer = { email: `vic.${Date.now()}@tradewind.example`, name: "Vic Viewer", role: "VIEWER" };
  const password = "viewer-pass-12345";
  await gql(page, "mutation($input: CreateUserInput!) { createUser(input: $input) { id } }", {
    input: { ...viewer, password },
  });
  await signOut(page);

  await signIn(page, viewer.email, password);
  await page.goto("/api-explorer");
  await expect(explorer(page)).toBeVisible();
  await openTab(page, "Submit");
  await expect(page.getByTestId("mutation-warning")).toContainText("as a viewer you may not");
  await expect(async () => {
    await run(page);
    await expect(response(page)).toContainText("FORBIDDEN", { timeout: 5_000 });
  }).toPass();
  await snap(page, "apiexplorer-05-viewer-mutation-refused");
  await page.goto("/requests");
  await signOut(page);

  await signIn(page, "requester@tradewind.example", demoAdmin.password);
  await page.goto("/api-explorer");
  await expect(explorer(page)).toHaveCount(0);
  await expect(page.getByText("You don't have access to this page")).toBeVisible();
});
