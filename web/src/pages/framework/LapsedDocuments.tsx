import { frameworkDocumentNames } from "#shared/framework/documents.ts";
import { useLapsedDocuments } from "../../api/framework-documents.ts";
import { AppLink, InsetText, Table } from "../../components/govuk/index.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate } from "../../format/format.ts";

/** The suppliers' framework documents past their expiry date, longest lapsed first (administrators). */
export function LapsedDocuments() {
  const state = settle(useLapsedDocuments());
  if (!state.ready) return state.view;
  const [lapsed] = state.data;
  return (
    <>
      <h2 className="govuk-heading-m">Lapsed documents</h2>
      {lapsed.items.length === 0 ? (
        <InsetText>No supplier's framework documents have lapsed.</InsetText>
      ) : (
        <Table
          caption="Framework documents past their expiry date"
          captionSize="s"
          firstCellIsHeader
          columns={[
            { key: "supplier", header: "Supplier" },
            { key: "document", header: "Document" },
            { key: "expired", header: "Expired on" },
          ]}
          rows={lapsed.items.map((d) => ({
            id: `${d.organisationId}-${d.kind}`,
            cells: {
              supplier: (
                <AppLink href={`/framework/suppliers/${encodeURIComponent(d.organisationId)}/membership`}>
                  {d.organisationName}
                </AppLink>
              ),
              document: frameworkDocumentNames[d.kind],
              expired: formatDate(d.expiresOn),
            },
          }))}
        />
      )}
    </>
  );
}
