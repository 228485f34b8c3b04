<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts by name, provider, AccessKey ID or region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent paging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlowLogs has an unexpected type in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow log entry in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccessKey ID of profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccessKey secret of profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: it must be within 15 minutes of the real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS token of profile %1 has expired: enter a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the RAM user of profile %1 permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is throttling requests; try again later or lower the concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request was replayed; retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered HTTP %1 without a readable error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log may have been created: the next listing will show it. Retrying this draft is safe and will not create it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network or raise the request timeout in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the endpoint of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 pages: the service keeps returning more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for page %1 but the service returned page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned a paging token it had already returned; stopped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned an empty page with a further paging token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was cut short (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow_logs has an unexpected type in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the request but did not return the new flow log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was refused: check the AK/SK of profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the project ID of this region in profile %1 and that its IAM user may use Enterprise Router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the enterprise router ID and the project ID of profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the request but its answer is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log may have been created: the next listing will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered without the new flow log&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Express Connect Router instance IDs of profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not available in this region for profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the required field the message names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value the message names; the create form checks the same rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Log Service project and Logstore first, in the same region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow log entry in the response has no FlowLogId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region in the response has no RegionId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 pages: the service keeps returning more than the %2 entries one source may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports %1 entries for this source, more than the %2 one source may hold; stopped instead of asking for every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned the same entries again (page %1 repeats page %2); stopped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint %1 is not allowed: use https, or plain http only to a loopback address such as 127.0.0.1 or [::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the endpoint override of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was still incomplete after %1 s; stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service or the network is sending very slowly; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB; stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer of this API is that large: check the endpoint of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary credentials of profile %1 were refused: check its role or agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service granted no usable temporary credentials (a key, secret, security token and expiry time are needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 exists and trusts the account of the profile&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ECR instance in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ECR instance in the response has no EcrId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account in the response has no AccountId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not name the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project in the response has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise router in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise router in the response has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account in the response has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no flow_log object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the flow log settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may have been made: the next listing shows the flow log as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was sent but its result could not be read: the next listing shows the flow log as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log is still %1 after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is still working on it: check it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reports the flow log as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepted the change, but the flow log is still %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPC in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPC in the response has no VpcId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed after the request was sent and before any answer: the service may have carried it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not sent again. Read the resource&apos;s state before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vSwitch in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vSwitch in the response has no VSwitchId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transit router in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transit router in the response has no TransitRouterId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment in the response has no TransitRouterAttachmentId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child instance in the response is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child instance in the response has no ChildInstanceId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment in the response has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s paging token could not be read consistently; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CenForm</name>
    <message>
        <source>&amp;CEN ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cen-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit &amp;router ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tr-… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit router &amp;attachment ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tr-attach-… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${srcaddr}${dstaddr}${bytes}… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFlowLogDialog</name>
    <message>
        <source>New Flow Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service to check this flow log without creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>No flow log selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s JSON of the selected flow log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcrForm</name>
    <message>
        <source>&amp;ECR ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VBR ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vbr-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mpling rate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErForm</name>
    <message>
        <source>&amp;Enterprise router ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachment ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;group ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log s&amp;tream ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>A role is assumed on Alibaba Cloud only; Huawei Cloud profiles use an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency is assumed on Huawei Cloud only; Alibaba Cloud profiles use a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session name, external ID or duration needs a role ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain ID needs an agency name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency needs the domain ID of the account that owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member role is for Alibaba Cloud organisation profiles only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member agency is for Huawei Cloud organisation profiles only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the role ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role ARN must look like acs:ram::&lt;account id&gt;:role/&lt;role name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session name must be 2 to 64 characters: letters, digits and . @ _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external ID must be 2 to 1224 characters: letters, digits and _ + = , . @ : / -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be from %1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role name must be 1 to 64 characters: letters, digits and . @ _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency name must be 1 to 64 characters, without spaces at either end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (domain) ID must be 1 to 64 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log failed (%1): only Delete applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flow logs cannot change their %2 after they are created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePlan</name>
    <message>
        <source>Its account is no longer configured or is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Refresh before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already so: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing now (%1): waits until it settles, then %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Flow Log Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every flow log of every enabled account again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Alibaba Cloud or Huawei Cloud account to list its flow logs, or open the sandbox to try the console with sample accounts (nothing leaves this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New flow log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a flow log (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running refresh (Esc; in the filter box, the first Esc clears the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingCreates</name>
    <message>
        <source>Cannot keep the pending create in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the pending create: %1 stays locked by another flowlog program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its outcome is unknown and this call has no client token: check the next listing before sending it again, or it may be carried out twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log may have been created: the next listing will show it. Sending the same draft again reuses client token %1, so the service will not create it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the directory %1 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;TS token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated region ids; empty sweeps the provider&apos;s default regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (empty: the provider&apos;s endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject IDs (Huawei):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One REGION=ID per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;R instance IDs (Huawei):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;CR instance IDs (Alibaba):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (include in sweeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the profile reaches the account it lists: with its own key, by assuming a role or agency with it, or as the management account of an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of the temporary credentials the role grants (900 to 43200 seconds, at most the role&apos;s maximum session duration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (domain) that owns the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;ber role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;ber agency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Flow Log Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Enter %1: the service requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use exactly %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accepted: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and end with a lowercase letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flow logs take no tags: remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 tags (now %2): remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: enter a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: use a key of at most %2 characters (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: a key must not start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: a key must not contain http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: the key &quot;%2&quot; is already used: use each key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: use a value of at most %2 characters (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: a value must not start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: a value must not contain http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable interval: use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer an interval of %2 s: use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SLS project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SLS logstore name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the name with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the description with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CEN instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the log format with ${srcaddr}${dstaddr}${bytes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ECR instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VBR instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enterprise router id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LTS log group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LTS log stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEN instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit router attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTS log group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTS log stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 id must be a UUID such as 6f83b848-8331-4271-ac0c-ef94b7686402 (now “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 id must start with %2 (now “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 10 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time the console starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every enabled account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the filter box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc (in the filter box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter; a second Esc stops a running refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows shown (also from the filter box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F10, Menu key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the menu of the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space (in a facet menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick a value; the menu stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the sources, the filter, the table and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several flow logs, of any accounts and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected flow logs (after a preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a menu (File, Flow Log, View, Tools, Help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: which networks no flow log watches, and which flow logs watch nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlsStorageBox</name>
    <message>
        <source>Log Service (SLS) storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logstore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VpcForm</name>
    <message>
        <source>Resource &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eni-…, vsw-… or vpc-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traffic type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the %1, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile %1 and delete its secret from the %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile %1 and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1: %2 in %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no network access is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: testing a connection is not available for %2 %3 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: connection OK (%2 in %3 answered; %n flow log(s) on the first page).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connection failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; its secret is in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry of the settings file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the broken entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported before (same name and AccessKey ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of %1 are still in plaintext in %2. Import again with &quot;Remove the imported profiles&apos; secrets&quot; checked to take them out of that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets stay in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret of %1 was left in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the secrets of %1 from %2 (now readable by you only); everything else in it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, assumes role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, assumes agency %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, manages an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot discover %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::AliyunConfigImporter</name>
    <message>
        <source>The aliyun CLI config is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI config has no &quot;profiles&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a profile object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported mode (not one the aliyun CLI knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no AccessKey ID or secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode StsToken without an STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile store went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile with this name exists (with another AccessKey ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1 without ram_role_arn or ram_session_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its source_profile &quot;%1&quot; is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its source_profile %1 is not an AK or StsToken profile (a chain of roles is not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its source_profile %1 has no AccessKey ID or secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::AliyunImportDialog</name>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the aliyun CLI config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the aliyun CLI Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the imported profiles&apos; secrets from %1 (everything else in it stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ticked: an account named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profiles in the file: %2 ticked for import, %3 not ticked, %4 cannot be imported (each says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: skipped, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CenForm</name>
    <message>
        <source>Optional, up to 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageActions</name>
    <message>
        <source>&amp;Coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Resource in &amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which networks no flow log watches, and which flow logs watch nothing (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageChart</name>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 least covered of %2 groups (the table lists all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageEnableDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enable Flow Logs for %n Resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every resource gets a flow log made from the template. Values may use ${account}, ${accountId}, ${region}, ${service} and ${resource}. Nothing is sent until every draft passes the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template below, or open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / log group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open coverage template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 drafts break the rules: fix the template. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) have a flow log coming up and are left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 created, %3 failed. Enable again later: it creates only what is still missing, and settles answers that were lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageEnabler</name>
    <message>
        <source>The template %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s &quot;%1&quot; must be an object of strings (tags, vpc, cen, ecr, er).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 flow logs is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageView</name>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: account, region, resource, name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable Flow Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Flow &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage — Flow Log Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs whose resource no longer exists: they watch nothing and may still cost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to look at every account&apos;s networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing every account&apos;s networks and flow logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources: %2 covered, %3 partly covered, %4 uncovered; %5 orphaned flow logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) could not be listed (hover for why).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A flow log on it is being created or activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable Flow Logs for %n Resource(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orphaned flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) created: Refresh once they are active.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select uncovered resources first (Ctrl+A selects every one shown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CreateChoices</name>
    <message>
        <source>The account has no project in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CreateFlowLogDialog</name>
    <message>
        <source>Add an account first (File &gt; Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the flow log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 flow logs is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again in %3 s with the same client token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run passed: the service would create this flow log (request id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the flow log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create needs an account: add one in Tools &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create is disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create is disabled: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log “%1” (%2) already records %3 into %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow log named “%1” (%2) already exists on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more flow logs are like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create another one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CredentialBroker</name>
    <message>
        <source>Could not assume %1 with profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::DetailsPane</name>
    <message>
        <source>No flow log selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::DiscoverDialog</name>
    <message>
        <source>Discover: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a refresh covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the accounts, regions and instances of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1 (typed in the profile; not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh of %1 covers %2 account(s), %3 region(s) and %4 instance(s); %5 step(s) failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::Discovery</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the organisation&apos;s accounts failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching the account failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing regions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing instances failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing instances in %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the management account only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential broker reaches organisation members here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listed in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the configured regions instead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the configured ECR instances instead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the configured routers of %1 instead: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the members found before the failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::EcrForm</name>
    <message>
        <source>Optional, up to 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::ErForm</name>
    <message>
        <source>1 to 64 characters (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::FacetBar</name>
    <message>
        <source>Filter: name, ID, resource, storage, tag… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only flow logs whose delivery failed, that failed, or that are inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter and every facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::FlowLogTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (delivery %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: this source has not been listed successfully since these rows were cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: last seen %1. The last refresh of this source did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::FlowLogView</name>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flow log(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::IdChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the account&apos;s %1. Type the ids instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from the account&apos;s ids as you type (%1 listed), or enter any id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has none of these here: enter the ids by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSwitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit router attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VBRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ER attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::IdPicker</name>
    <message>
        <source>List the account&apos;s ids (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::Inventory</name>
    <message>
        <source>No project ID is set for region %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile and enter the project ID of this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1 flow logs is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::KeychainCredentialStore</name>
    <message>
        <source>No secret is stored in the keychain for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile and enter its secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service is running: install and unlock gnome-keyring or KWallet, then try again. Secrets are never stored in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain and allow flowlog-console to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of this profile is empty or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not reachable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the system keychain (gnome-keyring or KWallet) is installed, running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::LifecycleActions</name>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the selected flow logs (shows what will change first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected flow logs (shows what will change first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name, description or interval of the selected flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected flow logs (Del; asks you to type how many first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::LifecyclePreviewDialog</name>
    <message numerus="yes">
        <source>Activate %n flow log(s)</source>
        <translation>
            <numerusform>Activate %n flow log</numerusform>
            <numerusform>Activate %n flow logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n flow log(s)</source>
        <translation>
            <numerusform>Deactivate %n flow log</numerusform>
            <numerusform>Deactivate %n flow logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n flow log(s)</source>
        <translation>
            <numerusform>Change %n flow log</numerusform>
            <numerusform>Change %n flow logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n flow log(s)</source>
        <translation>
            <numerusform>Delete %n flow log</numerusform>
            <numerusform>Delete %n flow logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be activated.</source>
        <translation>
            <numerusform>%n flow log will be activated.</numerusform>
            <numerusform>%n flow logs will be activated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be deactivated.</source>
        <translation>
            <numerusform>%n flow log will be deactivated.</numerusform>
            <numerusform>%n flow logs will be deactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be changed.</source>
        <translation>
            <numerusform>%n flow log will be changed.</numerusform>
            <numerusform>%n flow logs will be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%n flow log will be deleted. This cannot be undone.</numerusform>
            <numerusform>%n flow logs will be deleted. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected services can change the interval of a flow log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected flow log(s) will be left as they are (marked below).</source>
        <translation>
            <numerusform>%n selected flow log will be left as it is (marked below).</numerusform>
            <numerusform>%n selected flow logs will be left as they are (marked below).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To delete them, type the number of flow logs (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already so: nothing is sent to change them.</source>
        <translation>
            <numerusform>%n is already so: nothing is sent to change it.</numerusform>
            <numerusform>%n are already so: nothing is sent to change them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowlog::LifecycleProgressDialog</name>
    <message>
        <source>Activating Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting Flow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing more; changes already sent finish on the provider&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this view; the changes go on and the table keeps updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flow log(s) finished.</source>
        <translation>
            <numerusform>%1 of %n flow log finished.</numerusform>
            <numerusform>%1 of %n flow logs finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::LifecycleRunner</name>
    <message>
        <source>The profile of this flow log no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::MainWindow</name>
    <message>
        <source>Flow Log Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow Log Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console shows the new language after a restart. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the console again: restart it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile and enter its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::ProfileEditDialog</name>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not REGION=ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint override is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the STS token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assume an agency with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assume a RAM role with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: the key&apos;s account manages the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the accounts, regions and instances a refresh will cover, before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::ProfileStore</name>
    <message>
        <source>The profile has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs an AccessKey ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint override must be an https URL, or plain http to this computer only (127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with the id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 no longer exists (another program removed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists (another program removed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists (another program removed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the settings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another flowlog program is changing the profiles (%1 stays locked): try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the settings: %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the settings file %1: check that it and its directory are writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot; (use aliyun or huaweicloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown credential kind &quot;%1&quot; (use accesskey or sts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another entry has the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another entry has the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::ProfileWriter</name>
    <message>
        <source>The profile store went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1, so a new STS token alone cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey secret too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be put back either: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::SandboxLauncher</name>
    <message>
        <source>Cannot start the sandbox (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox exited early with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start within 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build or install flowlog-sandbox next to this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox (%1) printed no base URL or no sample accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::SourceStatusModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::SourceTreeModel</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every region (through %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::SourcesPane</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sources that failed, and their accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all (to accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a source to see its state and error here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flow logs, %2 sources, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the accounts, services, regions and errors that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::SourcesView</name>
    <message>
        <source>Copy Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh This Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::SweepStatus</name>
    <message>
        <source>%1 flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached results from %1, refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sources did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale from 1 failed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale from %2 failed sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale from 1 source not refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale from %2 sources not refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale rows last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowlog::TagEditor</name>
    <message>
        <source>&amp;Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste key=value lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1 more lines (a flow log takes at most %2 tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line had no “=”: it became a key with an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines had no “=”: each became a key with an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::VpcForm</name>
    <message>
        <source>2 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpc-… (type, or pick from the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vsw-… (type, or pick from the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eni-…, vsw-… or vpc-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eni-… (network interfaces are not listed: type the id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
