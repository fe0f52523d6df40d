import { NavLink, Stack } from "@mantine/core";
import { NavLink as RouterLink, useLocation } from "react-router";
import { navItemsFor } from "../access/roles";
import { useViewer } from "../session/context";
import { sectionIcons } from "./sectionIcons";

/** The sections this person's role may open, and nothing else. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const viewer = useViewer();
  const { pathname } = useLocation();
  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {navItemsFor(viewer.role).map((item) => (
        <NavLink
          key={item.section}
          component={RouterLink}
          to={item.path}
          onClick={onNavigate}
          label={item.label}
          leftSection={sectionIcons[item.section]}
          active={pathname === item.path || pathname.startsWith(`${item.path}/`)}
          variant="light"
          fw={500}
          style={{ borderRadius: "var(--mantine-radius-md)" }}
        />
      ))}
    </Stack>
  );
}
