import { peopleAccountSource } from "#functions/accounts/index.ts";
import { verifyPassword } from "#functions/accounts/identity/password.ts";
import type { Role } from "#shared/auth/roles.ts";
import type { DemoUser } from "./demo-users.ts";

/**
 * TEMPORARY, until the local OpenID Provider (issue 16, helper `oidc`) takes people from
 * `peopleAccountSource()`: signs in a person invited through the portal by e-mail and password, the
 * local equivalent of Cognito's USER_PASSWORD_AUTH. Returns the person as the token signer needs
 * them, or undefined for a wrong password, an unknown login or a disabled (removed) account.
 */
export const invitedPerson = async (email: string, password: string): Promise<DemoUser | undefined> => {
  const account = await peopleAccountSource().findByLogin(email.toLowerCase());
  if (!account?.enabled || !account.passwordHash) return undefined;
  if (!(await verifyPassword(password, account.passwordHash))) return undefined;
  const claim = (name: string) => {
    const value = account.claims[name];
    return typeof value === "string" && value ? value : undefined;
  };
  const groups = account.claims["cognito:groups"];
  const regions = claim("custom:regions");
  const organisationId = claim("custom:organisationId");
  const pdu = claim("custom:pdu");
  return {
    id: account.sub,
    name: account.name,
    email: account.email,
    jobTitle: "",
    role: (Array.isArray(groups) ? groups[0] : groups) as Role,
    ...(organisationId ? { organisationId } : {}),
    regions: regions ? regions.split(",") : [],
    ...(pdu ? { pdu } : {}),
    frameworkAdmin: claim("custom:frameworkAdmin") === "true",
    description: "",
  };
};
