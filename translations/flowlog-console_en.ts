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
    <name>MainWindow</name>
    <message>
        <source>Flow Log Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter flow logs (name, ID, resource, tag…)</source>
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
        <source>Cancel the running refresh (Esc)</source>
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
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interval is not offered by the service.</source>
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
        <source>Profile %1 could not be saved: %2</source>
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
        <source>Cannot read the aliyun CLI config %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
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
        <source>a profile with this name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowlog::CreateFlowLogDialog</name>
    <message>
        <source>New Flow Log</source>
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
</context>
<context>
    <name>flowlog::Inventory</name>
    <message>
        <source>The endpoint %1 is not allowed: use https, or http only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1/%2 sources, %3 flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>The endpoint override must be an https URL, or plain http to this computer only (127.0.0.1, ::1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id.</source>
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
</TS>
