import { NavLink as MantineNavLink, Stack } from "@mantine/core";
import { NavLink } from "react-router";
import { navItemsFor } from "../access/roles";
import { useViewer } from "../session/context";
import { sectionIcons } from "./sectionIcons";

/** The sections this person's role may open, and nothing else. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const viewer = useViewer();
  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {navItemsFor(viewer.role).map((item) => (
        <NavLink key={item.section} to={item.path} onClick={onNavigate} style={{ textDecoration: "none" }}>
          {({ isActive }) => (
            <MantineNavLink
              component="span"
              label={item.label}
              leftSection={sectionIcons[item.section]}
              active={isActive}
              variant="light"
              styles={{ root: { borderRadius: "var(--mantine-radius-md)" }, label: { fontSize: "var(--mantine-font-size-sm)", fontWeight: 500 } }}
            />
          )}
        </NavLink>
      ))}
    </Stack>
  );
}
