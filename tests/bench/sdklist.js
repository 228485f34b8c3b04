#!/usr/bin/env node
// The peer of flowlog-bench cli-e2e (issue 19 goal 4): the providers' official SDKs (tests/interop/node_modules)
// listing every flow log of a sandbox's accounts one request after another, as a script would: per Alibaba account
// VPC DescribeFlowLogs and CEN DescribeFlowlogs in each of its regions and ECR DescribeFlowLogs per router
// (pop-core, RPC v1), per Huawei account the ER flow logs of each router (huaweicloud-sdk-core). Same sources as the
// profiles the sandbox prints, every page followed.
//
//   node sdklist.js /path/to/flowlog-sandbox [sandbox arguments...]
//
// Prints one JSON line: {"requests": N, "rows": N, "ms": wall of the listing (the sandbox's start excluded)}.
'use strict';

const path = require('path');
const { spawn } = require('child_process');
const readline = require('readline');

const modules = path.join(__dirname, '..', 'interop', 'node_modules');
const RPCClient = require(path.join(modules, '@alicloud', 'pop-core')).RPCClient;
const { ClientBuilder } = require(path.join(modules, '@huaweicloud', 'huaweicloud-sdk-core', 'ClientBuilder'));
const { BasicCredentials } = require(path.join(modules, '@huaweicloud', 'huaweicloud-sdk-core'));
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
        setTimeout(() => resolve({ child, base, profiles }), 300);
        return;
      }
      if (line.trim().startsWith('{')) profiles.push(JSON.parse(line));
    });
  });
}

function array(body, outer, inner) {
  const v = body[outer];
  return Array.isArray(v) ? v : v && Array.isArray(v[inner]) ? v[inner] : [];
}

async function main() {
  const [binary, ...sandboxArgs] = process.argv.slice(2);
  const { child, base, profiles } = await startSandbox(binary, sandboxArgs);
  let requests = 0;
  let rows = 0;
  const started = process.hrtime.bigint();
  for (const p of profiles.filter((q) => q.accessKeyId)) {
    if (p.provider === 'aliyun') {
      const client = (version) =>
        new RPCClient({ accessKeyId: p.accessKeyId, accessKeySecret: p.secret, endpoint: base, apiVersion: version });
      const vpc = client('2016-04-28');
      const cen = client('2017-09-12');
      const ecr = client('2023-09-01');
      for (const region of p.regions || []) {
        for (const [c, action] of [[vpc, 'DescribeFlowLogs'], [cen, 'DescribeFlowlogs']]) {
          for (let page = 1; ; page++) {
            const r = await c.request(action, { RegionId: region, PageSize: 50, PageNumber: page }, { method: 'POST' });
            ++requests;
            const got = array(r, 'FlowLogs', 'FlowLog').length;
            rows += got;
            if (page * 50 >= Number(r.TotalCount) || got === 0) break;
          }
        }
      }
      for (const ecrId of p.ecrIds || []) {
        let token;
        do {
          const params = { EcrId: ecrId, MaxResults: 50 };
          if (token) params.NextToken = token;
          const r = await ecr.request('DescribeFlowLogs', params, { method: 'POST' });
          ++requests;
          rows += array(r, 'FlowLogs', 'FlowLog').length;
          token = r.NextToken;
        } while (token);
      }
    } else {
      for (const [region, routers] of Object.entries(p.erIds || {})) {
        const credentials = new BasicCredentials().withAk(p.accessKeyId).withSk(p.secret).withProjectId(p.projectIds[region]);
        const client = new ClientBuilder((hc) => hc).withEndpoint(base).withCredential(credentials).build();
        for (const erId of routers) {
          let marker;
          do {
            const queryParams = { limit: 50 };
            if (marker) queryParams.marker = marker;
            const r = await client.sendRequest({
              method: 'GET', url: '/v3/{project_id}/enterprise-router/{er_id}/flow-logs', contentType: 'application/json',
              queryParams, pathParams: { er_id: erId }, headers: {}, data: {},
            });
            ++requests;
            rows += (r.flow_logs || []).length;
            marker = r.page_info && r.page_info.next_marker;
          } while (marker);
        }
      }
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  child.kill();
  console.log(JSON.stringify({ requests, rows, ms }));
}

main().catch((e) => {
  console.error(`sdklist: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
