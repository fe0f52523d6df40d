import { createContext, useContext } from "react";
import type { Client as WebSocketClient } from "graphql-ws";

/** The session's graphql-ws client (one socket for the whole SPA). */
export const WebSocketContext = createContext<WebSocketClient | null>(null);

export function useWebSocketClient(): WebSocketClient {
  const ws = useContext(WebSocketContext);
  if (!ws) throw new Error("useWebSocketClient needs a SessionProvider");
  return ws;
}
