import { frameworkDocumentKind } from "#functions/framework/items.ts";
import { uploadDocument } from "../../support/documents.ts";
import { type Fixture, principals, token } from "./principals.ts";

const bridge = "org-bridge-housing";

/**
 * A file Bridge Housing has uploaded for a framework document but not yet filed: the upload the
 * filing route checks and seals, so a valid filing succeeds.
 */
export const frameworkUpload = async (): Promise<Fixture> => {
  const file = await uploadDocument(
    await token(principals.provider),
    { type: "framework-document" },
    "Insurance.pdf",
  );
  return {
    owner: principals.provider,
    params: {
      organisationId: bridge,
      documentId: file.documentId,
      fileName: file.fileName,
      size: String(file.size),
    },
    versions: {},
    partitions: [frameworkDocumentKind.pk({ organisationId: bridge })],
  };
};
