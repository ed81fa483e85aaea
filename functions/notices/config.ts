/** The placeholder ocid prefix used until the service registers its own with the Open Contracting Partnership. */
export const placeholderOcidPrefix = "ocds-dfp000";

/** The ocid prefix: configuration (`OCDS_OCID_PREFIX`), the placeholder locally. */
export const ocidPrefix = (): string => process.env.OCDS_OCID_PREFIX || placeholderOcidPrefix;
