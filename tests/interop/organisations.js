// The interop checks of organisations through the official SDKs: Alibaba STS AssumeRole into a member, its temporary
// credentials and Resource Directory ListAccounts; Huawei IAM projects, the agency token call, temporary keys and
// Organizations ListAccounts.
'use strict';

const { ClientBuilder } = require('@huaweicloud/huaweicloud-sdk-core/ClientBuilder');
const { BasicCredentials, GlobalCredentials } = require('@huaweicloud/huaweicloud-sdk-core');
const { STS_LIFETIME_S, check, expect, rejection, errorCode } = require('./harness');
const { VPC, STS, RD, popClient, acs3Client, acs3Call, erClient, erRequest } = require('./clients');

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

module.exports = { sts, rd, iam, org };
