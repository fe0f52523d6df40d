import MarkdownIt from "markdown-it";

/** A heading's anchor, as GitHub makes it: "The schema, for codegen" → "the-schema-for-codegen". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .trim()
    .replace(/ /g, "-");
}

/** Where a link of docs/api.md points inside the SPA. */
export function guideHref(href: string): string {
  if (href.startsWith("examples/")) return `#example-${slug(href.replaceAll("/", " ").replaceAll(".", " "))}`;
  if (href === "../graph/schema.graphql") return "/graphql/schema.graphql";
  return href;
}

/**
 * docs/api.md as HTML for the in-app guide: headings get GitHub's anchors (the
 * guide's own table of contents uses them), links to the repository's files
 * point at their copies in the page or at the server, raw HTML is escaped.
 */
export function renderGuide(markdown: string): string {
  const md = new MarkdownIt({ html: false, linkify: false });
  md.renderer.rules["heading_open"] = (tokens, i, options, _env, self) => {
    const inline = tokens[i + 1];
    const token = tokens[i];
    if (token && inline) token.attrSet("id", slug(inline.children?.map((c) => c.content).join("") ?? ""));
    return self.renderToken(tokens, i, options);
  };
  md.renderer.rules["link_open"] = (tokens, i, options, _env, self) => {
    const token = tokens[i];
    const raw = token?.attrGet("href");
    if (token && raw != null) {
      const href = String(raw);
      token.attrSet("href", guideHref(href));
      if (/^https?:/.test(href)) {
        token.attrSet("target", "_blank");
        token.attrSet("rel", "noopener noreferrer");
      }
    }
    return self.renderToken(tokens, i, options);
  };
  return md.render(markdown);
}
