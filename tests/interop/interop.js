#!/usr/bin/env node
// Drives flowlog-sandbox with the providers' OFFICIAL SDKs: if the SDKs sign, send and parse against the sandbox
// as they do against the real clouds, the sandbox speaks the real wire protocols.
//
//   node interop.js /path/to/flowlog-sandbox [--ops vpc,cen,ecr,er,acs3,create,validation,vpc-acs3,...]
//
// Starts the sandbox on a free port, reads its --print-profiles lines, then for each operation group:
//   vpc  VPC 2016-04-28 DescribeFlowLogs / CreateFlowLog / DescribeRegions   pop-core (RPC v1, GET and POST) +
//        openapi-client (ACS3)
//   cen  Cbn 2017-09-12 DescribeFlowlogs / CreateFlowlog   pop-core + openapi-client
//   ecr  ExpressConnectRouter 2023-09-01 DescribeFlowLogs / CreateFlowLog (NextToken paging)
//   er   Huawei ER v3 list / create (marker paging)        huaweicloud-sdk-core HcClient + SDK-HMAC-SHA256 signer
//        and for vpc, cen, ecr and er the flow-log lifecycle (activate, deactivate, modify, delete; ER update,
//        enable, disable, delete)
//   sts  STS 2015-04-01 AssumeRole into an organisation member, its temporary credentials (v1 and ACS3), expiry,
//        GetCallerIdentity
//   rd   Resource Directory 2020-03-31 ListAccounts (pop-core, ACS3 paging, refused without a directory)
//   iam  Huawei KeystoneListProjects, ListEnterpriseRouters, the agency token call, temporary keys, expiry
//   org  Huawei Organizations ListAccounts (limit/marker)
// plus, per SDK, a forged signature and a stale timestamp that must be rejected.
// Prints "ok - name" / "not ok - name: reason" lines and exits 1 when anything failed.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const http = require('http');

// Exit code ctest reads as "skipped" (SKIP_RETURN_CODE): the SDKs are installed by `npm ci` in this directory.
if (!fs.existsSync(path.join(__dirname, 'node_modules', '@alicloud', 'pop-core'))) {
  console.log(`SKIP: the official SDKs are not installed; run "npm ci" in ${__dirname} (scripts/bootstrap.sh test does)`);
  process.exit(77);
}

const RPCClient = require('@alicloud/pop-core').RPCClient;
const OpenApi = require('@alicloud/openapi-client');
const { ClientBuilder } = require('@huaweicloud/huaweicloud-sdk-core/ClientBuilder');
const { BasicCredentials, GlobalCredentials } = require('@huaweicloud/huaweicloud-sdk-core');

const VPC = '2016-04-28';
const STS = '2015-04-01';
const RD = '2020-03-31';
const STS_LIFETIME_S = 3;
const CBN = '2017-09-12';
const ECR = '2023-09-01';

let failures = 0;
let passes = 0;

// The SDKs log whole request objects on errors (the rejections this test provokes on purpose): keep the report
// readable unless INTEROP_VERBOSE is set.
const print = console.log.bind(console);
const printError = console.error.bind(console);
if (!process.env.INTEROP_VERBOSE) {
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = () => {};
  // The Huawei SDK logs through log4js, whose console appender kept the original console.
  require('@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger').Logger4jInstance.level = 'off';
}

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
        // The profiles follow at once; give them a moment to arrive in the same burst.
        setTimeout(() => {
          clearTimeout(timer);
          resolve({ child, base, profiles });
        }, 300);
        return;
      }
      if (line.trim().startsWith('{')) profiles.push(JSON.parse(line));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Alibaba clients

// The ids of an account's seeded networks (GET /__sandbox/resources): what the creates name, since the sandbox, like
// the services, refuses a resource the account does not have.
function seeded(base, account) {
  return new Promise((resolve, reject) => {
    const url = `${base.replace(/\/$/, '')}/__sandbox/resources?account=${encodeURIComponent(account)}`;
    http
      .get(url, (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => {
          try {
            resolve(JSON.parse(text));
          } catch (e) {
            reject(e);
          }
        });
      })
      .on('error', reject);
  });
}

function popClient(base, profile, version, secret) {
  return new RPCClient({
    accessKeyId: profile.accessKeyId,
    accessKeySecret: secret === undefined ? profile.secret : secret,
    securityToken: profile.securityToken,
    endpoint: base,
    apiVersion: version,
    opts: { timeout: 10000 },
  });
}

function acs3Client(base, profile, secret) {
  const url = new URL(base);
  const config = new OpenApi.Config({
    accessKeyId: profile.accessKeyId,
    accessKeySecret: secret === undefined ? profile.secret : secret,
    securityToken: profile.securityToken,
    endpoint: url.host,
    protocol: 'http',
    readTimeout: 10000,
    connectTimeout: 5000,
  });
  return new OpenApi.default(config);
}

