import { useEffect, useState } from "react";
import { Button, Checkbox, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { applyServerErrors } from "../forms/serverErrors";
import { UpdateRequestFormDocument } from "./documents";

interface EditFormModalProps {
  form: { id: string; name: string; description: string; archived: boolean };
  opened: boolean;
  onClose: () => void;
}

/** Name, description, archived. */
export function EditFormModal({ form: current, opened, onClose }: EditFormModalProps) {
  const [{ fetching }, updateForm] = useMutation(UpdateRequestFormDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: current.name, description: current.description, archived: current.archived },
    validate: { name: (v) => (v.trim() ? null : "Give the form a name requesters recognise.") },
  });

  useEffect(() => {
    if (opened) {
      form.setValues({ name: current.name, description: current.description, archived: current.archived });
      setFormError(null);
    }
    // Reset only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const input = { name: values.name.trim(), description: values.description.trim(), archived: values.archived };
    const result = await updateForm({ id: current.id, input }, { additionalTypenames: ["RequestForm"] });
    if (result.error) {
      setFormError(applyServerErrors(form, result.error));
      return;
    }
    onClose();
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Edit form details" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.getInputProps("name")} />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps("description")} />
          <Checkbox
            label="Archived"
            description="Requesters no longer see an archived form."
            {...form.getInputProps("archived", { type: "checkbox" })}
          />
          <ModalFooter error={formError} onCancel={onClose}>
            <Button type="submit" loading={fetching}>
              Save
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}
