#!/usr/bin/env node
// The peer of flowlog-bench cli-e2e (issue 19 goal 4): the providers' official SDKs (tests/interop/node_modules)
// listing every flow log of a sandbox's accounts one request after another, as a script would: per Alibaba account
// VPC DescribeFlowLogs and CEN DescribeFlowlogs in each of its regions and ECR DescribeFlowLogs per router
// (pop-core, RPC v1), per Huawei account the ER flow logs of each router (huaweicloud-sdk-core). Every page followed.
//
// Two modes:
// - default: the sources the profiles the sandbox prints type (their regions, ECR and ER ids, project ids).
// - --discover: what a careful script does with nothing but a key (start the sandbox with --print-key-only): Alibaba
//   VPC DescribeRegions for the regions, then the two flow-log lists in each, ECR DescribeExpressConnectRouter
//   (NextToken paging) for the routers; Huawei IAM KeystoneListProjects on the global endpoint (a project per region,
//   MOS and disabled projects left out, a sub-project "<region>_<name>" in its region), per project ER
//   ListEnterpriseRouters (marker paging), then each router's flow logs. The same order as flowlog-cli's discovery.
//
//   node sdklist.js [--discover] /path/to/flowlog-sandbox [sandbox arguments...]
//
// Prints one JSON line: {"requests": N, "rows": N, "ms": wall of the listing (the sandbox's start excluded),
// "idsSha256": SHA-256 of the flow-log ids, sorted, one a line (cli-e2e compares it with flowlog-cli's rows)}.
'use strict';

const crypto = require('crypto');
const path = require('path');
const { spawn } = require('child_process');
const readline = require('readline');

const modules = path.join(__dirname, '..', 'interop', 'node_modules');
const RPCClient = require(path.join(modules, '@alicloud', 'pop-core')).RPCClient;
const { ClientBuilder } = require(path.join(modules, '@huaweicloud', 'huaweicloud-sdk-core', 'ClientBuilder'));
const { BasicCredentials, GlobalCredentials } = require(path.join(modules, '@huaweicloud', 'huaweicloud-sdk-core'));
require(path.join(modules, '@huaweicloud', 'huaweicloud-sdk-core', 'logger', 'log4jLogger')).Logger4jInstance.level =
  'off';

function startSandbox(binary, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--port', '0', '--print-profiles', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = readline.createInterface({ input: child.stdout });
    const profiles = [];
    let base = null;
    child.on('error', reject);
    lines.on('line', (line) => {
      if (!base) {
        const m = /^listening (http:\/\/127\.0\.0\.1:\d+)$/.exec(line.trim());
        if (!m) return reject(new Error(`unexpected first line: ${line}`));
        base = m[1];
        return;
      }
      if (line.trim() === 'ready') return resolve({ child, base, profiles }); // every profile is out
      if (line.trim().startsWith('{')) profiles.push(JSON.parse(line));
    });
  });
}

function array(body, outer, inner) {
  const v = body[outer];
  return Array.isArray(v) ? v : v && Array.isArray(v[inner]) ? v[inner] : [];
}

const PAGE = 50;

// One listing counted: every call is a request, sequential; the ids of the flow logs it listed.
class Counter {
  constructor() {
    this.requests = 0;
    this.ids = [];
  }

  add(items, idKey) {
    for (const item of items) this.ids.push(String(item[idKey]));
  }
}

function aliyunClients(base, p) {
  const client = (version) =>
    new RPCClient({ accessKeyId: p.accessKeyId, accessKeySecret: p.secret, endpoint: base, apiVersion: version });
  return { vpc: client('2016-04-28'), cen: client('2017-09-12'), ecr: client('2023-09-01') };
}

async function aliyunRegionFlowLogs(c, region, n) {
  for (const [client, action] of [[c.vpc, 'DescribeFlowLogs'], [c.cen, 'DescribeFlowlogs']]) {
    for (let page = 1; ; page++) {
      const r = await client.request(action, { RegionId: region, PageSize: PAGE, PageNumber: page }, { method: 'POST' });
      ++n.requests;
      const items = array(r, 'FlowLogs', 'FlowLog');
      const got = items.length;
      n.add(items, 'FlowLogId');
      if (page * PAGE >= Number(r.TotalCount) || got === 0) break;
    }
  }
}

