/**
 * Finds what looks like a secret in a configuration before it leaves the
 * browser in a share link: string values of attributes named like
 * credentials (`password`, `bearer_token`, `api_key`, …), well-known token
 * formats (Grafana Cloud `glc_`, GitHub, Slack, AWS, JWTs, private keys),
 * `Bearer`/`Basic` authorization values and URLs with a password
 * (`postgresql://user:pass@host`).
 *
 * Plain text search, so that a config with syntax errors is searched too,
 * comments included: a token pasted into a comment leaks all the same.
 * Values read from elsewhere (`sys.env("…")`, `local.file`) are not literals
 * and are never reported. A finding says what and where, never the secret.
 */
import { LineIndex } from '../syntax';

export type SecretFinding = {
  /** 1-based line and column of the value. */
  line: number;
  column: number;
  /** What it looks like, for a list: "a value of `password`", "a Grafana Cloud token". */
  description: string;
};

/** Attribute or map key names whose literal values are credentials. `*_file` names hold paths, not secrets. */
const SECRET_NAME =
  /^(?:.*[_-])?(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret|credentials?|auth[_-]?token|authorization)$/i;

/** `name = "value"` or `"name" = "value"` (also with backquoted raw strings and `:` in objects). */
const ASSIGNMENT =
  /(?:^|[\s{,(])(?:"([^"\n]+)"|([A-Za-z_][A-Za-z0-9_-]*))\s*[=:]\s*("(?:[^"\\\n]|\\.)*"|`[^`]*`)/g;

const PATTERNS: readonly { description: string; pattern: RegExp }[] = [
  { description: 'a Grafana Cloud token (`glc_…`)', pattern: /\bglc_[A-Za-z0-9+/_=-]{16,}/g },
  { description: 'a Grafana service account token (`glsa_…`)', pattern: /\bglsa_[A-Za-z0-9_]{16,}/g },
  {
    description: 'a GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
  },
  { description: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { description: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  {
    description: 'a JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  },
  { description: 'a private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g },
  { description: 'a bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/g },
  { description: 'basic authentication credentials', pattern: /\bBasic\s+[A-Za-z0-9+/]{8,}={0,2}/g },
  {
    description: 'a URL with a password',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/"'`]+:[^\s@/"'`]+@/gi,
  },
];

/** Every suspicious value, in the order of the text; one finding per place. */
export function findSecrets(config: string): SecretFinding[] {
  const lines = new LineIndex(config);
  const found = new Map<number, SecretFinding>();
  const add = (offset: number, description: string) => {
    if (found.has(offset)) return;
    const { line, column } = lines.position(offset);
    found.set(offset, { line, column, description });
  };

  for (const match of config.matchAll(ASSIGNMENT)) {
    const name = match[1] ?? match[2] ?? '';
    const value = match[3] ?? '';
    // An empty value hides nothing; the quotes alone are two characters.
    if (!SECRET_NAME.test(name) || value.length <= 2) continue;
    add((match.index ?? 0) + match[0].length - value.length, `a value of \`${name}\``);
  }
  for (const { description, pattern } of PATTERNS) {
    for (const match of config.matchAll(pattern)) {
      const offset = match.index ?? 0;
      // A credential-named value already reported at the same place says enough.
      const value = [...found.keys()].some((start) => start <= offset && offset <= start + 1);
      if (!value) add(offset, description);
    }
  }
  return [...found.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
