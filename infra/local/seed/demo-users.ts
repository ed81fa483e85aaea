import type { Role } from "#shared/auth/roles.ts";
import { evaluationUsers } from "./evaluation-users.ts";
import { peopleUsers } from "./people.ts";
import { deliveryUsers } from "./delivery-users.ts";

/** A seeded person the local "sign in as" page offers. */
export interface DemoUser {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  role: Role;
  organisationId?: string;
  regions: string[];
  pdu?: string;
  frameworkAdmin?: boolean;
  /** One line for the sign-in page: who this is and what they can see. */
  description: string;
}

/** The demo users: every role, two regions of commissioners, officers in several PDUs. */
export const demoUsers: DemoUser[] = [
  {
    id: "user-provider-bridge",
    name: "Priya Shah",
    email: "priya.shah@bridgehousing.example",
    jobTitle: "Bids and contracts manager",
    role: "provider",
    organisationId: "org-bridge-housing",
    regions: [],
    description:
      "Provider: Bridge Housing Trust (admitted to the framework, accommodation in London and Kent)",
  },
  {
    id: "user-provider-pathways",
    name: "Tom Ellis",
    email: "tom.ellis@northernpathways.example",
    jobTitle: "Service manager",
    role: "provider",
    organisationId: "org-northern-pathways",
    regions: [],
    description: "Provider: Northern Pathways CIC (admitted; employment and finance in London and Wales)",
  },
  {
    id: "user-provider-second-chance",
    name: "Grace Okafor",
    email: "grace.okafor@secondchance.example",
    jobTitle: "Chief executive",
    role: "provider",
    organisationId: "org-second-chance",
    regions: [],
    description: "Provider: Second Chance Skills (application waiting for a decision)",
  },
  {
    id: "user-provider-fresh-start",
    name: "Maya Patel",
    email: "maya.patel@freshstart.example",
    jobTitle: "Operations lead",
    role: "provider",
    organisationId: "org-fresh-start",
    regions: [],
    description: "Provider: Fresh Start Mentoring (new: has not applied to join the framework yet)",
  },
  {
    id: "user-provider-open-door",
    name: "Ade Okoro",
    email: "ade.okoro@opendoor.example",
    jobTitle: "Chief executive",
    role: "provider",
    organisationId: "org-open-door",
    regions: [],
    description: "Provider: Open Door Advice (new: has not applied to join the framework yet)",
  },
  {
    id: "user-provider-new-leaf",
    name: "Sam Rivers",
    email: "sam.rivers@newleaf.example",
    jobTitle: "Director",
    role: "provider",
    organisationId: "org-new-leaf",
    regions: [],
    description: "Provider: New Leaf Recovery (new: applies in the admission-deadline tests)",
  },
  {
    id: "user-commissioner-london",
    name: "Helen Carter",
    email: "helen.carter@justice.example",
    jobTitle: "Senior commissioning manager",
    role: "commissioner",
    regions: ["london", "kent-surrey-sussex"],
    frameworkAdmin: true,
    description: "Commissioner for London and Kent, Surrey & Sussex, framework administrator",
  },
  {
    id: "user-commissioner-wales",
    name: "Rhys Morgan",
    email: "rhys.morgan@justice.example",
    jobTitle: "Commissioning manager",
    role: "commissioner",
    regions: ["wales"],
    description: "Commissioner for Wales",
  },
  {
    id: "user-officer-camden",
    name: "Sam Rowe",
    email: "sam.rowe@justice.example",
    jobTitle: "Probation officer",
    role: "responsible-officer",
    regions: ["london"],
    pdu: "camden-and-islington",
    description: "Responsible officer, Camden and Islington PDU (London)",
  },
  {
    id: "user-officer-hackney",
    name: "Jo Baker",
    email: "jo.baker@justice.example",
    jobTitle: "Probation services officer",
    role: "responsible-officer",
    regions: ["london"],
    pdu: "hackney-and-city",
    description: "Responsible officer, Hackney and City PDU (London)",
  },
  {
    id: "user-officer-cardiff",
    name: "Aled Jones",
    email: "aled.jones@justice.example",
    jobTitle: "Probation officer",
    role: "responsible-officer",
    regions: ["wales"],
    pdu: "cardiff-and-vale",
    description: "Responsible officer, Cardiff and Vale (Wales)",
  },
  ...evaluationUsers,
  ...peopleUsers,
  ...deliveryUsers,
];

/** Finds a demo user by id. */
export const findDemoUser = (id: string): DemoUser | undefined => demoUsers.find((u) => u.id === id);
