import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { Link } from "react-router";
import { canManage } from "../access/roles";
import { useViewer } from "../session/context";
import { IroncladMark } from "./IroncladMark";

const capabilities = [
  "Import Ironclad workflows into Tradewind",
  "Review and map form fields for compatibility",
  "Map Tradewind request forms to workflows within Ironclad",
  "Start an Ironclad workflow directly from a request",
  "Monitor approval and signature packet status from within Tradewind",
  "Sync comments both ways for linked workflows",
];

export function IroncladDetailsPage() {
  const viewer = useViewer();
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/integrations">
          Integrations
        </Anchor>
        <Text>Ironclad</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Group>
          <IroncladMark size={52} />
          <div>
            <Group gap="xs">
              <Title order={2}>Ironclad</Title>
              <Badge color="gray" variant="light">
                Not connected
              </Badge>
            </Group>
            <Text c="dimmed">Contract lifecycle management</Text>
          </div>
        </Group>
        {canManage(viewer.role) && <Button disabled>Connect</Button>}
      </Group>
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="Connecting comes next">
        This version of Tradewind cannot connect to Ironclad yet. The next release adds Connect: choose your Ironclad
        environment, click Allow Access in Ironclad, and Tradewind verifies the integration user and registers its
        webhook.
      </Alert>
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          What the integration does
        </Title>
        <List spacing={6}>
          {capabilities.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          Before you connect
        </Title>
        <Stack gap="sm">
          <Text>
            You need Admin privileges in Tradewind and in Ironclad. The Ironclad user you connect with must belong to a
            group with <b>API Management</b> enabled, so that Tradewind can create the webhook that keeps task status
            and comments up to date.
          </Text>
          <Text>
            To check: in Ironclad, go to Company Settings &gt; Groups, select the integration user's group, and under
            Admin Permissions confirm that API Management and Users &amp; Groups Administration are both set to Yes.
          </Text>
          <Text>
            We recommend a dedicated integration user (for example tradewind-integration@yourcompany.com) whose group
            has access to All Workflows (Current and Future), so the connection keeps working when people leave.
          </Text>
          <Text>
            Workflows launched from Tradewind are owned by the integration user. Add a short text field named{" "}
            <b>Integration Requestor Email</b> to your Ironclad workflows so reviewers see who made the request.
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
