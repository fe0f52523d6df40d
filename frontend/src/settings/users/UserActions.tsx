import { useState } from "react";
import { ActionIcon, Menu, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDots, IconUserCheck, IconUserCog, IconUserOff } from "@tabler/icons-react";
import { useMutation } from "urql";
import { roleLabels, type Role } from "../../access/roles";
import { useAfterMenuCloses } from "../../components/afterMenuCloses";
import { ConfirmModal } from "../../components/ConfirmModal";
import { errorMessage } from "../../graphql/errors";
import type { UpdateUserInput, UserListItemFragment } from "../../gql/graphql";
import { UpdateUserDocument } from "./documents";

const roles: Role[] = ["ADMIN", "REQUESTER", "VIEWER"];

interface UserActionsProps {
  user: UserListItemFragment;
  isViewer: boolean;
}

/** Change a user's role, disable or enable them. Admins cannot do either to themselves. */
export function UserActions({ user, isViewer }: UserActionsProps) {
  const [{ fetching }, updateUser] = useMutation(UpdateUserDocument);
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const afterClose = useAfterMenuCloses();

  const update = async (input: UpdateUserInput, success: string): Promise<boolean> => {
    const result = await updateUser({ id: user.id, input });
    if (result.error) {
      notifications.show({ color: "red", title: `Could not update ${user.name}`, message: errorMessage(result.error) });
      return false;
    }
    notifications.show({ color: "green", message: success });
    return true;
  };

  const disable = async () => {
    setConfirmError(null);
    const result = await updateUser({ id: user.id, input: { disabled: true } });
    if (result.error) {
      setConfirmError(errorMessage(result.error));
      return;
    }
    setConfirming(false);
    notifications.show({ color: "green", message: `${user.name} is disabled and signed out.` });
  };

  if (isViewer) {
    return (
      <Tooltip label="You cannot change your own role or disable yourself." withArrow>
        <ActionIcon variant="subtle" color="gray" disabled aria-label={`No actions for ${user.name} (you)`}>
          <IconDots size={18} />
        </ActionIcon>
      </Tooltip>
    );
  }

  return (
    <>
      <Menu position="bottom-end" withArrow {...afterClose.menuProps}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" loading={fetching} aria-label={`Actions for ${user.name}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Change role</Menu.Label>
          {roles
            .filter((r) => r !== user.role)
            .map((r) => (
              <Menu.Item
                key={r}
                leftSection={<IconUserCog size={16} />}
                onClick={() =>
                  void update({ role: r }, `${user.name} is now ${article(r)} ${roleLabels[r].toLowerCase()}.`)
                }
              >
                Make {roleLabels[r].toLowerCase()}
              </Menu.Item>
            ))}
          <Menu.Divider />
          {user.disabled ? (
            <Menu.Item
              leftSection={<IconUserCheck size={16} />}
              onClick={() => void update({ disabled: false }, `${user.name} can sign in again.`)}
            >
              Enable user
            </Menu.Item>
          ) : (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={16} />}
              onClick={afterClose.later(() => setConfirming(true))}
            >
              Disable user
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming}
        title={`Disable ${user.name}?`}
        confirmLabel="Disable user"
        loading={fetching}
        error={confirmError}
        onConfirm={() => void disable()}
        onCancel={() => {
          setConfirming(false);
          setConfirmError(null);
        }}
      >
        {user.name} ({user.email}) is signed out at once and can no longer sign in or use their API tokens. You can
        enable them again later.
      </ConfirmModal>
    </>
  );
}

function article(role: Role): string {
  return role === "ADMIN" ? "an" : "a";
}
