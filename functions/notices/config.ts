/** The placeholder ocid prefix used until the service registers its own with the Open Contracting Partnership. */
export const placeholderOcidPrefix = "ocds-dfp000";

/** The ocid prefix: configuration (`OCDS_OCID_PREFIX`), the placeholder locally. */
export const ocidPrefix = (): string => process.env.OCDS_OCID_PREFIX || placeholderOcidPrefix;

/** The Act's share for services (s.75): a change moving value or term by less needs no notice. */
export const defaultChangeNoticePercent = 10;

/** The change notice threshold in percent: configuration (`CONTRACT_CHANGE_NOTICE_PERCENT`), 10 by default. */
export const changeNoticePercent = (): number => {
  const configured = Number(process.env.CONTRACT_CHANGE_NOTICE_PERCENT);
  return Number.isFinite(configured) && configured > 0 ? configured : defaultChangeNoticePercent;
};
