/** The CloudWatch namespace of every portal metric; the stack sets the same in POWERTOOLS_METRICS_NAMESPACE. */
export const metricsNamespace = "DynamicFrameworkPortal";

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

/** The business metric a job counts, by job name: one per change or item it handled. */
export const jobBusinessMetrics: Readonly<Record<string, string>> = {
  outboxSender: "EmailsSent",
  slaWarnings: "SlaWarningsSent",
};
