import { createContext, useContext } from "react";
import type { SignInResult } from "./api";
import type { Viewer } from "./viewer";

export type SessionState =
  | { status: "loading" }
  | { status: "signedOut"; expired: boolean }
  | { status: "signedIn"; viewer: Viewer }
  | { status: "unreachable"; message: string };

export interface Session {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<SignInResult>;
  signOut: () => Promise<void>;
  /** Asks the server again who is signed in (after "unreachable"). */
  reload: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs a SessionProvider");
  return session;
}

/** The signed-in user; only for pages behind RequireSignedIn. */
export function useViewer(): Viewer {
  const { state } = useSession();
  if (state.status !== "signedIn") throw new Error("useViewer needs a signed-in session");
  return state.viewer;
}
