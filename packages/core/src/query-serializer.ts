import { createQuerySerializer } from "openapi-fetch";

/**
 * The query string of a request: openapi-fetch's default serialisation, except that an array
 * travels as `name[]=a&name[]=b`, the way GenAuth's SDKs (axios) send them and GenAuth parses
 * them — a one-item array stays an array on the server, which the request signature relies on.
 * The Management API's transport uses it (`querySerializer` of `SignedTransportOptions`).
 */
export function createGenAuthQuerySerializer(): (query: Record<string, unknown>) => string {
  const base = createQuerySerializer();
  return (query) => {
    let hasArray = false;
    for (const key in query) {
      if (Array.isArray(query[key])) {
        hasArray = true;
        break;
      }
    }
    if (!hasArray) return base(query);
    const parts: string[] = [];
    for (const [name, value] of Object.entries(query)) {
      if (!Array.isArray(value)) {
        const part = base({ [name]: value });
        if (part) parts.push(part);
        continue;
      }
      for (const item of value) {
        if (item !== undefined && item !== null) parts.push(`${name}[]=${encodeURIComponent(String(item))}`);
      }
    }
    return parts.join("&");
  };
}
