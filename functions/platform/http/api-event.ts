import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import type { Principal } from "#shared/auth/principal.ts";

/** The API Gateway v2 event as the pipeline enriches it on the way to the handler. */
export type ApiEvent = APIGatewayProxyEventV2 & {
  /** Set by `authenticate` for routes that need a signed-in user. */
  principal?: Principal;
  /** Set by `validateInput`: the parsed, typed request parts. */
  input?: { params: unknown; query: unknown; body: unknown };
};

export type ApiResult = APIGatewayProxyStructuredResultV2 & { statusCode: number };

export type { Context };
