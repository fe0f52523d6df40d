import { useCallback } from "react";
import type { AnyVariables, TypedDocumentNode } from "urql";
import { useSubscription } from "urql";
import { errorMessage } from "../graphql/errors";
import { useSocketStatus } from "../graphql/socketStatus";
import { remember } from "./status";

interface Versioned {
  id: string;
  updatedAt: string;
}

interface Feed<Item> {
  items: ReadonlyMap<string, Item>;
  /** Events received: changes with every event, even one for an item already seen. */
  events: number;
}

const none = new Map<string, never>();

/**
 * Items that arrived by subscription, the newest copy per id, and the state
 * of the live feed for a LiveBadge. pick takes the item out of one event.
 */
export function useLive<Data, Item extends Versioned, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pick: (event: Data) => Item,
) {
  const socket = useSocketStatus();
  const handler = useCallback(
    (known: Feed<Item> | undefined, event: Data): Feed<Item> => ({
      items: remember(known?.items ?? new Map<string, Item>(), pick(event)),
      events: (known?.events ?? 0) + 1,
    }),
    [pick],
  );
  const [result] = useSubscription<Data, Feed<Item>, Variables>({ query, variables }, handler);
  return {
    live: result.data?.items ?? none,
    events: result.data?.events ?? 0,
    active: socket === "connected",
    error: result.error ? errorMessage(result.error) : null,
  };
}
