import { Navigate, Outlet, useLocation } from "react-router";
import { FullPageLoader } from "../components/FullPageLoader";
import { UnreachablePage } from "../pages/UnreachablePage";
import { useSession } from "./context";
import { loginPath } from "./next";

/** Everything but the login page needs a session: without one, go sign in. */
export function RequireSignedIn() {
  const { state } = useSession();
  const location = useLocation();
  switch (state.status) {
    case "loading":
      return <FullPageLoader label="Loading Tradewind…" />;
    case "unreachable":
      return <UnreachablePage message={state.message} />;
    case "signedOut":
      return <Navigate to={loginPath(location.pathname + location.search, state.expired)} replace />;
    case "signedIn":
      return <Outlet />;
  }
}
