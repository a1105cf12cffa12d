import { fail, ok, type Envelope } from "../../envelope.js";
import type { MockState } from "../../state.js";
import type { ManagementHandler } from "../handler.js";
import { authorizedResources, effectiveGrants, isAllowed, resourceOf } from "../grants.js";
import { DEFAULT_NAMESPACE, roleKey, type AuthorizationRecord, type ResourceRecord } from "../management-state.js";
import { findGroup, findRole, groupNotFound, missingTarget, roleNotFound, type Target } from "../targets.js";
import { findUser, userNotFound } from "../users-view.js";
import { page } from "../page.js";

interface ResourceInput {
  code: string;
  type?: string;
  name?: string;
  description?: string;
  actions?: { name: string; description: string }[];
  apiIdentifier?: string;
  namespace?: string;
}

/** The resource as the API shows it (`ResourceDto`). */
function resourceView(resource: ResourceRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    code: resource.code,
    type: resource.type,
    actions: resource.actions,
    namespace: resource.namespace,
    linkedToTenant: false,
  };
  for (const field of ["name", "description", "apiIdentifier"] as const) if (resource[field] !== undefined) view[field] = resource[field];
  return view;
}

/** `createResource`: a resource with a code unique in its namespace, and the actions that can be granted on it. */
export const createResource: ManagementHandler = ({ body, state }) => {
  const input = body as ResourceInput & { type: string };
  if (state.management.resources.has(roleKey(input.namespace, input.code))) return resourceExists(input);
  return ok(resourceView(addResource(state, input)));
};

/** `createResourcesBatch`: every resource of `list` in `namespace`, or none when a code is taken. */
export const createResourcesBatch: ManagementHandler = ({ body, state }) => {
  const { list, namespace } = body as { list: (ResourceInput & { type: string })[]; namespace?: string };
  const taken = list.find(
    (input, i) => state.management.resources.has(roleKey(namespace, input.code)) || list.slice(0, i).some((other) => other.code === input.code),
  );
  if (taken) return resourceExists({ code: taken.code, namespace });
  for (const input of list) addResource(state, { ...input, namespace });
  return ok({ success: true });
};

/** `getResource`: one resource by code and namespace. */
export const getResource: ManagementHandler = ({ query, state }) => {
  const { code, namespace } = query as { code: string; namespace?: string };
  const resource = state.management.resources.get(roleKey(namespace, code));
  return resource ? ok(resourceView(resource)) : resourceNotFound(code, namespace);
};

/** `getResourcesBatch`: the resources of `codeList` that exist in the namespace. */
export const getResourcesBatch: ManagementHandler = ({ query, state }) => {
  const { codeList, namespace } = query as { codeList: string[]; namespace?: string };
  return ok(codeList.flatMap((code) => state.management.resources.get(roleKey(namespace, code)) ?? []).map(resourceView));
};

/** `listResources`: the resources of a namespace (`default` when none is given), of one `type` when given, paged. */
export const listResources: ManagementHandler = ({ query, state }) => {
  const { namespace, type, page: pageNumber, limit } = query as { namespace?: string; type?: string; page?: number; limit?: number };
  const space = namespace || DEFAULT_NAMESPACE;
  const resources = [...state.management.resources.values()].filter(
    (resource) => resource.namespace === space && (type === undefined || resource.type === type),
  );
  // ResourcePagingDto repeats the envelope's statusCode and message inside data, as the document says.
  return ok({ statusCode: 200, message: "Operation successful", ...page(resources, pageNumber, limit, resourceView) });
};

/** `updateResource`: changes a resource's name, description, type, actions or API identifier. */
export const updateResource: ManagementHandler = ({ body, state }) => {
  const input = body as ResourceInput;
  const resource = state.management.resources.get(roleKey(input.namespace, input.code));
  if (!resource) return resourceNotFound(input.code, input.namespace);
  for (const field of ["type", "name", "description", "apiIdentifier"] as const) if (input[field] !== undefined) resource[field] = input[field];
  if (input.actions !== undefined) resource.actions = input.actions;
  return ok(resourceView(resource));
};

