/**
 * The second origin that serves asset bytes, as GitHub's object storage does: the API answers an
 * asset download with a 302 to a pre-signed URL here, which needs no token and refuses a request
 * that carries `Authorization` anyway.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { now } from './clock.js';
import type { Reply } from './http.js';
import type { AssetState } from './release-store.js';

export class StorageOrigin {
  /** Set once the storage server listens (another port: another origin). */
  origin = '';
  private readonly secret = randomBytes(16);

  /** A signed storage URL for the asset, as GitHub's 302 gives one (pre-signed, so no token). */
  redirect(asset: AssetState): Reply {
    const query = new URLSearchParams({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'releaseassetproduction/20240101/us-east-1/s3/aws4_request',
      'X-Amz-Date': now().replace(/[-:]/g, ''),
      'X-Amz-Expires': '300',
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': this.signature(asset.id),
      'response-content-disposition': `attachment; filename=${asset.name}`,
      'response-content-type': 'application/octet-stream',
    });
    return {
      status: 302,
      headers: {
        location: `${this.origin}/github-production-release-asset/123456/${asset.id}?${query.toString()}`,
      },
    };
  }

  /**
   * A request to the storage origin, answered as S3 answers: one carrying `Authorization` besides
   * the signed query is refused 400 (S3 echoes the header's value in the error, so a client
   * printing that error would print its token); a URL without a valid signature is 403; otherwise
   * the bytes of the asset `find` gives.
   */
  serve(
    method: string,
    url: URL,
    headers: IncomingHttpHeaders,
    find: (assetId: number) => AssetState | undefined,
  ): Reply {
    if (method !== 'GET' && method !== 'HEAD') {
      return s3Error(
        405,
        'MethodNotAllowed',
        'The specified method is not allowed against this resource.',
      );
    }
    const authorization = headers['authorization'];
    if (authorization !== undefined) {
      return s3Error(
        400,
        'InvalidArgument',
        'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
        `<ArgumentName>Authorization</ArgumentName><ArgumentValue>${authorization.replace(/[<>&]/g, '')}</ArgumentValue>`,
      );
    }
    const id = Number(/^\/github-production-release-asset\/\d+\/(\d+)$/.exec(url.pathname)?.[1]);
    if (!id || url.searchParams.get('X-Amz-Signature') !== this.signature(id)) {
      return s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    const asset = find(id);
    if (!asset) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    return {
      status: 200,
      bytes: asset.bytes,
      headers: {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename=${asset.name}`,
        etag: `"${createHash('md5').update(asset.bytes).digest('hex')}"`,
        server: 'AmazonS3',
      },
    };
  }

  private signature(assetId: number): string {
    return createHmac('sha256', this.secret).update(String(assetId)).digest('hex');
  }
}

function s3Error(status: number, code: string, message: string, extra = ''): Reply {
  return {
    status,
    bytes: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>${randomBytes(8).toString('hex').toUpperCase()}</RequestId><HostId>${randomBytes(24).toString('base64')}</HostId></Error>`,
    ),
    headers: { 'content-type': 'application/xml', server: 'AmazonS3' },
  };
}
