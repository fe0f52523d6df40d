import { useState } from "react";
import { Alert, Button, Group, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import { applyServerErrors, minPasswordLength, passwordProblem } from "../../forms/serverErrors";

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const [{ fetching }, changePassword] = useMutation(ChangePasswordDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    validate: {
      currentPassword: (v) => (v ? null : "Enter your current password."),
      newPassword: (v, values) =>
        passwordProblem(v) ?? (v === values.currentPassword ? "Choose a password you have not used here." : null),
      confirmPassword: (v, values) => (v === values.newPassword ? null : "The passwords do not match."),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.error) {
      setFormError(applyServerErrors(form, result.error));
      return;
    }
    form.reset();
    notifications.show({
      color: "green",
      title: "Password changed",
      message: "Your other sessions were signed out.",
    });
    onDone?.();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          data-autofocus
          {...form.getInputProps("currentPassword")}
        />
        <PasswordInput
          label="New password"
          description={`At least ${minPasswordLength} characters.`}
          autoComplete="new-password"
          required
          {...form.getInputProps("newPassword")}
        />
        <PasswordInput
          label="Repeat new password"
          autoComplete="new-password"
          required
          {...form.getInputProps("confirmPassword")}
        />
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={fetching}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