/** `deleteResource`: removes a resource and every grant on it. */
export const deleteResource: ManagementHandler = ({ body, state }) => {
  const { code, namespace } = body as { code: string; namespace?: string };
  if (!state.management.resources.has(roleKey(namespace, code))) return resourceNotFound(code, namespace);
  removeResource(state, code, namespace);
  return ok({ success: true });
};

/** `deleteResourcesBatch`: removes the resources of `codeList` in a namespace. */
export const deleteResourcesBatch: ManagementHandler = ({ body, state }) => {
  const { codeList = [], namespace } = body as { codeList?: string[]; namespace?: string };
  for (const code of codeList) removeResource(state, code, namespace);
  return ok({ success: true });
};

/**
 * `authorizeResources`: grants actions on resources of a namespace to users, roles, groups or
 * departments; a grant adds to the actions already granted. A code `<resource>:<instance>` (e.g.
 * `books:123`) grants on one instance of an existing resource.
 */
export const authorizeResources: ManagementHandler = ({ body, state }) => {
  const { list, namespace = DEFAULT_NAMESPACE } = body as {
    list: { targetType: string; targetIdentifiers: string[]; resources: { code: string; actions: string[]; resourceType: string }[] }[];
    namespace?: string;
  };
  for (const [i, item] of list.entries()) {
    for (const targetIdentifier of item.targetIdentifiers) {
      const missing = missingTarget(state, { targetType: item.targetType, targetIdentifier }, namespace);
      if (missing) return missing;
    }
    for (const [j, resource] of item.resources.entries()) {
      if (!resourceOf(state, namespace, resource.code)) {
        return fail(
          404,
          `list[${i}].resources[${j}].code ${JSON.stringify(resource.code)} is no resource (nor <resource>:<instance> of one) of namespace ${JSON.stringify(namespace)}: create it with createResource first`,
        );
      }
    }
  }
  for (const item of list) {
    for (const targetIdentifier of item.targetIdentifiers) {
      for (const resource of item.resources)
        grant(state, {
          namespace,
          targetType: item.targetType,
          targetIdentifier,
          resourceCode: resource.code,
          resourceType: resource.resourceType,
          actions: resource.actions,
        });
    }
  }
  return ok({ success: true });
};

/**
 * `getAuthorizedResources`: what is granted to one user, role, group or department directly, in a
 * namespace (`default` when none is given); `resourceList` items are prefixes (`books:*` or
 * `books:` matches the grants on `books:123`, and on `books` itself, which covers every instance).
 */
export const getAuthorizedResources: ManagementHandler = ({ query, state }) => {
  const {
    targetType,
    targetIdentifier,
    namespace = DEFAULT_NAMESPACE,
    resourceType,
    resourceList,
  } = query as unknown as Target & {
    namespace?: string;
    resourceType?: string;
    resourceList?: string[];
  };
  const missing = missingTarget(state, { targetType, targetIdentifier }, namespace);
  if (missing) return missing;
  const grants = state.management.authorizations.filter((each) => each.targetType === targetType && each.targetIdentifier === targetIdentifier);
  const list = authorizedResources(state, grants, namespace, resourceType).filter(
    (view) => !resourceList || resourceList.some((wanted) => matchesResourceList(String(view.resourceCode), wanted)),
  );
  return ok({ totalCount: list.length, list });
};

/**
 * `getUserAuthorizedResources`: what a user may do in a namespace (`default` when none is given):
 * their own grants and those of their enabled roles, groups and departments.
 */
export const getUserAuthorizedResources: ManagementHandler = ({ query, state }) => {
  const {
    userId,
    userIdType,
    namespace = DEFAULT_NAMESPACE,
    resourceType,
  } = query as { userId: string; userIdType?: string; namespace?: string; resourceType?: string };
  const user = findUser(state, userId, userIdType);
  if (!user) return userNotFound(userId, userIdType);
  const list = authorizedResources(state, effectiveGrants(state, user.userId), namespace, resourceType);
  return ok({ totalCount: list.length, list });
};

