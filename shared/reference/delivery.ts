import type { DeliveryMethod, Setting } from "./schema.ts";

/** How an intervention's sessions can be delivered. */
export const deliveryMethods: DeliveryMethod[] = [
  { id: "one-to-one", name: "One-to-one" },
  { id: "group", name: "Group" },
  { id: "online", name: "Online" },
];

/** Where an intervention can be delivered; through the gate spans release. */
export const settings: Setting[] = [
  { id: "community", name: "Community" },
  { id: "pre-release-custody", name: "Pre-release in custody" },
  { id: "through-the-gate", name: "Through the gate" },
];
