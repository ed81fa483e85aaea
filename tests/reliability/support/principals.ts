import { tokenFor } from "../../support/api.ts";
import { portalNow } from "../../support/opportunities.ts";

/** Everyone the suite signs in as; "provider" is the owner of the default records (Bridge Housing). */
export const principals = {
  anonymous: undefined,
  provider: "user-provider-bridge",
  otherProvider: "user-provider-pathways",
  unadmittedProvider: "user-provider-fresh-start",
  commissioner: "user-commissioner-london",
  otherCommissioner: "user-commissioner-wales",
  officer: "user-officer-camden",
  otherOfficer: "user-officer-hackney",
} as const;
export type PrincipalKey = keyof typeof principals;
export const principalKeys = Object.keys(principals) as PrincipalKey[];

/** A record built through the API for a row to act on. */
export interface Fixture {
  /** The user of the owning organisation: the "provider" column for this record. */
  owner: string;
  /** Path parameters by name, and any other value of the record a row's body names. */
  params: Record<string, string>;
  /** Versions of the records a body may need. */
  versions: Record<string, number>;
  /** Partitions (pk) that a refused request must leave exactly as they were. */
  partitions: string[];
}

export const dayMs = 86_400_000;
/** An instant this many days from the portal's clock. */
export const inDays = async (days: number) =>
  new Date((await portalNow()).getTime() + days * dayMs).toISOString();

const tokens = new Map<string, string>();
/** A token for the user, signed at the portal's current time (call `refreshTokens` after moving the clock). */
export const token = async (userId: string) => {
  let t = tokens.get(userId);
  if (!t) {
    t = await tokenFor(userId);
    tokens.set(userId, t);
  }
  return t;
};
export const refreshTokens = () => tokens.clear();
