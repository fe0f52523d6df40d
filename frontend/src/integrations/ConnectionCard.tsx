import { useState, type ReactNode } from "react";
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Collapse,
  Group,
  Menu,
  SimpleGrid,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconAlertTriangle,
  IconDots,
  IconDownload,
  IconPlugConnected,
  IconPlugConnectedX,
  IconRefresh,
  IconTrash,
} from "@tabler/icons-react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { useAfterMenuCloses } from "../components/afterMenuCloses";
import { ConfirmModal } from "../components/ConfirmModal";
import { dateTime, timeAgo } from "../format/time";
import { errorMessage } from "../graphql/errors";
import type { IroncladConnectionItemFragment } from "../gql/graphql";
import { goToIronclad } from "./ConnectModal";
import { connectLabel, environmentLabels, isUsable, resultFor, webhookStatusLook } from "./connectionStatus";
import {
  ConnectIroncladDocument,
  DeleteConnectionDocument,
  DisconnectIroncladDocument,
  TestConnectionDocument,
} from "./documents";
import { ConnectionStatusBadge } from "./StatusBadge";

interface Props {
  connection: IroncladConnectionItemFragment;
  /** How many synced workflows come from this connection. */
  workflowCount: number;
  admin: boolean;
  /** False when the page already explains this connection's last error (back from Ironclad). */
  showError: boolean;
}

