import type { ReactNode } from "react";
import { canOpenSettings, type SettingsSection } from "../access/roles";
import { NoAccessPage } from "../pages/NoAccessPage";
import { useViewer } from "../session/context";

export function RequireSettingsAccess({ section, children }: { section: SettingsSection; children: ReactNode }) {
  const viewer = useViewer();
  return canOpenSettings(viewer.role, section) ? children : <NoAccessPage />;
}
