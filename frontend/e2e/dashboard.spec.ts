import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoAdmin, mainNav, scaled, signIn, snap } from "./helpers";
import { withOwnDemo } from "./ownDemo";

// Issue 9, "Live status for dashboards": the Dashboard of an admin and of a
// requester, moving without a reload as requests are submitted and their
// tasks done (through the GraphQL API, as an internal tool would), the stuck
// days choice, and the wall screen. The counts must start from zero, so the
// file has a demo of its own: other files submit requests on the shared one.

const origin = withOwnDemo(6);

/** One GraphQL call with the page's session; fails the test on any error. */
async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post("/graphql", { headers: { Origin: origin }, data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return body.data as T;
}

interface Submitted {
  submitRequest: { id: string; tasks: { edges: { node: { id: string; type: string } }[] } };
}

/** Submits a request on the form as whoever the page is signed in as; returns its tasks by type. */
async function submit(page: Page, formID: string, title: string) {
  const { submitRequest } = await gql<Submitted>(
    page.request,
    `mutation($input: SubmitRequestInput!) {
      submitRequest(input: $input) { id tasks(first: 10) { edges { node { id type } } } }
    }`,
    { input: { requestFormID: formID, title, answers: [] } },
  );
  const task = (type: string) => submitRequest.tasks.edges.find((e) => e.node.type === type)?.node.id ?? "";
  return { id: submitRequest.id, manual: task("MANUAL"), approval: task("APPROVAL") };
}

/** A chart on the page, by its title. */
const chart = (page: Page, title: string) => page.getByRole("figure", { name: title });

test("the dashboard moves live, for an admin, on the wall screen, and for a requester", async ({ page, browser }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("empty-state")).toContainText("No requests yet");
  await expect(page.getByRole("link", { name: "Build a workflow" })).toBeVisible();
  await snap(page, "dashboard-empty");

  // A form with no questions and a workflow of a manual task then an approval:
  // no Ironclad needed to watch the counts move.
  const { createRequestForm } = await gql<{ createRequestForm: { id: string } }>(
    page.request,
    `mutation { createRequestForm(input: { name: "Office supplies" }) { id } }`,
  );
  await gql(page.request, `mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { id } }`, {
    input: {
      name: "Office supplies approval",
      requestFormIDs: [createRequestForm.id],
      taskDefinitions: [
        { name: "Check the budget", type: "MANUAL", assigneeRole: "ADMIN" },
        { name: "Approve the purchase", type: "APPROVAL", assigneeRole: "ADMIN" },
      ],
    },
  });

  const first = await submit(page, createRequestForm.id, "Printer paper");
  await test.step("a submitted request shows up without a reload", async () => {
    await expect(chart(page, "Requests by status")).toContainText("1 in all", { timeout: scaled(15_000) });
    await expect(chart(page, "Tasks by type")).toContainText("Manual");
    await expect(chart(page, "Tasks by type")).toContainText("Approval");
    await expect(chart(page, "Ironclad workflows by step")).toContainText("No Ironclad workflow launched yet.");
  });

  await submit(page, createRequestForm.id, "Whiteboard markers");
  await gql(page.request, `mutation($id: ID!) { completeTask(id: $id) { id } }`, { id: first.manual });
  await test.step("a task done moves the task counts, and the screen reader hears of it", async () => {
    await expect(chart(page, "Requests by status")).toContainText("2 in all", { timeout: scaled(15_000) });
    await expect(chart(page, "Tasks by status").getByRole("listitem").filter({ hasText: "Done" })).toContainText("1", {
      timeout: scaled(15_000),
    });
    await expect(page.getByRole("status").filter({ hasText: "Dashboard updated" })).toBeAttached();
    await expect(page.getByTestId("activity")).toContainText("Printer paper");
    await expect(page.getByRole("link", { name: "Printer paper" }).first()).toHaveAttribute(
      "href",
      `/requests/${first.id}`,
    );
  });

  await test.step("the stuck days choice is kept in the URL; nothing just submitted is stuck", async () => {
    await page.getByLabel("No change for").selectOption("1");
    await expect(page).toHaveURL(/\/dashboard\?stuck=1$/);
    await expect(page.getByTestId("stuck-requests")).toContainText("No change for 1 day (0)");
    await expect(page.getByTestId("failed-tasks")).toContainText("Failed tasks (0)");
    await snap(page, "dashboard-admin");
  });

  await test.step("the wall screen: no navigation, large type, still live", async () => {
    await page.getByRole("link", { name: "Wall screen" }).click();
    await expect(page).toHaveURL(/\/dashboard\/wall\?stuck=1$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(mainNav(page)).toHaveCount(0);
    await expect(page.getByTestId("stuck-requests")).toContainText("No change for 1 day");
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
    await gql(page.request, `mutation($id: ID!) { decideApproval(id: $id, decision: APPROVE) { id } }`, {
      id: first.approval,
    });
    await expect(chart(page, "Requests by status")).toContainText("Completed", { timeout: scaled(15_000) });
    await snap(page, "dashboard-wall");
    await page.getByRole("link", { name: "Leave wall screen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Dashboard" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "light");
  });

  await test.step("a requester sees only their own numbers, and a title that says so", async () => {
    const requester = { email: "rosa@tradewind.example", name: "Rosa Requester", role: "REQUESTER" };
    const password = "requester-pass-123";
    await gql(page.request, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { ...requester, password },
    });
    const context = await browser.newContext({ baseURL: origin });
    const rosa = await context.newPage();
    await signIn(rosa, requester.email, password);
    await mainNav(rosa).getByRole("link", { name: "Dashboard" }).click();
    await expect(rosa.getByRole("heading", { level: 2, name: "My dashboard" })).toBeVisible();
    await expect(rosa.getByTestId("empty-state")).toContainText("You have no requests yet");
    await snap(rosa, "dashboard-requester-empty");
    await submit(rosa, createRequestForm.id, "Desk lamp");
    await expect(chart(rosa, "Requests by status")).toContainText("1 in all", { timeout: scaled(15_000) });
    await snap(rosa, "dashboard-requester");
    // The admin's page counts Rosa's request too.
    await expect(chart(page, "Requests by status")).toContainText("3 in all", { timeout: scaled(15_000) });
    await context.close();
  });
});
