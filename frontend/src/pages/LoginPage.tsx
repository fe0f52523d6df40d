import { useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle, IconClockExclamation } from "@tabler/icons-react";
import { useSession } from "../session/context";
import { safeNext } from "../session/next";
import { Logo } from "../shell/Logo";

export function LoginPage() {
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : "Enter the email you sign in with."),
      password: (v) => (v ? null : "Enter your password."),
    },
  });
  const next = safeNext(params.get("next"));

  if (state.status === "signedIn") return <Navigate to={next} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setSubmitting(true);
    setError(null);
    const result = await signIn(email.trim(), password);
    setSubmitting(false);
    if (result.ok) void navigate(next, { replace: true });
    else setError(result.message);
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="lg">
        <Center>
          <Logo size={36} />
        </Center>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Title order={2} size="h3">
                  Sign in
                </Title>
                <Text c="dimmed" size="sm">
                  Procurement requests, connected to Ironclad.
                </Text>
              </div>
              {params.get("expired") && !error && (
                <Alert color="yellow" variant="light" icon={<IconClockExclamation size={18} />}>
                  Your session ended. Sign in again to continue.
                </Alert>
              )}
              {error && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
                  {error}
                </Alert>
              )}
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                data-autofocus
                autoFocus
                {...form.getInputProps("email")}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                {...form.getInputProps("password")}
              />
              <Button type="submit" fullWidth loading={submitting}>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text c="dimmed" size="xs" ta="center">
          Forgot your password? Ask a Tradewind admin to set a new one.
        </Text>
      </Stack>
    </Center>
  );
}