/** `getRoleAuthorizedResources`: what is granted to a role. */
export const getRoleAuthorizedResources: ManagementHandler = ({ query, state }) => {
  const { code, namespace, resourceType } = query as { code: string; namespace?: string; resourceType?: string };
  const role = findRole(state, code, namespace);
  if (!role) return roleNotFound(code, namespace);
  const grants = state.management.authorizations.filter(
    (each) => each.targetType === "ROLE" && each.targetIdentifier === role.code && each.namespace === role.namespace,
  );
  const list = authorizedResources(state, grants, undefined, resourceType).map(({ resourceCode, resourceType: type, actions, apiIdentifier }) => ({
    resourceCode,
    resourceType: type,
    actions,
    apiIdentifier,
  }));
  return ok({ totalCount: list.length, list });
};

/** `getGroupAuthorizedResources`: what is granted to a group in a namespace (`default` when none is given). */
export const getGroupAuthorizedResources: ManagementHandler = ({ query, state }) => {
  const { code, namespace = DEFAULT_NAMESPACE, resourceType } = query as { code: string; namespace?: string; resourceType?: string };
  if (!findGroup(state, code)) return groupNotFound(code);
  const grants = state.management.authorizations.filter((each) => each.targetType === "GROUP" && each.targetIdentifier === code);
  return ok(authorizedResources(state, grants, namespace, resourceType));
};

/**
 * `isActionAllowed`: whether a user may do `action` on `resource` (its code, or `code:instance`),
 * through their own grants or those of their enabled roles, groups and departments. A grant on the
 * resource covers its every instance; a grant on `code:instance` covers that instance only.
 */
export const isActionAllowed: ManagementHandler = ({ body, state }) => {
  const { userId, action, resource, namespace = DEFAULT_NAMESPACE } = body as { userId: string; action: string; resource: string; namespace?: string };
  if (!state.users.byId(userId)) return userNotFound(userId);
  return ok({ allowed: isAllowed(state, userId, namespace, resource, action) });
};

function grant(state: MockState, record: AuthorizationRecord): void {
  const existing = state.management.authorizations.find(
    (each) =>
      each.namespace === record.namespace &&
      each.targetType === record.targetType &&
      each.targetIdentifier === record.targetIdentifier &&
      each.resourceCode === record.resourceCode,
  );
  if (existing) existing.actions = [...new Set([...existing.actions, ...record.actions])];
  else state.management.authorizations.push({ ...record, actions: [...new Set(record.actions)] });
}

function addResource(state: MockState, input: ResourceInput & { type: string }): ResourceRecord {
  const resource: ResourceRecord = { code: input.code, type: input.type, actions: input.actions ?? [], namespace: input.namespace || DEFAULT_NAMESPACE };
  for (const field of ["name", "description", "apiIdentifier"] as const) if (input[field] !== undefined) resource[field] = input[field];
  state.management.resources.set(roleKey(resource.namespace, resource.code), resource);
  return resource;
}

function removeResource(state: MockState, code: string, namespace: string | undefined): void {
  const space = namespace || DEFAULT_NAMESPACE;
  state.management.resources.delete(roleKey(space, code));
  state.management.revokeWhere((grant) => grant.namespace === space && (grant.resourceCode === code || grant.resourceCode.startsWith(`${code}:`)));
}

/**
 * Whether a granted resource code matches an item of `resourceList`: a code matches itself; a
 * final `*` matches any rest (`books:*` matches `books:123`, and the grant on `books`, which
 * covers every instance). `books` does not match `bookstore`.
 */
function matchesResourceList(code: string, wanted: string): boolean {
  if (!wanted.endsWith("*")) return code === wanted;
  const prefix = wanted.slice(0, -1);
  return code.startsWith(prefix) || (prefix.endsWith(":") && code === prefix.slice(0, -1));
}

function resourceNotFound(code: string, namespace: string | undefined): Envelope {
  return fail(
    404,
    `resource ${JSON.stringify(code)} does not exist in namespace ${JSON.stringify(namespace || DEFAULT_NAMESPACE)}: create it with createResource, or pass the namespace it was created in`,
  );
}

function resourceExists({ code, namespace }: { code: string; namespace?: string | undefined }): Envelope {
  return fail(409, `resource ${JSON.stringify(code)} already exists in namespace ${JSON.stringify(namespace || DEFAULT_NAMESPACE)}: choose another code`);
}
