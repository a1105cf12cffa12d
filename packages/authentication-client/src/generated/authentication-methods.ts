// generated from specs/genauth-authentication.yaml; do not edit — run pnpm generate
import type { RequestOptions, Transport } from "@genauth/core";
import type {
  GetWechatAccessTokenDto,
  GetWechatAccessTokenInfoRespDto,
  GetWechatAccessTokenRespDto,
} from "@genauth/types";
import { operations } from "./operations.js";

/**
 * The GenAuth Authentication API operations, one method each, generated from the spec.
 * Use them through {@link AuthenticationClient}.
 */
export abstract class GeneratedAuthenticationMethods {
  /** The transport every generated method sends through. */
  protected abstract readonly transport: Transport;

  /**
   * Get a WeChat mini program or official account access token (deprecated)
   *
   * Returns the access token that GenAuth caches for a WeChat mini program or official
   * account, identified by its WeChat `appId` and `appSecret`.
   *
   * Deprecated: call `getWechatMpAccessTokenInfo` (`POST /api/v3/get-wechat-access-token-info`),
   * which answers the same data.
   *
   * HTTP: `POST /api/v3/get-wechat-access-token`
   *
   * @param requestBody - Identifies a WeChat mini program or official account.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token when `statusCode` is 200.
   * @deprecated Use {@link GeneratedAuthenticationMethods.getWechatMpAccessTokenInfo | getWechatMpAccessTokenInfo} instead.
   */
  getWechatMpAccessToken(requestBody: GetWechatAccessTokenDto, options?: RequestOptions): Promise<GetWechatAccessTokenRespDto> {
    return this.transport.request(operations.getWechatMpAccessToken, { body: requestBody }, options);
  }

  /**
   * Get a WeChat mini program or official account access token
   *
   * Returns the access token that GenAuth caches for a WeChat mini program or official
   * account, identified by its WeChat `appId` and `appSecret`, with its expiry time.
   *
   * HTTP: `POST /api/v3/get-wechat-access-token-info`
   *
   * @param requestBody - Identifies a WeChat mini program or official account.
   * @param options - Per-call options: `signal`, `timeout`, `maxRetries`, `headers`.
   * @returns The envelope; `data` holds the token when `statusCode` is 200.
   */
  getWechatMpAccessTokenInfo(requestBody: GetWechatAccessTokenDto, options?: RequestOptions): Promise<GetWechatAccessTokenInfoRespDto> {
    return this.transport.request(operations.getWechatMpAccessTokenInfo, { body: requestBody }, options);
  }
}
