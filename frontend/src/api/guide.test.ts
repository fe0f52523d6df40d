import { describe, expect, it } from "vitest";
import guide from "../../../docs/api.md?raw";
import { exampleFiles } from "./examples";
import { guideHref, renderGuide, slug } from "./guide";

describe("the in-app API guide", () => {
  it("makes GitHub's anchors", () => {
    expect(slug("Reading: IDs, pages, filters, order")).toBe("reading-ids-pages-filters-order");
    expect(slug("The schema, for codegen")).toBe("the-schema-for-codegen");
  });

  it("resolves every in-page link of docs/api.md", () => {
    const html = renderGuide(guide);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    for (const f of exampleFiles) ids.add(guideHref(f.path).slice(1));
    const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((a) => !ids.has(a))).toEqual([]);
  });

  it("points repository links at the page or the server", () => {
    const html = renderGuide(guide);
    expect(html).toContain('href="/graphql/schema.graphql"');
    expect(html).not.toMatch(/href="(\.\.\/|examples\/)/);
  });
});
