import { expect, test, type Page } from "@playwright/test";
import { connectSandboxAndImport, ironcladAdmin, withOwnDemo } from "./ownDemo";
import { demoAdmin, gql, scaled, signIn, snap } from "./helpers";

// Journey 7: comments both ways. The demo requester's request has launched
// "Every Field Type" in the built-in sandbox (comment sync is on for an
// imported workflow). A comment typed on the request page appears in the
// sandbox's operator console, naming its real author; one typed in the
// console appears on the request page without a reload, announced politely;
// a deletion on either side removes it from both (the demo's sandbox offers
// comment delete, so the dialog says the Ironclad copy goes too). It starts a
// demo of its own (serve.sh on E2E_PORT + 5).

const origin = withOwnDemo(5);
test.use({ baseURL: origin });

const requester = { email: "requester@tradewind.example", password: demoAdmin.password, name: "Demo Requester" };
const sandbox = "/ironclad-sandbox";

/**
 * As the admin: a one-question form mapped onto Every Field Type (its
 * counterparty from the question, its signer fixed) whose workflow launches it.
 */
async function setUpLaunch(admin: Page): Promise<string> {
  const { createRequestForm } = await gql<{
    createRequestForm: { id: string; pages: { questions: { id: string; key: string }[] }[] };
  }>(
    admin,
    "mutation($input: CreateRequestFormInput!) { createRequestForm(input: $input) { id pages { questions { id key } } } }",
    {
      input: {
        name: "Laptop order",
        pages: [
          { title: "Order", questions: [{ key: "vendor", label: "Vendor", type: "SHORT_TEXT", required: true }] },
        ],
      },
    },
  );
  const formID = createRequestForm.id;
  const questionID = createRequestForm.pages[0]!.questions[0]!.id;
  const { ironcladWorkflows } = await gql<{ ironcladWorkflows: { id: string; name: string; commentSync: boolean }[] }>(
    admin,
    "{ ironcladWorkflows { id name commentSync } }",
  );
  const everyField = ironcladWorkflows.find((w) => w.name === "Every Field Type")!;
  expect(everyField.commentSync).toBe(true);
  const fields = [
    { fieldKey: "counterpartyName", source: "QUESTION", questionID },
    { fieldKey: "role2f6a9c0d1e3b4a5c8d7e6f5a4b3c2d1e", source: "FIXED_VALUE", fixedValue: "sam@vendor.example" },
    { fieldKey: "role3a7b0d1e2f4c4b6d9e8f7a6b5c4d3e2f", source: "FIXED_VALUE", fixedValue: "Sam Signer" },
  ];
  const { saveMapping } = await gql<{ saveMapping: { check: { ok: boolean } } }>(
    admin,
    "mutation($input: MappingInput!) { saveMapping(input: $input) { check { ok } } }",
    { input: { ironcladWorkflowID: everyField.id, requestFormID: formID, fields } },
  );
  expect(saveMapping.check.ok).toBe(true);
  await gql(admin, "mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { id } }", {
    input: {
      name: "Laptop order in Ironclad",
      requestFormIDs: [formID],
      taskDefinitions: [
        {
          name: "Every Field Type in Ironclad",
          type: "INTEGRATION",
          action: "LAUNCH_WORKFLOW",
          ironcladWorkflowID: everyField.id,
        },
      ],
    },
  });
  return formID;
}

