/** Keystone v3 authentication: builds the POST /v3/auth/tokens body and reads the answer. */
import { OscError } from "../errors.ts";
import type { ResolvedCloud } from "../config/types.ts";
import type { HttpClient } from "../http/client.ts";
import type { CatalogService } from "./catalog.ts";

export interface AuthResult {
  token: string;
  expiresAt: string;
  catalog: CatalogService[];
  userId?: string;
  /** The user's name (keystoneauth's auth_ref.username: server ssh's default login). */
  userName?: string;
  projectId?: string;
  domainId?: string;
  system?: boolean;
}

type Json = Record<string, unknown>;

function domainRef(id?: string, name?: string): Json | undefined {
  if (id) return { id };
  if (name) return { name };
  return undefined;
}

function userRef(a: Record<string, string>): Json {
  if (a.user_id) return { id: a.user_id };
  const domain = domainRef(
    a.user_domain_id ?? a.default_domain_id,
    a.user_domain_name ?? a.default_domain_name,
  );
  return domain ? { name: a.username, domain } : { name: a.username };
}

export function scopeFor(a: Record<string, string>): Json | undefined {
  if (a.system_scope) return { system: { [a.system_scope]: true } };
  if (a.project_id) return { project: { id: a.project_id } };
  if (a.project_name) {
    const domain = domainRef(
      a.project_domain_id ?? a.default_domain_id,
      a.project_domain_name ?? a.default_domain_name,
    );
    return { project: domain ? { name: a.project_name, domain } : { name: a.project_name } };
  }
  const domain = domainRef(a.domain_id, a.domain_name);
  if (domain) return { domain };
  if (a.trust_id) return { "OS-TRUST:trust": { id: a.trust_id } };
  return undefined;
}

export function authBody(cloud: ResolvedCloud): Json {
  const a = cloud.auth;
  const type = cloud.authType.replace(/^v3/, "");
  let identity: Json;
  let scoped = true;
  switch (type) {
    case "password":
      identity = {
        methods: ["password"],
        password: { user: { ...userRef(a), password: a.password } },
      };
      break;
    case "token":
      identity = { methods: ["token"], token: { id: a.token } };
      break;
    case "applicationcredential": {
      const cred: Json = a.application_credential_id
        ? { id: a.application_credential_id, secret: a.application_credential_secret }
        : {
          name: a.application_credential_name,
          secret: a.application_credential_secret,
          user: userRef(a),
        };
      identity = { methods: ["application_credential"], application_credential: cred };
      scoped = false; // an application credential carries its own scope
      break;
    }
    default:
      throw new OscError(`Auth type ${cloud.authType} is not supported by this client`);
  }
  const scope = scoped ? scopeFor(a) : undefined;
  return { auth: scope ? { identity, scope } : { identity } };
}

/** The /v3 URL for an auth_url that may or may not name the version. */
export async function identityV3Url(authUrl: string, http: HttpClient): Promise<string> {
  const trimmed = authUrl.replace(/\/+$/, "");
  if (/\/v3$/.test(trimmed)) return trimmed;
  const res = await http.request(trimmed + "/", { ok: (s) => s === 200 || s === 300 });
  const body = res.body as { versions?: { values?: Json[] }; version?: Json } | undefined;
  const versions = body?.versions?.values ?? (body?.version ? [body.version] : []);
  for (const v of versions) {
    if (typeof v.id === "string" && v.id.startsWith("v3")) {
      const links = (v.links as { rel: string; href: string }[] | undefined) ?? [];
      const self = links.find((l) => l.rel === "self")?.href;
      if (self) return self.replace(/\/+$/, "");
    }
  }
  throw new OscError(`Could not find a Keystone v3 endpoint at ${trimmed}`);
}

export async function authenticate(cloud: ResolvedCloud, http: HttpClient): Promise<AuthResult> {
  const base = await identityV3Url(cloud.auth.auth_url, http);
  const res = await http.request(`${base}/auth/tokens`, {
    method: "POST",
    json: authBody(cloud),
    ok: (s) => s === 201 || s === 200,
  });
  const token = res.headers.get("x-subject-token");
  const body = res.body as { token?: Json } | undefined;
  if (!token || !body?.token) throw new OscError("Keystone returned no token");
  const t = body.token;
  return {
    token,
    expiresAt: String(t.expires_at ?? ""),
    catalog: (t.catalog as CatalogService[] | undefined) ?? [],
    userId: (t.user as Json | undefined)?.id as string | undefined,
    userName: (t.user as Json | undefined)?.name as string | undefined,
    projectId: (t.project as Json | undefined)?.id as string | undefined,
    domainId: (t.domain as Json | undefined)?.id as string | undefined,
    system: t.system !== undefined,
  };
}
