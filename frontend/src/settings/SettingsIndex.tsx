import { Navigate } from "react-router";
import { settingsItemsFor } from "../access/roles";
import { NoAccessPage } from "../pages/NoAccessPage";
import { useViewer } from "../session/context";

/** /settings opens the first section this role may see. */
export function SettingsIndex() {
  const viewer = useViewer();
  const first = settingsItemsFor(viewer.role)[0];
  return first ? <Navigate to={first.path} replace /> : <NoAccessPage />;
}
