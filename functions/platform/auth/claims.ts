import type { JWTPayload } from "jose";
import { type Principal, principalSchema } from "#shared/auth/principal.ts";
import { roles } from "#shared/auth/roles.ts";

/**
 * The claim names a token carries. They are Cognito's (groups, custom attributes), and the local
 * identity provider signs the same names, so one mapping serves both.
 */
export const claimNames = {
  groups: "cognito:groups",
  /** Only a fallback: actor names come from the account record (the membership or staff record, middleware/authenticate.ts). */
  name: "name",
  organisationId: "custom:organisationId",
  regions: "custom:regions",
  pdu: "custom:pdu",
  frameworkAdmin: "custom:frameworkAdmin",
} as const;

const asString = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;

/** Maps verified token claims to a principal; returns undefined when the token names no usable role. */
export const principalFromClaims = (claims: JWTPayload): Principal | undefined => {
  const groups = claims[claimNames.groups];
  const groupList = Array.isArray(groups) ? groups : typeof groups === "string" ? [groups] : [];
  const role = roles.find((r) => groupList.includes(r));
  if (!role || !claims.sub) return undefined;
  const regions = asString(claims[claimNames.regions]);
  const parsed = principalSchema.safeParse({
    userId: claims.sub,
    name: asString(claims[claimNames.name]) ?? claims.sub,
    role,
    organisationId: asString(claims[claimNames.organisationId]),
    regions: regions ? regions.split(",").map((r) => r.trim()) : [],
    pdu: asString(claims[claimNames.pdu]),
    frameworkAdmin:
      claims[claimNames.frameworkAdmin] === "true" || claims[claimNames.frameworkAdmin] === true,
  });
  return parsed.success ? parsed.data : undefined;
};
