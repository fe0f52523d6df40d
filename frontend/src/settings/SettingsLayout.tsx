import { Tabs } from "@mantine/core";
import { Outlet, useLocation, useNavigate } from "react-router";
import { settingsItemsFor } from "../access/roles";
import { PageHeader } from "../components/PageHeader";
import { useViewer } from "../session/context";

export function SettingsLayout() {
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const items = settingsItemsFor(viewer.role);
  const current = items.find((i) => location.pathname.startsWith(i.path))?.path ?? null;
  return (
    <>
      <PageHeader title="Settings" description="People, access and the audit trail." />
      <Tabs value={current} onChange={(path) => path && void navigate(path)}>
        <Tabs.List mb="lg">
          {items.map((item) => (
            <Tabs.Tab key={item.section} value={item.path}>
              {item.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {current ? (
          <Tabs.Panel value={current}>
            <Outlet />
          </Tabs.Panel>
        ) : (
          <Outlet />
        )}
      </Tabs>
    </>
  );
}
