import { defineItem } from "../platform/data/define-item.ts";
import { userProfileKind } from "../platform/data/shared-items.ts";

export { userProfileKind };

/** An organisation's profile (stored without a type, like a person's); an admitted one is listed in gsi1 by name, so a Query finds them all. */
export const organisationProfileKind = defineItem({
  pk: (o: { organisationId: string }) => `ORG#${o.organisationId}`,
  sk: () => "PROFILE",
  gsi1: {
    pk: () => "ORGANISATIONS#admitted",
    sk: (o: { name: string }) => o.name.toLowerCase(),
    when: (o: { frameworkStatus?: string }) => o.frameworkStatus === "admitted",
  },
});

/** One entry per commissioner per region they cover: "who can sit on a panel here" is a Query. */
export const commissionerDirectoryKind = defineItem({
  type: "commissioner-directory-entry",
  pk: (e: { userId: string }) => userProfileKind.pk(e),
  sk: (e: { regionId: string }) => `DIRECTORY#${e.regionId}`,
  gsi1: {
    pk: (e: { regionId: string }) => `COMMISSIONERS#${e.regionId}`,
    sk: (e: { name: string; userId: string }) => `${e.name.toLowerCase()}#${e.userId}`,
  },
});
