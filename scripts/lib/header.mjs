/** The first line of every generated file, naming the spec it comes from. */
export function generatedHeader(specPath) {
  return `// generated from ${specPath}; do not edit — run pnpm generate\n`;
}
