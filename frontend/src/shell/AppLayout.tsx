import { AppShell, Burger, Group, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet } from "react-router";
import { ChangePasswordForm } from "../settings/password/ChangePasswordForm";
import { Logo } from "./Logo";
import { MainNav } from "./MainNav";
import { UserMenu } from "./UserMenu";

export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const [passwordOpened, password] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Link to="/requests" style={{ color: "inherit", textDecoration: "none" }} aria-label="Tradewind home">
              <Logo />
            </Link>
          </Group>
          <UserMenu onChangePassword={password.open} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <div style={{ maxWidth: 1120, margin: "0 auto" }}>
          <Outlet />
        </div>
      </AppShell.Main>
      <Modal opened={passwordOpened} onClose={password.close} title="Change password" centered>
        <ChangePasswordForm onDone={password.close} />
      </Modal>
    </AppShell>
  );
}
