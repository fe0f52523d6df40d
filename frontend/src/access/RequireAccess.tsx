import type { ReactNode } from "react";
import { Outlet } from "react-router";
import { useViewer } from "../session/context";
import { NoAccessPage } from "../pages/NoAccessPage";
import { canOpen, type Section } from "./roles";

/** Shows the page only to roles that may open it; a clear "no access" otherwise. */
export function RequireAccess({ section, children }: { section: Section; children?: ReactNode }) {
  const viewer = useViewer();
  if (!canOpen(viewer.role, section)) return <NoAccessPage />;
  return children ?? <Outlet />;
}
