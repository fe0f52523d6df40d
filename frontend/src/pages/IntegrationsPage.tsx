import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../components/PageHeader";
import { IroncladCardBadge } from "../integrations/IroncladCardBadge";
import { IroncladMark } from "./IroncladMark";

export function IntegrationsPage() {
  return (
    <>
      <PageHeader title="Integrations" description="The systems Tradewind works with." />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Card withBorder padding="lg" radius="md" data-testid="integration-ironclad">
          <Stack gap="sm" h="100%">
            <Group justify="space-between" align="flex-start">
              <IroncladMark />
              <IroncladCardBadge />
            </Group>
            <div>
              <Title order={3} size="h4">
                Ironclad
              </Title>
              <Text size="sm" c="dimmed">
                Contract lifecycle management
              </Text>
            </div>
            <Text size="sm" style={{ flexGrow: 1 }}>
              Start Ironclad workflows from requests, track approvals and signature packets live, and sync comments both
              ways.
            </Text>
            <Button component={Link} to="/integrations/ironclad" variant="light" fullWidth>
              View Details
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
    </>
  );
}
