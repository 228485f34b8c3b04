// What every interop check module uses: the report ("ok - name" / "not ok - name: reason" lines), which checks
// --ops enables, assertions, and starting flowlog-sandbox.
'use strict';

const { spawn } = require('child_process');
const readline = require('readline');

const STS_LIFETIME_S = 3;

let failures = 0;
let passes = 0;

// The report goes to the console as it was when this module was loaded: interop.js quiets the SDKs' logging after.
const print = console.log.bind(console);
const printError = console.error.bind(console);

function ok(name) {
  passes++;
  print(`ok - ${name}`);
}

function fail(name, why) {
  failures++;
  print(`not ok - ${name}: ${why}`);
}

// Which checks run: a service group (the name's first word), plus the "acs3", "create" and "validation" aspects,
// for every service ("acs3") or for one ("vpc-acs3", "er-create").
let enabled = new Set(['vpc', 'cen', 'ecr', 'er', 'sts', 'rd', 'iam', 'org', 'acs3', 'create', 'validation']);

// Makes --ops the enabled checks.
function enable(ops) {
  enabled = new Set(ops);
}

function enabledOps() {
  return [...enabled];
}

function results() {
  return { passes, failures };
}

function wanted(name) {
  const service = name.split(' ')[0];
  const aspect = (a) => enabled.has(a) || enabled.has(`${service}-${a}`);
  if (!enabled.has(service)) return false;
  if (/ACS3|openapi-client/.test(name) && !aspect('acs3')) return false;
  if (/create/i.test(name) && !aspect('create')) return false;
  if (/rejects an invalid/.test(name) && !aspect('validation')) return false;
  return true;
}

async function check(name, fn) {
  if (!wanted(name)) {
    print(`ok - ${name} # SKIP not enabled by --ops`);
    return;
  }
  try {
    await fn();
    ok(name);
  } catch (e) {
    fail(name, e && e.stack ? e.message : String(e));
  }
}

function expect(cond, what) {
  if (!cond) throw new Error(what);
}

// Resolves with the first thrown error's code, or throws when the call unexpectedly succeeded.
async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('the call succeeded but should have been rejected');
}

function errorCode(e) {
  return e.code || e.errorCode || (e.data && (e.data.Code || e.data.error_code)) || e.name;
}

// ---------------------------------------------------------------------------------------------------------------
// Starting the sandbox

function startSandbox(binary) {
  return new Promise((resolve, reject) => {
    // Two members per organisation, and credentials that live 3 s, so expiry is seen within the test.
    const args = ['--port', '0', '--print-profiles', '--seed', '7', '--flowlogs', '12', '--org-members', '2',
      '--sts-max-duration-s', String(STS_LIFETIME_S)];
    const child = spawn(binary, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: child.stdout });
    const profiles = [];
    let base = null;
    const timer = setTimeout(() => reject(new Error('sandbox did not print its profiles in 20 s')), 20000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      if (!base) {
        clearTimeout(timer);
        reject(new Error(`sandbox exited with ${code}`));
      }
    });
    lines.on('line', (line) => {
      if (!base) {
        const m = /^listening (http:\/\/127\.0\.0\.1:\d+)$/.exec(line.trim());
        if (!m) return reject(new Error(`unexpected first line: ${line}`));
        base = m[1];
        return;
      }
      if (line.trim() === 'ready') {
        // Every profile is out.
        clearTimeout(timer);
        resolve({ child, base, profiles });
        return;
      }
      if (line.trim().startsWith('{')) profiles.push(JSON.parse(line));
    });
  });
}

const stamp = Date.now().toString(36);

module.exports = {
  STS_LIFETIME_S,
  print,
  printError,
  enable,
  enabledOps,
  results,
  check,
  expect,
  rejection,
  errorCode,
  startSandbox,
  stamp,
};
