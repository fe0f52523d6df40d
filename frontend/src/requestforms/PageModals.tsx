import { useEffect, useState } from "react";
import { Button, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "urql";
import { ModalFooter } from "../components/ModalFooter";
import { errorMessage } from "../graphql/errors";
import { AddFormPageDocument, DeleteFormPageDocument, RenameFormPageDocument } from "./documents";
import type { BuilderPage } from "./QuestionModal";

const context = { additionalTypenames: ["FormPage", "FormQuestion", "RequestForm"] };

interface PageTitleModalProps {
  formId: string;
  /** Rename this page, or add a new one (null). */
  page: BuilderPage | null;
  opened: boolean;
  defaultTitle: string;
  onClose: () => void;
}

export function PageTitleModal({ formId, page, opened, defaultTitle, onClose }: PageTitleModalProps) {
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [add, addPage] = useMutation(AddFormPageDocument);
  const [rename, renamePage] = useMutation(RenameFormPageDocument);

  useEffect(() => {
    if (opened) {
      setTitle(page?.title ?? defaultTitle);
      setError(null);
    }
  }, [opened, page, defaultTitle]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const value = title.trim();
    if (!value) {
      setError("Give the page a title.");
      return;
    }
    const result = page
      ? await renamePage({ id: page.id, title: value }, context)
      : await addPage({ formId, title: value, position: null }, context);
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={page ? "Rename page" : "Add page"} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label="Page title"
            required
            data-autofocus
            value={title}
            error={error}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <ModalFooter onCancel={onClose}>
            <Button type="submit" loading={add.fetching || rename.fetching}>
              {page ? "Rename" : "Add page"}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}

interface DeletePageModalProps {
  page: BuilderPage | null;
  pages: BuilderPage[];
  onClose: () => void;
}

/** A page with questions moves them to another page first. */
export function DeletePageModal({ page, pages, onClose }: DeletePageModalProps) {
  const others = pages.filter((p) => p.id !== page?.id);
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, deletePage] = useMutation(DeleteFormPageDocument);

  useEffect(() => {
    setTarget(null);
    setError(null);
  }, [page]);

  const count = page?.questions.length ?? 0;
  const confirm = async () => {
    if (!page) return;
    if (count > 0 && !target) {
      setError("Choose the page its questions move to.");
      return;
    }
    const result = await deletePage({ id: page.id, moveQuestionsTo: count > 0 ? target : null }, context);
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    onClose();
  };

  return (
    <Modal opened={page !== null} onClose={onClose} title={`Delete “${page?.title ?? ""}”?`} centered>
      <Stack>
        {count > 0 ? (
          <Select
            label={`Move its ${count} ${count === 1 ? "question" : "questions"} to`}
            data={others.map((p) => ({ value: p.id, label: p.title }))}
            value={target}
            onChange={setTarget}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
        ) : (
          <Text>The page is empty.</Text>
        )}
        <ModalFooter error={error} onCancel={onClose}>
          <Button color="red" loading={fetching} onClick={() => void confirm()}>
            Delete page
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}
