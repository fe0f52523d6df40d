import { Anchor, Badge, Breadcrumbs, Button, Text } from "@mantine/core";
import { IconDownload, IconHistory, IconUpload } from "@tabler/icons-react";
import { Link } from "react-router";
import { PageHeader } from "../components/PageHeader";
import type { Editor } from "./types";

interface MappingHeaderProps {
  form: Editor["requestForm"];
  workflow: Editor["ironcladWorkflow"];
  currentVersion: number | null;
  admin: boolean;
  onOpen: (dialog: "versions" | "export" | "import") => void;
}

/** Where the admin is (form → workflow), whether a version is saved, and Versions / Export / Import. */
export function MappingHeader({ form, workflow, currentVersion, admin, onOpen }: MappingHeaderProps) {
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/request-forms" size="sm">
          Request Forms
        </Anchor>
        <Anchor component={Link} to="/request-forms/map" size="sm">
          Map Request Forms
        </Anchor>
        <Text size="sm">
          {form.name} → {workflow.name}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title="Map Request Forms"
        description={
          <>
            Request form{" "}
            <Anchor component={Link} to={`/request-forms/${form.id}`}>
              {form.name}
            </Anchor>{" "}
            → Ironclad workflow <b>{workflow.name}</b> ({workflow.connection.name}).{" "}
            {currentVersion ? (
              <Badge variant="light" color="teal" style={{ verticalAlign: "middle" }}>
                Version {currentVersion} saved
              </Badge>
            ) : (
              <Badge variant="light" color="gray" style={{ verticalAlign: "middle" }}>
                Not saved yet
              </Badge>
            )}
          </>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => onOpen("versions")}>
              Versions
            </Button>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => onOpen("export")}>
              Export JSON
            </Button>
            {admin && (
              <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => onOpen("import")}>
                Import JSON
              </Button>
            )}
          </>
        }
      />
    </>
  );
}
