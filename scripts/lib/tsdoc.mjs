// Builds TSDoc comments from spec prose, escaping what TSDoc would read as markup.

/** Escapes `@`, `{`, `}` and `*\/` outside inline code spans. */
export function escapeTsdoc(text) {
  return String(text)
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[@{}]/g, "\\$&")))
    .join("")
    .replace(/\*\//g, "*\\/");
}

/** A `/** … *\/` block from lines, indented by `indent`. Blank lines are kept; trailing ones dropped. */
export function docComment(lines, indent = "") {
  const body = lines.flatMap((line) => String(line).split("\n"));
  while (body.length && body[body.length - 1].trim() === "") body.pop();
  if (!body.length) return "";
  return `${[`${indent}/**`, ...body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`].join("\n")}\n`;
}
