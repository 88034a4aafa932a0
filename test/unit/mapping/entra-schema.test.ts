import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_JSON_CHARS, type MappingFinding } from '../../../shared/ipc/contract';
import { analyzeEntraSchema, jsonErrorOffset, type AttributeMappingSource } from '../../../shared/mapping/entra-schema';
import { ACTIVE_FROM_SOFT_DELETE, WEBEX_RECOMMENDED_MAPPINGS } from '../../../shared/mapping/webex-recommended-mappings';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/entra-schema/${name}`, import.meta.url), 'utf8');

// ---- Small builders in the Graph shape, for cases the fixtures do not cover.
const attribute = (name: string): AttributeMappingSource => ({ expression: `[${name}]`, name, parameters: [], type: 'Attribute' });
const expression = (text: string): AttributeMappingSource => ({ expression: text, name: text.split('(')[0] ?? '', parameters: [], type: 'Function' });
const map = (targetAttributeName: string, source: AttributeMappingSource | null, extra: Record<string, unknown> = {}) => ({
  targetAttributeName,
  source,
  flowType: 'Always',
  matchingPriority: 0,
  ...extra,
});
const objectMapping = (sourceObjectName: string, attributeMappings: unknown[], extra: Record<string, unknown> = {}) => ({
  name: `Synchronize Azure Active Directory ${sourceObjectName}s to customappsso`,
  enabled: true,
  sourceObjectName,
  targetObjectName: sourceObjectName === 'User' ? 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User' : 'urn:ietf:params:scim:schemas:core:2.0:Group',
  attributeMappings,
  ...extra,
});
const schemaJson = (...objectMappings: unknown[]) =>
  JSON.stringify({
    directories: [],
    synchronizationRules: [{ name: 'USER_TO_USER', sourceDirectoryName: 'Azure Active Directory', targetDirectoryName: 'customappsso', objectMappings }],
  });

function findings(json: string): MappingFinding[] {
  const result = analyzeEntraSchema(json);
  if (!result.ok) throw new Error(`expected findings, got ${result.code}: ${result.message}`);
  return result.findings;
}
const finding = (json: string, target: string) => findings(json).find((f) => f.target === target);
const statuses = (json: string) => Object.fromEntries(findings(json).map((f) => [f.target, f.actualSource ? `${f.status}: ${f.actualSource}` : f.status]));

describe('analyzeEntraSchema on the fixtures', () => {
  it('finds every default as recommended and every optional missing in the schema Entra ships', () => {
    const result = analyzeEntraSchema(fixture('webex-default.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.objectMappingName).toBe('Synchronize Azure Active Directory Users to customappsso');
    expect(result.findings).toEqual(
      WEBEX_RECOMMENDED_MAPPINGS.map((m) => ({ target: m.target, recommendedSource: m.source, kind: m.kind, status: m.kind === 'default' ? 'ok' : 'missing' })),
    );
  });

  it('reports the customised schema row by row', () => {
    expect(statuses(fixture('webex-custom-upn-to-mail.json'))).toEqual({
      userName: 'different-source: mail',
      active: 'ok',
      displayName: 'ok',
      'name.familyName': 'ok',
      'name.givenName': 'ok',
      externalId: 'missing',
      title: 'ok',
      'addresses[type eq "work"].country': 'ok',
      'addresses[type eq "work"].locality': 'different-source: physicalDeliveryOfficeName',
      'addresses[type eq "work"].streetAddress': 'missing',
      'addresses[type eq "work"].region': 'missing',
      'addresses[type eq "work"].postalCode': 'missing',
      'phoneNumbers[type eq "work"].value': 'ok',
      'phoneNumbers[type eq "mobile"].value': 'ok',
      'phoneNumbers[type eq "fax"].value': 'missing',
    });
  });

  it('refuses a schema that maps only groups', () => {
    const result = analyzeEntraSchema(fixture('groups-only.json'));
    expect(result).toMatchObject({ ok: false, code: 'no-user-mapping' });
    if (!result.ok) expect(result.message).toContain('It maps only: Group.');
  });

  it('refuses a service principal object and says what it is instead', () => {
    const result = analyzeEntraSchema(fixture('not-a-schema.json'));
    expect(result).toMatchObject({ ok: false, code: 'not-synchronization-schema' });
    if (!result.ok) expect(result.message).toMatch(/service principal.*Review your schema/);
  });
});

describe('analyzeEntraSchema findings', () => {
  it('compares target names and sources case-insensitively and ignores whitespace', () => {
    const json = schemaJson(
      objectMapping('User', [
        map('UserName', { expression: '[ UserPrincipalName ]', name: 'UserPrincipalName', type: 'Attribute' }),
        map('ADDRESSES[TYPE EQ "WORK"] .Country', attribute('usagelocation')),
        map('phoneNumbers[type  eq "fax"].value', attribute('facsimileTelephoneNumber')),
      ]),
    );
    expect(finding(json, 'userName')?.status).toBe('ok');
    expect(finding(json, 'addresses[type eq "work"].country')?.status).toBe('ok');
    expect(finding(json, 'phoneNumbers[type eq "fax"].value')?.status).toBe('ok');
    // Different filter value is a different target, not a respelling.
    expect(finding(json, 'phoneNumbers[type eq "work"].value')?.status).toBe('missing');
  });

  it('reads a source that has no expression, only name and type', () => {
    const json = schemaJson(objectMapping('User', [map('name.familyName', { name: 'surname', type: 'Attribute' }), map('externalId', { name: 'objectId' })]));
    expect(finding(json, 'name.familyName')?.status).toBe('ok');
    expect(finding(json, 'externalId')?.status).toBe('ok');
  });

  it('accepts active as a Switch or Not on IsSoftDeleted, however it is spaced or built', () => {
    const accepted: AttributeMappingSource[] = [
      expression(ACTIVE_FROM_SOFT_DELETE),
      expression('Switch([IsSoftDeleted],,"False","True","True","False")'),
      expression('switch( [isSoftDeleted] , "" , "False" , "True" )'),
      expression('Not([IsSoftDeleted])'),
      {
        name: 'Switch',
        type: 'Function',
        parameters: [
          { key: 'source', value: { name: 'IsSoftDeleted', type: 'Attribute' } },
          { key: 'defaultValue', value: { name: '', type: 'Constant' } },
          { key: 'key', value: { name: 'False', type: 'Constant' } },
          { key: 'value', value: { name: 'True', type: 'Constant' } },
        ],
      },
    ];
    for (const source of accepted) expect(finding(schemaJson(objectMapping('User', [map('active', source)])), 'active')?.status).toBe('ok');
  });

  it('flags active sources that do not follow soft deletion, quoting what Entra has', () => {
    const cases: Array<[AttributeMappingSource | null, string, Record<string, unknown>?]> = [
      [expression('Switch([IsSoftDeleted], , "False", "False", "True", "True")'), 'Switch([IsSoftDeleted], , "False", "False", "True", "True")'],
      [expression('Switch([accountEnabled], , "True", "True", "False", "False")'), 'Switch([accountEnabled], , "True", "True", "False", "False")'],
      [{ expression: '"True"', name: 'True', type: 'Constant' }, '"True"'],
      [null, '(none; default value "True")', { defaultValue: 'True' }],
      [null, '(none)'],
    ];
    for (const [source, actual, extra] of cases) {
      expect(finding(schemaJson(objectMapping('User', [map('active', source, extra)])), 'active')).toMatchObject({
        status: 'different-source',
        actualSource: actual,
        recommendedSource: ACTIVE_FROM_SOFT_DELETE,
      });
    }
  });

  it('reports a target fed from another attribute or an expression as different-source', () => {
    const json = schemaJson(
      objectMapping('User', [map('displayName', expression('Join(" ", [givenName], [surname])')), map('title', attribute('department'))]),
    );
    expect(finding(json, 'displayName')).toEqual({
      target: 'displayName',
      recommendedSource: 'displayName',
      kind: 'default',
      status: 'different-source',
      actualSource: 'Join(" ", [givenName], [surname])',
    });
    expect(finding(json, 'title')).toMatchObject({ kind: 'optional', status: 'different-source', actualSource: 'department' });
  });

  it('reports every recommended target absent from the mapping as missing', () => {
    const all = findings(schemaJson(objectMapping('User', [])));
    expect(all).toHaveLength(WEBEX_RECOMMENDED_MAPPINGS.length);
    expect(new Set(all.map((f) => f.status))).toEqual(new Set(['missing']));
    expect(all.every((f) => f.actualSource === undefined)).toBe(true);
  });

  it('reads the enabled user mapping, not a disabled one nor the group mapping', () => {
    const json = schemaJson(
      objectMapping('Group', [map('displayName', attribute('mailNickname'))]),
      objectMapping('User', [map('displayName', attribute('mail'))], { enabled: false, name: 'Old user mapping' }),
      objectMapping('User', [map('displayName', attribute('displayName'))], { name: 'Provision users' }),
    );
    const result = analyzeEntraSchema(json);
    expect(result).toMatchObject({ ok: true, objectMappingName: 'Provision users' });
    expect(finding(json, 'displayName')?.status).toBe('ok');
  });
});

describe('analyzeEntraSchema refusals', () => {
  it('too-large: refuses text over the contract limit before parsing it', () => {
    const result = analyzeEntraSchema(' '.repeat(MAX_SCHEMA_JSON_CHARS + 1));
    expect(result).toMatchObject({ ok: false, code: 'too-large', params: { max: MAX_SCHEMA_JSON_CHARS } });
  });

  it('not-json: gives line, column and character of the problem', () => {
    expect(analyzeEntraSchema('{\n  "synchronizationRules": [],\n}')).toEqual({
      ok: false,
      code: 'not-json',
      message: 'The text is not valid JSON: the problem is at line 3, column 1 (character 33).',
      params: { position: 32, line: 3, column: 1 },
    });
  });

  it('not-json: says when the text stops early (a partial copy) and when it is empty', () => {
    const truncated = fixture('webex-default.json').slice(0, 500);
    const cut = analyzeEntraSchema(truncated);
    expect(cut).toMatchObject({ ok: false, code: 'not-json', params: { position: 500 } });
    if (!cut.ok) expect(cut.message).toMatch(/ends too early/);
    expect(analyzeEntraSchema('  \n')).toMatchObject({ ok: false, code: 'not-json', message: 'The text is empty. Paste the schema JSON.' });
  });

  it('accepts a byte-order mark in front of the JSON', () => {
    expect(analyzeEntraSchema(`\uFEFF${fixture('webex-default.json')}`).ok).toBe(true);
  });

  it.each([
    ['[]', /is a list/],
    ['"schema"', /single string value/],
    ['null', /single null value/],
    ['{}', /no synchronizationRules list/],
    ['{"synchronizationRules": {}}', /synchronizationRules is not a list/],
    [JSON.stringify(objectMapping('User', [])), /only part of a schema/],
  ])('not-synchronization-schema: %s', (json, reason) => {
    const result = analyzeEntraSchema(json);
    expect(result).toMatchObject({ ok: false, code: 'not-synchronization-schema' });
    if (!result.ok) expect(result.message).toMatch(reason);
  });

  it('not-synchronization-schema: names the path of a malformed object mapping', () => {
    const result = analyzeEntraSchema(
      JSON.stringify({ synchronizationRules: [{ objectMappings: [objectMapping('User', []), { name: 'broken', attributeMappings: [] }] }] }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'not-synchronization-schema',
      params: { path: 'synchronizationRules[0].objectMappings[1].sourceObjectName' },
    });
  });

  it('no-user-mapping: when there are no object mappings at all', () => {
    const result = analyzeEntraSchema(schemaJson());
    expect(result).toMatchObject({ ok: false, code: 'no-user-mapping' });
    if (!result.ok) expect(result.message).toContain('no object mappings at all');
  });

  it('user-mapping-disabled: the only user mapping is switched off', () => {
    const result = analyzeEntraSchema(schemaJson(objectMapping('User', [], { enabled: false, name: 'Provision users' })));
    expect(result).toMatchObject({ ok: false, code: 'user-mapping-disabled', params: { objectMapping: 'Provision users' } });
  });

  it('bad-attribute-mapping: names the index path of the offending element', () => {
    const missingTarget = analyzeEntraSchema(
      schemaJson(
        objectMapping('Group', []),
        objectMapping('User', [map('userName', attribute('userPrincipalName')), map('active', null), { source: attribute('mail') }]),
      ),
    );
    expect(missingTarget).toMatchObject({
      ok: false,
      code: 'bad-attribute-mapping',
      params: { path: 'synchronizationRules[0].objectMappings[1].attributeMappings[2]' },
    });
    if (!missingTarget.ok) expect(missingTarget.message).toContain('.attributeMappings[2].targetAttributeName: Invalid input: expected string');

    const deepSource = analyzeEntraSchema(
      schemaJson(
        objectMapping('User', [
          map('active', {
            name: 'Switch',
            type: 'Function',
            parameters: [{ key: 'source', value: { name: 42 as unknown as string /* deliberately not a string */ } }],
          }),
        ]),
      ),
    );
    expect(deepSource).toMatchObject({
      ok: false,
      code: 'bad-attribute-mapping',
      params: { path: 'synchronizationRules[0].objectMappings[0].attributeMappings[0]' },
    });
  });
});

describe('jsonErrorOffset', () => {
  it('agrees with V8 wherever V8 states a position, and finds one where it does not', () => {
    const samples = ['{"a":1,}', '[1,2', '{"a" 1}', '"abc', '{"a":"\\x"}', '[1 2]', '{"a":01}', '{"a":1}}', '[tru]', '{"a":"line\nbreak"}'];
    for (const text of samples) {
      let v8Position: number | undefined;
      try {
        JSON.parse(text);
      } catch (error) {
        const match = /at position (\d+)/.exec((error as Error).message);
        v8Position = match ? Number(match[1]) : undefined;
      }
      const ours = jsonErrorOffset(text);
      expect(ours, text).not.toBeNull();
      if (v8Position !== undefined) expect(ours, text).toBe(v8Position);
    }
  });

  it('returns null for valid JSON', () => {
    for (const text of ['{}', '[]', ' 1 ', '{"a":[true,false,null,-1.5e3,"\\u00e9\\n"]}', fixture('webex-default.json')])
      expect(jsonErrorOffset(text)).toBeNull();
  });
});
