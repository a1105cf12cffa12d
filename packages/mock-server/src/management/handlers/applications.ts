import { randomBytes } from "node:crypto";
import { fail, ok, type Envelope } from "../../envelope.js";
import { exampleFromSchema } from "../../example.js";
import type { MockAccessKey, MockApp } from "../../fixtures.js";
import { managementSpec } from "../../generated/management-spec.js";
import { checkAppProtocolSettings } from "../../protocol/client-registration.js";
import type { MockState } from "../../state.js";
import type { ManagementHandler } from "../handler.js";
import type { ApplicationDetails } from "../management-state.js";
import { everything, page } from "../page.js";

interface ApplicationInput {
  appName?: string;
  appIdentifier?: string;
  appLogo?: string;
  appDescription?: string;
  appType?: string;
  defaultProtocol?: string;
  redirectUris?: string[];
  logoutRedirectUris?: string[];
  initLoginUri?: string;
  ssoEnabled?: boolean;
}

let template: Record<string, unknown> | undefined;

/**
 * The application as the API shows it (`ApplicationDto`): the document's example of the nested
 * login, registration and branding settings, under the app's own ID, name, type and callback URLs.
 */
function applicationView(state: MockState, app: MockApp, accessKey: MockAccessKey): Record<string, unknown> {
  template ??= exampleFromSchema({ $ref: "#/components/schemas/ApplicationDto" }, { document: managementSpec }) as Record<string, unknown>;
  const details = detailsOf(state, app);
  const view: Record<string, unknown> = {
    ...structuredClone(template),
    appId: app.appId,
    appIdentifier: details.appIdentifier,
    appName: details.appName,
    appLogo: details.appLogo ?? "",
    appType: details.appType,
    userPoolId: accessKey.userPoolId ?? accessKey.accessKeyId,
    isIntegrateApp: false,
    defaultProtocol: details.defaultProtocol ?? "oidc",
    redirectUris: app.redirectUris ?? [],
    logoutRedirectUris: app.postLogoutRedirectUris ?? [],
    initLoginUri: "",
    ssoEnabled: details.ssoEnabled,
  };
  if (details.appDescription !== undefined) view.appDescription = details.appDescription;
  else delete view.appDescription;
  return view;
}

/**
 * `createApplication`: a new application with a generated `appId` and secret, and an
 * `appIdentifier` no other application has (409, apiCode 2039 otherwise). It is one of the
 * server's apps at once: the Authentication API accepts its `x-authing-app-id`, and its users
 * sign in to it.
 */
export const createApplication: ManagementHandler = ({ body, state, accessKey }) => {
  const input = body as ApplicationInput & { appName: string };
  const taken = identifierTaken(state, input.appIdentifier);
  if (taken) return taken;
  const app: MockApp = { appId: state.management.nextId("app"), appSecret: randomBytes(16).toString("hex") };
  if (input.redirectUris?.length) app.redirectUris = input.redirectUris;
  if (input.logoutRedirectUris?.length) app.postLogoutRedirectUris = input.logoutRedirectUris;
  try {
    checkAppProtocolSettings(app, "body");
  } catch (error) {
    return fail(400, (error as Error).message.replace("body.postLogoutRedirectUris", "body.logoutRedirectUris"));
  }
  state.fixtures.apps.push(app);
  state.management.applications.set(app.appId, {
    appName: input.appName,
    appIdentifier: input.appIdentifier ?? app.appId,
    appType: input.appType ?? "web",
    ssoEnabled: input.ssoEnabled === true,
    createdAt: state.clock(),
    ...pick(input),
  });
  return ok(applicationView(state, app, accessKey));
};

/** `getApplication`: one application by `appId`, created through the API or a fixture. */
export const getApplication: ManagementHandler = ({ query, state, accessKey }) => {
  const { appId } = query as { appId: string };
  const app = findApp(state, appId);
  return app ? ok(applicationView(state, app, accessKey)) : appNotFound(appId);
};

/** `listApplications`: every application whose name or ID contains `keywords`, paged (all of them with `all`). */
export const listApplications: ManagementHandler = ({ query, state, accessKey }) => {
  const { keywords, page: pageNumber, limit, all } = query as { keywords?: string; page?: number; limit?: number; all?: boolean };
  const wanted = keywords?.toLowerCase();
  const apps = state.fixtures.apps.filter((app) => !wanted || [app.appId, detailsOf(state, app).appName].some((text) => text.toLowerCase().includes(wanted)));
  const view = (app: (typeof apps)[number]) => applicationView(state, app, accessKey);
  return ok(all ? everything(apps, view) : page(apps, pageNumber, limit, view));
};

