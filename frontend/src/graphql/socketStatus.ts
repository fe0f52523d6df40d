import { createContext, useContext, useSyncExternalStore } from "react";

/** The state of the subscription websocket, for "Live" indicators. */
export type SocketStatus = "idle" | "connecting" | "connected" | "closed";

export interface SocketStatusStore {
  get: () => SocketStatus;
  set: (status: SocketStatus) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createSocketStatusStore(): SocketStatusStore {
  let status: SocketStatus = "idle";
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(next) {
      if (next === status) return;
      status = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const SocketStatusContext = createContext<SocketStatusStore | null>(null);

export function useSocketStatus(): SocketStatus {
  const store = useContext(SocketStatusContext);
  if (!store) throw new Error("useSocketStatus needs a SessionProvider");
  return useSyncExternalStore(store.subscribe, store.get);
}
