import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * Plain HTTP(S) requests that trust one test CA (Node's fetch takes no CA), for msal-node's
 * `system.networkClient` in tests and for the scripted "browser". No redirects are followed.
 */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {}): Promise<RawResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(target, { method: init.method ?? 'GET', headers: init.headers ?? {}, ...(init.ca ? { ca: init.ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export interface RecordedRequest {
  method: 'GET' | 'POST';
  url: string;
  body: string;
}

/** msal-node's network client over rawRequest, recording every request it made (tests read the token request). */
export function createTestNetworkClient(ca: string): INetworkModule & { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const call = async <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    requests.push({ method, url, body: options?.body ?? '' });
    const response = await rawRequest(url, {
      method,
      ca,
      ...(options?.headers ? { headers: options.headers } : {}),
      ...(options?.body !== undefined ? { body: options.body } : {}),
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers[name.toLowerCase()] = value;
    return { status: response.status, headers, body: (response.body ? JSON.parse(response.body) : {}) as T };
  };
  return {
    requests,
    sendGetRequestAsync: (url, options) => call('GET', url, options),
    sendPostRequestAsync: (url, options) => call('POST', url, options),
  };
}