/** One connection: status, environment, integration user, scopes, webhook, last verified; its actions. */
export function ConnectionCard({ connection: c, workflowCount, admin, showError }: Props) {
  const [{ fetching: testing }, test] = useMutation(TestConnectionDocument);
  const [, connect] = useMutation(ConnectIroncladDocument);
  const [{ fetching: disconnecting }, disconnect] = useMutation(DisconnectIroncladDocument);
  const [{ fetching: deleting }, remove] = useMutation(DeleteConnectionDocument);
  const [redirecting, setRedirecting] = useState(false);
  const [confirm, setConfirm] = useState<"disconnect" | "delete" | null>(null);
  const afterClose = useAfterMenuCloses();
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [showScopes, setShowScopes] = useState(false);
  const usable = isUsable(c.status);
  const label = connectLabel(c.status);

  const runTest = async () => {
    const result = await test({ id: c.id });
    if (result.error || !result.data) {
      notifications.show({
        color: "red",
        title: `Could not test ${c.name}`,
        message: result.error ? errorMessage(result.error) : "No answer.",
      });
      return;
    }
    const after = result.data.testConnection;
    if (after.status === "CONNECTED") {
      notifications.show({
        color: "green",
        title: `${c.name} works`,
        message: "Token, integration user, permissions and webhook verified.",
      });
    } else {
      notifications.show({
        color: "orange",
        title: `${c.name}: ${after.lastErrorCode ? resultFor(after.lastErrorCode).title : "needs attention"}`,
        message: after.lastError || "See the connection for details.",
        autoClose: 10_000,
      });
    }
  };

  const startConnect = async () => {
    setRedirecting(true);
    const result = await connect({ id: c.id });
    if (result.error || !result.data) {
      setRedirecting(false);
      notifications.show({
        color: "red",
        title: `Could not start ${label}`,
        message: result.error ? errorMessage(result.error) : "Ironclad's sign-in address did not come back.",
      });
      return;
    }
    goToIronclad(result.data.connectIronclad.authorizationURL);
  };

  const confirmAction = async () => {
    setConfirmError(null);
    const result =
      confirm === "disconnect"
        ? await disconnect({ id: c.id }, { additionalTypenames: ["Connection"] })
        : await remove({ id: c.id }, { additionalTypenames: ["Connection"] });
    if (result.error) {
      setConfirmError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: "green",
      message: confirm === "disconnect" ? `${c.name} is disconnected.` : `${c.name} is deleted.`,
    });
    setConfirm(null);
  };

  const problem = c.lastError && c.status !== "CONNECTED" ? c.lastError : null;
  const scopes = c.scopes ?? [];

  return (
    <Card withBorder padding="lg" radius="md" data-testid="connection-card" aria-label={`Connection ${c.name}`}>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={4}>{c.name}</Title>
            <ConnectionStatusBadge status={c.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {environmentLabels[c.environment]} · {c.baseURL}
          </Text>
        </div>
        {admin && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            {usable && (
              <Button
                component={Link}
                to={`/integrations/ironclad/connections/${c.id}/import`}
                leftSection={<IconDownload size={16} />}
              >
                Import Forms
              </Button>
            )}
            {usable && (
              <Button
                variant="default"
                loading={testing}
                onClick={() => void runTest()}
                leftSection={<IconRefresh size={16} />}
              >
                Test connection
              </Button>
            )}
            <Button
              variant={usable ? "default" : "filled"}
              loading={redirecting}
              onClick={() => void startConnect()}
              leftSection={<IconPlugConnected size={16} />}
            >
              {label}
            </Button>
            <Menu position="bottom-end" withArrow {...afterClose.menuProps}>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`More for ${c.name}`}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPlugConnectedX size={16} />}
                  disabled={c.status === "PENDING" || c.status === "DISCONNECTED"}
                  onClick={afterClose.later(() => setConfirm("disconnect"))}
                >
                  Disconnect
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  disabled={workflowCount > 0}
                  onClick={afterClose.later(() => setConfirm("delete"))}
                >
                  Delete connection
                  {workflowCount > 0 && (
                    <Text size="xs" c="dimmed">
                      Remove its synced workflows first
                    </Text>
                  )}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>

      {showError && problem && (
        <Alert
          color={c.status === "RECONNECT_NEEDED" ? "red" : "orange"}
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={c.lastErrorCode ? resultFor(c.lastErrorCode).title : "Needs attention"}
          mb="md"
        >
          {problem}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
        <Fact label="Integration user">
          {c.integrationUserEmail ? (
            <>
              <Text size="sm">{c.integrationUserName || c.integrationUserEmail}</Text>
              <Text size="xs" c="dimmed">
                {c.integrationUserEmail}
                {c.companyName && ` · ${c.companyName}`}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Known after Allow Access
            </Text>
          )}
        </Fact>
        <Fact label="Webhook">
          <Badge color={webhookStatusLook[c.webhookStatus].color} variant="dot" tt="none">
            {webhookStatusLook[c.webhookStatus].label}
          </Badge>
        </Fact>
        <Fact label="Last verified">
          {c.lastVerifiedAt ? (
            <Tooltip label={dateTime(c.lastVerifiedAt)} withArrow>
              <Text size="sm">{timeAgo(c.lastVerifiedAt)}</Text>
            </Tooltip>
          ) : (
            <Text size="sm" c="dimmed">
              Never
            </Text>
          )}
        </Fact>
        <Fact label="Permissions">
          {scopes.length > 0 ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => setShowScopes((v) => !v)}
              aria-expanded={showScopes}
            >
              {scopes.length} granted {showScopes ? "(hide)" : "(show)"}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              None yet
            </Text>
          )}
          {c.missingScopes && c.missingScopes.length > 0 && (
            <Text size="xs" c="red">
              {c.missingScopes.length} missing
            </Text>
          )}
        </Fact>
      </SimpleGrid>
      <Collapse in={showScopes}>
        <Group gap={6} mt="sm">
          {scopes.map((s) => (
            <Code key={s}>{s}</Code>
          ))}
        </Group>
      </Collapse>
      <Text size="sm" c="dimmed" mt="md">
        {workflowCount === 0
          ? usable
            ? "No workflows imported from this connection yet."
            : ""
          : `${workflowCount} synced ${workflowCount === 1 ? "workflow" : "workflows"}.`}
      </Text>

      <ConfirmModal
        opened={confirm !== null}
        title={confirm === "disconnect" ? `Disconnect ${c.name}?` : `Delete ${c.name}?`}
        confirmLabel={confirm === "disconnect" ? "Disconnect" : "Delete connection"}
        loading={disconnecting || deleting}
        error={confirmError}
        onConfirm={() => void confirmAction()}
        onCancel={() => {
          setConfirm(null);
          setConfirmError(null);
        }}
      >
        {confirm === "disconnect"
          ? "Tradewind deletes its webhook in Ironclad and forgets the access tokens. Imported workflows and mappings stay, but requests stop hearing from Ironclad until you Reconnect."
          : "The connection is removed from Tradewind; nothing changes in Ironclad."}
      </ConfirmModal>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed" mb={2}>
        {label}
      </Text>
      {children}
    </div>
  );
}
