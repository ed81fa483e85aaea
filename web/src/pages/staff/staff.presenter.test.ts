import { describe, expect, it } from "vitest";
import { changeStaffSchema } from "#shared/accounts/staff.ts";
import {
  changeStaffDefaults,
  changeStaffRequest,
  inviteStaffRequest,
  staffRoleText,
  whereText,
} from "./staff.presenter.ts";

const places = {
  regions: [
    { id: "london", name: "London", pdus: [{ id: "camden", name: "Camden and Islington" }] },
    { id: "wales", name: "Wales", pdus: [] },
  ],
};

describe("staff presenter", () => {
  it("says where an officer or a commissioner works", () => {
    expect(whereText({ regions: ["london"], pdu: "camden" }, places)).toBe("Camden and Islington (London)");
    expect(whereText({ regions: ["london", "wales"] }, places)).toBe("London, Wales");
  });

  it("names the framework administrator flag", () => {
    expect(staffRoleText({ role: "commissioner", frameworkAdmin: true })).toBe(
      "Commissioner, framework administrator",
    );
    expect(staffRoleText({ role: "responsible-officer", frameworkAdmin: false })).toBe("Responsible officer");
  });

  it("sends an officer's PDU and never a framework-admin flag for them", () => {
    const base = { name: "O", email: "o@example.org", regions: ["london"], pdu: "camden", admin: ["yes"] };
    expect(inviteStaffRequest({ ...base, role: "responsible-officer" })).toEqual({
      name: "O",
      email: "o@example.org",
      role: "responsible-officer",
      regions: [],
      pdu: "camden",
      frameworkAdmin: false,
    });
    expect(inviteStaffRequest({ ...base, role: "commissioner" })).toMatchObject({
      regions: ["london"],
      frameworkAdmin: true,
    });
  });
});

describe("changing a member of staff", () => {
  it("starts from where they work now", () => {
    expect(changeStaffDefaults({ regions: ["london"], pdu: "camden", frameworkAdmin: false })).toEqual({
      regions: ["london"],
      pdu: "camden",
      admin: [],
    });
    expect(changeStaffDefaults({ regions: ["wales"], frameworkAdmin: true })).toEqual({
      regions: ["wales"],
      pdu: "",
      admin: ["yes"],
    });
  });

  it("sends an officer's PDU only, and a commissioner's regions and flag, with the version read", () => {
    const typed = { regions: ["london"], pdu: "hackney", admin: ["yes"] };
    expect(changeStaffRequest({ role: "responsible-officer", version: 3 })(typed)).toEqual({
      regions: [],
      pdu: "hackney",
      frameworkAdmin: false,
      version: 3,
    });
    expect(changeStaffRequest({ role: "commissioner", version: 2 })(typed)).toEqual({
      regions: ["london"],
      frameworkAdmin: true,
      version: 2,
    });
  });

  it("an officer's form with no PDU chosen is told to choose one, not to pick a region", () => {
    const parsed = changeStaffSchema.safeParse(
      changeStaffRequest({ role: "responsible-officer", version: 1 })({ regions: [], pdu: "", admin: [] }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["pdu", "Select the officer's probation delivery unit"],
    ]);
  });
});
