import { useEffect, useMemo, useRef, useState } from "react";
import { Alert, Anchor, Badge, Box, Group, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { Link } from "react-router";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./explorer.css";
import { RoleBadge } from "../components/RoleBadge";
import { apiFetchOptions } from "../graphql/client";
import { useWebSocketClient } from "../graphql/websocket";
import { Logo } from "../shell/Logo";
import { useViewer } from "../session/context";
import { exampleTabs } from "./examples";
import { containsMutation } from "./operations";
import { userStorage } from "./storage";
import { plainTabButtons } from "./tabRoles";

const defaultTabs = exampleTabs.map(({ query, variables }) => ({ query, variables }));

/**
 * GraphiQL as the signed-in user: the SPA's own session cookie and headers
 * over HTTP, the SPA's own websocket for subscriptions. Lazy-loaded (it
 * carries the Monaco editor), so the rest of the SPA does not pay for it.
 */
export default function ApiExplorerPage() {
  const viewer = useViewer();
  const websocket = useWebSocketClient();
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: "/graphql",
        headers: { ...apiFetchOptions.headers },
        fetch: (input, init) => fetch(input, { ...init, credentials: apiFetchOptions.credentials }),
        wsClient: websocket,
        enableIncrementalDelivery: false,
      }),
    [websocket],
  );
  const storage = useMemo(() => userStorage(viewer.id), [viewer.id]);
  const [document, setDocument] = useState(defaultTabs[0]?.query ?? "");
  const mutation = containsMutation(document);
  const editor = useRef<HTMLDivElement>(null);
  useEffect(() => (editor.current ? plainTabButtons(editor.current) : undefined), []);

  return (
    <Box h="100dvh" className="tradewind-explorer" style={{ display: "flex", flexDirection: "column" }}>
      <Group
        component="header"
        justify="space-between"
        px="md"
        py="xs"
        wrap="nowrap"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Group gap="md" wrap="nowrap">
          <Anchor component={Link} to="/requests" aria-label="Tradewind home" c="inherit" underline="never">
            <Logo />
          </Anchor>
          <Title order={1} size="h4">
            API explorer
          </Title>
          <Group gap={6} wrap="nowrap" visibleFrom="md">
            <Text size="sm" c="dimmed">
              Runs as {viewer.email}
            </Text>
            <RoleBadge role={viewer.role} size="sm" />
          </Group>
        </Group>
        <Group gap="lg" wrap="nowrap" component="nav" aria-label="API">
          <Anchor component={Link} to="/api-guide" size="sm">
            API guide
          </Anchor>
          <Anchor href="/graphql/schema.graphql" size="sm" download="schema.graphql">
            Schema (SDL)
          </Anchor>
          <Anchor component={Link} to="/settings/api-tokens" size="sm">
            API tokens
          </Anchor>
        </Group>
      </Group>
      {mutation && (
        <Alert
          color="orange"
          variant="filled"
          radius={0}
          py={8}
          icon={<IconAlertTriangle size={18} />}
          data-testid="mutation-warning"
        >
          <Group gap="xs">
            <Badge color="dark" variant="filled">
              Mutation
            </Badge>
            <Text size="sm" fw={500}>
              {viewer.role === "VIEWER"
                ? "This operation changes data; as a viewer you may not, and Tradewind will refuse it."
                : `This operation changes Tradewind's data, as ${viewer.email}, when you run it.`}
            </Text>
          </Group>
        </Alert>
      )}
      <Box ref={editor} style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL
          fetcher={fetcher}
          storage={storage}
          defaultTabs={defaultTabs}
          forcedTheme="light"
          onEditQuery={setDocument}
          onTabChange={(state) => setDocument(state.tabs[state.activeTabIndex]?.query ?? "")}
        >
          <GraphiQL.Logo>Tradewind</GraphiQL.Logo>
        </GraphiQL>
      </Box>
    </Box>
  );
}
