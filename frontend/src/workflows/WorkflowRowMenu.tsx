import { useState } from "react";
import { ActionIcon, Menu } from "@mantine/core";
import { IconArchive, IconDots, IconEdit, IconEye } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { ArchiveWorkflowModal } from "./ArchiveWorkflowModal";

interface RowWorkflow {
  id: string;
  name: string;
  active: boolean;
  requestForms?: readonly { name: string }[] | null;
}

/** A workflow's actions: open it; for admins, edit and archive an active one. */
export function WorkflowRowMenu({ workflow, admin }: { workflow: RowWorkflow; admin: boolean }) {
  const navigate = useNavigate();
  const [archiving, setArchiving] = useState(false);
  const editable = admin && workflow.active;
  return (
    <>
      <Menu position="bottom-end" withArrow>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${workflow.name}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={editable ? <IconEdit size={16} /> : <IconEye size={16} />}
            onClick={() => void navigate(`/workflows/${workflow.id}`)}
          >
            {editable ? "Edit" : "View"}
          </Menu.Item>
          {editable && (
            <>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={() => setArchiving(true)}>
                Archive
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <ArchiveWorkflowModal workflow={workflow} opened={archiving} onClose={() => setArchiving(false)} />
    </>
  );
}
