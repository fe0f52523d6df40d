import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWebSocketClient, type Client as WebSocketClient } from "graphql-ws";
import { hasErrorCode } from "./errors";
import { createSocketStatusStore, type SocketStatusStore } from "./socketStatus";

export interface ApiClient {
  client: Client;
  /** The session's subscription socket, shared with the API explorer. */
  websocket: WebSocketClient;
  socketStatus: SocketStatusStore;
  /** Closes the websocket; call when the session ends. */
  dispose: () => void;
}

/**
 * How the SPA's requests to /graphql look: the session cookie, and JSON (a
 * cookie-authenticated POST must be JSON, the server's CSRF rule). The API
 * explorer sends the same.
 */
export const apiFetchOptions = {
  credentials: "same-origin",
  headers: { Accept: "application/graphql-response+json, application/json" },
} as const satisfies RequestInit;

function websocketURL(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`;
}

function subscriptions(ws: WebSocketClient) {
  return subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query ?? "" };
      return {
        subscribe(sink) {
          return { unsubscribe: ws.subscribe(input, sink) };
        },
      };
    },
  });
}

/**
 * One client per session: queries and mutations POST JSON to /graphql with
 * the session cookie; subscriptions share one graphql-transport-ws socket.
 * Any UNAUTHENTICATED answer ends the session in the SPA.
 */
export function createApiClient(onUnauthenticated: () => void): ApiClient {
  const socketStatus = createSocketStatusStore();
  const ws = createWebSocketClient({
    url: websocketURL(),
    lazy: true,
    retryAttempts: 8,
    shouldRetry: () => true,
    on: {
      connecting: () => socketStatus.set("connecting"),
      connected: () => socketStatus.set("connected"),
      closed: () => socketStatus.set("closed"),
    },
  });
  const client = new Client({
    url: "/graphql",
    preferGetMethod: false,
    fetchOptions: apiFetchOptions,
    exchanges: [
      mapExchange({
        onError(error) {
          if (hasErrorCode(error, "UNAUTHENTICATED")) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptions(ws),
    ],
  });
  return { client, websocket: ws, socketStatus, dispose: () => void ws.dispose() };
}
