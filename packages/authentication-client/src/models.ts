// `Models` mirrors the official SDK's namespace of request and response types and their run-time
// enums, so that `import { AuthenticationClient, Models } from "…"` keeps working after the
// import change: `Models.SignUpDto` is a type, `Models.SignUpDto.connection.PASSWORD` a value.
export * from "./generated/models.js";