// A NextToken listing of ECR: every item under key, every page followed.
async function ecrPages(c, action, params, key, n) {
  const items = [];
  let token;
  do {
    const q = { ...params, MaxResults: PAGE };
    if (token) q.NextToken = token;
    const r = await c.ecr.request(action, q, { method: 'POST' });
    ++n.requests;
    items.push(...array(r, key, key.replace(/s$/, '')));
    token = r.NextToken;
  } while (token);
  return items;
}

async function aliyunTyped(c, p, n) {
  for (const region of p.regions || []) await aliyunRegionFlowLogs(c, region, n);
  for (const ecrId of p.ecrIds || []) n.add(await ecrPages(c, 'DescribeFlowLogs', { EcrId: ecrId }, 'FlowLogs', n), 'FlowLogId');
}

async function aliyunDiscovered(c, n) {
  const r = await c.vpc.request('DescribeRegions', {}, { method: 'POST' });
  ++n.requests;
  for (const region of array(r, 'Regions', 'Region').map((x) => x.RegionId)) await aliyunRegionFlowLogs(c, region, n);
  const routers = await ecrPages(c, 'DescribeExpressConnectRouter', {}, 'EcrList', n);
  for (const router of routers) {
    n.add(await ecrPages(c, 'DescribeFlowLogs', { EcrId: router.EcrId }, 'FlowLogs', n), 'FlowLogId');
  }
}

function huaweiClient(base, p, projectId) {
  const credentials = new BasicCredentials().withAk(p.accessKeyId).withSk(p.secret).withProjectId(projectId);
  return new ClientBuilder((hc) => hc).withEndpoint(base).withCredential(credentials).build();
}

// A marker-paged GET of a project (ER): every item under key, every page followed.
async function huaweiPages(client, url, pathParams, key, n) {
  const items = [];
  let marker;
  do {
    const queryParams = { limit: PAGE };
    if (marker) queryParams.marker = marker;
    const r = await client.sendRequest({ method: 'GET', url, contentType: 'application/json', queryParams, pathParams,
      headers: {}, data: {} });
    ++n.requests;
    items.push(...(r[key] || []));
    marker = r.page_info && r.page_info.next_marker;
  } while (marker);
  return items;
}

async function routerFlowLogs(client, erId, n) {
  const url = '/v3/{project_id}/enterprise-router/{er_id}/flow-logs';
  n.add(await huaweiPages(client, url, { er_id: erId }, 'flow_logs', n), 'id');
}

async function huaweiTyped(base, p, n) {
  for (const [region, routers] of Object.entries(p.erIds || {})) {
    const client = huaweiClient(base, p, p.projectIds[region]);
    for (const erId of routers) await routerFlowLogs(client, erId, n);
  }
}

async function huaweiDiscovered(base, p, n) {
  // KeystoneListProjects is a global IAM call: signed with the domain id (GlobalCredentials), one answer.
  const credentials = new GlobalCredentials().withAk(p.accessKeyId).withSk(p.secret).withDomainId(p.accountId);
  const iam = new ClientBuilder((hc) => hc).withEndpoint(base).withCredential(credentials).build();
  const r = await iam.sendRequest({ method: 'GET', url: '/v3/projects', contentType: 'application/json', queryParams: {},
    pathParams: {}, headers: {}, data: {} });
  ++n.requests;
  const projects = (r.projects || []).filter((x) => x.name && x.name !== 'MOS' && x.enabled !== false);
  for (const project of projects) {
    const client = huaweiClient(base, p, project.id);
    const routers = await huaweiPages(client, '/v3/{project_id}/enterprise-router/instances', {}, 'instances', n);
    for (const router of routers) await routerFlowLogs(client, router.id, n);
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const discover = argv[0] === '--discover';
  const [binary, ...sandboxArgs] = discover ? argv.slice(1) : argv;
  const { child, base, profiles } = await startSandbox(binary, sandboxArgs);
  const n = new Counter();
  const started = process.hrtime.bigint();
  for (const p of profiles.filter((q) => q.accessKeyId)) {
    if (p.provider === 'aliyun') {
      const c = aliyunClients(base, p);
      await (discover ? aliyunDiscovered(c, n) : aliyunTyped(c, p, n));
    } else {
      await (discover ? huaweiDiscovered(base, p, n) : huaweiTyped(base, p, n));
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  child.kill();
  const idsSha256 = crypto.createHash('sha256').update(n.ids.sort().join('\n')).digest('hex');
  console.log(JSON.stringify({ requests: n.requests, rows: n.ids.length, ms, idsSha256 }));
}

main().catch((e) => {
  console.error(`sdklist: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
