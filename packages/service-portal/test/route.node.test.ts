import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatRoute, parseRoute, sameRoute } from '../src/internal/route.js';
import type { Route } from '../src/internal/route.js';

describe('portal routes', () => {
  const routes: [string, Route][] = [
    ['#/', { view: 'search' }],
    ['#/nop-ho-so/1.001193', { view: 'apply', procedureCode: '1.001193' }],
    ['#/thanh-toan/000.00.01.H29-260310-0420', { view: 'pay', dossierCode: '000.00.01.H29-260310-0420' }],
    ['#/tra-cuu/000.00.01.H29-260310-0420', { view: 'track', dossierCode: '000.00.01.H29-260310-0420' }],
    ['#/tra-cuu', { view: 'track' }],
  ];
  for (const [hash, route] of routes) {
    it(`${hash} ⇄ ${route.view}`, () => {
      assert.deepEqual(parseRoute(hash), route);
      assert.equal(formatRoute(route), hash);
    });
  }

  it('treats an empty or foreign hash as the search view', () => {
    for (const hash of ['', '#', '#noi-dung', '#/khong-co/1', '#/nop-ho-so/']) assert.deepEqual(parseRoute(hash), { view: 'search' });
  });

  it('sends a payment without a dossier code to the lookup', () => {
    assert.deepEqual(parseRoute('#/thanh-toan'), { view: 'track' });
  });

  it('escapes codes both ways and survives malformed escapes', () => {
    const route: Route = { view: 'apply', procedureCode: 'a b/c#d' };
    assert.equal(formatRoute(route), '#/nop-ho-so/a%20b%2Fc%23d');
    assert.deepEqual(parseRoute(formatRoute(route)), route);
    assert.deepEqual(parseRoute('#/tra-cuu/%E0%A4%A'), { view: 'track' });
  });

  it('compares routes by what they show', () => {
    assert.ok(sameRoute({ view: 'track', dossierCode: 'X' }, parseRoute('#/tra-cuu/X')));
    assert.ok(!sameRoute({ view: 'track', dossierCode: 'X' }, { view: 'pay', dossierCode: 'X' }));
  });
});
