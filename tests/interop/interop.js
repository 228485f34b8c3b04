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
// Prints "ok - name" / "not ok - name: reason" lines and exits 1 when anything failed. The checks live in modules
// beside this file: harness.js (report, --ops, the sandbox), clients.js (the SDKs' clients), services.js (listing and
// create), lifecycle.js and organisations.js.
'use strict';

const fs = require('fs');
const path = require('path');

// Exit code ctest reads as "skipped" (SKIP_RETURN_CODE): the SDKs are installed by `npm ci` in this directory.
if (!fs.existsSync(path.join(__dirname, 'node_modules', '@alicloud', 'pop-core'))) {
  console.log(`SKIP: the official SDKs are not installed; run "npm ci" in ${__dirname} (scripts/bootstrap.sh test does)`);
  process.exit(77);
}

const { print, printError, enable, enabledOps, results, startSandbox } = require('./harness');
const { vpc, cen, ecr, er } = require('./services');
const { vpcLifecycle, cenLifecycle, ecrLifecycle, erLifecycle } = require('./lifecycle');
const { sts, rd, iam, org } = require('./organisations');

// The SDKs log whole request objects on errors (the rejections this test provokes on purpose): keep the report
// readable unless INTEROP_VERBOSE is set.
if (!process.env.INTEROP_VERBOSE) {
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = () => {};
  // The Huawei SDK logs through log4js, whose console appender kept the original console.
  require('@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger').Logger4jInstance.level = 'off';
}

async function main() {
  const args = process.argv.slice(2);
  const binary = args[0];
  if (!binary) {
    printError('usage: node interop.js /path/to/flowlog-sandbox [--ops vpc,cen,ecr,er,acs3,create,validation,vpc-acs3,...]');
    process.exit(2);
  }
  const opsIndex = args.indexOf('--ops');
  if (opsIndex >= 0) enable(args[opsIndex + 1].split(','));
  const ops = enabledOps();
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
  const { passes, failures } = results();
  print(`# ${passes} passed, ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => {
  printError(`interop: ${e.stack || e}`);
  process.exit(1);
});
