// Department lists and memberships over HTTP: listChildrenDepartments' filters, and what leaving a
// department takes with it, and departmentIds of createUser read by departmentIdType.
import { describe, expect, it } from "vitest";
import { data, type ManagementSession, sessionPerTest } from "./helpers/management-session.js";

const start = sessionPerTest();

type Department = { departmentId: string; name: string };

/** A server with organization `o` and, below its root, `Real`, `Virtual` (a virtual node) and `Off` (disabled). */
async function withOrganization(): Promise<ManagementSession> {
  const s = await start();
  await s.post("create-organization", { organizationCode: "o", organizationName: "O", metadata: {} });
  const create = async (name: string, extra: Record<string, unknown> = {}) =>
    data<Department>(await s.post("create-department", { organizationCode: "o", name, parentDepartmentId: "root", metadata: {}, ...extra }));
  await create("Real");
  await create("Virtual", { isVirtualNode: true });
  const off = await create("Off");
  await s.post("update-department", { organizationCode: "o", departmentId: off.departmentId, status: false, metadata: {} });
  return s;
}

describe("listChildrenDepartments", () => {
  it("honours status, excludeVirtualNode and onlyVirtualNode", async () => {
    const s = await withOrganization();
    const names = async (filters: Record<string, unknown>) =>
      data<{ list: Department[] }>(await s.get("list-children-departments", { organizationCode: "o", departmentId: "root", ...filters })).list.map(
        (department) => department.name,
      );
    expect(await names({})).toEqual(["Real", "Virtual", "Off"]);
    expect(await names({ excludeVirtualNode: true })).toEqual(["Real", "Off"]);
    expect(await names({ onlyVirtualNode: true })).toEqual(["Virtual"]);
    expect(await names({ status: true })).toEqual(["Real", "Virtual"]);
    expect(await names({ status: false })).toEqual(["Off"]);
  });
});

describe("leaving a department", () => {
  it("removeDepartmentMembers and setUserDepartments take the user out of the department's leaders too", async () => {
    const s = await withOrganization();
    const ann = await s.createUser({ username: "ann" });
    const real = data<{ list: Department[] }>(await s.get("list-children-departments", { organizationCode: "o", departmentId: "root" })).list[0] as Department;
    const leaders = async () =>
      data<{ leaderUserIds: string[] }>(await s.get("get-department", { organizationCode: "o", departmentId: real.departmentId })).leaderUserIds;
    const lead = () => s.post("set-user-departments", { userId: ann, departments: [{ departmentId: real.departmentId, isLeader: true }] });
    await lead();
    expect(await leaders()).toEqual([ann]);
    await s.post("remove-department-members", { organizationCode: "o", departmentId: real.departmentId, userIds: [ann] });
    expect(await leaders()).toEqual([]);
    await lead();
    await s.post("set-user-departments", { userId: ann, departments: [] });
    expect(await leaders()).toEqual([]);
  });
});

describe("createUser departmentIds", () => {
  it("reads departmentIds as options.departmentIdType says, in createUser and createUsersBatch", async () => {
    const s = await start();
    await s.post("create-organization", { organizationCode: "o", organizationName: "O", metadata: {} });
    const sales = data<Department>(
      await s.post("create-department", {
        organizationCode: "o",
        name: "Sales",
        code: "sales",
        openDepartmentId: "od-sales",
        parentDepartmentId: "root",
        metadata: {},
      }),
    );
    const byCode = await s.post("create-user", { username: "s1", departmentIds: ["sales"], options: { departmentIdType: "code" } });
    expect(data<{ departmentIds: string[] }>(byCode).departmentIds).toEqual([sales.departmentId]);
    const batch = await s.post("create-users-batch", {
      list: [{ username: "s2", departmentIds: ["od-sales"] }],
      options: { departmentIdType: "open_department_id" },
    });
    expect(data<{ departmentIds: string[] }[]>(batch)[0]?.departmentIds).toEqual([sales.departmentId]);
    // Read as a department ID (the default), the code names no department.
    expect(await s.post("create-user", { username: "s3", departmentIds: ["sales"] })).toMatchObject({ statusCode: 404 });
  });
});
