"""Pages through every request the token's user may see (docs/api.md).

    TRADEWIND_URL=http://127.0.0.1:8080 TRADEWIND_TOKEN=twk_… python3 docs/examples/list_requests.py

Needs the requests package (pip install requests, or Debian's python3-requests).
"""
import os
import sys

import requests

URL = os.environ.get("TRADEWIND_URL", "http://127.0.0.1:8080") + "/graphql"
TOKEN = os.environ.get("TRADEWIND_TOKEN") or sys.exit("Set TRADEWIND_TOKEN to an API token.")
PAGE_SIZE = int(os.environ.get("PAGE_SIZE", "100"))  # at most 1000

QUERY = """
query Requests($first: Int!, $after: Cursor) {
  requests(first: $first, after: $after) {  # by id: oldest first (ids are ULIDs)
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title status requester { email } } }
  }
}
"""


def graphql(session, query, variables):
    response = session.post(URL, json={"query": query, "variables": variables}, timeout=30)
    response.raise_for_status()
    body = response.json()
    if body.get("errors"):
        codes = ", ".join(f"{e['extensions'].get('code')}: {e['message']}" for e in body["errors"])
        sys.exit(f"GraphQL refused the query: {codes}")
    return body["data"]


def main():
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {TOKEN}"
    after, seen = None, 0
    while True:
        page = graphql(session, QUERY, {"first": PAGE_SIZE, "after": after})["requests"]
        for edge in page["edges"]:
            node = edge["node"]
            seen += 1
            print(f"{node['id']}\t{node['status']}\t{node['requester']['email']}\t{node['title']}")
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    print(f"{seen} of {page['totalCount']} requests")


if __name__ == "__main__":
    main()
