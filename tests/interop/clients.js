// The official SDKs' clients as the interop checks use them: Alibaba pop-core (RPC v1) and openapi-client (ACS3),
// and the Huawei SDK's HcClient for ER.
'use strict';

const RPCClient = require('@alicloud/pop-core').RPCClient;
const OpenApi = require('@alicloud/openapi-client');
const { ClientBuilder } = require('@huaweicloud/huaweicloud-sdk-core/ClientBuilder');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core');

const VPC = '2016-04-28';
const STS = '2015-04-01';
const RD = '2020-03-31';
const CBN = '2017-09-12';
const ECR = '2023-09-01';

// ---------------------------------------------------------------------------------------------------------------
// Alibaba clients

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

module.exports = {
  VPC,
  STS,
  RD,
  CBN,
  ECR,
  popClient,
  acs3Client,
  acs3Call,
  flowLogArray,
  erClient,
  erRequest,
};
