// Lifecycle (issue 17): each service's state change through the official SDK, the provider's code while it runs,
// and the flow log settling on the sandbox's clock (--transition-ms, 500 ms by default).
'use strict';

const { check, expect, rejection, errorCode, stamp } = require('./harness');
const { VPC, CBN, ECR, popClient, acs3Client, acs3Call, flowLogArray, erClient, erRequest } = require('./clients');

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

module.exports = { vpcLifecycle, cenLifecycle, ecrLifecycle, erLifecycle };