// An RPC call signed with ACS3-HMAC-SHA256 the way the generated product SDKs make it.
async function acs3Call(client, action, version, query, { method = 'POST', headers = {}, form = null } = {}) {
  const params = new OpenApi.Params({
    action,
    version,
    protocol: 'HTTP',
    pathname: '/',
    method,
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
  const stringQuery = {};
  for (const [k, v] of Object.entries(query)) stringQuery[k] = String(v);
  const request = new OpenApi.OpenApiRequest({ query: stringQuery, headers, body: form || undefined });
  const runtime = { autoretry: false, maxAttempts: 1 };
  const response = await client.callApi(params, request, runtime);
  return response.body;
}

// The flow log array of a list answer, whichever documented shape it uses (VPC/CEN wrap it in an object).
function flowLogArray(body, outer, inner) {
  const v = body[outer];
  if (Array.isArray(v)) return v;
  if (v && Array.isArray(v[inner])) return v[inner];
  throw new Error(`no ${outer} array in ${JSON.stringify(body).slice(0, 200)}`);
}

const stamp = Date.now().toString(36);

// ---------------------------------------------------------------------------------------------------------------
// VPC

async function vpc(base, ali) {
  const region = ali.regions[0];
  const pop = popClient(base, ali, VPC);
  const acs3 = acs3Client(base, ali);
  let total = 0;

  await check('vpc DescribeFlowLogs pop-core GET pages with PageNumber/PageSize', async () => {
    const first = await pop.request('DescribeFlowLogs', { RegionId: region, PageSize: 5, PageNumber: 1 }, { method: 'GET' });
    const logs = flowLogArray(first, 'FlowLogs', 'FlowLog');
    total = Number(first.TotalCount);
    expect(typeof first.RequestId === 'string' && first.RequestId.length > 0, 'RequestId missing');
    expect(total >= 12, `TotalCount ${first.TotalCount}`);
    expect(logs.length === 5, `page 1 has ${logs.length} items`);
    expect(String(first.PageNumber) === '1' && String(first.PageSize) === '5', 'paging echo');
    for (const l of logs) expect(/^fl-/.test(l.FlowLogId) && l.RegionId === region, `bad item ${JSON.stringify(l)}`);
    const seen = new Set(logs.map((l) => l.FlowLogId));
    for (let page = 2; page <= Math.ceil(total / 5); page++) {
      const next = await pop.request('DescribeFlowLogs', { RegionId: region, PageSize: 5, PageNumber: page }, { method: 'GET' });
      for (const l of flowLogArray(next, 'FlowLogs', 'FlowLog')) seen.add(l.FlowLogId);
    }
    expect(seen.size === total, `paged ${seen.size} distinct of ${total}`);
  });

  await check('vpc DescribeFlowLogs pop-core POST form', async () => {
    const r = await pop.request('DescribeFlowLogs', { RegionId: region, PageSize: 50 }, { method: 'POST' });
    expect(flowLogArray(r, 'FlowLogs', 'FlowLog').length === Math.min(total, 50), 'page size 50');
  });

  await check('vpc DescribeFlowLogs openapi-client ACS3', async () => {
    const r = await acs3Call(acs3, 'DescribeFlowLogs', VPC, { RegionId: region, PageSize: 10 });
    expect(Number(r.TotalCount) === total, `TotalCount ${r.TotalCount} != ${total}`);
    expect(flowLogArray(r, 'FlowLogs', 'FlowLog').length === Math.min(total, 10), 'page size 10');
  });

  await check('vpc DescribeRegions pop-core names every region in Chinese by default', async () => {
    const r = await pop.request('DescribeRegions', {}, { method: 'GET' });
    const list = r.Regions && r.Regions.Region;
    expect(Array.isArray(list), `no Regions.Region in ${JSON.stringify(r).slice(0, 200)}`);
    const ids = list.map((x) => x.RegionId);
    expect(list.length >= 20 && ali.regions.every((id) => ids.includes(id)), `regions ${ids}`);
    for (const x of list) {
      expect(/[\u4e00-\u9fff]/.test(x.LocalName), `LocalName ${x.LocalName}`);
      expect(/^vpc(\.[a-z0-9-]+)?\.aliyuncs\.com$/.test(x.RegionEndpoint), `RegionEndpoint ${x.RegionEndpoint}`);
    }
  });

  await check('vpc DescribeRegions openapi-client ACS3 AcceptLanguage=en-US', async () => {
    const r = await acs3Call(acs3, 'DescribeRegions', VPC, { AcceptLanguage: 'en-US', ProductType: 'VPC' });
    const list = r.Regions.Region;
    expect(list.length >= 20, `${list.length} regions`);
    expect(list.every((x) => /^[\x20-\x7e]+$/.test(x.LocalName)), `names ${list.map((x) => x.LocalName)}`);
  });

  let created = null;
  const token = `interop-vpc-${stamp}`;
  const networks = await seeded(base, ali.name);
  const createParams = {
    RegionId: region,
    ResourceType: 'VPC',
    ResourceId: networks.regions[region].vpcs[0],
    TrafficType: 'All',
    ProjectName: 'interop-project',
    LogStoreName: 'interop-store',
    FlowLogName: `interop-${stamp}`,
    Description: 'Created by the SDK interop test',
    ClientToken: token,
  };
  await check('vpc CreateFlowLog pop-core, same ClientToken returns the same flow log', async () => {
    const r = await pop.request('CreateFlowLog', createParams, { method: 'POST' });
    created = r.FlowLogId;
    expect(/^fl-/.test(created || ''), `FlowLogId ${JSON.stringify(r)}`);
    const again = await pop.request('CreateFlowLog', createParams, { method: 'POST' });
    expect(again.FlowLogId === created, `second create gave ${again.FlowLogId}`);
    const list = await pop.request('DescribeFlowLogs', { RegionId: region, FlowLogId: created }, { method: 'GET' });
    const items = flowLogArray(list, 'FlowLogs', 'FlowLog');
    expect(items.length === 1 && items[0].FlowLogName === createParams.FlowLogName, 'created log not listed');
  });

  await check('vpc CreateFlowLog openapi-client ACS3', async () => {
    const r = await acs3Call(acs3, 'CreateFlowLog', VPC, { ...createParams, FlowLogName: `acs3-${stamp}`, ClientToken: `acs3-${token}` });
    expect(/^fl-/.test(r.FlowLogId || ''), `FlowLogId ${JSON.stringify(r)}`);
  });

  await check('vpc CreateFlowLog rejects a VPC the account does not have with InvalidResourceId.NotFound', async () => {
    const e = await rejection(pop.request('CreateFlowLog', { ...createParams, ResourceId: 'vpc-notinthisaccount00001', ClientToken: `unknown-${token}` }, { method: 'POST' }));
    expect(errorCode(e) === 'InvalidResourceId.NotFound', `code ${errorCode(e)}`);
  });

  await check('vpc CreateFlowLog rejects an invalid FlowLogName with the provider code', async () => {
    const e = await rejection(pop.request('CreateFlowLog', { ...createParams, FlowLogName: 'http://x', ClientToken: `bad-${token}` }, { method: 'POST' }));
    expect(/^(InvalidName|InvalidFlowLogName|IllegalParam|InvalidParameter)/.test(errorCode(e)), `code ${errorCode(e)}`);
  });

  await check('vpc pop-core forged signature -> SignatureDoesNotMatch', async () => {
    const forged = popClient(base, ali, VPC, `${ali.secret}x`);
    const e = await rejection(forged.request('DescribeFlowLogs', { RegionId: region }, { method: 'GET' }));
    expect(errorCode(e) === 'SignatureDoesNotMatch', `code ${errorCode(e)}`);
  });

  await check('vpc pop-core stale Timestamp -> InvalidTimeStamp.Expired', async () => {
    const e = await rejection(pop.request('DescribeFlowLogs', { RegionId: region, Timestamp: '2020-01-01T00:00:00Z' }, { method: 'GET' }));
    expect(errorCode(e) === 'InvalidTimeStamp.Expired', `code ${errorCode(e)}`);
  });

  await check('vpc pop-core unknown AccessKeyId -> InvalidAccessKeyId.NotFound', async () => {
    const stranger = popClient(base, { ...ali, accessKeyId: 'LTAI-not-a-sandbox-key' }, VPC);
    const e = await rejection(stranger.request('DescribeFlowLogs', { RegionId: region }, { method: 'GET' }));
    expect(errorCode(e) === 'InvalidAccessKeyId.NotFound', `code ${errorCode(e)}`);
  });

  await check('vpc ACS3 forged signature -> SignatureDoesNotMatch', async () => {
    const forged = acs3Client(base, ali, `${ali.secret}x`);
    const e = await rejection(acs3Call(forged, 'DescribeFlowLogs', VPC, { RegionId: region }));
    expect(errorCode(e) === 'SignatureDoesNotMatch', `code ${errorCode(e)}`);
  });

  await check('vpc ACS3 stale x-acs-date -> InvalidTimeStamp.Expired', async () => {
    const e = await rejection(acs3Call(acs3, 'DescribeFlowLogs', VPC, { RegionId: region }, { headers: { 'x-acs-date': '2020-01-01T00:00:00Z' } }));
    expect(errorCode(e) === 'InvalidTimeStamp.Expired', `code ${errorCode(e)}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// CEN (Cbn)

async function cen(base, ali) {
  const region = ali.regions[0];
  const pop = popClient(base, ali, CBN);
  const acs3 = acs3Client(base, ali);
  let sample = null;
  let total = 0;

  await check('cen DescribeFlowlogs pop-core pages with PageNumber/PageSize', async () => {
    const first = await pop.request('DescribeFlowlogs', { RegionId: region, PageSize: 5, PageNumber: 1 }, { method: 'GET' });
    const logs = flowLogArray(first, 'FlowLogs', 'FlowLog');
    total = Number(first.TotalCount);
    expect(total > 0 && logs.length === Math.min(5, total), `TotalCount ${first.TotalCount}, page ${logs.length}`);
    sample = logs[0];
    expect(sample.FlowLogId && sample.CenId, `item ${JSON.stringify(sample)}`);
    const seen = new Set();
    for (let page = 1; page <= Math.ceil(total / 5); page++) {
      const r = await pop.request('DescribeFlowlogs', { RegionId: region, PageSize: 5, PageNumber: page }, { method: 'GET' });
      for (const l of flowLogArray(r, 'FlowLogs', 'FlowLog')) seen.add(l.FlowLogId);
    }
    expect(seen.size === total, `paged ${seen.size} of ${total}`);
  });

  await check('cen DescribeFlowlogs openapi-client ACS3 with CenId filter', async () => {
    const r = await acs3Call(acs3, 'DescribeFlowlogs', CBN, { RegionId: region, CenId: sample.CenId });
    const logs = flowLogArray(r, 'FlowLogs', 'FlowLog');
    expect(logs.length > 0 && logs.every((l) => l.CenId === sample.CenId), 'CenId filter not honoured');
  });

  await check('cen CreateFlowlog pop-core, idempotent ClientToken, then listed', async () => {
    const params = {
      RegionId: region,
      CenId: sample.CenId,
      ProjectName: 'interop-project',
      LogStoreName: 'interop-store',
      FlowLogName: `interop-cen-${stamp}`,
      Interval: 600,
      ClientToken: `interop-cen-${stamp}`,
    };
    // The instance's transit router in the region, as the account has it (a sample may watch one that is gone).
    const router = (await seeded(base, ali.name)).regions[region].transitRouters.find((t) => t.CenId === sample.CenId);
    if (router) params.TransitRouterId = router.TransitRouterId;
    const r = await pop.request('CreateFlowlog', params, { method: 'POST' });
    expect(r.FlowLogId, `no FlowLogId in ${JSON.stringify(r)}`);
    const again = await pop.request('CreateFlowlog', params, { method: 'POST' });
    expect(again.FlowLogId === r.FlowLogId, 'second create made another flow log');
    const list = await pop.request('DescribeFlowlogs', { RegionId: region, FlowLogId: r.FlowLogId }, { method: 'GET' });
    expect(flowLogArray(list, 'FlowLogs', 'FlowLog').length === 1, 'created flow log not listed');
  });

  await check('cen ACS3 CreateFlowlog', async () => {
    const r = await acs3Call(acs3, 'CreateFlowlog', CBN, {
      RegionId: region,
      CenId: sample.CenId,
      ProjectName: 'interop-project',
      LogStoreName: 'interop-store',
      FlowLogName: `acs3-cen-${stamp}`,
    });
    expect(r.FlowLogId, `no FlowLogId in ${JSON.stringify(r)}`);
  });

  await check('cen CreateFlowlog rejects a CEN instance the account does not have with InvalidCenId.NotFound', async () => {
    const e = await rejection(pop.request('CreateFlowlog', { RegionId: region, CenId: 'cen-notinthisaccount', ProjectName: 'interop-project', LogStoreName: 'interop-store' }, { method: 'POST' }));
    expect(errorCode(e) === 'InvalidCenId.NotFound', `code ${errorCode(e)}`);
  });

  await check('cen pop-core forged signature -> SignatureDoesNotMatch', async () => {
    const e = await rejection(popClient(base, ali, CBN, `${ali.secret}x`).request('DescribeFlowlogs', { RegionId: region }));
    expect(errorCode(e) === 'SignatureDoesNotMatch', `code ${errorCode(e)}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// ECR

async function ecr(base, ali) {
  const pop = popClient(base, ali, ECR);
  const acs3 = acs3Client(base, ali);
  const ecrId = ali.ecrIds[0];
  let vbr = null; // a VBR attached to ecrId (GET /__sandbox/resources)
  let sample = null;

  await check('ecr DescribeFlowLogs pop-core pages with NextToken/MaxResults', async () => {
    const seen = new Set();
    let token;
    let total = -1;
    let pages = 0;
    do {
      const params = { EcrId: ecrId, MaxResults: 5 };
      if (token) params.NextToken = token;
      const r = await pop.request('DescribeFlowLogs', params, { method: 'POST' });
      const logs = flowLogArray(r, 'FlowLogs', 'FlowLog');
      total = Number(r.TotalCount);
      for (const l of logs) {
        expect(l.EcrId === ecrId, `EcrId ${l.EcrId}`);
        seen.add(l.FlowLogId);
      }
      if (!sample) sample = logs[0];
      expect(++pages < 100, 'too many pages (token loop?)');
      token = r.NextToken;
    } while (token);
    expect(total > 0 && seen.size === total, `paged ${seen.size} of ${total}`);
  });

  await check('ecr DescribeFlowLogs openapi-client ACS3', async () => {
    const r = await acs3Call(acs3, 'DescribeFlowLogs', ECR, { EcrId: ecrId, MaxResults: 3 });
    expect(flowLogArray(r, 'FlowLogs', 'FlowLog').length > 0, 'empty page');
    expect(r.Success === true || r.Success === 'true', `Success ${r.Success}`);
  });

  await check('ecr CreateFlowLog pop-core (POST form), idempotent ClientToken, then listed', async () => {
    vbr = (await seeded(base, ali.name)).ecrChildren[ecrId][0];
    const params = {
      EcrId: ecrId,
      InstanceType: 'VBR',
      InstanceId: vbr,
      ProjectName: 'interop-project',
      LogStoreName: 'interop-store',
      FlowLogName: `interop-ecr-${stamp}`,
      ClientToken: `interop-ecr-${stamp}`,
    };
    const r = await pop.request('CreateFlowLog', params, { method: 'POST' });
    expect(r.FlowLogId, `no FlowLogId in ${JSON.stringify(r)}`);
    const again = await pop.request('CreateFlowLog', params, { method: 'POST' });
    expect(again.FlowLogId === r.FlowLogId, 'second create made another flow log');
    const list = await pop.request('DescribeFlowLogs', { EcrId: ecrId, FlowLogId: r.FlowLogId }, { method: 'POST' });
    expect(flowLogArray(list, 'FlowLogs', 'FlowLog').length === 1, 'created flow log not listed');
  });

  await check('ecr ACS3 CreateFlowLog DryRun creates nothing', async () => {
    const before = await pop.request('DescribeFlowLogs', { EcrId: ecrId, MaxResults: 1 }, { method: 'POST' });
    await acs3Call(acs3, 'CreateFlowLog', ECR, {}, {
      form: {
        EcrId: ecrId,
        InstanceType: 'VBR',
        InstanceId: vbr || (await seeded(base, ali.name)).ecrChildren[ecrId][0],
        ProjectName: 'interop-project',
        LogStoreName: 'interop-store',
        DryRun: 'true',
      },
    }).catch((e) => {
      // The real API answers a passing DryRun with the DryRunOperation error code.
      if (errorCode(e) !== 'DryRunOperation') throw e;
    });
    const after = await pop.request('DescribeFlowLogs', { EcrId: ecrId, MaxResults: 1 }, { method: 'POST' });
    expect(Number(after.TotalCount) === Number(before.TotalCount), 'DryRun created a flow log');
  });

  await check('ecr DescribeExpressConnectRouter pop-core pages with NextToken, openapi-client ACS3', async () => {
    const first = await pop.request('DescribeExpressConnectRouter', { MaxResults: 1 }, { method: 'POST' });
    expect(Array.isArray(first.EcrList) && first.EcrList.length === 1, `EcrList ${JSON.stringify(first).slice(0, 200)}`);
    expect(first.EcrList[0].EcrId === ecrId && String(first.EcrList[0].OwnerId) === ali.accountId, 'the named instance, owned');
    const r = await acs3Call(acs3, 'DescribeExpressConnectRouter', ECR, { EcrId: ecrId });
    expect(r.TotalCount === 1 && r.EcrList[0].Status === 'ACTIVE', `ACS3 ${JSON.stringify(r).slice(0, 200)}`);
  });

  await check('ecr ACS3 forged signature -> SignatureDoesNotMatch', async () => {
    const e = await rejection(acs3Call(acs3Client(base, ali, `${ali.secret}x`), 'DescribeFlowLogs', ECR, { EcrId: ecrId }));
    expect(errorCode(e) === 'SignatureDoesNotMatch', `code ${errorCode(e)}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Huawei ER

function erClient(base, hw, projectId, sk) {
  const credentials = new BasicCredentials()
    .withAk(hw.accessKeyId)
    .withSk(sk === undefined ? hw.secret : sk)
    .withProjectId(projectId);
  return new ClientBuilder((hc) => hc).withEndpoint(base).withCredential(credentials).build();
}

function erRequest(method, erId, { query = {}, body = undefined, headers = {} } = {}) {
  return {
    method,
    url: '/v3/{project_id}/enterprise-router/{er_id}/flow-logs',
    contentType: 'application/json',
    queryParams: query,
    pathParams: { er_id: erId },
    headers: { ...headers },
    data: body === undefined ? {} : body,
    responseHeaders: ['X-Request-Id'],
  };
}

async function er(base, hw) {
  const region = Object.keys(hw.erIds)[0];
  const projectId = hw.projectIds[region];
  const erId = hw.erIds[region][0];
  const client = erClient(base, hw, projectId);
  let sample = null;

  await check('er list HcClient pages with limit/marker', async () => {
    const seen = new Set();
    let marker;
    let pages = 0;
    do {
      const query = { limit: 5 };
      if (marker) query.marker = marker;
      const r = await client.sendRequest(erRequest('GET', erId, { query }));
      expect(Array.isArray(r.flow_logs), `no flow_logs in ${JSON.stringify(r).slice(0, 200)}`);
      expect(r.flow_logs.length <= 5, `page of ${r.flow_logs.length}`);
      for (const l of r.flow_logs) seen.add(l.id);
      if (!sample) sample = r.flow_logs[0];
      marker = r.page_info && r.page_info.next_marker;
      expect(++pages < 100, 'too many pages (marker loop?)');
    } while (marker);
    expect(seen.size >= 12, `listed ${seen.size} flow logs`);
  });

  await check('er create HcClient with X-Client-Token is idempotent and listed', async () => {
    const body = {
      flow_log: {
        name: `interop-er-${stamp}`,
        description: 'Created by the SDK interop test',
        resource_type: 'attachment',
        resource_id: (await seeded(base, hw.name)).erRouters[erId].attachments[0],
        log_group_id: sample.log_group_id,
        log_stream_id: sample.log_stream_id,
        log_store_type: 'LTS',
      },
    };
    const headers = { 'X-Client-Token': `interop-er-${stamp}` };
    const r = await client.sendRequest(erRequest('POST', erId, { body, headers }));
    expect(r.flow_log && r.flow_log.id, `no flow_log.id in ${JSON.stringify(r)}`);
    expect(r.httpStatusCode === 202 || r.httpStatusCode === 200, `status ${r.httpStatusCode}`);
    const again = await client.sendRequest(erRequest('POST', erId, { body, headers }));
    expect(again.flow_log.id === r.flow_log.id, 'second create made another flow log');
    const seen = [];
    let marker;
    do {
      const page = await client.sendRequest(erRequest('GET', erId, { query: marker ? { limit: 50, marker } : { limit: 50 } }));
      seen.push(...page.flow_logs.map((l) => l.id));
      marker = page.page_info && page.page_info.next_marker;
    } while (marker);
    expect(seen.includes(r.flow_log.id), 'created flow log not listed');
  });

  await check('er forged signature -> 401 APIGW.0301', async () => {
    const e = await rejection(erClient(base, hw, projectId, `${hw.secret}x`).sendRequest(erRequest('GET', erId)));
    expect(errorCode(e) === 'APIGW.0301' && Number(e.httpStatusCode) === 401, `code ${errorCode(e)} ${e.httpStatusCode}`);
  });

  await check('er stale X-Sdk-Date -> 401 APIGW.0301', async () => {
    // Well-formed (the SDK signs with it as given) but an hour old.
    const stale = new Date(Date.now() - 3600 * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const e = await rejection(client.sendRequest(erRequest('GET', erId, { headers: { 'X-Sdk-Date': stale } })));
    expect(Number(e.httpStatusCode) === 401 && errorCode(e) === 'APIGW.0301', `status ${e.httpStatusCode} ${errorCode(e)}`);
    expect(!/not YYYYMMDD|missing/i.test(e.errorMsg || ''), `rejected for its format, not its age: ${e.errorMsg}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Lifecycle (issue 17): each service's state change through the official SDK, the provider's code while it runs,
// and the flow log settling on the sandbox's clock (--transition-ms, 500 ms by default).

// Polls read() until it returns want (or, want undefined, a falsy value) within timeoutMs.
async function settles(read, want, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (want === undefined ? !last : last === want) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
}

async function vpcLifecycle(base, ali) {
  const region = ali.regions[0];
  const pop = popClient(base, ali, VPC);
  const acs3 = acs3Client(base, ali);
  const statusOf = async (id) => {
    const r = await pop.request('DescribeFlowLogs', { RegionId: region, FlowLogId: id }, { method: 'GET' });
    const l = flowLogArray(r, 'FlowLogs', 'FlowLog')[0];
    return l && l.Status;
  };
  const active = async () => {
    const r = await pop.request('DescribeFlowLogs', { RegionId: region, Status: 'Active', PageSize: 50 }, { method: 'GET' });
    return flowLogArray(r, 'FlowLogs', 'FlowLog').map((l) => l.FlowLogId);
  };
  const ids = await active();

  await check('vpc lifecycle pop-core DeactiveFlowLog, IncorrectStatus.flowlog while Deactivating, ActiveFlowLog', async () => {
    const id = ids[0];
    const r = await pop.request('DeactiveFlowLog', { RegionId: region, FlowLogId: id }, { method: 'POST' });
    expect(String(r.Success) === 'true', `Success ${r.Success}`);
    expect((await statusOf(id)) === 'Deactivating', 'not Deactivating');
    const e = await rejection(pop.request('ActiveFlowLog', { RegionId: region, FlowLogId: id }, { method: 'POST' }));
    expect(errorCode(e) === 'IncorrectStatus.flowlog', `code ${errorCode(e)}`);
    await settles(() => statusOf(id), 'Inactive', 'deactivate');
    await pop.request('ActiveFlowLog', { RegionId: region, FlowLogId: id }, { method: 'POST' });
    await settles(() => statusOf(id), 'Active', 'activate');
  });

  await check('vpc lifecycle openapi-client ACS3 ModifyFlowLogAttribute, then DeleteFlowLog', async () => {
    const id = ids[1];
    await acs3Call(acs3, 'ModifyFlowLogAttribute', VPC, { RegionId: region, FlowLogId: id, FlowLogName: `acs3-renamed-${stamp}`, AggregationInterval: 1 });
    await settles(() => statusOf(id), 'Active', 'modify');
    const r = await pop.request('DescribeFlowLogs', { RegionId: region, FlowLogId: id }, { method: 'GET' });
    const l = flowLogArray(r, 'FlowLogs', 'FlowLog')[0];
    expect(l.FlowLogName === `acs3-renamed-${stamp}` && Number(l.AggregationInterval) === 1, `not modified: ${JSON.stringify(l)}`);
    const bad = await rejection(acs3Call(acs3, 'ModifyFlowLogAttribute', VPC, { RegionId: region, FlowLogId: id, AggregationInterval: 3 }));
    expect(errorCode(bad) === 'InvalidParameter.Interval', `code ${errorCode(bad)}`);
    await acs3Call(acs3, 'DeleteFlowLog', VPC, { RegionId: region, FlowLogId: id });
    await settles(() => statusOf(id), undefined, 'delete');
    const gone = await rejection(pop.request('DeleteFlowLog', { RegionId: region, FlowLogId: id }, { method: 'POST' }));
    expect(errorCode(gone) === 'InvalidInstanceId.NotFound', `code ${errorCode(gone)}`);
  });
}

async function cenLifecycle(base, ali) {
  const region = ali.regions[0];
  const pop = popClient(base, ali, CBN);
  const list = async (extra) => {
    const r = await pop.request('DescribeFlowlogs', { RegionId: region, PageSize: 50, ...extra }, { method: 'GET' });
    return flowLogArray(r, 'FlowLogs', 'FlowLog');
  };
  const statusOf = async (id) => {
    const l = (await list({ FlowLogId: id }))[0];
    return l && l.Status;
  };
  const ids = (await list({ Status: 'Active' })).map((l) => l.FlowLogId);

  await check('cen lifecycle pop-core ModifyFlowLogAttribute and DeactiveFlowLog honour ClientToken', async () => {
    const id = ids[0];
    const modify = { RegionId: region, FlowLogId: id, FlowLogName: `cen-renamed-${stamp}`, Interval: 60, ClientToken: `cen-mod-${stamp}` };
    await pop.request('ModifyFlowLogAttribute', modify, { method: 'POST' });
    const again = await pop.request('ModifyFlowLogAttribute', modify, { method: 'POST' });
    expect(String(again.Success) === 'true', 'the retry with the same token was not answered like the first call');
    const e = await rejection(pop.request('ModifyFlowLogAttribute', { ...modify, Interval: 600 }, { method: 'POST' }));
    expect(errorCode(e) === 'IdempotentParameterMismatch', `code ${errorCode(e)}`);
    await settles(() => statusOf(id), 'Active', 'modify');
    const busy = { RegionId: region, FlowLogId: id, ClientToken: `cen-off-${stamp}` };
    await pop.request('DeactiveFlowLog', busy, { method: 'POST' });
    const changing = await rejection(pop.request('DeleteFlowlog', { RegionId: region, FlowLogId: id }, { method: 'POST' }));
    expect(errorCode(changing) === 'IncorrectStatus.TrFlowlog', `code ${errorCode(changing)}`);
    await settles(() => statusOf(id), 'Inactive', 'deactivate');
  });

  await check('cen lifecycle pop-core DeleteFlowlog', async () => {
    const id = ids[1];
    await pop.request('DeleteFlowlog', { RegionId: region, FlowLogId: id, ClientToken: `cen-del-${stamp}` }, { method: 'POST' });
    await settles(() => statusOf(id), undefined, 'delete');
    const e = await rejection(pop.request('ActiveFlowLog', { RegionId: region, FlowLogId: id }, { method: 'POST' }));
    expect(errorCode(e) === 'InvalidFlowlogId.NotFound', `code ${errorCode(e)}`);
  });
}

async function ecrLifecycle(base, ali) {
  const pop = popClient(base, ali, ECR);
  const acs3 = acs3Client(base, ali);
  const ecrId = ali.ecrIds[0];
  const find = async (id) => {
    const r = await pop.request('DescribeFlowLogs', { EcrId: ecrId, FlowLogId: id }, { method: 'POST' });
    return flowLogArray(r, 'FlowLogs', 'FlowLog')[0];
  };
  const statusOf = async (id) => {
    const l = await find(id);
    return l && l.Status;
  };
  const all = await pop.request('DescribeFlowLogs', { EcrId: ecrId, MaxResults: 100 }, { method: 'POST' });
  const ids = flowLogArray(all, 'FlowLogs', 'FlowLog').filter((l) => l.Status === 'Active').map((l) => l.FlowLogId);

  await check('ecr lifecycle openapi-client ACS3 DeactivateFlowLog (form, ClientToken), then ActivateFlowLog', async () => {
    const id = ids[0];
    const form = { EcrId: ecrId, FlowLogId: id, ClientToken: `ecr-off-${stamp}` };
    const r = await acs3Call(acs3, 'DeactivateFlowLog', ECR, {}, { form });
    expect(r.Success === true, `Success ${r.Success}`);
    const retry = await acs3Call(acs3, 'DeactivateFlowLog', ECR, {}, { form });
    expect(retry.Success === true, 'the retry with the same token was not answered like the first call');
    await settles(() => statusOf(id), 'Inactive', 'deactivate');
    await acs3Call(acs3, 'ActivateFlowLog', ECR, {}, { form: { EcrId: ecrId, FlowLogId: id } });
    await settles(() => statusOf(id), 'Active', 'activate');
  });

  await check('ecr lifecycle pop-core ModifyFlowLogAttribute and DeleteFlowlog', async () => {
    const id = ids[1];
    await pop.request('ModifyFlowLogAttribute', { EcrId: ecrId, FlowLogId: id, SamplingRate: '1:2048', Interval: 60 }, { method: 'POST' });
    await settles(() => statusOf(id), 'Active', 'modify');
    const l = await find(id);
    expect(l.SamplingRate === '1:2048' && Number(l.Interval) === 60, `not modified: ${JSON.stringify(l)}`);
    const misspelled = await rejection(pop.request('DeleteFlowLog', { EcrId: ecrId, FlowLogId: id }, { method: 'POST' }));
    expect(errorCode(misspelled) === 'InvalidAction.NotFound', `code ${errorCode(misspelled)}`);
    await pop.request('DeleteFlowlog', { EcrId: ecrId, FlowLogId: id }, { method: 'POST' });
    await settles(() => statusOf(id), undefined, 'delete');
  });
}

function erItemRequest(method, erId, id, { suffix = '', body = undefined } = {}) {
  return {
    method,
    url: `/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}${suffix}`,
    contentType: 'application/json',
    queryParams: {},
    pathParams: { er_id: erId, flow_log_id: id },
    headers: {},
    data: body === undefined ? {} : body,
    responseHeaders: ['X-Request-Id'],
  };
}

async function erLifecycle(base, hw) {
  const region = Object.keys(hw.erIds)[0];
  const erId = hw.erIds[region][0];
  const client = erClient(base, hw, hw.projectIds[region]);
  const show = async (id) => (await client.sendRequest(erItemRequest('GET', erId, id))).flow_log;
  const page = await client.sendRequest(erRequest('GET', erId, { query: { limit: 100 } }));
  const ids = page.flow_logs.filter((l) => l.state === 'available' && l.enabled).map((l) => l.id);

  await check('er lifecycle HcClient update (unwrapped body), disable, enable', async () => {
    const id = ids[0];
    const r = await client.sendRequest(erItemRequest('PUT', erId, id, { body: { name: `er-renamed-${stamp}`, description: '' } }));
    expect(r.flow_log && r.flow_log.name === `er-renamed-${stamp}`, `update answered ${JSON.stringify(r).slice(0, 200)}`);
    await settles(async () => (await show(id)).state, 'available', 'update');
    const off = await client.sendRequest(erItemRequest('POST', erId, id, { suffix: '/disable' }));
    expect(Number(off.httpStatusCode) === 202 && off.flow_log.enabled === false, `disable answered ${JSON.stringify(off).slice(0, 200)}`);
    const busy = await rejection(client.sendRequest(erItemRequest('POST', erId, id, { suffix: '/enable' })));
    expect(errorCode(busy) === 'ER.04001004', `code ${errorCode(busy)}`);
    await settles(async () => (await show(id)).state, 'available', 'disable');
    await client.sendRequest(erItemRequest('POST', erId, id, { suffix: '/enable' }));
    await settles(async () => (await show(id)).enabled && (await show(id)).state, 'available', 'enable');
  });

  await check('er lifecycle HcClient delete answers 202, then GET is 404', async () => {
    const id = ids[1];
    const r = await client.sendRequest(erItemRequest('DELETE', erId, id));
    expect(Number(r.httpStatusCode) === 202, `status ${r.httpStatusCode}`);
    const gone = async () => {
      try {
        await show(id);
        return true;
      } catch (e) {
        if (Number(e.httpStatusCode) === 404 && errorCode(e) === 'ER.04040002') return false;
        throw e;
      }
    };
    await settles(gone, undefined, 'delete');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Alibaba organisations: STS AssumeRole into a member, its temporary credentials, Resource Directory ListAccounts

function until(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sts(base, profiles) {
  const management = profiles.find((p) => p.provider === 'aliyun' && p.organization);
  const member = profiles.find((p) => p.memberOf === management.name);
  let credentials = null;

  await check('sts AssumeRole pop-core into a member with the management key', async () => {
    const r = await popClient(base, management, STS).request('AssumeRole',
      { RoleArn: member.roleArn, RoleSessionName: 'interop', DurationSeconds: 900 }, { method: 'POST' });
    const c = r.Credentials;
    expect(c && /^STS\./.test(c.AccessKeyId) && c.AccessKeySecret && c.SecurityToken && c.Expiration, `Credentials ${JSON.stringify(r).slice(0, 200)}`);
    expect(r.AssumedRoleUser && r.AssumedRoleUser.Arn === `${member.roleArn}/interop`, `AssumedRoleUser ${JSON.stringify(r.AssumedRoleUser)}`);
    credentials = { accessKeyId: c.AccessKeyId, secret: c.AccessKeySecret, securityToken: c.SecurityToken };
  });

  await check('sts temporary credentials list the member\'s flow logs (pop-core v1 and openapi-client ACS3)', async () => {
    const region = member.regions[0];
    const v1 = await popClient(base, credentials, VPC).request('DescribeFlowLogs', { RegionId: region }, { method: 'GET' });
    expect(Number(v1.TotalCount) === 12, `TotalCount ${v1.TotalCount}`);
    const acs3 = await acs3Call(acs3Client(base, credentials), 'DescribeFlowLogs', VPC, { RegionId: region });
    expect(Number(acs3.TotalCount) === 12, `ACS3 TotalCount ${acs3.TotalCount}`);
  });

  await check('sts GetCallerIdentity names the key\'s account, and the member behind temporary credentials', async () => {
    const own = await popClient(base, management, STS).request('GetCallerIdentity', {}, { method: 'POST' });
    expect(own.AccountId === management.accountId && own.IdentityType === 'Account', `own ${JSON.stringify(own)}`);
    const assumed = await acs3Call(acs3Client(base, credentials), 'GetCallerIdentity', STS, {});
    expect(assumed.AccountId === member.accountId && assumed.IdentityType === 'AssumedRoleUser',
      `assumed ${JSON.stringify(assumed)}`);
  });

  await check('sts AssumeRole refuses a role that does not exist -> EntityNotExist.Role', async () => {
    const e = await rejection(popClient(base, management, STS).request('AssumeRole',
      { RoleArn: member.roleArn.replace('ResourceDirectory', 'Missing'), RoleSessionName: 'interop' }, { method: 'POST' }));
    expect(errorCode(e) === 'EntityNotExist.Role', `code ${errorCode(e)}`);
  });

  await check('sts expired temporary credentials -> InvalidSecurityToken.Expired', async () => {
    await until(STS_LIFETIME_S * 1000 + 500);
    const e = await rejection(popClient(base, credentials, VPC).request('DescribeFlowLogs', { RegionId: member.regions[0] }, { method: 'GET' }));
    expect(errorCode(e) === 'InvalidSecurityToken.Expired', `code ${errorCode(e)}`);
  });
}

async function rd(base, profiles) {
  const management = profiles.find((p) => p.provider === 'aliyun' && p.organization);
  const members = profiles.filter((p) => p.memberOf === management.name);

  await check('rd ListAccounts pop-core lists the directory, members included', async () => {
    const r = await popClient(base, management, RD).request('ListAccounts', { PageSize: 100 }, { method: 'POST' });
    const ids = r.Accounts.Account.map((a) => a.AccountId);
    expect(r.TotalCount === members.length + 1 && members.every((m) => ids.includes(m.accountId)), `accounts ${ids}`);
  });

  await check('rd ListAccounts openapi-client ACS3 pages with PageNumber/PageSize', async () => {
    const r = await acs3Call(acs3Client(base, management), 'ListAccounts', RD, { PageNumber: 2, PageSize: 1 });
    expect(r.Accounts.Account.length === 1 && r.PageNumber === 2, `page ${JSON.stringify(r).slice(0, 200)}`);
  });

  await check('rd ListAccounts refused to an account without a directory', async () => {
    const plain = profiles.find((p) => p.provider === 'aliyun' && !p.organization && !p.memberOf);
    const e = await rejection(popClient(base, plain, RD).request('ListAccounts', {}, { method: 'POST' }));
    expect(errorCode(e) === 'NotExists.ResourceDirectory', `code ${errorCode(e)}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Huawei organisations: IAM projects, the agency token call, temporary keys, Organizations ListAccounts

function globalClient(base, profile) {
  const credentials = new GlobalCredentials().withAk(profile.accessKeyId).withSk(profile.secret).withDomainId(profile.accountId);
  return new ClientBuilder((hc) => hc).withEndpoint(base).withCredential(credentials).build();
}

async function iam(base, profiles) {
  const management = profiles.find((p) => p.provider === 'huaweicloud' && p.organization);
  const member = profiles.find((p) => p.memberOf === management.name);
  let credential = null;

  await check('iam KeystoneListProjects HcClient lists a project per region and MOS', async () => {
    const r = await globalClient(base, management).sendRequest({ method: 'GET', url: '/v3/projects', contentType: 'application/json',
      queryParams: {}, pathParams: {}, headers: {}, data: {} });
    const names = r.projects.map((p) => p.name);
    expect(names.includes('MOS') && names.length >= 11, `projects ${names}`);
    for (const [region, id] of Object.entries(management.projectIds)) {
      expect(r.projects.some((p) => p.name === region && p.id === id), `project of ${region}`);
    }
  });

  await check('iam ListEnterpriseRouters HcClient lists the routers of a project', async () => {
    const region = Object.keys(management.erIds)[0];
    const r = await erClient(base, management, management.projectIds[region]).sendRequest({ method: 'GET',
      url: '/v3/{project_id}/enterprise-router/instances', contentType: 'application/json', queryParams: { limit: 10 },
      pathParams: {}, headers: {}, data: {} });
    expect(r.instances.some((i) => i.id === management.erIds[region][0]), `instances ${JSON.stringify(r).slice(0, 200)}`);
  });

  await check('iam agency token HcClient (201) for a member\'s flowlog-audit agency', async () => {
    const r = await globalClient(base, management).sendRequest({ method: 'POST', url: '/v3.0/OS-CREDENTIAL/securitytokens',
      contentType: 'application/json', queryParams: {}, pathParams: {}, headers: {},
      data: { auth: { identity: { methods: ['assume_role'], assume_role: { agency_name: member.agencyName,
        domain_id: member.domainId, duration_seconds: 900, session_user: { name: 'interop' } } } } } });
    expect(r.httpStatusCode === 201 && r.credential && r.credential.securitytoken, `answer ${JSON.stringify(r).slice(0, 200)}`);
    credential = r.credential;
  });

  const region = Object.keys(member.erIds)[0];
  const memberClient = () => {
    const credentials = new BasicCredentials().withAk(credential.access).withSk(credential.secret)
      .withSecurityToken(credential.securitytoken).withProjectId(member.projectIds[region]);
    return new ClientBuilder((hc) => hc).withEndpoint(base).withCredential(credentials).build();
  };

  await check('iam temporary keys (X-Security-Token) list the member\'s ER flow logs', async () => {
    const r = await memberClient().sendRequest(erRequest('GET', member.erIds[region][0], { query: { limit: 50 } }));
    expect(Array.isArray(r.flow_logs) && r.flow_logs.length === 12, `flow_logs ${JSON.stringify(r).slice(0, 200)}`);
  });

  await check('iam expired temporary keys -> 401 APIGW.0301', async () => {
    await until(STS_LIFETIME_S * 1000 + 500);
    const e = await rejection(memberClient().sendRequest(erRequest('GET', member.erIds[region][0])));
    expect(Number(e.httpStatusCode) === 401 && errorCode(e) === 'APIGW.0301', `status ${e.httpStatusCode} ${errorCode(e)}`);
  });
}

async function org(base, profiles) {
  const management = profiles.find((p) => p.provider === 'huaweicloud' && p.organization);
  const members = profiles.filter((p) => p.memberOf === management.name);

  await check('org Organizations ListAccounts HcClient pages with limit/marker', async () => {
    const request = (queryParams) => ({ method: 'GET', url: '/v1/organizations/accounts', contentType: 'application/json',
      queryParams, pathParams: {}, headers: {}, data: {} });
    const first = await globalClient(base, management).sendRequest(request({ limit: 2 }));
    expect(first.accounts.length === 2 && first.page_info.next_marker, `page ${JSON.stringify(first).slice(0, 200)}`);
    const rest = await globalClient(base, management).sendRequest(request({ limit: 2, marker: first.page_info.next_marker }));
    const ids = [...first.accounts, ...rest.accounts].map((a) => a.id);
    expect(ids.length === members.length + 1 && members.every((m) => ids.includes(m.accountId)), `accounts ${ids}`);
  });
}

async function main() {
  const args = process.argv.slice(2);
  const binary = args[0];
  if (!binary) {
    printError('usage: node interop.js /path/to/flowlog-sandbox [--ops vpc,cen,ecr,er,acs3,create,validation,vpc-acs3,...]');
    process.exit(2);
  }
  const opsIndex = args.indexOf('--ops');
  if (opsIndex >= 0) enabled = new Set(args[opsIndex + 1].split(','));
  const ops = [...enabled];
  const { child, base, profiles } = await startSandbox(binary);
  try {
    const ali = profiles.find((p) => p.provider === 'aliyun');
    const hw = profiles.find((p) => p.provider === 'huaweicloud');
    if (!ali || !hw) throw new Error('the sandbox printed no aliyun or no huaweicloud profile');
    if (ops.includes('vpc')) await vpc(base, ali);
    if (ops.includes('cen')) await cen(base, ali);
    if (ops.includes('ecr')) await ecr(base, ali);
    if (ops.includes('er')) await er(base, hw);
    if (ops.includes('sts')) await sts(base, profiles);
    if (ops.includes('rd')) await rd(base, profiles);
    if (ops.includes('iam')) await iam(base, profiles);
    if (ops.includes('org')) await org(base, profiles);
    if (ops.includes('vpc')) await vpcLifecycle(base, ali);
    if (ops.includes('cen')) await cenLifecycle(base, ali);
    if (ops.includes('ecr')) await ecrLifecycle(base, ali);
    if (ops.includes('er')) await erLifecycle(base, hw);
  } finally {
    child.kill('SIGTERM');
  }
  print(`# ${passes} passed, ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => {
  printError(`interop: ${e.stack || e}`);
  process.exit(1);
});
