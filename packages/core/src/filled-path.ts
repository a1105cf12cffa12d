/** The path as openapi-fetch sends it: each placeholder replaced by its URL-encoded value. */
export function filledPath(template: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (!values) return template;
  return template.replace(/\{([^}]+)\}/g, (placeholder, name: string) => (name in values ? encodeURIComponent(String(values[name])) : placeholder));
}
