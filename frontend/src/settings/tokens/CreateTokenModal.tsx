import { useState } from "react";
import { Button, Checkbox, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "urql";
import { ModalFooter } from "../../components/ModalFooter";
import { applyServerErrors } from "../../forms/serverErrors";
import type { ApiTokenScope } from "../../gql/graphql";
import { CreateAPITokenDocument } from "./documents";
import { TokenReveal } from "./TokenReveal";
import { expiresInDays, expiryChoices, normalizeScopes, type ExpiryChoice } from "./tokenRules";

interface Created {
  name: string;
  token: string;
}

export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [{ fetching }, createToken] = useMutation(CreateAPITokenDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm({
    initialValues: { name: "", scopes: ["READ"] as ApiTokenScope[], expiresInDays: "90" as ExpiryChoice },
    validate: {
      name: (v) => (v.trim() ? null : "Name the token after the tool that will use it."),
      scopes: (v) => (v.length > 0 ? null : "Choose at least Read."),
    },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    setCreated(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const input = {
      name: values.name.trim(),
      scopes: values.scopes,
      expiresInDays: expiresInDays(values.expiresInDays),
    };
    const result = await createToken({ input }, { additionalTypenames: ["APIToken"] });
    if (result.error || !result.data) {
      setFormError(result.error ? applyServerErrors(form, result.error) : "Tradewind did not return the token.");
      return;
    }
    setCreated({ name: result.data.createAPIToken.apiToken.name, token: result.data.createAPIToken.token });
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? "Your new API token" : "Create API token"}
      centered
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <TokenReveal name={created.name} token={created.token} onDone={close} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label="Name"
              description="What will use it, so you can tell tokens apart later."
              placeholder="Procurement reporting script"
              required
              data-autofocus
              {...form.getInputProps("name")}
            />
            <Checkbox.Group
              label="Scopes"
              required
              {...form.getInputProps("scopes")}
              onChange={(next) => form.setFieldValue("scopes", normalizeScopes(next, form.getValues().scopes))}
            >
              <Stack gap="xs" mt="xs">
                <Checkbox value="READ" label="Read" description="Queries and subscriptions." />
                <Checkbox value="WRITE" label="Write" description="Mutations too. Needs Read." />
              </Stack>
            </Checkbox.Group>
            <Select
              label="Expires after"
              allowDeselect={false}
              data={[...expiryChoices]}
              {...form.getInputProps("expiresInDays")}
            />
            <ModalFooter error={formError} onCancel={close}>
              <Button type="submit" loading={fetching}>
                Create token
              </Button>
            </ModalFooter>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
