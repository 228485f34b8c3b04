// The interop checks of each service's listing and create through the official SDKs: VPC, CEN and ECR (pop-core
// and openapi-client ACS3) and Huawei ER (HcClient), with paging, idempotent creates, the provider's codes for what
// it refuses, and forged or stale signatures.
'use strict';

const http = require('http');
const { check, expect, rejection, errorCode, stamp } = require('./harness');
const { VPC, CBN, ECR, popClient, acs3Client, acs3Call, flowLogArray, erClient, erRequest } = require('./clients');

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

module.exports = { vpc, cen, ecr, er };
