import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { exampleFiles, exampleTabs } from "./examples";

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL("../../../graph/schema.graphql", import.meta.url)), "utf8"),
);

// As written in the file: shell heredocs escape $ as \$.
const plain = (s: string) => s.replaceAll("\\$", "$");

describe("the explorer's example tabs", () => {
  it.each(exampleTabs.map((t) => [t.file, t.query] as const))("%s: %s", (file, query) => {
    const source = exampleFiles.find((f) => f.path === file)?.source;
    expect(source, `${file} is one of exampleFiles`).toBeDefined();
    expect(plain(source ?? ""), `copied verbatim from ${file}`).toContain(query);
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it("covers every example file", () => {
    expect(new Set(exampleTabs.map((t) => t.file))).toEqual(new Set(exampleFiles.map((f) => f.path)));
  });
});
