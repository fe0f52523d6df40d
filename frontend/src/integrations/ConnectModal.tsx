import { useEffect, useState } from "react";
import { Alert, Button, Group, Modal, PasswordInput, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconExternalLink } from "@tabler/icons-react";
import { useMutation, useQuery } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { applyServerErrors } from "../forms/serverErrors";
import { errorMessage } from "../graphql/errors";
import type { ConnectionEnvironment } from "../gql/graphql";
import { ConnectIroncladDocument, CreateConnectionDocument, IroncladEnvironmentsDocument } from "./documents";

interface Props {
  opened: boolean;
  onClose: () => void;
  existingNames: readonly string[];
}

const defaultNames: Record<ConnectionEnvironment, string> = {
  SANDBOX: "Ironclad sandbox",
  NA: "Ironclad",
  EU: "Ironclad EU",
  DEMO: "Ironclad Demo",
  CUSTOM: "Ironclad",
};

/** A name for a new connection that no other connection has: "Ironclad EU", "Ironclad EU 2", … */
export function suggestName(environment: ConnectionEnvironment, taken: readonly string[]): string {
  const base = defaultNames[environment];
  const lower = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

/** Sends the browser to Ironclad's consent page (Connect and Reconnect). */
export function goToIronclad(url: string): void {
  window.location.assign(url);
}

/**
 * Connect: name the connection, pick the environment and (outside the demo
 * sandbox) the OAuth client, then go to Ironclad to click Allow Access.
 */
export function ConnectModal({ opened, onClose, existingNames }: Props) {
  const [{ data, error: envError }] = useQuery({ query: IroncladEnvironmentsDocument, pause: !opened });
  const [, create] = useMutation(CreateConnectionDocument);
  const [, connect] = useMutation(ConnectIroncladDocument);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const environments = data?.ironcladEnvironments ?? [];
  // useForm takes the rules of every render, so they see the environments as they load.
  const preconfigured = new Set(environments.filter((e) => e.clientPreconfigured).map((e) => e.environment));
  const needsClient = (env: ConnectionEnvironment | ""): boolean => env !== "" && !preconfigured.has(env);
  const form = useForm({
    initialValues: {
      name: "",
      environment: "" as ConnectionEnvironment | "",
      baseURL: "",
      clientID: "",
      clientSecret: "",
    },
    validate: {
      name: (v) => (v.trim() ? null : "Give the connection a name, e.g. Ironclad EU."),
      environment: (v) => (v ? null : "Choose where your Ironclad is."),
      baseURL: (v, values) =>
        values.environment !== "CUSTOM"
          ? null
          : /^https?:\/\/[^\s/]+/i.test(v.trim())
            ? null
            : "Enter the address you use for Ironclad, e.g. https://acme.ironcladapp.com.",
      clientID: (v, values) =>
        needsClient(values.environment) && !v.trim() ? "Enter the OAuth client id from Ironclad." : null,
      clientSecret: (v, values) =>
        needsClient(values.environment) && !v ? "Enter the OAuth client secret from Ironclad." : null,
    },
  });

  // Preselect the environment the server suggests (the built-in sandbox in demo mode) and a free name.
  useEffect(() => {
    if (!opened || environments.length === 0 || form.getValues().environment) return;
    const pick = environments.find((e) => e.preselected) ?? environments[0];
    if (!pick) return;
    // Never overwrite a name the admin already typed.
    form.setValues({
      environment: pick.environment,
      name: form.getValues().name.trim() ? form.getValues().name : suggestName(pick.environment, existingNames),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, environments.length]);

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    if (!values.environment) return;
    setFormError(null);
    setBusy(true);
    const client = needsClient(values.environment);
    const created = await create(
      {
        input: {
          name: values.name.trim(),
          environment: values.environment,
          baseURL: values.environment === "CUSTOM" ? values.baseURL.trim() : undefined,
          clientID: client ? values.clientID.trim() : undefined,
          clientSecret: client ? values.clientSecret : undefined,
        },
      },
      { additionalTypenames: ["Connection"] },
    );
    if (created.error || !created.data) {
      setBusy(false);
      setFormError(created.error ? applyServerErrors(form, created.error) : "Tradewind did not create the connection.");
      return;
    }
    const started = await connect({ id: created.data.createConnection.id });
    if (started.error || !started.data) {
      setBusy(false);
      setFormError(
        `The connection was saved, but Ironclad's sign-in could not be started: ${started.error ? errorMessage(started.error) : "no address came back"}. Try Connect on it below.`,
      );
      return;
    }
    goToIronclad(started.data.connectIronclad.authorizationURL);
  });

  const selected = environments.find((e) => e.environment === form.getValues().environment);

  return (
    <Modal opened={opened} onClose={close} title="Connect Ironclad" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {envError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(envError)}
            </Alert>
          )}
          <Radio.Group
            label="Where is your Ironclad?"
            required
            {...form.getInputProps("environment")}
            onChange={(v) => {
              const env = v as ConnectionEnvironment;
              const { name, environment } = form.getValues();
              form.setFieldValue("environment", env);
              // Follow the environment with the suggested name unless the admin typed their own.
              if (!name.trim() || (environment && name === suggestName(environment, existingNames))) {
                form.setFieldValue("name", suggestName(env, existingNames));
              }
            }}
          >
            <Stack gap="xs" mt="xs">
              {environments.map((e) => (
                <Radio
                  key={e.environment}
                  value={e.environment}
                  label={e.name}
                  description={e.baseURL || "Your company's own Ironclad address"}
                />
              ))}
            </Stack>
          </Radio.Group>
          {form.getValues().environment === "CUSTOM" && (
            <TextInput
              label="Ironclad address"
              placeholder="https://acme.ironcladapp.com"
              description="Scheme and host; a pasted /public/api/v1 is removed."
              required
              {...form.getInputProps("baseURL")}
            />
          )}
          <TextInput
            label="Connection name"
            description="Shown wherever this connection is listed."
            required
            {...form.getInputProps("name")}
          />
          {needsClient(form.getValues().environment) ? (
            <>
              <Text size="sm" c="dimmed">
                The OAuth client registered in Ironclad (Company Settings &gt; API &gt; OAuth). You enter it once;
                Tradewind stores the secret encrypted and never shows it again.
              </Text>
              <Group grow align="flex-start">
                <TextInput label="OAuth client id" required autoComplete="off" {...form.getInputProps("clientID")} />
                <PasswordInput
                  label="OAuth client secret"
                  required
                  autoComplete="new-password"
                  {...form.getInputProps("clientSecret")}
                />
              </Group>
            </>
          ) : (
            selected && (
              <Text size="sm" c="dimmed">
                The OAuth client for {selected.name} is already set up; there is nothing to enter.
              </Text>
            )
          )}
          <Text size="sm">
            Next, Ironclad asks you to sign in and to <b>Allow Access</b>. Sign in as the integration user; its group
            needs API Management.
          </Text>
          <ModalFooter error={formError} onCancel={close}>
            <Button type="submit" loading={busy} rightSection={<IconExternalLink size={16} />}>
              Connect
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}
