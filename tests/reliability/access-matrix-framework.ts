import type { Fixture, FixtureName } from "./support/fixtures.ts";

type Row<R> = (on: FixtureName, statuses: string, request?: (f: Fixture) => { body: unknown }) => R;

/**
 * The framework documents' rows of the access matrix (issue 20), on Bridge Housing. Its own provider
 * files the document it uploaded; another supplier gets 404.
 */
// prettier-ignore -- the matrix reads as a table only when its columns line up.
export const frameworkDocumentRows = <R>(row: Row<R>): Record<string, R> => ({
  //                                                                   anon own  othP unad comm othC off  othO
  putFrameworkDocument: row("frameworkUpload", "401  200  404  404  403  403  403  403", (f) => ({
    body: {
      kind: "insurance-certificate",
      expiresOn: "2099-01-01",
      attachment: {
        documentId: f.params.documentId,
        fileName: f.params.fileName,
        contentType: "application/pdf",
        size: Number(f.params.size),
      },
    },
  })),
  listFrameworkDocuments: row("open", "401  200  404  404  200  404  403  403"),
  listLapsedFrameworkDocuments: row("none", "401  403  403  403  200  403  403  403"),
});
