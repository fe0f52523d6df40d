import { useState } from "react";
import { Button, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { applyServerErrors } from "../forms/serverErrors";
import { CreateRequestFormDocument } from "./documents";

/** Name and description; the form starts with one empty page and opens in the builder. */
export function CreateFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [{ fetching }, createForm] = useMutation(CreateRequestFormDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: "", description: "" },
    validate: { name: (v) => (v.trim() ? null : "Give the form a name requesters recognise.") },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const input = { name: values.name.trim(), description: values.description.trim() };
    const result = await createForm({ input }, { additionalTypenames: ["RequestForm"] });
    if (result.error || !result.data) {
      if (result.error) setFormError(applyServerErrors(form, result.error));
      return;
    }
    close();
    void navigate(`/request-forms/${result.data.createRequestForm.id}`);
  });

  return (
    <Modal opened={opened} onClose={close} title="New request form" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            placeholder="e.g. New software purchase"
            required
            data-autofocus
            {...form.getInputProps("name")}
          />
          <Textarea
            label="Description"
            description="Shown to requesters above the first page."
            autosize
            minRows={2}
            {...form.getInputProps("description")}
          />
          <ModalFooter error={formError} onCancel={close}>
            <Button type="submit" loading={fetching}>
              Create form
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}
