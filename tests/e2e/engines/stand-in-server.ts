import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { headersFor, type HeadersRule } from "../../dist/headers-file";
import { YOUTUBE_HOSTS, youtubeStandIn } from "../youtube-stand-in";

/** Where the browser reports Content Security Policy violations to the stand-in server. */
const CSP_REPORTS = "/__csp-report";

/**
 * The network a browser driven over WebDriver sees, since WebDriver cannot intercept requests
 * the way Playwright's routes do for the Chromium suite. One server per test worker:
 *
 * - Asked directly, it is the site: each request goes on to the server of the build (`astro
 *   preview`) and comes back with the headers the host adds from `_headers`. The header policy
 *   gets a `report-uri` to this server, and the page's own `<meta>` policy is repeated as a
 *   report-only header with the same `report-uri`: violations of either are reported and
 *   recorded, whatever the engine, and nothing is allowed or blocked that would not be.
 * - Asked as a proxy (the browser is told to use it), it is everyone else: YouTube's hosts are
 *   answered over HTTPS by the stand-ins the Chromium suite uses, with a certificate made for
 *   them when the server starts (the browser is told to accept it); any other host is refused.
 *   Every such request is recorded.
 */
export class StandInServer {
  /** Every request the page made to another origin, as `https://host/path` (or the CONNECT target refused). */
  readonly foreignRequests: string[] = [];
  /** Content Security Policy violations the browser reported, one line each. */
  readonly cspViolations: string[] = [];
  /** Problems (violations, console errors) the running test expects, which do not fail it. */
  readonly expected: RegExp[] = [];

  /** Marks problems matching `pattern` as what the test expects. */
  expect(pattern: RegExp): void {
    this.expected.push(pattern);
  }

  private constructor(
    private readonly server: Server,
    private readonly certDir: string,
  ) {}

  /** The site's address as this server serves it. */
  get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The proxy address to give the browser (the same server). */
  get proxy(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Forgets what earlier tests recorded. */
  reset(): void {
    this.foreignRequests.length = 0;
    this.cspViolations.length = 0;
    this.expected.length = 0;
  }

  static async start(options: { port: number; site: string; headers: HeadersRule[] }): Promise<StandInServer> {
    const certDir = mkdtempSync(join(tmpdir(), "youtube-stand-in-"));
    const [key, cert] = [join(certDir, "key.pem"), join(certDir, "cert.pem")];
    // A throwaway certificate for YouTube's hosts, valid for the run only.
    try {
      execFileSync(
        "openssl",
        [
          ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", key, "-out", cert],
          ...[
            "-subj",
            "/CN=YouTube stand-in",
            "-addext",
            `subjectAltName=${YOUTUBE_HOSTS.map((host) => `DNS:${host}`).join(",")}`,
          ],
        ],
        { stdio: "pipe" },
      );
    } catch (error) {
      throw new Error(
        `The YouTube stand-in needs \`openssl\` to make its certificate (apt-get install openssl): ${String(error)}`,
        { cause: error },
      );
    }
    const youtube = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) });
    const server = createServer();
    const standIn = new StandInServer(server, certDir);

    youtube.on("request", (request: IncomingMessage, response: ServerResponse) => {
      const url = new URL(request.url ?? "/", `https://${request.headers.host ?? "unknown"}`);
      standIn.foreignRequests.push(url.href);
      const { contentType, body } = youtubeStandIn(url);
      response.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
    });

    server.on("connect", (request: IncomingMessage, socket: Socket) => {
      const host = (request.url ?? "").replace(/:443$/, "");
      socket.on("error", () => undefined); // the browser may drop a connection it no longer needs
      if (!YOUTUBE_HOSTS.includes(host)) {
        standIn.foreignRequests.push(`https://${host}/`);
        socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
        return;
      }
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n", () => youtube.emit("connection", socket));
    });

    server.on("request", (request: IncomingMessage, response: ServerResponse) => {
      const target = request.url ?? "/";
      // A proxy request names its host: anyone but this server is another site, never reached.
      if (/^[a-z]+:\/\//i.test(target) && !target.startsWith(standIn.origin)) {
        standIn.foreignRequests.push(target);
        response.writeHead(403).end();
        return;
      }
      const path = target.replace(standIn.origin, "");
      if (path === CSP_REPORTS) {
        standIn.recordReport(request);
        response.writeHead(204).end();
        return;
      }
      standIn.serveSite(options.site, options.headers, path, request, response);
    });

    await new Promise<void>((resolve, reject) => {
      server.once("error", (error: NodeJS.ErrnoException) => {
        reject(
          error.code === "EADDRINUSE"
            ? new Error(`Port ${options.port}, for the stand-in server, is taken: set PORT to a free range`)
            : error,
        );
      });
      server.listen(options.port, "127.0.0.1", resolve);
    });
    return standIn;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
    rmSync(this.certDir, { recursive: true, force: true });
  }

  private recordReport(request: IncomingMessage): void {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => {
      try {
        const report = (JSON.parse(text) as { "csp-report"?: Record<string, string> })["csp-report"] ?? {};
        const directive = report["effective-directive"] ?? report["violated-directive"] ?? "?";
        const mode = report["disposition"] === "report" ? " (page's <meta> policy)" : "";
        this.cspViolations.push(`CSP${mode}: ${directive} blocked ${report["blocked-uri"] ?? "inline"}`);
      } catch {
        this.cspViolations.push(`CSP: unreadable report ${text}`);
      }
    });
  }

  /** Passes a request on to the build's server and its answer back, with the host's headers. */
  private serveSite(site: string, rules: HeadersRule[], path: string, request: IncomingMessage, response: ServerResponse) {
    const upstream = httpRequest(
      new URL(path, site),
      // Uncompressed, so the page's own policy can be read from it.
      { method: request.method, headers: { ...request.headers, host: new URL(site).host, "accept-encoding": "identity" } },
      (answer) => {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) headers[name] = value;
        if (typeof headers["location"] === "string") headers["location"] = headers["location"].replace(site, this.origin);
        const added = headersFor(rules, new URL(path, site).pathname);
        for (const [name, value] of added) headers[name] = value;
        const policy = added.get("content-security-policy");
        if (policy) headers["content-security-policy"] = `${policy}; report-uri ${CSP_REPORTS}`;
        const isHtml = String(answer.headers["content-type"]).startsWith("text/html");
        if (!isHtml) {
          response.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(response);
          return;
        }
        // The page's own policy, reported on as well (report-only: it changes nothing).
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const body = Buffer.concat(chunks);
          const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(body.toString("utf8"));
          if (meta?.[1]) {
            headers["content-security-policy-report-only"] = `${meta[1].replaceAll("&#39;", "'")}; report-uri ${CSP_REPORTS}`;
          }
          delete headers["content-length"];
          response.writeHead(answer.statusCode ?? 502, headers).end(body);
        });
      },
    );
    upstream.on("error", (error) => response.writeHead(502).end(`The site's server at ${site} did not answer: ${error.message}`));
    request.pipe(upstream);
  }
}
