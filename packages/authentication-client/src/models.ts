// `Models` mirrors the official SDK's namespace of request and response types, so that
// `import { AuthenticationClient, Models } from "…"` keeps working after the import change.
export type * from "@genauth/types";
