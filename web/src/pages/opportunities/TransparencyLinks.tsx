import { useState } from "react";
import { downloadFile } from "../../api/client.ts";
import { AppLink, Button } from "../../components/govuk/index.ts";

/**
 * A published competition's records for the commissioner: its audit trail page, and its OCDS 1.1
 * release package as a file (the API needs the token, so the download goes through the client).
 */
export function TransparencyLinks({ opportunityId }: { opportunityId: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <h2 className="govuk-heading-m">Records</h2>
      <p className="govuk-body">
        <AppLink href={`/opportunities/${opportunityId}/audit`} className="govuk-link">
          Audit trail: who did what, and when
        </AppLink>
      </p>
      <p className="govuk-body">
        <AppLink href={`/procurements/${opportunityId}/notices`} className="govuk-link">
          Notices: draft, review and publish
        </AppLink>
      </p>
      <Button
        variant="secondary"
        onClick={() => {
          setFailed(false);
          downloadFile(
            `/api/opportunities/${encodeURIComponent(opportunityId)}/ocds`,
            `ocds-${opportunityId}.json`,
            "application/json",
          ).catch(() => setFailed(true));
        }}
      >
        Download the OCDS release (JSON)
      </Button>
      {failed ? (
        <p className="govuk-body" role="alert">
          The OCDS release could not be downloaded. Try again later.
        </p>
      ) : null}
    </>
  );
}
