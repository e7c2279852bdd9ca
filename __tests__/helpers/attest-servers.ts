/**
 * Local servers for `attest`: a PCCS that serves real Intel collateral as Intel's PCS/PCCS API v4
 * does, and a server for attestation documents in the shapes dstack deployments serve them
 * (a guest agent's /prpc/Info, an app's /public_data, Phala Cloud's app attestations), with
 * redirects and a route that never answers. Both record the requests they get.
 */
import { spawn } from 'node:child_process';
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Collateral } from '../../src/core/attest/collateral.js';
import { CLI } from './cli.js';
import { nearMpcPublicData, sha256 } from './dstack-attest-fixtures.js';

export interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface LocalServer {
  readonly url: string;
  readonly host: string;
  readonly requests: Recorded[];
  close(): Promise<void>;
}

type Route = (res: ServerResponse, url: URL) => void;

async function serve(route: (url: URL) => Route | undefined): Promise<LocalServer> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler = route(url);
    if (handler === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not found"}');
      return;
    }
    handler(res, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A PCCS serving `collateral` under `/sgx|tdx/certification/v4/…` as the API does: the PCK CRL
 * (DER, `encoding=der`) of the one CA it holds, TCB info for its one FMSPC, the TDX QE identity
 * (each signed object with its issuer chain, URL-encoded, in the header the API names), and the
 * root CA CRL as hex text, as PCCS serves it. Anything else answers 404, like a PCCS that has no
 * such collateral. `stall` makes it accept requests and never answer.
 */
export async function startPccs(
  collateral: Collateral,
  options: { ca?: 'platform' | 'processor'; stall?: boolean } = {},
): Promise<LocalServer> {
  const fmspc = (JSON.parse(collateral.tcb_info) as { fmspc: string }).fmspc.toUpperCase();
  const ca = options.ca ?? 'platform';
  const chain = (pem: string) => encodeURIComponent(pem);
  return serve((url) => {
    if (options.stall) return () => undefined;
    const q = url.searchParams;
    switch (url.pathname) {
      case '/sgx/certification/v4/pckcrl':
        if (q.get('ca') !== ca || q.get('encoding') !== 'der') return undefined;
        return (res) => {
          res.writeHead(200, {
            'content-type': 'application/pkix-crl',
            'SGX-PCK-CRL-Issuer-Chain': chain(collateral.pck_crl_issuer_chain),
          });
          res.end(Buffer.from(collateral.pck_crl, 'hex'));
        };
      case '/tdx/certification/v4/tcb':
        if ((q.get('fmspc') ?? '').toUpperCase() !== fmspc) return undefined;
        return (res) => {
          res.writeHead(200, {
            'content-type': 'application/json',
            'TCB-Info-Issuer-Chain': chain(collateral.tcb_info_issuer_chain),
          });
          res.end(
            `{"tcbInfo":${collateral.tcb_info},"signature":"${collateral.tcb_info_signature}"}`,
          );
        };
      case '/tdx/certification/v4/qe/identity':
        return (res) => {
          res.writeHead(200, {
            'content-type': 'application/json',
            'SGX-Enclave-Identity-Issuer-Chain': chain(collateral.qe_identity_issuer_chain),
          });
          res.end(
            `{"enclaveIdentity":${collateral.qe_identity},"signature":"${collateral.qe_identity_signature}"}`,
          );
        };
      case '/sgx/certification/v4/rootcacrl':
        return (res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(collateral.root_ca_crl);
        };
      default:
        return undefined;
    }
  });
}

/** What a document route does: serve a body, redirect, or never answer. */
export type DocumentRoute =
  | { readonly body: string }
  | { readonly redirect: string; readonly status?: number }
  | { readonly stall: true };

/** Serves `routes` by path (query ignored); the rest is 404. */
export function startDocumentServer(routes: Record<string, DocumentRoute>): Promise<LocalServer> {
  return serve((url) => {
    const route = routes[url.pathname];
    if (route === undefined) return undefined;
    if ('stall' in route) return () => undefined;
    if ('redirect' in route) {
      return (res) => {
        res.writeHead(route.status ?? 302, { location: route.redirect });
        res.end();
      };
    }
    return (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(route.body);
    };
  });
}

/** Where `nearMpcDocuments` serves Phala Cloud's app attestations of a two-instance app. */
export const NEAR_MPC_ATTESTATIONS = '/api/v1/apps/e3b0c442/attestations';

/**
 * near/mpc's real attestation, by path, in the three shapes dstack deployments serve: a guest
 * agent's `/prpc/Info` (tcb_info as a JSON string, no quote), the app's own `/public_data` (quote
 * as a byte array, collateral, tcb_info), and Phala Cloud's app attestations with two instances
 * (quote hex; one with `eventlog`, one with `tcb_info`).
 */
export function nearMpcDocuments(): Record<string, { readonly body: string }> {
  const data = nearMpcPublicData();
  const near = data.tee_participant_info.Dstack;
  const tcbInfoText = JSON.stringify(near.tcb_info);
  const quoteHex = Buffer.from(near.quote).toString('hex');
  return {
    '/prpc/Info': {
      body: JSON.stringify({
        app_id: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
        instance_id: 'b0ad4bda4e9e5a4e6d5ff0cd0b8f5b4b1c4d1c2a',
        app_cert: '',
        tcb_info: tcbInfoText,
        app_name: 'mpc',
        compose_hash: sha256(near.tcb_info.app_compose),
      }),
    },
    '/public_data': { body: JSON.stringify(data) },
    [NEAR_MPC_ATTESTATIONS]: {
      body: JSON.stringify({
        app_id: 'e3b0c442',
        instances: [
          {
            quote: quoteHex,
            eventlog: near.tcb_info.event_log,
            image_version: 'dstack-nvidia-0.5.4',
          },
          { quote: quoteHex, tcb_info: tcbInfoText, image_version: 'dstack-nvidia-0.5.4' },
        ],
      }),
    },
  };
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The built CLI, run without blocking this process (so servers in it can answer), with `input`
 * on stdin.
 */
export function cliAsync(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  input?: string,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
