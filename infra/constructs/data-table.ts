import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { idempotencyTableDesign, tableDesign } from "#functions/platform/data/table-design.ts";

/** The portal's single table, shaped by `tableDesign` so the cloud and the local stack agree. */
export class DataTable extends Table {
  readonly indexNames: readonly string[] = tableDesign.globalIndexes.map((index) => index.indexName);

  constructor(scope: Construct, id: string) {
    super(scope, id, {
      partitionKey: { name: tableDesign.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDesign.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
      // Dashboard aggregates are kept up to date from the stream, never computed by scanning.
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableDesign.globalIndexes) {
      this.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }

  /** The table and each named index: grants list them so no policy needs an `index/*` wildcard. */
  queryableArns(): string[] {
    return [this.tableArn, ...this.indexNames.map((name) => `${this.tableArn}/index/${name}`)];
  }
}

/** Idempotency records (ADR 0003): one item per Idempotency-Key, expired by TTL. */
export class IdempotencyTable extends Table {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      partitionKey: { name: idempotencyTableDesign.partitionKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: idempotencyTableDesign.timeToLiveAttribute,
      // Records live for minutes and a retry rebuilds them: nothing worth keeping after teardown.
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }
}
