export const GENERATED_HEADER = "// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate\n";
