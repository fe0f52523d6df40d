// Prints every task change the token's user may see, as it happens: the
// dashboard case (docs/api.md). Uses the graphql-ws package over the
// graphql-transport-ws subprotocol, with the API token in connection_init.
//
//   TRADEWIND_URL=http://127.0.0.1:8080 TRADEWIND_TOKEN=twk_… node docs/examples/watch-tasks.mjs
//
// From outside this repository: npm install graphql-ws ws
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const base = process.env.TRADEWIND_URL ?? "http://127.0.0.1:8080";
const token = process.env.TRADEWIND_TOKEN;
if (!token) {
  console.error("Set TRADEWIND_TOKEN to an API token (Settings → API tokens).");
  process.exit(2);
}

const client = createClient({
  url: base.replace(/^http/, "ws") + "/graphql",
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
  // Keep watching across restarts and network blips.
  retryAttempts: Infinity,
  shouldRetry: () => true,
  on: { connected: () => console.log("connected, watching tasks") },
});

const query = `subscription WatchTasks {
  taskUpdated { id name status detail request { id title } }
}`;

for await (const event of client.iterate({ query })) {
  if (event.errors) {
    console.error("refused:", event.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join("; "));
    process.exit(1);
  }
  const task = event.data.taskUpdated;
  console.log(`${task.request.title}: ${task.name} is ${task.status}${task.detail ? ` (${task.detail})` : ""}`);
}
