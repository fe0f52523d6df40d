import { Kind, OperationTypeNode, parse } from "graphql";

/**
 * Whether a GraphQL document contains a mutation, so the explorer can mark it
 * before it runs. A document that does not parse (yet) contains none.
 */
export function containsMutation(document: string): boolean {
  try {
    return parse(document).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION,
    );
  } catch {
    return false;
  }
}

/** The line a person pastes into a shell to try a new token: who am I. */
export function curlLine(origin: string, token: string): string {
  const body = JSON.stringify({ query: "{ viewer { email role } }" });
  return `curl -sS ${origin}/graphql -H 'Authorization: Bearer ${token}' -H 'Content-Type: application/json' --data '${body}'`;
}