/** `updateApplication`: changes an application's name, identifier (one no other app has), logo, description, protocol, SSO or callback URLs. */
export const updateApplication: ManagementHandler = ({ body, state }) => {
  const input = body as ApplicationInput & { appId: string };
  const app = findApp(state, input.appId);
  if (!app) return appNotFound(input.appId);
  const taken = identifierTaken(state, input.appIdentifier, app);
  if (taken) return taken;
  const changed: MockApp = { ...app };
  if (input.redirectUris !== undefined) changed.redirectUris = input.redirectUris;
  if (input.logoutRedirectUris !== undefined) changed.postLogoutRedirectUris = input.logoutRedirectUris;
  try {
    checkAppProtocolSettings(changed, "body");
  } catch (error) {
    return fail(400, (error as Error).message.replace("body.postLogoutRedirectUris", "body.logoutRedirectUris"));
  }
  Object.assign(app, changed);
  const details = detailsOf(state, app);
  Object.assign(details, pick(input));
  if (input.appName !== undefined) details.appName = input.appName;
  if (input.ssoEnabled !== undefined) details.ssoEnabled = input.ssoEnabled;
  state.management.applications.set(app.appId, details);
  return ok({ success: true });
};

/** `deleteApplication`: removes an application; the Authentication API no longer accepts its ID. */
export const deleteApplication: ManagementHandler = ({ body, state }) => {
  const { appId } = body as { appId: string };
  const index = state.fixtures.apps.findIndex((app) => app.appId === appId);
  if (index < 0) return appNotFound(appId);
  state.fixtures.apps.splice(index, 1);
  state.management.applications.delete(appId);
  return ok({ success: true });
};

/** `getApplicationSecret`: an application's secret. */
export const getApplicationSecret: ManagementHandler = ({ query, state }) => {
  const { appId } = query as { appId: string };
  const app = findApp(state, appId);
  return app ? ok({ secret: app.appSecret }) : appNotFound(appId);
};

/** `refreshApplicationSecret`: gives an application a new secret; the old one stops working. */
export const refreshApplicationSecret: ManagementHandler = ({ body, state }) => {
  const { appId } = body as { appId: string };
  const app = findApp(state, appId);
  if (!app) return appNotFound(appId);
  app.appSecret = randomBytes(16).toString("hex");
  return ok({ secret: app.appSecret });
};

function findApp(state: MockState, appId: string): MockApp | undefined {
  return state.fixtures.apps.find((app) => app.appId === appId);
}

function appNotFound(appId: string) {
  return fail(404, `application ${JSON.stringify(appId)} does not exist: create it with createApplication, or pass the appId of an existing one`, 2011);
}

/**
 * GenAuth's answer (409, apiCode 2039 "application domain already taken") when another application
 * has `appIdentifier`, the second-level domain, compared case-insensitively as domains are; else undefined.
 */
function identifierTaken(state: MockState, appIdentifier: string | undefined, self?: MockApp): Envelope | undefined {
  if (appIdentifier === undefined) return undefined;
  const wanted = appIdentifier.toLowerCase();
  const owner = state.fixtures.apps.find((app) => app !== self && detailsOf(state, app).appIdentifier.toLowerCase() === wanted);
  if (!owner) return undefined;
  return fail(409, `appIdentifier ${JSON.stringify(appIdentifier)} is taken by application ${JSON.stringify(owner.appId)}: choose another`, 2039);
}

function detailsOf(state: MockState, app: MockApp): ApplicationDetails {
  return state.management.applications.get(app.appId) ?? { appName: app.appId, appIdentifier: app.appId, appType: "web", ssoEnabled: false, createdAt: 0 };
}

function pick(input: ApplicationInput): Partial<ApplicationDetails> {
  const details: Partial<ApplicationDetails> = {};
  for (const field of ["appIdentifier", "appLogo", "appDescription", "appType", "defaultProtocol"] as const) {
    if (input[field] !== undefined) details[field] = input[field];
  }
  return details;
}
