// A small, strict XML 1.0 well-formedness parser for the SVG tests: elements, attributes in
// double or single quotes, character and entity references (the five predefined ones only, as a
// standalone SVG has no DTD), comments. It throws on anything else: a missing end tag, a stray
// `<` or `&`, a duplicate attribute, a character XML does not allow, text outside the root.

/** An element: its name, attributes (entity references resolved), children and text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (not its children's), references resolved. */
  readonly text: string;
}

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /[ \t\r\n]*/y;
const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Parses `source` as a standalone XML document and returns its root element. */
export function parseXml(source: string): XmlElement {
  if (!XML_CHARS.test(source)) throw new Error("a character XML 1.0 does not allow");
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${String(at)}: ${JSON.stringify(source.slice(at, at + 30))}`);
  };
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(source);
    if (found === null) return undefined;
    at += found[0].length;
    return found[0];
  };
  const space = () => match(SPACE) ?? "";
  const name = () => match(NAME) ?? fail("expected a name");
  /** Text up to `stop`, with references resolved; `<` is never allowed in it. */
  const chars = (stop: string): string => {
    let out = "";
    while (at < source.length && !stop.includes(source[at] as string)) {
      const c = source[at] as string;
      if (c === "<") fail("'<' in text or an attribute value");
      if (c === "&") {
        const end = source.indexOf(";", at);
        if (end < 0) fail("an unterminated reference");
        const ref = source.slice(at + 1, end);
        const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
        if (numeric !== null) {
          const code = Number.parseInt(numeric[1] ?? (numeric[2] as string), numeric[1] === undefined ? 10 : 16);
          const char = String.fromCodePoint(code);
          if (!XML_CHARS.test(char)) fail("a reference to a character XML does not allow");
          out += char;
        } else {
          out += PREDEFINED[ref] ?? fail(`an undefined entity &${ref};`);
        }
        at = end + 1;
      } else {
        if (source.startsWith("]]>", at)) fail("']]>' in text");
        out += c;
        at += 1;
      }
    }
    return out;
  };
  const comment = (): boolean => {
    if (!source.startsWith("<!--", at)) return false;
    const end = source.indexOf("-->", at + 4);
    if (end < 0 || source.slice(at + 4, end).includes("--")) fail("a bad comment");
    at = end + 3;
    return true;
  };
  const element = (): XmlElement => {
    if (source[at] !== "<") fail("expected '<'");
    at += 1;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const gap = space();
      if (source.startsWith("/>", at) || source[at] === ">") break;
      if (gap === "") fail("expected a space before an attribute");
      const key = name();
      if (Object.hasOwn(attributes, key)) fail(`a duplicate attribute ${key}`);
      space();
      if (source[at] !== "=") fail("expected '='");
      at += 1;
      space();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") fail("expected a quoted value");
      at += 1;
      attributes[key] = chars(quote as string);
      if (source[at] !== quote) fail("an unterminated attribute value");
      at += 1;
    }
    if (source.startsWith("/>", at)) {
      at += 2;
      return { name: tag, attributes, children: [], text: "" };
    }
    at += 1;
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      text += chars("<");
      if (at >= source.length) fail(`no end tag for <${tag}>`);
      if (comment()) continue;
      if (source.startsWith("</", at)) {
        at += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        space();
        if (source[at] !== ">") fail("expected '>'");
        at += 1;
        return { name: tag, attributes, children, text };
      }
      if (source.startsWith("<!", at) || source.startsWith("<?", at)) fail("a declaration, CDATA or instruction");
      children.push(element());
    }
  };
  const misc = () => {
    for (;;) {
      space();
      if (!comment()) return;
    }
  };
  misc();
  const root = element();
  misc();
  if (at !== source.length) fail("content after the root element");
  return root;
}

/** Every element of a tree, depth first, the root first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
