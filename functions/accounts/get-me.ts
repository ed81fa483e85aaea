import { httpHandler } from "../platform/http/handler.ts";
import { readProfile } from "./repository.ts";
import { getMeRoute } from "./routes.ts";

/**
 * The caller's profile. Identity (role, organisation) comes from the verified token, regions, PDU and roles
 * from the account record read this request; the profile details from the table.
 */
export const handler = httpHandler(getMeRoute, async ({ principal }) => {
  const { user, organisation } = await readProfile(principal.userId, principal.organisationId);
  return {
    user: {
      id: principal.userId,
      name: user?.name ?? principal.name,
      email: user?.email ?? "",
      ...(user?.jobTitle ? { jobTitle: user.jobTitle } : {}),
      role: principal.role,
      regions: principal.regions,
      ...(principal.pdu ? { pdu: principal.pdu } : {}),
      frameworkAdmin: principal.frameworkAdmin,
      ...(principal.memberRoles ? { memberRoles: principal.memberRoles } : {}),
    },
    ...(organisation
      ? {
          organisation: {
            id: organisation.id,
            name: organisation.name,
            size: organisation.size,
            vcse: organisation.vcse,
            frameworkStatus: organisation.frameworkStatus,
            needAreaIds: organisation.needAreaIds ?? [],
            regionIds: organisation.regionIds ?? [],
          },
        }
      : {}),
  };
});
