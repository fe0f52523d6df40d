import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Alert, Button, Group, Paper, Progress, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorAlert } from "../components/ErrorAlert";
import { formErrors } from "../graphql/errors";
import type { FormQuestionFieldsFragment } from "../gql/graphql";
import { AnswerInput } from "../requestforms/AnswerInput";
import { RequestFormPreviewDocument } from "../requestforms/documents";
import { answerKeyOfPath, toAnswerInputs } from "./answers";
import { SubmitRequestDocument } from "./documents";
import { initialWizard, pagesShown, shownKeys, wizardReducer, type WizardPage } from "./wizard";

type Question = FormQuestionFieldsFragment;

/** A form filled page by page: Next checks the page, Submit the whole form, then the server checks again. */
export function RequestWizard({ formId }: { formId: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RequestFormPreviewDocument,
    variables: { id: formId },
  });
  const preview = data?.requestFormPreview;
  const pages = useMemo<WizardPage<Question>[]>(
    () =>
      preview?.pages.map((p) => ({
        id: p.page.id,
        title: p.page.title,
        questions: p.questions.map((q) => q.question),
      })) ?? [],
    [preview],
  );

  if (error) return <ErrorAlert error={error} title="Could not load the form" onRetry={() => refetch()} />;
  if (!preview) return fetching ? <Skeleton height={320} radius="md" /> : null;
  return (
    <Wizard
      key={formId}
      formId={formId}
      name={preview.form.name}
      description={preview.form.description ?? ""}
      pages={pages}
    />
  );
}

interface WizardProps {
  formId: string;
  name: string;
  description: string;
  pages: WizardPage<Question>[];
}

function Wizard({ formId, name, description, pages }: WizardProps) {
  const navigate = useNavigate();
  const reducer = useMemo(() => wizardReducer(pages), [pages]);
  const [state, dispatch] = useReducer(reducer, initialWizard);
  const [title, setTitle] = useState("");
  const [submitting, submit] = useMutation(SubmitRequestDocument);
  const heading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const first = useRef(true);
  const toFix = useRef(false);

  const shown = pagesShown(pages, state.answers);
  const index = Math.min(state.page, Math.max(shown.length - 1, 0));
  const page = shown[index];
  const last = index >= shown.length - 1;

  // A new page is announced by moving focus to its title, so keyboard and
  // screen-reader users start at its top (not on the first render).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  // After a refused Next or Submit (not while answering), keyboard users land on the first answer to fix.
  useEffect(() => {
    if (!toFix.current) return;
    toFix.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state.problems]);

  async function onSubmit() {
    const allQuestions = pages.flatMap((p) => p.questions);
    const keys = shownKeys(pages, state.answers);
    const answers = toAnswerInputs(allQuestions, state.answers, keys);
    const result = await submit({
      input: { requestFormID: formId, title: title.trim() || null, answers },
    });
    if (result.data) {
      void navigate(`/requests/${result.data.submitRequest.id}`);
      return;
    }
    if (result.error) {
      const known = new Set(allQuestions.map((q) => q.key));
      const { fields, form } = formErrors(result.error, answerKeyOfPath(answers, known));
      toFix.current = true;
      dispatch({ type: "refused", problems: fields as Record<string, string>, formError: form });
    }
  }

  function onNext(e: React.FormEvent) {
    e.preventDefault();
    toFix.current = true;
    if (!last) {
      dispatch({ type: "next" });
      return;
    }
    // Check here, then send only if nothing is wrong: the reducer says where the problems are.
    const tried = reducer(state, { type: "submitTried" });
    dispatch({ type: "submitTried" });
    if (Object.keys(tried.problems).length === 0) void onSubmit();
  }

  if (!page) {
    return (
      <Alert color="yellow" title="This form has no questions yet">
        An admin needs to add questions to {name} before it can be submitted.
      </Alert>
    );
  }

  return (
    <form ref={formRef} onSubmit={onNext} noValidate aria-label={name}>
      <Stack>
        <Stack gap={4}>
          <Title order={2}>{name}</Title>
          {description && <Text c="dimmed">{description}</Text>}
        </Stack>
        <Progress
          value={((index + 1) / shown.length) * 100}
          aria-label={`Page ${index + 1} of ${shown.length}`}
          size="sm"
        />
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="wizard-page-title">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Page {index + 1} of {shown.length}
          </Text>
          <Title order={3} mb="md" id="wizard-page-title" ref={heading} tabIndex={-1}>
            {page.title}
          </Title>
          <Stack gap="lg">
            {index === 0 && (
              <TextInput
                label="Title"
                description="How the request is listed; the form's name when left empty."
                placeholder={name}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
            )}
            {page.questions.map((q) => (
              <div key={q.id} data-testid={`question-${q.key}`}>
                <AnswerInput
                  question={q}
                  value={state.answers[q.key]}
                  onChange={(value) => dispatch({ type: "answer", key: q.key, value })}
                  disabled={false}
                  error={state.problems[q.key]}
                />
              </div>
            ))}
          </Stack>
        </Paper>
        {state.formError && (
          <Alert color="red" variant="light" role="alert">
            {state.formError}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={() => dispatch({ type: "back" })} disabled={index === 0}>
            Back
          </Button>
          <Button type="submit" loading={submitting.fetching}>
            {last ? "Submit" : "Next"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
