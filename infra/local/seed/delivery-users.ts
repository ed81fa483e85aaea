import type { DemoUser } from "./demo-users.ts";

/**
 * Issue 17's second officer of the Camden and Islington PDU, so a restricted person's referral can be
 * shown hidden from a colleague of the same PDU and visible to the one the restriction names.
 */
export const deliveryUsers: DemoUser[] = [
  {
    id: "user-officer-camden-2",
    name: "Nia Okafor",
    email: "nia.okafor@justice.example",
    jobTitle: "Probation officer",
    role: "responsible-officer",
    regions: ["london"],
    pdu: "camden-and-islington",
    description: "Responsible officer, Camden and Islington PDU (London), Sam Rowe's colleague",
  },
  {
    id: "user-officer-camden-3",
    name: "Tom Reyes",
    email: "tom.reyes@justice.example",
    jobTitle: "Probation services officer",
    role: "responsible-officer",
    regions: ["london"],
    pdu: "camden-and-islington",
    description: "Responsible officer, Camden and Islington PDU (London), a third colleague",
  },
];
