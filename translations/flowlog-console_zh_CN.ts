<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>Provider error</source>
        <translation>云服务错误</translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation>无法解析的响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>Credentials unavailable</source>
        <translation>凭证不可用</translation>
    </message>
    <message>
        <source>Inconsistent paging</source>
        <translation>分页不一致</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>响应不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>FlowLogs has an unexpected type in the response.</source>
        <translation>响应中 FlowLogs 的类型不符合预期。</translation>
    </message>
    <message>
        <source>A flow log entry in the response is not an object.</source>
        <translation>响应中有一条流日志记录不是对象。</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>该账号配置</translation>
    </message>
    <message>
        <source>Check the AccessKey ID of profile %1.</source>
        <translation>请检查账号配置 %1 的 AccessKey ID。</translation>
    </message>
    <message>
        <source>Check the AccessKey secret of profile %1.</source>
        <translation>请检查账号配置 %1 的 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: it must be within 15 minutes of the real time.</source>
        <translation>请检查本机时钟：与标准时间的误差必须在 15 分钟以内。</translation>
    </message>
    <message>
        <source>The STS token of profile %1 has expired: enter a fresh one.</source>
        <translation>账号配置 %1 的 STS 令牌已过期，请输入新的令牌。</translation>
    </message>
    <message>
        <source>Grant the RAM user of profile %1 permission for this operation.</source>
        <translation>请为账号配置 %1 的 RAM 用户授予此操作的权限。</translation>
    </message>
    <message>
        <source>The service is throttling requests; try again later or lower the concurrency.</source>
        <translation>服务正在限流，请稍后重试或降低并发数。</translation>
    </message>
    <message>
        <source>A request was replayed; retry.</source>
        <translation>请求被判定为重放，请重试。</translation>
    </message>
    <message>
        <source>The service answered with something that is not JSON.</source>
        <translation>服务返回的内容不是 JSON。</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 without a readable error.</source>
        <translation>服务返回 HTTP %1，且没有可读的错误信息。</translation>
    </message>
    <message>
        <source>The flow log may have been created: the next listing will show it. Retrying this draft is safe and will not create it twice.</source>
        <translation>流日志可能已创建成功，下次刷新列表时会显示。重试此草稿是安全的，不会重复创建。</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服务未能及时响应。</translation>
    </message>
    <message>
        <source>Check the network or raise the request timeout in the settings.</source>
        <translation>请检查网络，或在设置中调大请求超时时间。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>Check the network connection and the endpoint of the profile.</source>
        <translation>请检查网络连接和账号配置的访问地址（Endpoint）。</translation>
    </message>
    <message>
        <source>Stopped after %1 pages: the service keeps returning more.</source>
        <translation>已在 %1 页后停止：服务一直返回更多数据。</translation>
    </message>
    <message>
        <source>Asked for page %1 but the service returned page %2.</source>
        <translation>请求第 %1 页，但服务返回了第 %2 页。</translation>
    </message>
    <message>
        <source>The service returned a paging token it had already returned; stopped to avoid an endless loop.</source>
        <translation>服务返回了重复的分页令牌，已停止以避免无限循环。</translation>
    </message>
    <message>
        <source>The service returned an empty page with a further paging token.</source>
        <translation>服务返回了空页，却仍带有下一页的分页令牌。</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>当前无法访问网络。</translation>
    </message>
    <message>
        <source>The response was cut short (%1).</source>
        <translation>响应被截断（%1）。</translation>
    </message>
    <message>
        <source>flow_logs has an unexpected type in the response.</source>
        <translation>响应中 flow_logs 的类型不符合预期。</translation>
    </message>
    <message>
        <source>The service accepted the request but did not return the new flow log.</source>
        <translation>服务已接受请求，但未返回新建的流日志。</translation>
    </message>
    <message>
        <source>The signature was refused: check the AK/SK of profile %1.</source>
        <translation>签名被拒绝：请检查账号配置 %1 的 AK/SK。</translation>
    </message>
    <message>
        <source>Check the project ID of this region in profile %1 and that its IAM user may use Enterprise Router.</source>
        <translation>请检查账号配置 %1 中该地域的项目 ID，并确认其 IAM 用户有权使用企业路由器。</translation>
    </message>
    <message>
        <source>Check the enterprise router ID and the project ID of profile %1.</source>
        <translation>请检查账号配置 %1 的企业路由器 ID 和项目 ID。</translation>
    </message>
    <message>
        <source>The service accepted the request but its answer is unreadable.</source>
        <translation>服务已接受请求，但其响应无法解析。</translation>
    </message>
    <message>
        <source>The flow log may have been created: the next listing will show it.</source>
        <translation>流日志可能已创建成功，下次刷新列表时会显示。</translation>
    </message>
    <message>
        <source>The service answered without the new flow log&apos;s id.</source>
        <translation>服务的响应中缺少新建流日志的 ID。</translation>
    </message>
    <message>
        <source>Check the Express Connect Router instance IDs of profile %1.</source>
        <translation>请检查账号配置 %1 的专线网关（ECR）实例 ID。</translation>
    </message>
    <message>
        <source>The service is not available in this region for profile %1.</source>
        <translation>账号配置 %1 在该地域无法使用此服务。</translation>
    </message>
    <message>
        <source>Fill in the required field the message names.</source>
        <translation>请填写错误信息中指出的必填项。</translation>
    </message>
    <message>
        <source>Correct the value the message names; the create form checks the same rules.</source>
        <translation>请更正错误信息中指出的值；新建表单会按相同规则校验。</translation>
    </message>
    <message>
        <source>Create the Log Service project and Logstore first, in the same region.</source>
        <translation>请先在同一地域创建日志服务（SLS）的 Project 和 Logstore。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>CEN</source>
        <translation>云企业网 CEN</translation>
    </message>
    <message>
        <source>ECR</source>
        <translation>专线网关 ECR</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>企业路由器 ER</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Flow Log Console</source>
        <translation>流日志控制台</translation>
    </message>
    <message>
        <source>Filter flow logs (name, ID, resource, tag…)</source>
        <translation>筛选流日志（名称、ID、资源、标签…）</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>List every flow log of every enabled account again (F5)</source>
        <translation>重新列出所有已启用账号的全部流日志（F5）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel the running refresh (Esc)</source>
        <translation>取消正在进行的刷新（Esc）</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>云厂商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Credential kind:</source>
        <translation>凭证类型(&amp;C)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;TS token:</source>
        <translation>STS 令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Comma-separated region ids; empty sweeps the provider&apos;s default regions.</source>
        <translation>以逗号分隔的地域 ID；留空则遍历该云厂商的默认地域。</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>自定义访问地址(&amp;E)：</translation>
    </message>
    <message>
        <source>https://… (empty: the provider&apos;s endpoints)</source>
        <translation>https://…（留空：使用云厂商的默认地址）</translation>
    </message>
    <message>
        <source>Pro&amp;ject IDs (Huawei):</source>
        <translation>项目 ID（华为云）(&amp;J)：</translation>
    </message>
    <message>
        <source>One REGION=ID per line</source>
        <translation>每行一个 REGION=ID</translation>
    </message>
    <message>
        <source>E&amp;R instance IDs (Huawei):</source>
        <translation>企业路由器实例 ID（华为云）(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;CR instance IDs (Alibaba):</source>
        <translation>专线网关 ECR 实例 ID（阿里云）(&amp;C)：</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>&amp;Enabled (include in sweeps)</source>
        <translation>启用(&amp;E)（参与刷新）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Flow Log Console</source>
        <translation>流日志控制台</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>This interval is not offered by the service.</source>
        <translation>该服务不支持此聚合间隔。</translation>
    </message>
</context>
<context>
    <name>flowlog::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Secrets are kept in the %1, never in files.</source>
        <translation>密钥保存在%1中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS 令牌</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Added profile %1.</source>
        <translation>已添加账号配置 %1。</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>已保存账号配置 %1。</translation>
    </message>
    <message>
        <source>Profile %1 could not be saved: %2</source>
        <translation>无法保存账号配置 %1：%2</translation>
    </message>
    <message>
        <source>Profile %1 was not saved: %2</source>
        <translation>账号配置 %1 未保存：%2</translation>
    </message>
    <message>
        <source>Remove profile %1 and delete its secret from the %2?</source>
        <translation>删除账号配置 %1，并从%2中删除其密钥？</translation>
    </message>
    <message>
        <source>Profile %1 was not removed: %2</source>
        <translation>账号配置 %1 未删除：%2</translation>
    </message>
    <message>
        <source>Removed profile %1 and its secret.</source>
        <translation>已删除账号配置 %1 及其密钥。</translation>
    </message>
    <message>
        <source>Testing %1: %2 in %3…</source>
        <translation>正在测试 %1：%3 的 %2…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no network access is configured.</source>
        <translation>%1：未配置网络访问。</translation>
    </message>
    <message>
        <source>%1: testing a connection is not available for %2 %3 yet.</source>
        <translation>%1：暂不支持测试 %2 %3 的连接。</translation>
    </message>
    <message numerus="yes">
        <source>%1: connection OK (%2 in %3 answered; %n flow log(s) on the first page).</source>
        <translation>
            <numerusform>%1：连接正常（%3 的 %2 已响应；第一页有 %n 条流日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connection failed: %2</source>
        <translation>%1：连接失败：%2</translation>
    </message>
    <message>
        <source>Cannot read the aliyun CLI config %1: %2</source>
        <translation>无法读取 aliyun CLI 配置 %1：%2</translation>
    </message>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1：已跳过，%2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Imported %1; its secret is in the %2.</source>
        <translation>已导入 %1，其密钥保存在%2中。</translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
</context>
<context>
    <name>flowlog::AliyunConfigImporter</name>
    <message>
        <source>The aliyun CLI config is not valid JSON (%1 at offset %2).</source>
        <translation>aliyun CLI 配置不是有效的 JSON（偏移 %2 处：%1）。</translation>
    </message>
    <message>
        <source>The aliyun CLI config has no &quot;profiles&quot; list.</source>
        <translation>aliyun CLI 配置中没有 &quot;profiles&quot; 列表。</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>not a profile object</source>
        <translation>不是配置对象</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>duplicate name</source>
        <translation>名称重复</translation>
    </message>
    <message>
        <source>unsupported mode %1</source>
        <translation>不支持的模式 %1</translation>
    </message>
    <message>
        <source>unsupported mode (not one the aliyun CLI knows)</source>
        <translation>不支持的模式（aliyun CLI 无法识别）</translation>
    </message>
    <message>
        <source>no AccessKey ID or secret</source>
        <translation>缺少 AccessKey ID 或 Secret</translation>
    </message>
    <message>
        <source>mode StsToken without an STS token</source>
        <translation>StsToken 模式缺少 STS 令牌</translation>
    </message>
    <message>
        <source>the profile store went away</source>
        <translation>账号配置存储已不可用</translation>
    </message>
    <message>
        <source>a profile with this name exists</source>
        <translation>已存在同名账号配置</translation>
    </message>
    <message>
        <source>the profile could not be saved</source>
        <translation>无法保存账号配置</translation>
    </message>
</context>
<context>
    <name>flowlog::CreateFlowLogDialog</name>
    <message>
        <source>New Flow Log</source>
        <translation>新建流日志</translation>
    </message>
</context>
<context>
    <name>flowlog::FlowLogTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云厂商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量类型</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>聚合间隔</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>%1 (delivery %2)</source>
        <translation>%1（投递状态：%2）</translation>
    </message>
</context>
<context>
    <name>flowlog::Inventory</name>
    <message>
        <source>The endpoint %1 is not allowed: use https, or http only to this computer.</source>
        <translation>不允许使用访问地址 %1：请使用 https，http 仅限本机地址。</translation>
    </message>
    <message>
        <source>No project ID is set for region %1.</source>
        <translation>未设置地域 %1 的项目 ID。</translation>
    </message>
    <message>
        <source>Edit the profile and enter the project ID of this region.</source>
        <translation>请编辑账号配置，填写该地域的项目 ID。</translation>
    </message>
    <message>
        <source>Listing %1 flow logs is not available.</source>
        <translation>暂不支持列出 %1 的流日志。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>flowlog::KeychainCredentialStore</name>
    <message>
        <source>No secret is stored in the keychain for this profile.</source>
        <translation>密钥环中没有保存该账号配置的密钥。</translation>
    </message>
    <message>
        <source>Edit the profile and enter its secret again.</source>
        <translation>请编辑账号配置，重新输入密钥。</translation>
    </message>
    <message>
        <source>No Secret Service is running: install and unlock gnome-keyring or KWallet, then try again. Secrets are never stored in plain files.</source>
        <translation>未运行 Secret Service：请安装并解锁 gnome-keyring 或 KWallet 后重试。密钥绝不会以明文文件保存。</translation>
    </message>
    <message>
        <source>Unlock the keychain and allow flowlog-console to use it.</source>
        <translation>请解锁密钥环，并允许 flowlog-console 使用它。</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>The keychain entry of this profile is empty or unreadable.</source>
        <translation>该账号配置在密钥环中的条目为空或无法读取。</translation>
    </message>
    <message>
        <source>The system keychain is not reachable (%1).</source>
        <translation>无法连接系统密钥环（%1）。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>系统密钥环拒绝访问（%1）。</translation>
    </message>
    <message>
        <source>The system keychain failed (%1).</source>
        <translation>系统密钥环出错（%1）。</translation>
    </message>
    <message>
        <source>Check that the system keychain (gnome-keyring or KWallet) is installed, running and unlocked.</source>
        <translation>请确认系统密钥环（gnome-keyring 或 KWallet）已安装、正在运行且已解锁。</translation>
    </message>
</context>
<context>
    <name>flowlog::MainWindow</name>
    <message>
        <source>Flow Log Console</source>
        <translation>流日志控制台</translation>
    </message>
    <message>
        <source>Flow Log Console — %1</source>
        <translation>流日志控制台 — %1</translation>
    </message>
    <message>
        <source>%1/%2 sources, %3 flow logs</source>
        <translation>%1/%2 个来源，%3 条流日志</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowlog::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>没有保存该账号配置的密钥。</translation>
    </message>
    <message>
        <source>Edit the profile and enter its secret.</source>
        <translation>请编辑账号配置，输入其密钥。</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>flowlog::ProfileEditDialog</name>
    <message>
        <source>Add profile</source>
        <translation>添加账号配置</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>编辑账号配置 %1</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS 令牌</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（未更改）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not REGION=ID.</source>
        <translation>“%1”不是 REGION=ID 格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb).</source>
        <translation>“%1”不是有效的颜色（请使用 #rrggbb）。</translation>
    </message>
    <message>
        <source>The endpoint override is not a URL.</source>
        <translation>自定义访问地址不是有效的 URL。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Enter the STS token.</source>
        <translation>请输入 STS 令牌。</translation>
    </message>
