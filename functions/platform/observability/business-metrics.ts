/**
 * The business metric each context counts, by the operation that makes it happen: one per successful
 * request. Contexts that only read (catalogue, contracts, reference…) have none; their dashboards show
 * requests. The CDK dashboards read this map too, so a metric added here gets its graph.
 */
export const businessMetrics: Readonly<Record<string, string>> = {
  submitFrameworkApplication: "ApplicationsSubmitted",
  decideFrameworkApplication: "ApplicationsDecided",
  publishOpportunity: "NoticesPublished",
  askClarificationQuestion: "ClarificationQuestionsAsked",
  submitBid: "BidsSubmitted",
  createUpload: "DocumentUploadsStarted",
  submitScores: "ScoresSubmitted",
  createContracts: "ContractsAwarded",
  sendReferral: "ReferralsSent",
  markNotificationRead: "NotificationsRead",
};
