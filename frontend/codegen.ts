import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from the server's SDL. Run `npm run codegen` after a
// schema change (make generate runs it after ent and gqlgen); the output in
// src/gql/ is committed.
const config: CodegenConfig = {
  schema: "graph/schema/*.graphql",
  documents: ["frontend/src/**/*.{ts,tsx}", "!frontend/src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "frontend/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: {
          ID: "string",
          Time: "string",
          Cursor: "string",
          Map: "Record<string, unknown>",
        },
      },
    },
  },
};

export default config;
