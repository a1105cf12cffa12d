/**
 * jose, loaded on the first token check instead of with the client: it is costly to import and
 * most of the client's bundle, while most programs never verify a token.
 */
let jose: Promise<typeof import("./jose-functions.js")> | undefined;

export function loadJose(): Promise<typeof import("./jose-functions.js")> {
  jose ??= import("./jose-functions.js");
  return jose;
}