test("comments cross between the request page and Ironclad both ways, live, and deletions too", async ({ browser }) => {
  test.setTimeout(scaled(240_000));
  const admin = await (await browser.newContext({ baseURL: origin })).newPage();
  const page = await (await browser.newContext({ baseURL: origin })).newPage();
  const consolePage = await (await browser.newContext({ baseURL: origin })).newPage();

  let formID = "";
  await test.step("the admin connects the sandbox, imports Every Field Type and sets up its launch", async () => {
    await signIn(admin, demoAdmin.email, demoAdmin.password);
    await connectSandboxAndImport(admin, "Every Field Type");
    formID = await setUpLaunch(admin);
  });

  await signIn(page, requester.email, requester.password);
  const { submitRequest } = await gql<{ submitRequest: { id: string } }>(
    page,
    "mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id } }",
    {
      input: {
        requestFormID: formID,
        title: "Laptops for the new team",
        answers: [{ questionKey: "vendor", value: "Lenovo" }],
      },
    },
  );
  // Wait for the launch through the API (this spec is about comments, not the task's live status).
  await expect
    .poll(
      async () => {
        const { node } = await gql<{ node: { linkedWorkflows: { readableID: string }[] } }>(
          page,
          "query($id: ID!) { node(id: $id) { ... on Request { linkedWorkflows { readableID } } } }",
          { id: submitRequest.id },
        );
        return node.linkedWorkflows[0]?.readableID ?? "";
      },
      { timeout: scaled(60_000) },
    )
    .toMatch(/IC-\d+/);
  await page.goto(`/requests/${submitRequest.id}`);
  const ironcladID = page.getByTestId("ironclad-id").first();
  await expect(ironcladID).toHaveText(/IC-\d+/);
  const workflowURL = (await ironcladID.getAttribute("href")) ?? "";
  const workflowID = workflowURL.split("/").pop() ?? "";

  const thread = page.getByRole("region", { name: "Comments" });
  const comments = thread.getByTestId("comment");

  await test.step("a comment typed on the request page is posted to Ironclad", async () => {
    await expect(thread.getByText("No comments yet.")).toBeVisible();
    await page.getByLabel("Add a comment").fill("Can these arrive before the 15th?");
    await page.getByLabel("Add a comment").press("Control+Enter");
    const mine = comments.filter({ hasText: "Can these arrive before the 15th?" });
    await expect(mine).toHaveCount(1);
    await expect(mine.getByTestId("comment-source")).toHaveText("Tradewind");
    await expect(mine).toContainText(requester.name);
    await expect(mine.getByTestId("comment-sync")).toHaveCount(0, { timeout: scaled(30_000) }); // sent
    await snap(page, "comments-01-request-thread");
  });

  const consoleComments = consolePage
    .locator(".card")
    .filter({ has: consolePage.getByRole("heading", { name: "Comments" }) });
  await test.step("the sandbox's operator console shows it, with its real author first", async () => {
    await consolePage.goto(`${sandbox}/console/workflows/${workflowID}`);
    await consolePage.getByLabel("Email").fill(ironcladAdmin.email);
    await consolePage.getByLabel("Password").fill(ironcladAdmin.password);
    await consolePage.getByRole("button", { name: "Sign in" }).click();
    await expect(
      consoleComments.getByRole("row").filter({ hasText: "Can these arrive before the 15th?" }),
    ).toContainText(`${requester.name} (via Tradewind):`);
    await snap(consolePage, "comments-02-console-shows-it");
  });

  await test.step("a comment typed in the console appears on the request page without a reload", async () => {
    const form = consoleComments.locator("form").filter({ has: consolePage.getByRole("button", { name: "Comment" }) });
    await form.getByPlaceholder("Comment; mention with <@email>").fill("Yes, if ordered by Friday.");
    await form.getByRole("button", { name: "Comment" }).click();
    const theirs = comments.filter({ hasText: "Yes, if ordered by Friday." });
    await expect(theirs).toHaveCount(1, { timeout: scaled(15_000) });
    await expect(theirs.getByTestId("comment-source")).toHaveText("Ironclad");
    await expect(page.getByTestId("comment-announcement")).toContainText("New comment from");
    await expect(comments.last()).toContainText("Yes, if ordered by Friday."); // newest at the bottom
    await snap(page, "comments-03-from-ironclad");
  });

  await test.step("deleting in Ironclad removes it here", async () => {
    const row = consoleComments.getByRole("row").filter({ hasText: "Yes, if ordered by Friday." });
    await row.getByRole("button", { name: "Delete" }).click();
    await expect(comments.filter({ hasText: "Yes, if ordered by Friday." })).toHaveCount(0, {
      timeout: scaled(15_000),
    });
  });

  await test.step("deleting here says what happens in Ironclad first, then removes it from both", async () => {
    const mine = comments.filter({ hasText: "Can these arrive before the 15th?" });
    await mine.getByRole("button", { name: /Delete the comment/ }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this comment?" });
    await expect(dialog).toContainText("deleted here and in Ironclad");
    await snap(page, "comments-04-delete-dialog");
    await dialog.getByRole("button", { name: "Delete comment" }).click();
    await expect(comments).toHaveCount(0, { timeout: scaled(15_000) });
    await expect(thread.getByText("No comments yet.")).toBeVisible();
    await consolePage.reload();
    await expect(consoleComments.getByText("No comments yet.")).toBeVisible();
    await snap(page, "comments-05-deleted-both-ways");
  });
});
