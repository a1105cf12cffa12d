// `Models` mirrors the official SDK's namespace of request and response types and their run-time
// enums, so that `import { ManagementClient, Models } from "…"` keeps working after the import
// change: `Models.CreateUserReqDto` is a type, `Models.CreateUserReqDto.gender.M` a value.
export * from "./generated/models.js";
