import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEndpointsFile } from '../../../electron/services/endpoints-file';
import { PRODUCTION_CXONE_ENDPOINTS } from '../../../shared/endpoints/cxone-endpoints';
import { endpointFactsByIntegration } from '../../../shared/endpoints/endpoint-facts';
import { plainValue } from '../../../shared/engine/value-source';
import { CXONE_FIELDS, cxoneIntegration as cxone } from '../../../shared/integrations/cxone';
import type { ValueRow } from '../../../shared/integrations/types';

/**
 * Issue 8, "Test endpoints": the endpoints file's `cxone` block may replace the OAuth endpoints the
 * IdP is given. The IdP settings card shows them through shared code only (main loads the file,
 * endpointFactsByIntegration turns it into the facts sent to the page, plainValue reads a row), so
 * this follows an override from a file on disk to the rows of each card that shows them.
 */

const TOKEN_OVERRIDE = 'http://127.0.0.1:5999/test-idp/auth/token';
const AUTHORIZE_OVERRIDE = 'https://idp.test.example/auth/authorize?scope=openid&test=1';

/** The card rows of `cardId` on the idp-settings step, by row id. */
function cardRows(cardId: string): Map<string, ValueRow> {
  const step = cxone.steps.find((s) => s.id === 'idp-settings')!;
  const panel = step.panels?.find((p) => p.kind === 'values' && p.id === cardId);
  if (!panel || panel.kind !== 'values') throw new Error(`no values card ${cardId}`);
  return new Map(panel.rows.map((row) => [row.id, row]));
}

/** Loads an endpoints file the way main does at start-up and returns the CXone facts the page receives. */
function factsFromFile(block: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'cxone-oauth-overrides-'));
  const file = join(dir, 'endpoints.json');
  writeFileSync(file, JSON.stringify({ cxone: block }));
  return endpointFactsByIntegration(loadEndpointsFile(file).data).cxone!;
}

/** What a card row shows for `environment`, region na1. */
function shown(cardId: string, rowId: string, environment: 'standard' | 'fedramp', facts: ReturnType<typeof factsFromFile>) {
  const row = cardRows(cardId).get(rowId);
  if (!row) throw new Error(`no row ${rowId} on card ${cardId}`);
  return plainValue(cxone, row.value, { [CXONE_FIELDS.idp]: cardId, [CXONE_FIELDS.environment]: environment, [CXONE_FIELDS.region]: 'na1' }, facts);
}

// Okta and "other" are the cards that name the OAuth endpoints; Entra's takes only a secret token.
const CARDS = ['okta', 'other'] as const;
const ENVIRONMENTS = ['standard', 'fedramp'] as const;

describe('the cxone endpoints block reaches the IdP settings card', () => {
  it('shows oauthTokenUrl and oauthAuthorizeUrl from the file on every card that has them, in both environments', () => {
    const facts = factsFromFile({ oauthTokenUrl: TOKEN_OVERRIDE, oauthAuthorizeUrl: AUTHORIZE_OVERRIDE });
    for (const card of CARDS) {
      for (const environment of ENVIRONMENTS) {
        // The file has one value per endpoint, so it stands for standard and FedRAMP alike.
        expect(shown(card, 'tokenEndpoint', environment, facts), `${card} ${environment}`).toBe(TOKEN_OVERRIDE);
        expect(shown(card, 'authorizeEndpoint', environment, facts), `${card} ${environment}`).toBe(AUTHORIZE_OVERRIDE);
      }
    }
  });

  it('replaces only what the file names: the other OAuth endpoint and the SCIM base stay production’s', () => {
    const facts = factsFromFile({ oauthTokenUrl: TOKEN_OVERRIDE });
    for (const card of CARDS) {
      for (const environment of ENVIRONMENTS) {
        expect(shown(card, 'tokenEndpoint', environment, facts)).toBe(TOKEN_OVERRIDE);
        expect(shown(card, 'authorizeEndpoint', environment, facts)).toBe(PRODUCTION_CXONE_ENDPOINTS.oauthAuthorizeUrl[environment]);
        expect(shown(card, 'baseUrl', environment, facts)).toBe('https://na1.nice-incontact.com/scim/v2');
      }
    }
  });

  it('without an override, the cards show production’s endpoints of the chosen environment (the control)', () => {
    const facts = factsFromFile({});
    for (const card of CARDS) {
      for (const environment of ENVIRONMENTS) {
        expect(shown(card, 'tokenEndpoint', environment, facts)).toBe(PRODUCTION_CXONE_ENDPOINTS.oauthTokenUrl[environment]);
        expect(shown(card, 'authorizeEndpoint', environment, facts)).toBe(PRODUCTION_CXONE_ENDPOINTS.oauthAuthorizeUrl[environment]);
      }
    }
  });

  it('refuses an http override that is not on loopback when the file is loaded, so it never reaches a card', () => {
    expect(() => factsFromFile({ oauthTokenUrl: 'http://idp.test.example/auth/token' })).toThrow(/oauthTokenUrl/);
  });
});