</context>
<context>
    <name>flowlog::ProfileStore</name>
    <message>
        <source>The profile has no id.</source>
        <translation>账号配置没有 ID。</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>账号配置需要名称。</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>账号配置名称的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的账号配置已存在。</translation>
    </message>
    <message>
        <source>The profile needs an AccessKey ID.</source>
        <translation>账号配置需要 AccessKey ID。</translation>
    </message>
    <message>
        <source>The endpoint override must be an https URL, or plain http to this computer only (127.0.0.1, ::1, localhost).</source>
        <translation>自定义访问地址必须是 https URL；http 仅限本机地址（127.0.0.1、::1、localhost）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id.</source>
        <translation>“%1”不是有效的地域 ID。</translation>
    </message>
</context>
<context>
    <name>flowlog::SandboxLauncher</name>
    <message>
        <source>Cannot start the sandbox (%1): %2</source>
        <translation>无法启动沙箱（%1）：%2</translation>
    </message>
    <message>
        <source>The sandbox exited early with code %1.</source>
        <translation>沙箱提前退出，退出码 %1。</translation>
    </message>
    <message>
        <source>The sandbox did not start within 15 seconds.</source>
        <translation>沙箱未能在 15 秒内启动。</translation>
    </message>
    <message>
        <source>Build or install flowlog-sandbox next to this program.</source>
        <translation>请构建 flowlog-sandbox，或将其安装在本程序所在目录。</translation>
    </message>
</context>
<context>
    <name>flowlog::SourceStatusModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
</TS>
