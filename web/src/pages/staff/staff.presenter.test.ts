import { describe, expect, it } from "vitest";
import { inviteStaffRequest, staffRoleText, whereText } from "./staff.presenter.ts";

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
