// TypeDoc plugin: openapi-typescript writes schema descriptions as `@description` blocks, which
// TypeDoc would show under a "Description" heading; make them the summary, as a person writes TSDoc.
import { Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.All)) {
      const signatures = "signatures" in reflection ? (reflection.signatures ?? []) : [];
      for (const comment of [reflection.comment, ...signatures.map((s) => s.comment)]) {
        const tag = comment?.getTag("@description");
        if (!comment || !tag) continue;
        comment.summary = comment.summary.length ? [...comment.summary, { kind: "text", text: "\n\n" }, ...tag.content] : tag.content;
        comment.removeTags("@description");
      }
    }
  });
}
