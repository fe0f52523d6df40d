import { Anchor, Breadcrumbs, Text } from "@mantine/core";
import { Link } from "react-router";

/** Integrations › Ironclad › …; the last crumb is the current page. */
export function IroncladBreadcrumbs({ current }: { current?: string }) {
  return (
    <Breadcrumbs mb="sm">
      <Anchor component={Link} to="/integrations">
        Integrations
      </Anchor>
      {current ? (
        <Anchor component={Link} to="/integrations/ironclad">
          Ironclad
        </Anchor>
      ) : (
        <Text>Ironclad</Text>
      )}
      {current && <Text>{current}</Text>}
    </Breadcrumbs>
  );
}
