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

/**
 * The end of the dynamic market (issue 20). Its administrator's announcement is refused after the access
 * checks (a date in the past, 400), and there is nothing to withdraw (404), so the matrix leaves the
 * market open for every other file.
 */
// prettier-ignore -- the matrix reads as a table only when its columns line up.
export const marketCessationRows = <R>(row: Row<R>): Record<string, R> => ({
  //                                                         anon own  othP unad comm othC off  othO
  getMarketCessation: row("none", "401  200  200  200  200  200  403  403"),
  announceMarketCessation: row("none", "401  403  403  403  400  403  403  403", () => ({
    body: { closesOn: "2020-01-01", reason: "The service moves to a national dynamic market." },
  })),
  withdrawMarketCessation: row("none", "401  403  403  403  404  403  403  403"),
});

/** The framework context's rows kept in this file: its documents and the market's end. */
export const frameworkRows = <R>(row: Row<R>): Record<string, R> => ({
  ...frameworkDocumentRows(row),
  ...marketCessationRows(row),
});
