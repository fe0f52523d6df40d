import { Avatar, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { IconChevronDown, IconKey, IconLogout } from "@tabler/icons-react";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useAfterMenuCloses } from "../components/afterMenuCloses";
import { RoleBadge } from "../components/RoleBadge";
import { useSession, useViewer } from "../session/context";

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => (p ?? "").charAt(0).toUpperCase()).join("") || "?";
}

/** Who is signed in, with their role, and the way out. */
export function UserMenu({ onChangePassword }: { onChangePassword: () => void }) {
  const viewer = useViewer();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const afterClose = useAfterMenuCloses();
  const leave = async () => {
    await signOut();
    notifications.clean();
    void navigate("/login", { replace: true });
  };
  return (
    <Menu position="bottom-end" width={240} withArrow {...afterClose.menuProps}>
      <Menu.Target>
        {/* Named by what it shows (name, role), so a voice-control user can say it; the initials repeat the name. */}
        <UnstyledButton data-testid="user-menu">
          <Group gap="sm" wrap="nowrap">
            <Avatar color="blue" radius="xl" size={34} aria-hidden="true">
              {initials(viewer.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="xs">
              <Text size="sm" fw={600} lh={1.3}>
                {viewer.name}
              </Text>
              <RoleBadge role={viewer.role} size="xs" />
            </Stack>
            <VisuallyHidden hiddenFrom="xs">{viewer.name}</VisuallyHidden>
            <IconChevronDown size={16} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item leftSection={<IconKey size={16} />} onClick={afterClose.later(onChangePassword)}>
          Change password
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void leave()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
