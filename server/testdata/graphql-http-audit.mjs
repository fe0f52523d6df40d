// Runs the graphql-http package's GraphQL-over-HTTP audits (MUST and SHOULD)
// against the URL given, as the API token given (some audits introspect,
// which signed-out callers may not), and prints each result as JSON, for
// TestGraphQLOverHTTPAudit.
import { serverAudits } from "graphql-http";

const [url, token] = process.argv.slice(2);
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};
const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? "" });
}
process.stdout.write(JSON.stringify(results));
