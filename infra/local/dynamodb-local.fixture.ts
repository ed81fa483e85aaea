import { startDynamoLocal } from "./dynamodb-local.ts";

// A parent for dynamodb-local.test.ts to kill: starts DynamoDB Local, says its pid, and waits.
const dynamo = await startDynamoLocal({ port: Number(process.argv[2]) });
process.stdout.write(`java-pid=${dynamo.process.pid}\n`);
setInterval(() => undefined, 60_000);
