import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Provider as UrqlProvider } from "urql";
import type { Client } from "@urql/core";
import { createApiClient, type ApiClient } from "../graphql/client";
import { errorMessage, hasErrorCode } from "../graphql/errors";
import { SocketStatusContext } from "../graphql/socketStatus";
import { WebSocketContext } from "../graphql/websocket";
import { signIn as requestSignIn, signOut as requestSignOut, type SignInResult } from "./api";
import { SessionContext, type Session, type SessionState } from "./context";
import { ViewerDocument } from "./viewer";

/**
 * Knows who is signed in and owns the GraphQL client. Each sign-in gets a
 * fresh client, so nothing cached for one person is shown to the next.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const expire = useCallback(() => {
    setState((s) =>
      s.status === "signedIn" || s.status === "loading" ? { status: "signedOut", expired: s.status === "signedIn" } : s,
    );
  }, []);
  const [api, setApi] = useState<ApiClient>(() => createApiClient(expire));
  const apiRef = useRef(api);

  const renew = useCallback((): ApiClient => {
    apiRef.current.dispose();
    const next = createApiClient(expire);
    apiRef.current = next;
    setApi(next);
    return next;
  }, [expire]);

  const loadViewer = useCallback(async (client: Client): Promise<SignInResult> => {
    const result = await client.query(ViewerDocument, {}, { requestPolicy: "network-only" }).toPromise();
    if (result.data) {
      setState({ status: "signedIn", viewer: result.data.viewer });
      return { ok: true };
    }
    if (hasErrorCode(result.error, "UNAUTHENTICATED")) {
      setState({ status: "signedOut", expired: false });
      return { ok: false, message: "Signed in, but the session was not accepted. Allow cookies and try again." };
    }
    const message = result.error ? errorMessage(result.error) : "Tradewind did not answer.";
    setState({ status: "unreachable", message });
    return { ok: false, message };
  }, []);

  useEffect(() => {
    void loadViewer(apiRef.current.client);
  }, [loadViewer]);

  const session = useMemo<Session>(
    () => ({
      state,
      async signIn(email, password) {
        const result = await requestSignIn(email, password);
        if (!result.ok) return result;
        return loadViewer(renew().client);
      },
      async signOut() {
        await requestSignOut();
        renew();
        setState({ status: "signedOut", expired: false });
      },
      reload() {
        setState({ status: "loading" });
        void loadViewer(apiRef.current.client);
      },
    }),
    [state, loadViewer, renew],
  );

  return (
    <SessionContext.Provider value={session}>
      <SocketStatusContext.Provider value={api.socketStatus}>
        <WebSocketContext.Provider value={api.websocket}>
          <UrqlProvider value={api.client}>{children}</UrqlProvider>
        </WebSocketContext.Provider>
      </SocketStatusContext.Provider>
    </SessionContext.Provider>
  );
}
