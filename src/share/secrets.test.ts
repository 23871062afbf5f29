import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSecrets } from './secrets';

const where = (config: string) =>
  findSecrets(config).map(({ line, column, description }) => `${line}:${column} ${description}`);

describe('findSecrets', () => {
  it('finds only the database password in the workshop configuration', () => {
    const workshop = readFileSync('test/fixtures/workshop/workshop.alloy', 'utf8');
    const line = workshop.split('\n').findIndex((text) => text.includes('postgres:mythical@')) + 1;
    expect(where(workshop)).toEqual([`${line}:24 a URL with a password`]);
  });

  it('reports literal values of credential attributes, with their place', () => {
    const config = [
      'prometheus.remote_write "cloud" {',
      '\tendpoint {',
      '\t\turl = "https://prometheus.example.net/api/prom/push"',
      '\t\tbasic_auth {',
      '\t\t\tusername = "123456"',
      '\t\t\tpassword = "s3cr3t-value"',
      '\t\t}',
      '\t\tbearer_token = `raw-token-value`',
      '\t}',
      '}',
    ].join('\n');
    expect(where(config)).toEqual(['6:15 a value of `password`', '8:18 a value of `bearer_token`']);
  });

  it('reports credential keys of maps, such as headers', () => {
    expect(where('headers = { "X-Api-Key" = "abcdef", "X-Scope-OrgID" = "tenant" }')).toEqual([
      '1:27 a value of `X-Api-Key`',
    ]);
    expect(where('headers = {"Authorization" = "Bearer abcdefgh12345"}')).toEqual([
      '1:30 a value of `Authorization`',
    ]);
  });

  it('leaves values read from elsewhere, empty values and file paths alone', () => {
    const config = [
      'password = sys.env("PASSWORD")',
      'api_key = local.file.key.content',
      'token = ""',
      'password_file = "/run/secrets/password"',
      'bearer_token_file = "/run/secrets/token"',
      'target_label = "token"',
    ].join('\n');
    expect(findSecrets(config)).toEqual([]);
  });

  it('recognises well-known token formats anywhere, comments included', () => {
    const config = [
      '// glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrIn0=',
      'x = "ghp_abcdefghijklmnopqrstuvwxyz0123"',
      'y = "xoxb-1234567890-abcdefghij"',
      'z = "AKIAIOSFODNN7EXAMPLE"',
      'j = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"',
      'k = "-----BEGIN RSA PRIVATE KEY-----"',
      'l = "glsa_abcdefghijklmnopqrstuvwxyz_01234567"',
    ].join('\n');
    expect(where(config)).toEqual([
      '1:4 a Grafana Cloud token (`glc_…`)',
      '2:6 a GitHub token',
      '3:6 a Slack token',
      '4:6 an AWS access key id',
      '5:6 a JSON Web Token',
      '6:6 a private key',
      '7:6 a Grafana service account token (`glsa_…`)',
    ]);
  });

  it('finds URLs with a password, and authorization values in any attribute', () => {
    const config = [
      'data_source_name = "postgresql://alloy:hunter2@db:5432/app"',
      'url = "http://grafana.example.net/api"',
      'url = "mysql://reader@db:3306/"',
      'value = "Basic dXNlcjpwYXNzd29yZA=="',
    ].join('\n');
    expect(where(config)).toEqual(['1:21 a URL with a password', '4:10 basic authentication credentials']);
  });

  it('reports a value once, even when it also matches a token format', () => {
    expect(where('password = "glc_abcdefghijklmnopqrstuvwxyz"')).toEqual(['1:12 a value of `password`']);
  });

  it('searches text with syntax errors too', () => {
    expect(where('loki.write "x" {\n\tendpoint {\n\t\tpassword = "p4ss"\n')).toEqual([
      '3:14 a value of `password`',
    ]);
  });
});
