// TypeDoc plugin: every property a person wrote must carry TSDoc, like every other export.
// TypeDoc's own `notDocumented` check is told to skip properties (see `requiredToBeDocumented` in
// typedoc.json) because openapi-typescript's structural members (`parameters`, `requestBody`,
// `content`, …) and the generated operation table's entries cannot carry comments; this plugin
// puts the rule back for everything else.
import { Application, DeclarationReflection, ReflectionKind } from "typedoc";

/** Generated files whose structural members have no comment to give. */
const GENERATED = /\/generated\/(management\/)?(openapi|operations)\.(d\.)?ts$/;

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    if (!app.options.getValue("validation").notDocumented) return;
    for (const ref of project.getReflectionsByKind(ReflectionKind.Property)) {
      if (!(ref instanceof DeclarationReflection) || ref.hasComment()) continue;
      if (ancestors(ref).some((r) => r.kindOf(ReflectionKind.Parameter | ReflectionKind.Variable))) continue;
      const symbol = project.getSymbolIdFromReflection(ref);
      if (!symbol || GENERATED.test(symbol.packagePath)) continue;
      if (!symbol.packageName.startsWith("@genauth/")) continue;
      app.logger.validationWarning(
        `${ref.getFriendlyFullName()} (Property), defined in ${symbol.packageName}/${symbol.packagePath}, does not have any documentation`,
      );
    }
  });
}

function ancestors(ref) {
  const out = [];
  for (let r = ref.parent; r; r = r.parent) out.push(r);
  return out;
}
