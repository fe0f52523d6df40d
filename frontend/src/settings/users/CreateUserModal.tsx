import { useState } from "react";
import { Button, Modal, PasswordInput, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { roleDescriptions, roleLabels, type Role } from "../../access/roles";
import { ModalFooter } from "../../components/ModalFooter";
import { applyServerErrors, minPasswordLength, passwordProblem } from "../../forms/serverErrors";
import { CreateUserDocument } from "./documents";

const roles: Role[] = ["REQUESTER", "VIEWER", "ADMIN"];
const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateUserModal({ opened, onClose }: CreateUserModalProps) {
  const [{ fetching }, createUser] = useMutation(CreateUserDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: "", email: "", role: "REQUESTER" as Role, password: "" },
    validate: {
      name: (v) => (v.trim() ? null : "Enter the person's name."),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter an email address like name@company.com."),
      password: passwordProblem,
    },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const input = { ...values, name: values.name.trim(), email: values.email.trim() };
    const result = await createUser({ input }, { additionalTypenames: ["User"] });
    if (result.error) {
      setFormError(applyServerErrors(form, result.error));
      return;
    }
    notifications.show({
      color: "green",
      title: "User created",
      message: `${input.name} can now sign in as ${roleLabels[input.role].toLowerCase()}.`,
    });
    close();
  });

  return (
    <Modal opened={opened} onClose={close} title="Create user" centered size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps("name")} />
          <TextInput label="Email" type="email" required autoComplete="off" {...form.getInputProps("email")} />
          <Select
            label="Role"
            description={roleDescriptions[form.getValues().role]}
            inputWrapperOrder={["label", "input", "description", "error"]}
            required
            allowDeselect={false}
            data={roleOptions}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps("role")}
          />
          <PasswordInput
            label="Initial password"
            description={`At least ${minPasswordLength} characters. Share it privately; they can change it after signing in.`}
            required
            autoComplete="new-password"
            {...form.getInputProps("password")}
          />
          <ModalFooter error={formError} onCancel={close}>
            <Button type="submit" loading={fetching}>
              Create user
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}
