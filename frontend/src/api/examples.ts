import curlSource from "../../../docs/examples/curl.sh?raw";
import goSource from "../../../docs/examples/go/main.go?raw";
import pythonSource from "../../../docs/examples/list_requests.py?raw";
import nodeSource from "../../../docs/examples/watch-tasks.mjs?raw";

/** One worked example of docs/api.md: its file, as the guide links it. */
export interface ExampleFile {
  path: string;
  title: string;
  language: string;
  source: string;
}

export const exampleFiles: readonly ExampleFile[] = [
  { path: "examples/curl.sh", title: "curl: a query and a mutation", language: "sh", source: curlSource },
  { path: "examples/watch-tasks.mjs", title: "Node: live task changes", language: "js", source: nodeSource },
  { path: "examples/go/main.go", title: "Go: tasks waiting for you", language: "go", source: goSource },
  {
    path: "examples/list_requests.py",
    title: "Python: every request, page by page",
    language: "python",
    source: pythonSource,
  },
];

/**
 * The examples' operations as the explorer's saved tabs. Each is copied
 * verbatim from its file (a unit test checks, and that it is valid against
 * graph/schema.graphql); the files themselves run against a real server in
 * server/examples_test.go.
 */
export interface ExampleTab {
  file: string;
  query: string;
  variables?: string;
}

export const exampleTabs: readonly ExampleTab[] = [
  {
    file: "examples/curl.sh",
    query: "{ viewer { email role } requestForms(first: 10) { edges { node { id name } } } }",
  },
  {
    file: "examples/curl.sh",
    query: "mutation Submit($input: SubmitRequestInput!) { submitRequest(input: $input) { id title status } }",
    variables: JSON.stringify(
      {
        input: {
          requestFormID: "frm_…",
          title: "Laptop from curl",
          answers: [{ questionKey: "model", value: "X1 Carbon" }],
        },
      },
      null,
      2,
    ),
  },
  {
    file: "examples/watch-tasks.mjs",
    query: `subscription WatchTasks {
  taskUpdated { id name status detail request { id title } }
}`,
  },
  {
    file: "examples/go/main.go",
    query: `query OpenTasks($after: Cursor) {
  tasks(first: 100, after: $after, where: {statusIn: [IN_PROGRESS, WAITING]}) { # by id: oldest first
    pageInfo { hasNextPage endCursor }
    edges { node { id name type status canAct request { title } } }
  }
}`,
  },
  {
    file: "examples/go/main.go",
    query: `mutation Approve($id: ID!) { decideApproval(id: $id, decision: APPROVE, note: "Approved by the tasks tool") { id status } }`,
    variables: JSON.stringify({ id: "tsk_…" }, null, 2),
  },
  {
    file: "examples/list_requests.py",
    query: `query Requests($first: Int!, $after: Cursor) {
  requests(first: $first, after: $after) {  # by id: oldest first (ids are ULIDs)
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title status requester { email } } }
  }
}`,
    variables: JSON.stringify({ first: 100, after: null }, null, 2),
  },
];
