#!/bin/sh
# A query and a mutation with curl (docs/api.md). Needs an API token with
# Read and Write (Settings → API tokens) and the id of a request form with a
# required short-text question "model" (the query below lists the forms).
#
#   TRADEWIND_URL=http://127.0.0.1:8080 TRADEWIND_TOKEN=twk_… FORM_ID=frm_… sh docs/examples/curl.sh
set -eu
: "${TRADEWIND_URL:=http://127.0.0.1:8080}"
: "${TRADEWIND_TOKEN:?set TRADEWIND_TOKEN to an API token}"
: "${FORM_ID:?set FORM_ID to a request form id (the first query lists them)}"

# A query: who the token acts as, and the first ten request forms.
curl -sS --fail-with-body "$TRADEWIND_URL/graphql" \
  -H "Authorization: Bearer $TRADEWIND_TOKEN" \
  -H 'Content-Type: application/json' \
  --data '{"query": "{ viewer { email role } requestForms(first: 10) { edges { node { id name } } } }"}'
echo

# A mutation (the token needs Write): submit a request. Values travel as
# variables, never pasted into the query text.
curl -sS --fail-with-body "$TRADEWIND_URL/graphql" \
  -H "Authorization: Bearer $TRADEWIND_TOKEN" \
  -H 'Content-Type: application/json' \
  --data @- <<JSON
{"query": "mutation Submit(\$input: SubmitRequestInput!) { submitRequest(input: \$input) { id title status } }",
 "variables": {"input": {"requestFormID": "$FORM_ID", "title": "Laptop from curl",
                         "answers": [{"questionKey": "model", "value": "X1 Carbon"}]}}}
JSON
echo
