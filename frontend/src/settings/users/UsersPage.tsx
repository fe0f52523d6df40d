import { useMemo, useState } from "react";
import { Badge, Button, Group, Paper, Stack, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useQuery } from "urql";
import { ErrorAlert } from "../../components/ErrorAlert";
import { LoadingRows } from "../../components/LoadingRows";
import { RoleBadge } from "../../components/RoleBadge";
import { dateTime, timeAgo } from "../../format/time";
import type { UserListItemFragment } from "../../gql/graphql";
import { useViewer } from "../../session/context";
import { CreateUserModal } from "./CreateUserModal";
import { UserActions } from "./UserActions";
import { UsersDocument } from "./documents";

const pageSize = 100;

export function UsersPage() {
  const viewer = useViewer();
  const [first, setFirst] = useState(pageSize);
  const [creating, create] = useDisclosure(false);
  const context = useMemo(() => ({ additionalTypenames: ["User"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: UsersDocument, variables: { first }, context });

  const users = data?.users.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed">
          {data
            ? `${data.users.totalCount} ${data.users.totalCount === 1 ? "person" : "people"} can use Tradewind.`
            : " "}
        </Text>
        <Button leftSection={<IconUserPlus size={18} />} onClick={create.open}>
          Create user
        </Button>
      </Group>
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load users"
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Users" aria-busy={fetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!data && fetching && <LoadingRows rows={3} columns={5} />}
              {users.map((user) => (
                <UserRow key={user.id} user={user} isViewer={user.id === viewer.id} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {data?.users.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={fetching} onClick={() => setFirst((n) => n + pageSize)}>
            Show more users
          </Button>
        </Group>
      )}
      <CreateUserModal opened={creating} onClose={create.close} />
    </Stack>
  );
}

function UserRow({ user, isViewer }: { user: UserListItemFragment; isViewer: boolean }) {
  return (
    <Table.Tr data-testid="user-row" bg={user.disabled ? "gray.0" : undefined}>
      <Table.Td>
        <Text fw={500} size="sm">
          {user.name}
          {isViewer && (
            <Text span c="dimmed" size="sm">
              {" "}
              (you)
            </Text>
          )}
        </Text>
        <Text c="dimmed" size="xs">
          {user.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <RoleBadge role={user.role} />
      </Table.Td>
      <Table.Td>
        {user.disabled ? (
          <Badge color="red" variant="light">
            Disabled
          </Badge>
        ) : (
          <Badge color="green" variant="light">
            Active
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {user.lastSignInAt ? (
          <Tooltip label={dateTime(user.lastSignInAt)} withArrow>
            <Text size="sm">{timeAgo(user.lastSignInAt)}</Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <UserActions user={user} isViewer={isViewer} />
      </Table.Td>
    </Table.Tr>
  );
}
