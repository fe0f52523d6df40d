import { useMemo } from "react";
import { Button, Code, Paper, Stack, Text, Title, Typography } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../components/PageHeader";
import guide from "../../../docs/api.md?raw";
import { exampleFiles } from "./examples";
import { guideHref, renderGuide } from "./guide";

/** docs/api.md, as shipped with this version of Tradewind, with the worked examples' sources. */
export default function ApiGuidePage() {
  const html = useMemo(() => renderGuide(guide), []);
  return (
    <Stack>
      <PageHeader
        title="API guide"
        description="For internal tools and dashboards: tokens, pages, errors, limits and live updates."
        actions={
          <>
            <Button component={Link} to="/api-explorer" variant="light">
              Open the API explorer
            </Button>
            <Button component="a" href="/graphql/schema.graphql" download="schema.graphql" variant="default">
              Download the schema
            </Button>
          </>
        }
      />
      <Paper withBorder p="xl">
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </Typography>
      </Paper>
      <Paper withBorder p="xl">
        <Stack>
          <Title order={2}>The worked examples</Title>
          {exampleFiles.map((f) => (
            <Stack key={f.path} gap="xs" id={guideHref(f.path).slice(1)}>
              <Title order={3}>{f.title}</Title>
              <Text size="sm" c="dimmed">
                docs/{f.path}
              </Text>
              {/* Scrolls sideways on long lines: focusable, so a keyboard can scroll it too. */}
              <Code block tabIndex={0} aria-label={`docs/${f.path}`}>
                {f.source}
              </Code>
            </Stack>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
