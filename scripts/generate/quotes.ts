/**
 * Quoted files in the docs: the recipes quote the runnable projects under examples/ (which the
 * smoke suite installs and exercises), so the quoted code cannot rot. Between
 * `<!-- quote: <path> -->` and `<!-- /quote -->` a Markdown file holds a fenced copy of <path>;
 * this generator rewrites that copy from the file, and the drift check fails when they differ.
 */
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";

const QUOTE = /(<!-- quote: ([^ ]+) -->\n)[\s\S]*?(<!-- \/quote -->)/g;
const FENCES: Readonly<Record<string, string>> = { ".mjs": "js", ".js": "js", ".html": "html", ".json": "json" };

/** The Markdown file at `path` with every quote refreshed from the file it names. */
export function refreshQuotes(root: string, path: string): string {
  const text = readFileSync(join(root, path), "utf8");
  return text.replace(QUOTE, (_match, open: string, file: string, close: string) => {
    const body = readFileSync(join(root, file), "utf8").trimEnd();
    const fence = body.includes("```") ? "~~~" : "```";
    return `${open}${fence}${FENCES[extname(file)] ?? ""}\n${body}\n${fence}\n${close}`;
  });
}

/** The docs that quote files. */
export const QUOTING_DOCS = Object.freeze(["docs/recipes/http-service.md", "docs/recipes/browser-ui.md"]);
