/**
 * Object keys say whose record a document belongs to, so a key from one bid or application can never
 * be attached to another: attachments are looked up under the owner's own prefix.
 */
export const documentKeys = {
  bid: (opportunityId: string, organisationId: string, documentId: string) =>
    `bids/${opportunityId}/${organisationId}/${documentId}`,
  /** Applications are written in one go, so their documents belong to the applying organisation. */
  application: (organisationId: string, documentId: string) => `applications/${organisationId}/${documentId}`,
  /** A supplier's expiring framework documents (insurance, safeguarding), kept after admission. */
  frameworkDocument: (organisationId: string, documentId: string) =>
    `framework-documents/${organisationId}/${documentId}`,
};

/**
 * Where a submitted attachment's sealed copy lives (ADR 0010): under `sealed/`, which no upload grant
 * ever names, and ending in the copy's own SHA-256, so the key can only ever hold those bytes.
 */
export const sealedKey = (uploadKey: string, sha256: string) => `sealed/${uploadKey}/${sha256}`;

/** The key a download must serve: the sealed copy once the record was submitted, else the upload. */
export const readableKey = (uploadKey: string, attachment: { sha256?: string | undefined }) =>
  attachment.sha256 ? sealedKey(uploadKey, attachment.sha256) : uploadKey;
