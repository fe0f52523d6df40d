import { useMemo, useState } from "react";
import { Alert, Badge, Button, Card, Group, List, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconBulb, IconPlugConnected } from "@tabler/icons-react";
import { useQuery, useSubscription } from "urql";
import { canManage } from "../access/roles";
import { ErrorAlert } from "../components/ErrorAlert";
import type { IroncladConnectionItemFragment, IroncladConnectionUpdatedSubscription } from "../gql/graphql";
import { IroncladMark } from "../pages/IroncladMark";
import { useViewer } from "../session/context";
import { ConnectionCard } from "./ConnectionCard";
import { ConnectModal } from "./ConnectModal";
import { ConnectResultAlert, useConnectResult } from "./ConnectResultAlert";
import { isUsable, newer, overallStatus } from "./connectionStatus";
import { ConnectionUpdatedDocument, IroncladOverviewDocument } from "./documents";
import { IroncladBreadcrumbs } from "./IroncladBreadcrumbs";
import { SyncedWorkflows } from "./SyncedWorkflows";

type Live = Record<string, IroncladConnectionItemFragment>;

/** Integrations › Ironclad (View Details): connections, Connect, and the synced workflows. */
export function IroncladPage() {
  const viewer = useViewer();
  const admin = canManage(viewer.role);
  const context = useMemo(() => ({ additionalTypenames: ["Connection", "IroncladWorkflow"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: IroncladOverviewDocument, context });
  const [live] = useSubscription<IroncladConnectionUpdatedSubscription, Live>(
    { query: ConnectionUpdatedDocument },
    (previous = {}, event) => ({ ...previous, [event.connectionUpdated.id]: event.connectionUpdated }),
  );
  const [connecting, setConnecting] = useState(false);
  const connectResult = useConnectResult();

  const connections = useMemo(() => {
    const loaded = data?.connections ?? [];
    const fresh = live.data ?? {};
    const merged = loaded.map((c) => newer(c, fresh[c.id]));
    const known = new Set(loaded.map((c) => c.id));
    const added = data ? Object.values(fresh).filter((c) => !known.has(c.id)) : [];
    return [...merged, ...added].sort((a, b) => a.name.localeCompare(b.name));
  }, [data, live.data]);

  const workflows = data?.ironcladWorkflows ?? [];
  const status = overallStatus(connections.map((c) => c.status));
  const resultConnection = connections.find((c) => c.id === connectResult?.connectionID) ?? null;

  return (
    <Stack gap="lg">
      <div>
        <IroncladBreadcrumbs />
        <Group justify="space-between" align="flex-start">
          <Group>
            <IroncladMark size={52} />
            <div>
              <Group gap="xs">
                <Title order={2}>Ironclad</Title>
                {data && (
                  <Badge color={status.color} variant="light" data-testid="ironclad-overall-status">
                    {status.label}
                  </Badge>
                )}
              </Group>
              <Text c="dimmed">Contract lifecycle management</Text>
            </div>
          </Group>
          {admin && (
            <Button leftSection={<IconPlugConnected size={18} />} onClick={() => setConnecting(true)}>
              {connections.length > 0 ? "Add connection" : "Connect"}
            </Button>
          )}
        </Group>
      </div>

      {connectResult && <ConnectResultAlert parsed={connectResult} connection={resultConnection} loading={!data} />}
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load Ironclad"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}

      <section aria-labelledby="connections-title">
        <Title order={3} size="h4" mb="sm" id="connections-title">
          Connections
        </Title>
        <Stack>
          {!data && fetching && <Skeleton height={160} radius="md" />}
          {data && connections.length === 0 && <NoConnection admin={admin} onConnect={() => setConnecting(true)} />}
          {connections.map((c) => (
            <ConnectionCard
              key={c.id}
              connection={c}
              workflowCount={workflows.filter((w) => w.connection.id === c.id).length}
              admin={admin}
              showError={c.id !== connectResult?.connectionID || connectResult.result.ok}
            />
          ))}
          <Alert variant="light" color="blue" icon={<IconBulb size={18} />} title="Use a dedicated integration user">
            Connect with an Ironclad user made for Tradewind (for example TradewindIntegration@yourcompany.com) in a
            group with API Management and access to All Workflows (Current and Future). The connection then keeps
            working when people leave, and workflows launched from Tradewind are clearly owned by the integration.
          </Alert>
        </Stack>
      </section>

      <section aria-labelledby="synced-title">
        <Title order={3} size="h4" mb="sm" id="synced-title">
          Synced workflows
        </Title>
        {data ? (
          <SyncedWorkflows workflows={workflows} connections={connections} admin={admin} />
        ) : (
          fetching && <Skeleton height={120} radius="md" />
        )}
      </section>

      {!connections.some((c) => isUsable(c.status)) && <BeforeYouConnect />}
      <ConnectModal
        opened={connecting}
        onClose={() => setConnecting(false)}
        existingNames={connections.map((c) => c.name)}
      />
    </Stack>
  );
}

function NoConnection({ admin, onConnect }: { admin: boolean; onConnect: () => void }) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="no-connection">
      <Stack align="center" gap="sm" maw={560} mx="auto" ta="center">
        <Title order={4}>Ironclad is not connected yet</Title>
        <Text c="dimmed">
          Connect Tradewind to your Ironclad instance: choose the environment, sign in to Ironclad and click Allow
          Access. Then Import Forms brings in the Ironclad workflows you want to start from requests.
        </Text>
        {admin ? (
          <Button onClick={onConnect} leftSection={<IconPlugConnected size={18} />}>
            Connect
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            An admin can connect Ironclad.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function BeforeYouConnect() {
  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="sm">
        Before you connect
      </Title>
      <Stack gap="sm">
        <Text>
          You need Admin privileges in Tradewind and in Ironclad. The Ironclad user you connect with must belong to a
          group with <b>API Management</b> enabled, so that Tradewind can create the webhook that keeps task status and
          comments up to date. To check:
        </Text>
        <List type="ordered" spacing={4}>
          <List.Item>In Ironclad, go to Company Settings &gt; Groups.</List.Item>
          <List.Item>Select the group your integration user belongs to, for example Administrators.</List.Item>
          <List.Item>
            Under Admin Permissions, confirm that API Management and Users &amp; Groups Administration are both set to
            Yes.
          </List.Item>
        </List>
        <Text>
          Workflows launched from Tradewind are owned by the integration user. Add a short text field named{" "}
          <b>Integration Requestor Email</b> to your Ironclad workflows so reviewers see who made the request.
        </Text>
      </Stack>
    </Card>
  );
}
