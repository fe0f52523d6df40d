import { Paper, Text, Title } from "@mantine/core";
import { ChangePasswordForm } from "./ChangePasswordForm";

export function ChangePasswordPage() {
  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4">
        Change password
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        Changing your password signs you out everywhere else.
      </Text>
      <ChangePasswordForm />
    </Paper>
  );
}
