// Runs @doyensec/electronegativity 1.10.3 once, offline, in its own process, and writes what it found as JSON.
// Started by electronegativity-scan.ts:  node electronegativity-child.mjs <input dir> <report.json> <electron version>
// A process of its own because the tool registers `__` on the global object and reads LANG, and because the
// network tripwire below must not touch the test runner.
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';

// The tool is CommonJS (babel output); its `got` is swapped through the same module cache it loads from.
const cjsRequire = createRequire(import.meta.url);

const [input, reportPath, electronVersion] = process.argv.slice(2);
if (!input || !reportPath || !electronVersion) {
  console.error('usage: electronegativity-child.mjs <input dir> <report.json> <electron version>');
  process.exit(2);
}

// No network, ever. The tool's two online calls both go through `got`: its translations
// (src/locales/i18n.js: got(`${i18nSource}/${LANG}.json`), on every run, with no option to turn it off)
// and the Electron release list (AvailableSecurityFixesGlobalCheck, excluded below). `got` is replaced by
// a stub that answers 404, so the tool keeps its bundled en-US texts; anything else that tries to open a
// socket or resolve a name is recorded and refused.
const networkAttempts = [];
const refuse = (what) => {
  networkAttempts.push(what);
  throw new Error(`electronegativity-child: network is not allowed (${what})`);
};
net.Socket.prototype.connect = function connect(...args) {
  return refuse(`connect ${JSON.stringify(args[0])}`);
};
dns.lookup = (host) => refuse(`dns ${host}`);

const stubbedRequests = [];
const offlineGot = (url) => {
  stubbedRequests.push(String(url));
  return Promise.resolve({ statusCode: 404, body: '', headers: {} });
};
offlineGot.head = offlineGot;
const toolRequire = createRequire(cjsRequire.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
const gotPath = toolRequire.resolve('got');
cjsRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot };

// i18n reads LANG as a locale name ("C.UTF-8" is none): the bundled en-US texts are what the report needs.
process.env.LANG = 'en-US';

const tool = cjsRequire('@doyensec/electronegativity');
const run = tool.default ?? tool;

run(
  {
    input,
    // Programmatic run: it returns parse errors too, which its CSV and SARIF files leave out.
    output: undefined,
    customScan: [],
    // The release-list check downloads Electron's release notes; the version is pinned in package-lock.json.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    // Defaults differ by version (contextIsolation, sandbox): judge the code against the Electron it ships with.
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
)
  .then((result) => {
    const report = {
      checks: { atomic: result.atomicChecks, global: result.globalChecks },
      issues: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file,
        line: issue.location?.line ?? 0,
        column: issue.location?.column ?? 0,
        sample: issue.sample ?? '',
        manualReview: Boolean(issue.manualReview),
      })),
      errors: result.errors,
      stubbedRequests,
      networkAttempts,
    };
    fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
  })
  .catch((error) => {
    console.error(`electronegativity failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
