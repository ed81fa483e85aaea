/**
 * Object keys say whose record a document belongs to, so a key from one bid or application can never
 * be attached to another: attachments are looked up under the owner's own prefix.
 */
export const documentKeys = {
  bid: (opportunityId: string, organisationId: string, documentId: string) =>
    `bids/${opportunityId}/${organisationId}/${documentId}`,
  /** Applications are written in one go, so their documents belong to the applying organisation. */
  application: (organisationId: string, documentId: string) => `applications/${organisationId}/${documentId}`,
};
