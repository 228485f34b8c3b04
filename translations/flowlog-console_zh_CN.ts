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
    <message>
        <source>Search accounts by name, provider, AccessKey ID or region</source>
        <translation>按名称、云厂商、AccessKey ID 或地域搜索账号</translation>
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
    <message>
        <source>A flow log entry in the response has no FlowLogId.</source>
        <translation>响应中的一条流日志缺少 FlowLogId。</translation>
    </message>
    <message>
        <source>A region in the response is not an object.</source>
        <translation>响应中的某个地域条目不是对象。</translation>
    </message>
    <message>
        <source>A region in the response has no RegionId.</source>
        <translation>响应中的某个地域条目缺少 RegionId。</translation>
    </message>
    <message>
        <source>Stopped after %1 pages: the service keeps returning more than the %2 entries one source may hold.</source>
        <translation>已在 %1 页后停止：服务返回的条目持续超过单个来源最多可有的 %2 条。</translation>
    </message>
    <message>
        <source>The service reports %1 entries for this source, more than the %2 one source may hold; stopped instead of asking for every page.</source>
        <translation>服务报告此来源有 %1 个条目，超过单个来源最多可有的 %2 个；已停止，不再逐页请求。</translation>
    </message>
    <message>
        <source>The service returned the same entries again (page %1 repeats page %2); stopped to avoid an endless loop.</source>
        <translation>服务再次返回了相同的条目（第 %1 页与第 %2 页重复）；为避免无限循环已停止。</translation>
    </message>
    <message>
        <source>The endpoint %1 is not allowed: use https, or plain http only to a loopback address such as 127.0.0.1 or [::1].</source>
        <translation>不允许使用访问地址 %1：请使用 https，或仅对 127.0.0.1、[::1] 等环回地址使用明文 http。</translation>
    </message>
    <message>
        <source>Correct the endpoint override of the profile.</source>
        <translation>请更正账号配置的自定义访问地址。</translation>
    </message>
    <message>
        <source>The answer was still incomplete after %1 s; stopped waiting.</source>
        <translation>%1 秒后应答仍不完整；已停止等待。</translation>
    </message>
    <message>
        <source>The service or the network is sending very slowly; try again later.</source>
        <translation>服务或网络发送数据非常缓慢；请稍后重试。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB; stopped reading it.</source>
        <translation>应答大于 %1 MiB；已停止读取。</translation>
    </message>
    <message>
        <source>No answer of this API is that large: check the endpoint of the profile.</source>
        <translation>此 API 的应答不会这么大：请检查账号配置的访问地址。</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>没有可用的凭据存储。</translation>
    </message>
    <message>
        <source>The temporary credentials of profile %1 were refused: check its role or agency.</source>
        <translation>配置文件 %1 的临时凭据被拒绝：请检查其角色或委托。</translation>
    </message>
    <message>
        <source>The service granted no usable temporary credentials (a key, secret, security token and expiry time are needed).</source>
        <translation>服务未授予可用的临时凭据（需要密钥 ID、密钥、安全令牌和过期时间）。</translation>
    </message>
    <message>
        <source>These credentials cannot be renewed.</source>
        <translation>这些凭据无法续期。</translation>
    </message>
    <message>
        <source>Check that %1 exists and trusts the account of the profile&apos;s key.</source>
        <translation>请检查 %1 是否存在，并且信任该配置文件密钥所属的账号。</translation>
    </message>
    <message>
        <source>An ECR instance in the response is not an object.</source>
        <translation>响应中的一个 ECR 实例不是对象。</translation>
    </message>
    <message>
        <source>An ECR instance in the response has no EcrId.</source>
        <translation>响应中的一个 ECR 实例没有 EcrId。</translation>
    </message>
    <message>
        <source>An account in the response is not an object.</source>
        <translation>响应中的一个账号不是对象。</translation>
    </message>
    <message>
        <source>An account in the response has no AccountId.</source>
        <translation>响应中的一个账号没有 AccountId。</translation>
    </message>
    <message>
        <source>The answer does not name the account.</source>
        <translation>响应中没有给出账号。</translation>
    </message>
    <message>
        <source>A project in the response is not an object.</source>
        <translation>响应中的一个项目不是对象。</translation>
    </message>
    <message>
        <source>A project in the response has no id.</source>
        <translation>响应中的一个项目没有 id。</translation>
    </message>
    <message>
        <source>An enterprise router in the response is not an object.</source>
        <translation>响应中的一个企业路由器不是对象。</translation>
    </message>
    <message>
        <source>An enterprise router in the response has no id.</source>
        <translation>响应中的一个企业路由器没有 id。</translation>
    </message>
    <message>
        <source>An account in the response has no id.</source>
        <translation>响应中的一个账号没有 id。</translation>
    </message>
    <message>
        <source>The response has no flow_log object.</source>
        <translation>响应中没有 flow_log 对象。</translation>
    </message>
    <message>
        <source>Stopped before the flow log settled.</source>
        <translation>已在流日志状态稳定前停止。</translation>
    </message>
    <message>
        <source>The change may have been made: the next listing shows the flow log as it is.</source>
        <translation>更改可能已生效：下次列出时会显示流日志的实际状态。</translation>
    </message>
    <message>
        <source>The change was sent but its result could not be read: the next listing shows the flow log as it is.</source>
        <translation>更改已发送，但无法读取其结果：下次列出时会显示流日志的实际状态。</translation>
    </message>
    <message>
        <source>The flow log no longer exists.</source>
        <translation>该流日志已不存在。</translation>
    </message>
    <message>
        <source>The flow log is still %1 after %2 s.</source>
        <translation>%2 秒后流日志仍处于 %1 状态。</translation>
    </message>
    <message>
        <source>The provider is still working on it: check it again later.</source>
        <translation>云服务商仍在处理：请稍后再检查。</translation>
    </message>
    <message>
        <source>The provider reports the flow log as %1.</source>
        <translation>云服务商报告该流日志状态为 %1。</translation>
    </message>
    <message>
        <source>The provider accepted the change, but the flow log is still %1.</source>
        <translation>云服务商已接受更改，但流日志仍处于 %1 状态。</translation>
    </message>
    <message>
        <source>The change did not complete.</source>
        <translation>更改未完成。</translation>
    </message>
    <message>
        <source>A VPC in the response is not an object.</source>
        <translation>响应中的一个 VPC 不是对象。</translation>
    </message>
    <message>
        <source>A VPC in the response has no VpcId.</source>
        <translation>响应中的一个 VPC 没有 VpcId。</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent and before any answer: the service may have carried it out.</source>
        <translation>请求发出后、收到任何应答前连接已关闭：服务可能已经执行了该请求。</translation>
    </message>
    <message>
        <source>It was not sent again. Read the resource&apos;s state before repeating it.</source>
        <translation>请求未被重发。重复操作前请先读取资源的当前状态。</translation>
    </message>
    <message>
        <source>A vSwitch in the response is not an object.</source>
        <translation>响应中的某个交换机不是对象。</translation>
    </message>
    <message>
        <source>A vSwitch in the response has no VSwitchId.</source>
        <translation>响应中的某个交换机没有 VSwitchId。</translation>
    </message>
    <message>
        <source>A transit router in the response is not an object.</source>
        <translation>响应中的某个转发路由器不是对象。</translation>
    </message>
    <message>
        <source>A transit router in the response has no TransitRouterId.</source>
        <translation>响应中的某个转发路由器没有 TransitRouterId。</translation>
    </message>
    <message>
        <source>An attachment in the response is not an object.</source>
        <translation>响应中的某个连接不是对象。</translation>
    </message>
    <message>
        <source>An attachment in the response has no TransitRouterAttachmentId.</source>
        <translation>响应中的某个连接没有 TransitRouterAttachmentId。</translation>
    </message>
    <message>
        <source>A child instance in the response is not an object.</source>
        <translation>响应中的某个子实例不是对象。</translation>
    </message>
    <message>
        <source>A child instance in the response has no ChildInstanceId.</source>
        <translation>响应中的某个子实例没有 ChildInstanceId。</translation>
    </message>
    <message>
        <source>An attachment in the response has no id.</source>
        <translation>响应中的某个连接没有 id。</translation>
    </message>
    <message>
        <source>The page&apos;s paging token could not be read consistently; stopped.</source>
        <translation>无法一致地读取该页的分页令牌；已停止。</translation>
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
    <name>CenForm</name>
    <message>
        <source>&amp;CEN ID:</source>
        <translation>CEN ID(&amp;C):</translation>
    </message>
    <message>
        <source>cen-…</source>
        <translation>cen-…</translation>
    </message>
    <message>
        <source>Transit &amp;router ID:</source>
        <translation>转发路由器 ID(&amp;R):</translation>
    </message>
    <message>
        <source>tr-… (optional)</source>
        <translation>tr-…(可选)</translation>
    </message>
    <message>
        <source>Transit router &amp;attachment ID:</source>
        <translation>转发路由器连接 ID(&amp;A):</translation>
    </message>
    <message>
        <source>tr-attach-… (optional)</source>
        <translation>tr-attach-…(可选)</translation>
    </message>
    <message>
        <source>Log &amp;format:</source>
        <translation>日志格式(&amp;F):</translation>
    </message>
    <message>
        <source>${srcaddr}${dstaddr}${bytes}… (optional)</source>
        <translation>${srcaddr}${dstaddr}${bytes}…(可选)</translation>
    </message>
</context>
<context>
    <name>CreateFlowLogDialog</name>
    <message>
        <source>New Flow Log</source>
        <translation>新建流日志</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>D&amp;ry Run</source>
        <translation>预检(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the service to check this flow log without creating it</source>
        <translation>请服务检查此流日志,但不创建</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>No flow log selected</source>
        <translation>未选择流日志</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>复制 JSON</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The provider&apos;s JSON of the selected flow log</source>
        <translation>所选流日志的云厂商原始 JSON</translation>
    </message>
</context>
<context>
    <name>EcrForm</name>
    <message>
        <source>&amp;ECR ID:</source>
        <translation>ECR ID(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;VBR ID:</source>
        <translation>VBR ID(&amp;V):</translation>
    </message>
    <message>
        <source>vbr-…</source>
        <translation>vbr-…</translation>
    </message>
    <message>
        <source>Sa&amp;mpling rate:</source>
        <translation>采样率(&amp;M):</translation>
    </message>
</context>
<context>
    <name>ErForm</name>
    <message>
        <source>&amp;Enterprise router ID:</source>
        <translation>企业路由器 ID(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Attachment ID:</source>
        <translation>连接 ID(&amp;A):</translation>
    </message>
    <message>
        <source>Log &amp;group ID:</source>
        <translation>日志组 ID(&amp;G):</translation>
    </message>
    <message>
        <source>Log s&amp;tream ID:</source>
        <translation>日志流 ID(&amp;T):</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>A role is assumed on Alibaba Cloud only; Huawei Cloud profiles use an agency.</source>
        <translation>只有阿里云配置文件可扮演角色；华为云配置文件使用委托。</translation>
    </message>
    <message>
        <source>An agency is assumed on Huawei Cloud only; Alibaba Cloud profiles use a role.</source>
        <translation>只有华为云配置文件可使用委托；阿里云配置文件使用角色。</translation>
    </message>
    <message>
        <source>A session name, external ID or duration needs a role ARN.</source>
        <translation>会话名称、外部 ID 或有效期需要填写角色 ARN。</translation>
    </message>
    <message>
        <source>A domain ID needs an agency name.</source>
        <translation>账号（域）ID 需要填写委托名称。</translation>
    </message>
    <message>
        <source>An agency needs the domain ID of the account that owns it.</source>
        <translation>委托需要填写其所属账号的域 ID。</translation>
    </message>
    <message>
        <source>A member role is for Alibaba Cloud organisation profiles only.</source>
        <translation>成员角色仅适用于阿里云组织配置文件。</translation>
    </message>
    <message>
        <source>A member agency is for Huawei Cloud organisation profiles only.</source>
        <translation>成员委托仅适用于华为云组织配置文件。</translation>
    </message>
    <message>
        <source>Enter the role ARN.</source>
        <translation>请输入角色 ARN。</translation>
    </message>
    <message>
        <source>The role ARN must look like acs:ram::&lt;account id&gt;:role/&lt;role name&gt;.</source>
        <translation>角色 ARN 的格式必须为 acs:ram::&lt;账号 ID&gt;:role/&lt;角色名称&gt;。</translation>
    </message>
    <message>
        <source>The session name must be 2 to 64 characters: letters, digits and . @ _ -</source>
        <translation>会话名称必须为 2 到 64 个字符：字母、数字及 . @ _ -</translation>
    </message>
    <message>
        <source>The external ID must be 2 to 1224 characters: letters, digits and _ + = , . @ : / -</source>
        <translation>外部 ID 必须为 2 到 1224 个字符：字母、数字及 _ + = , . @ : / -</translation>
    </message>
    <message>
        <source>The duration must be from %1 to %2 seconds.</source>
        <translation>有效期必须为 %1 到 %2 秒。</translation>
    </message>
    <message>
        <source>The role name must be 1 to 64 characters: letters, digits and . @ _ -</source>
        <translation>角色名称必须为 1 到 64 个字符：字母、数字及 . @ _ -</translation>
    </message>
    <message>
        <source>The agency name must be 1 to 64 characters, without spaces at either end.</source>
        <translation>委托名称必须为 1 到 64 个字符，首尾不能有空格。</translation>
    </message>
    <message>
        <source>The account (domain) ID must be 1 to 64 letters, digits, _ or -.</source>
        <translation>账号（域）ID 必须为 1 到 64 个字母、数字、_ 或 -。</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The flow log failed (%1): only Delete applies.</source>
        <translation>流日志失败（%1）：只能删除。</translation>
    </message>
    <message>
        <source>%1 flow logs cannot change their %2 after they are created.</source>
        <translation>%1 流日志的 %2 在创建后无法更改。</translation>
    </message>
</context>
<context>
    <name>LifecyclePlan</name>
    <message>
        <source>Its account is no longer configured or is disabled.</source>
        <translation>它的账号已不再配置或已停用。</translation>
    </message>
    <message>
        <source>%1 Refresh before changing it.</source>
        <translation>%1 请先刷新再更改它。</translation>
    </message>
    <message>
        <source>Already so: nothing is sent.</source>
        <translation>已是如此：不发送任何请求。</translation>
    </message>
    <message>
        <source>Already %1: nothing is sent.</source>
        <translation>已是%1：不发送任何请求。</translation>
    </message>
    <message>
        <source>Changing now (%1): waits until it settles, then %2.</source>
        <translation>正在变更（%1）：等它稳定后再执行：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>%1 → Active</source>
        <translation>%1 → 已启用</translation>
    </message>
    <message>
        <source>%1 → Inactive</source>
        <translation>%1 → 未启用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>将删除</translation>
    </message>
    <message>
        <source>name “%1” → “%2”</source>
        <translation>名称“%1”→“%2”</translation>
    </message>
    <message>
        <source>description cleared</source>
        <translation>清空描述</translation>
    </message>
    <message>
        <source>new description</source>
        <translation>新描述</translation>
    </message>
    <message>
        <source>interval %1 → %2</source>
        <translation>间隔 %1 → %2</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Flow Log Console</source>
        <translation>流日志控制台</translation>
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
        <source>No accounts yet</source>
        <translation>尚无账号</translation>
    </message>
    <message>
        <source>Add an Alibaba Cloud or Huawei Cloud account to list its flow logs, or open the sandbox to try the console with sample accounts (nothing leaves this computer).</source>
        <translation>添加阿里云或华为云账号以列出其流日志，或打开沙箱，用示例账号试用本控制台（数据不会离开本机）。</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <source>Open sandbox</source>
        <translation>打开沙箱</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New flow log…</source>
        <translation>新建流日志(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a flow log (Ctrl+N)</source>
        <translation>创建流日志（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or JSON (Ctrl+E)</source>
        <translation>将当前显示的行保存为 CSV 或 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Add, edit or remove accounts</source>
        <translation>添加、编辑或删除账号</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>数据源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel the running refresh (Esc; in the filter box, the first Esc clears the filter)</source>
        <translation>取消正在进行的刷新（Esc；在筛选框中，第一次按 Esc 先清除筛选）</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Flow &amp;Log</source>
        <translation>流日志(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PendingCreates</name>
    <message>
        <source>Cannot keep the pending create in %1: %2.</source>
        <translation>无法在 %1 中保留待定的创建记录：%2。</translation>
    </message>
    <message>
        <source>Cannot keep the pending create: %1 stays locked by another flowlog program.</source>
        <translation>无法保留待定的创建记录：%1 一直被另一个 flowlog 程序锁定。</translation>
    </message>
    <message>
        <source>Its outcome is unknown and this call has no client token: check the next listing before sending it again, or it may be carried out twice.</source>
        <translation>结果未知，且此调用没有客户端令牌：再次发送前请先查看下一次列表，否则它可能被执行两次。</translation>
    </message>
    <message>
        <source>The flow log may have been created: the next listing will show it. Sending the same draft again reuses client token %1, so the service will not create it twice.</source>
        <translation>流日志可能已经创建：下一次列表会显示它。再次发送同一草稿会沿用客户端令牌 %1，因此服务不会重复创建。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 不是目录</translation>
    </message>
    <message>
        <source>cannot make the directory %1 private</source>
        <translation>无法将目录 %1 设为仅本人可访问</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>无法将 %1 设为仅本人可访问</translation>
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
    <message>
        <source>&amp;Access:</source>
        <translation>访问方式(&amp;A)：</translation>
    </message>
    <message>
        <source>How the profile reaches the account it lists: with its own key, by assuming a role or agency with it, or as the management account of an organisation.</source>
        <translation>配置文件如何访问其列出的账号：使用自己的密钥、用密钥扮演角色或委托，或作为组织的管理账号。</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>角色 ARN(&amp;A)：</translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation>会话名称(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>有效期(&amp;D)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Lifetime of the temporary credentials the role grants (900 to 43200 seconds, at most the role&apos;s maximum session duration).</source>
        <translation>角色授予的临时凭据的有效期（900 到 43200 秒，不超过角色的最大会话时长）。</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>委托(&amp;G)：</translation>
    </message>
    <message>
        <source>Do&amp;main ID:</source>
        <translation>域 ID(&amp;M)：</translation>
    </message>
    <message>
        <source>The account (domain) that owns the agency</source>
        <translation>拥有该委托的账号（域）</translation>
    </message>
    <message>
        <source>Mem&amp;ber role:</source>
        <translation>成员角色(&amp;B)：</translation>
    </message>
    <message>
        <source>Mem&amp;ber agency:</source>
        <translation>成员委托(&amp;B)：</translation>
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
        <source>Enter %1: the service requires it.</source>
        <translation>请输入%1:服务要求必填。</translation>
    </message>
    <message>
        <source>Use exactly %1 characters (now %2).</source>
        <translation>请使用正好 %1 个字符(当前 %2 个)。</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>最多 %1 个字符(当前 %2 个)。</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters (now %3).</source>
        <translation>请使用 %1 到 %2 个字符(当前 %3 个)。</translation>
    </message>
    <message>
        <source>Must not start with http:// or https://.</source>
        <translation>不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accepted: choose one of %2.</source>
        <translation>不接受&quot;%1&quot;:请从 %2 中选择。</translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>只能使用小写字母、数字、&apos;-&apos; 和 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits and &apos;-&apos;.</source>
        <translation>只能使用小写字母、数字和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Start and end with a lowercase letter or a digit.</source>
        <translation>必须以小写字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>%1 flow logs take no tags: remove them.</source>
        <translation>%1 流日志不支持标签:请删除。</translation>
    </message>
    <message>
        <source>Use at most %1 tags (now %2): remove some.</source>
        <translation>最多 %1 个标签(当前 %2 个):请删除一些。</translation>
    </message>
    <message>
        <source>Tag %1: enter a key.</source>
        <translation>标签 %1:请输入键。</translation>
    </message>
    <message>
        <source>Tag %1: use a key of at most %2 characters (now %3).</source>
        <translation>标签 %1:键最多 %2 个字符(当前 %3 个)。</translation>
    </message>
    <message>
        <source>Tag %1: a key must not start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation>标签 %1:键不能以&quot;aliyun&quot;或&quot;acs:&quot;开头。</translation>
    </message>
    <message>
        <source>Tag %1: a key must not contain http:// or https://.</source>
        <translation>标签 %1:键不能包含 http:// 或 https://。</translation>
    </message>
    <message>
        <source>Tag %1: the key &quot;%2&quot; is already used: use each key once.</source>
        <translation>标签 %1:键&quot;%2&quot;已被使用:每个键只能使用一次。</translation>
    </message>
    <message>
        <source>Tag %1: use a value of at most %2 characters (now %3).</source>
        <translation>标签 %1:值最多 %2 个字符(当前 %3 个)。</translation>
    </message>
    <message>
        <source>Tag %1: a value must not start with &quot;aliyun&quot; or &quot;acs:&quot;.</source>
        <translation>标签 %1:值不能以&quot;aliyun&quot;或&quot;acs:&quot;开头。</translation>
    </message>
    <message>
        <source>Tag %1: a value must not contain http:// or https://.</source>
        <translation>标签 %1:值不能包含 http:// 或 https://。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Unreadable interval: use %1.</source>
        <translation>无法识别的间隔:请使用 %1。</translation>
    </message>
    <message>
        <source>%1 does not offer an interval of %2 s: use %3.</source>
        <translation>%1 不支持 %2 秒的间隔:请使用 %3。</translation>
    </message>
    <message>
        <source>the SLS project name</source>
        <translation>SLS 项目名称</translation>
    </message>
    <message>
        <source>the SLS logstore name</source>
        <translation>SLS 日志库名称</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>只能使用字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Start the name with a letter.</source>
        <translation>名称必须以字母开头。</translation>
    </message>
    <message>
        <source>Start the description with a letter.</source>
        <translation>描述必须以字母开头。</translation>
    </message>
    <message>
        <source>the resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>the resource id</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <source>the traffic type</source>
        <translation>流量类型</translation>
    </message>
    <message>
        <source>the CEN instance id</source>
        <translation>CEN 实例 ID</translation>
    </message>
    <message>
        <source>Start the log format with ${srcaddr}${dstaddr}${bytes}.</source>
        <translation>日志格式必须以 ${srcaddr}${dstaddr}${bytes} 开头。</translation>
    </message>
    <message>
        <source>the ECR instance id</source>
        <translation>ECR 实例 ID</translation>
    </message>
    <message>
        <source>the VBR instance id</source>
        <translation>VBR 实例 ID</translation>
    </message>
    <message>
        <source>the enterprise router id</source>
        <translation>企业路由器 ID</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the attachment id</source>
        <translation>连接 ID</translation>
    </message>
    <message>
        <source>the LTS log group id</source>
        <translation>LTS 日志组 ID</translation>
    </message>
    <message>
        <source>the LTS log stream id</source>
        <translation>LTS 日志流 ID</translation>
    </message>
    <message>
        <source>network interface</source>
        <translation>弹性网卡</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>CEN instance</source>
        <translation>云企业网实例</translation>
    </message>
    <message>
        <source>transit router</source>
        <translation>转发路由器</translation>
    </message>
    <message>
        <source>transit router attachment</source>
        <translation>转发路由器连接</translation>
    </message>
    <message>
        <source>ECR instance</source>
        <translation>ECR 实例</translation>
    </message>
    <message>
        <source>VBR</source>
        <translation>VBR</translation>
    </message>
    <message>
        <source>enterprise router</source>
        <translation>企业路由器</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>LTS log group</source>
        <translation>LTS 日志组</translation>
    </message>
    <message>
        <source>LTS log stream</source>
        <translation>LTS 日志流</translation>
    </message>
    <message>
        <source>The %1 id must be a UUID such as 6f83b848-8331-4271-ac0c-ef94b7686402 (now “%2”).</source>
        <translation>%1 ID 必须是 UUID，例如 6f83b848-8331-4271-ac0c-ef94b7686402（当前为“%2”）。</translation>
    </message>
    <message>
        <source>The %1 id must start with %2 (now “%3”).</source>
        <translation>%1 ID 必须以 %2 开头（当前为“%3”）。</translation>
    </message>
    <message>
        <source>1 to 10 min</source>
        <translation>1 到 10 分钟</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation>同时发出的请求数：</translation>
    </message>
    <message>
        <source>Per account:</source>
        <translation>每个账号：</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>请求超时：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Takes effect the next time the console starts</source>
        <translation>下次启动控制台时生效</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Refresh every enabled account</source>
        <translation>刷新所有已启用的账号</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the running refresh</source>
        <translation>停止正在进行的刷新</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Go to the filter box</source>
        <translation>转到筛选框</translation>
    </message>
    <message>
        <source>Esc (in the filter box)</source>
        <translation>Esc（在筛选框中）</translation>
    </message>
    <message>
        <source>Clear the filter; a second Esc stops a running refresh</source>
        <translation>清除筛选；再按一次 Esc 停止正在进行的刷新</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the rows shown (also from the filter box)</source>
        <translation>导出显示的行（在筛选框中也可用）</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New flow log</source>
        <translation>新建流日志</translation>
    </message>
    <message>
        <source>Shift+F10, Menu key</source>
        <translation>Shift+F10、菜单键</translation>
    </message>
    <message>
        <source>Open the menu of the current row</source>
        <translation>打开当前行的菜单</translation>
    </message>
    <message>
        <source>Space (in a facet menu)</source>
        <translation>空格（在分面菜单中）</translation>
    </message>
    <message>
        <source>Tick or untick a value; the menu stays open</source>
        <translation>勾选或取消勾选一个值；菜单保持打开</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the sources, the filter, the table and the details</source>
        <translation>在来源、筛选、表格和详情之间移动</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click</source>
        <translation>Ctrl+单击、Shift+单击</translation>
    </message>
    <message>
        <source>Select several flow logs, of any accounts and services</source>
        <translation>选择多个流日志（可跨账号和服务）</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete the selected flow logs (after a preview)</source>
        <translation>删除所选流日志（先预览）</translation>
    </message>
    <message>
        <source>Open a menu (File, Flow Log, View, Tools, Help)</source>
        <translation>打开菜单（文件、流日志、视图、工具、帮助）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Coverage: which networks no flow log watches, and which flow logs watch nothing</source>
        <translation>覆盖率：哪些网络没有流日志监控，哪些流日志什么也没监控</translation>
    </message>
</context>
<context>
    <name>SlsStorageBox</name>
    <message>
        <source>Log Service (SLS) storage</source>
        <translation>日志服务(SLS)存储</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P):</translation>
    </message>
    <message>
        <source>lowercase letters, digits and -</source>
        <translation>小写字母、数字和 -</translation>
    </message>
    <message>
        <source>&amp;Logstore:</source>
        <translation>日志库(&amp;L):</translation>
    </message>
    <message>
        <source>lowercase letters, digits, - and _</source>
        <translation>小写字母、数字、- 和 _</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>聚合间隔(&amp;I):</translation>
    </message>
</context>
<context>
    <name>VpcForm</name>
    <message>
        <source>Resource &amp;type:</source>
        <translation>资源类型(&amp;T):</translation>
    </message>
    <message>
        <source>Resource &amp;ID:</source>
        <translation>资源 ID(&amp;I):</translation>
    </message>
    <message>
        <source>eni-…, vsw-… or vpc-…</source>
        <translation>eni-…、vsw-… 或 vpc-…</translation>
    </message>
    <message>
        <source>&amp;Traffic type:</source>
        <translation>流量类型(&amp;T):</translation>
    </message>
    <message>
        <source>Traffic &amp;path:</source>
        <translation>流量路径(&amp;P):</translation>
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
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>This entry of the settings file cannot be used: %1</source>
        <translation>设置文件中的此条目无法使用：%1</translation>
    </message>
    <message>
        <source>Removed the broken entry %1.</source>
        <translation>已移除损坏的条目 %1。</translation>
    </message>
    <message>
        <source>The entry %1 was not removed: %2</source>
        <translation>条目 %1 未被移除：%2</translation>
    </message>
    <message>
        <source>%1 was imported before (same name and AccessKey ID).</source>
        <translation>%1 之前已导入（名称和 AccessKey ID 相同）。</translation>
    </message>
    <message>
        <source>The secrets of %1 are still in plaintext in %2. Import again with &quot;Remove the imported profiles&apos; secrets&quot; checked to take them out of that file.</source>
        <translation>%1 的密钥仍以明文保存在 %2 中。勾选“移除已导入配置的密钥”后再次导入，即可将其从该文件中移除。</translation>
    </message>
    <message>
        <source>The secrets stay in %1: %2</source>
        <translation>密钥仍保留在 %1 中：%2</translation>
    </message>
    <message>
        <source>No secret of %1 was left in %2.</source>
        <translation>%2 中已没有 %1 的密钥。</translation>
    </message>
    <message>
        <source>Removed the secrets of %1 from %2 (now readable by you only); everything else in it stays.</source>
        <translation>已从 %2 中移除 %1 的密钥（该文件现在仅本人可读）；其余内容保持不变。</translation>
    </message>
    <message>
        <source>%1, assumes role %2</source>
        <translation>%1，扮演角色 %2</translation>
    </message>
    <message>
        <source>%1, assumes agency %2 in %3</source>
        <translation>%1，在 %3 中使用委托 %2</translation>
    </message>
    <message>
        <source>%1, manages an organisation</source>
        <translation>%1，管理一个组织</translation>
    </message>
    <message>
        <source>Cannot discover %1: %2</source>
        <translation>无法发现 %1：%2</translation>
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
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a profile with this name exists (with another AccessKey ID)</source>
        <translation>已存在同名配置（使用另一个 AccessKey ID）</translation>
    </message>
    <message>
        <source>mode %1 without ram_role_arn or ram_session_name</source>
        <translation>模式 %1 缺少 ram_role_arn 或 ram_session_name</translation>
    </message>
    <message>
        <source>its source_profile &quot;%1&quot; is not in the file</source>
        <translation>其 source_profile “%1”不在该文件中</translation>
    </message>
    <message>
        <source>its source_profile %1 is not an AK or StsToken profile (a chain of roles is not supported)</source>
        <translation>其 source_profile %1 不是 AK 或 StsToken 配置（不支持角色链）</translation>
    </message>
    <message>
        <source>its source_profile %1 has no AccessKey ID or secret</source>
        <translation>其 source_profile %1 没有 AccessKey ID 或密钥</translation>
    </message>
</context>
<context>
    <name>flowlog::AliyunImportDialog</name>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Pick the aliyun CLI config file</source>
        <translation>选择 aliyun CLI 配置文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the aliyun CLI Config</source>
        <translation>选择 aliyun CLI 配置</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Remove the imported profiles&apos; secrets from %1 (everything else in it stays)</source>
        <translation>从 %1 中移除已导入配置的密钥(&amp;R)（其余内容保持不变）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>not ticked: an account named %1 exists already</source>
        <translation>未勾选：已存在名为 %1 的账号</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1：已跳过，%2</translation>
    </message>
    <message>
        <source>%1 profiles in the file: %2 ticked for import, %3 not ticked, %4 cannot be imported (each says why).</source>
        <translation>文件中有 %1 个配置：%2 个已勾选待导入，%3 个未勾选，%4 个无法导入（各自注明原因）。</translation>
    </message>
    <message>
        <source>%1 not imported: not ticked.</source>
        <translation>%1 未导入：未勾选。</translation>
    </message>
    <message>
        <source>%1 not imported: %2.</source>
        <translation>%1 未导入：%2。</translation>
    </message>
    <message>
        <source>%1 not imported: skipped, %2.</source>
        <translation>%1 未导入：已跳过，%2。</translation>
    </message>
</context>
<context>
    <name>flowlog::CenForm</name>
    <message>
        <source>Optional, up to 128 characters</source>
        <translation>可选,最多 128 个字符</translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageActions</name>
    <message>
        <source>&amp;Coverage…</source>
        <translation>覆盖率(&amp;C)…</translation>
    </message>
    <message>
        <source>Show Resource in &amp;Coverage</source>
        <translation>在覆盖率中显示资源(&amp;C)</translation>
    </message>
    <message>
        <source>Which networks no flow log watches, and which flow logs watch nothing (Ctrl+Shift+C)</source>
        <translation>哪些网络没有流日志监控，哪些流日志什么也没监控（Ctrl+Shift+C）</translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageChart</name>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>The %1 least covered of %2 groups (the table lists all)</source>
        <translation>%2 个分组中覆盖率最低的 %1 个（表格列出全部）</translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageEnableDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Enable Flow Logs for %n Resource(s)</source>
        <translation>
            <numerusform>为 %n 个资源开启流日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Every resource gets a flow log made from the template. Values may use ${account}, ${accountId}, ${region}, ${service} and ${resource}. Nothing is sent until every draft passes the checks.</source>
        <translation>每个资源按模板创建一个流日志。取值可使用 ${account}、${accountId}、${region}、${service} 和 ${resource}。所有草稿通过检查之前不会发送任何请求。</translation>
    </message>
    <message>
        <source>The template below, or open a file</source>
        <translation>使用下方模板，或打开文件</translation>
    </message>
    <message>
        <source>&amp;Open Template…</source>
        <translation>打开模板(&amp;O)…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
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
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Flow log name</source>
        <translation>流日志名称</translation>
    </message>
    <message>
        <source>Project / log group</source>
        <translation>Project / 日志组</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Open coverage template</source>
        <translation>打开覆盖率模板</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>here</source>
        <translation>此处</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>%1 of %2 drafts break the rules: fix the template. Nothing is sent.</source>
        <translation>%2 个草稿中有 %1 个不符合规则：请修改模板。未发送任何请求。</translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation>没有需要创建的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be created.</source>
        <translation>
            <numerusform>将创建 %n 个流日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) have a flow log coming up and are left alone.</source>
        <translation>
            <numerusform>%n 个资源的流日志正在创建或激活，不做处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>%1 of %2 created, %3 failed. Enable again later: it creates only what is still missing, and settles answers that were lost.</source>
        <translation>已创建 %1 个（共 %2 个），%3 个失败。稍后再次开启：只会创建仍缺少的流日志，并确认丢失应答的请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个流日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageEnabler</name>
    <message>
        <source>The template %1 is not a JSON object.</source>
        <translation>模板 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The template&apos;s &quot;%1&quot; must be an object of strings (tags, vpc, cen, ecr, er).</source>
        <translation>模板的“%1”必须是字符串对象（tags、vpc、cen、ecr、er）。</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>Creating %1 flow logs is not available.</source>
        <translation>无法创建 %1 流日志。</translation>
    </message>
</context>
<context>
    <name>flowlog::CoverageView</name>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Filter: account, region, resource, name…</source>
        <translation>筛选：账号、地域、资源、名称…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Flow Logs</source>
        <translation>显示流日志(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enable Flow Logs…</source>
        <translation>开启流日志(&amp;E)…</translation>
    </message>
    <message>
        <source>Show Flow &amp;Log</source>
        <translation>显示流日志(&amp;L)</translation>
    </message>
    <message>
        <source>Coverage — Flow Log Console</source>
        <translation>覆盖率 — 流日志控制台</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
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
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Covered share</source>
        <translation>覆盖比例</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>流日志</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Flow log ID</source>
        <translation>流日志 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>导出(&amp;P)…</translation>
    </message>
    <message>
        <source>Flow logs whose resource no longer exists: they watch nothing and may still cost money.</source>
        <translation>其资源已不存在的流日志：它们什么也不监控，却可能仍在产生费用。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>孤立流日志</translation>
    </message>
    <message>
        <source>Refresh to look at every account&apos;s networks.</source>
        <translation>刷新以查看每个账号的网络。</translation>
    </message>
    <message>
        <source>Listing every account&apos;s networks and flow logs…</source>
        <translation>正在列出每个账号的网络和流日志…</translation>
    </message>
    <message>
        <source>%1 resources: %2 covered, %3 partly covered, %4 uncovered; %5 orphaned flow logs.</source>
        <translation>%1 个资源：%2 个已覆盖，%3 个部分覆盖，%4 个未覆盖；%5 个孤立流日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) could not be listed (hover for why).</source>
        <translation>
            <numerusform>%n 处无法列出（悬停查看原因）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A flow log on it is being created or activated.</source>
        <translation>其上的流日志正在创建或激活。</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s)</source>
        <translation>
            <numerusform>%n 个流日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable Flow Logs for %n Resource(s)…</source>
        <translation>
            <numerusform>为 %n 个资源开启流日志(&amp;E)…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export orphaned flow logs</source>
        <translation>导出孤立流日志</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>导出资源</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) created: Refresh once they are active.</source>
        <translation>
            <numerusform>已创建 %n 个流日志：激活后请刷新。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select uncovered resources first (Ctrl+A selects every one shown).</source>
        <translation>请先选择未覆盖的资源（Ctrl+A 选择显示的全部资源）。</translation>
    </message>
</context>
<context>
    <name>flowlog::CreateChoices</name>
    <message>
        <source>The account has no project in %1.</source>
        <translation>该账号在 %1 没有项目。</translation>
    </message>
</context>
<context>
    <name>flowlog::CreateFlowLogDialog</name>
    <message>
        <source>Add an account first (File &gt; Accounts).</source>
        <translation>请先添加账号(文件 &gt; 账号)。</translation>
    </message>
    <message>
        <source>Create this flow log</source>
        <translation>创建此流日志</translation>
    </message>
    <message>
        <source>Checking with the service…</source>
        <translation>正在请服务检查…</translation>
    </message>
    <message>
        <source>Creating the flow log…</source>
        <translation>正在创建流日志…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>该账号已被删除。</translation>
    </message>
    <message>
        <source>Creating %1 flow logs is not available in this build.</source>
        <translation>此版本不支持创建 %1 流日志。</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again in %3 s with the same client token…</source>
        <translation>第 %1 次尝试失败(%2);%3 秒后使用同一客户端令牌重试…</translation>
    </message>
    <message>
        <source>Dry run passed: the service would create this flow log (request id %1).</source>
        <translation>预检通过:服务可以创建此流日志(请求 ID %1)。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The service refused the flow log: %1</source>
        <translation>服务拒绝了此流日志:%1</translation>
    </message>
    <message>
        <source>The flow log was not created: %1</source>
        <translation>流日志未创建:%1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create needs an account: add one in Tools &gt; Accounts.</source>
        <translation>创建需要一个账号：请在“工具 &gt; 账号”中添加。</translation>
    </message>
    <message>
        <source>Create is disabled: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <source>Create is disabled: %1: %2</source>
        <translation>无法创建：%1：%2</translation>
    </message>
    <message>
        <source>The flow log “%1” (%2) already records %3 into %4.</source>
        <translation>流日志“%1”（%2）已将 %3 记录到 %4。</translation>
    </message>
    <message>
        <source>A flow log named “%1” (%2) already exists on %3.</source>
        <translation>%3 上已有名为“%1”（%2）的流日志。</translation>
    </message>
    <message>
        <source>%1 more flow logs are like it.</source>
        <translation>另有 %1 条类似的流日志。</translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Create another one anyway?</source>
        <translation>仍要再创建一条吗？</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>仍然创建</translation>
    </message>
</context>
<context>
    <name>flowlog::CredentialBroker</name>
    <message>
        <source>Could not assume %1 with profile %2.</source>
        <translation>无法使用配置文件 %2 扮演 %1。</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>没有可用的凭据存储。</translation>
    </message>
</context>
<context>
    <name>flowlog::DetailsPane</name>
    <message>
        <source>No flow log selected</source>
        <translation>未选择流日志</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delivery error</source>
        <translation>投递错误</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
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
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量类型</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>日志组</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Log stream</source>
        <translation>日志流</translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation>Logstore</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>采集间隔</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>标签 %1</translation>
    </message>
</context>
<context>
    <name>flowlog::DiscoverDialog</name>
    <message>
        <source>Discover: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>What a refresh covers</source>
        <translation>刷新将覆盖的内容</translation>
    </message>
    <message>
        <source>Finding the accounts, regions and instances of %1…</source>
        <translation>正在查找 %1 的账号、地域和实例…</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1（账号 %2）</translation>
    </message>
    <message>
        <source>Regions (%1): %2</source>
        <translation>地域（%1）：%2</translation>
    </message>
    <message>
        <source>Instances (%1): %2</source>
        <translation>实例（%1）：%2</translation>
    </message>
    <message>
        <source>Not found: %1 (typed in the profile; not listed)</source>
        <translation>未找到：%1（在配置中填写；不会列出）</translation>
    </message>
    <message>
        <source>A refresh of %1 covers %2 account(s), %3 region(s) and %4 instance(s); %5 step(s) failed.</source>
        <translation>刷新 %1 将覆盖 %2 个账号、%3 个地域和 %4 个实例；%5 个步骤失败。</translation>
    </message>
</context>
<context>
    <name>flowlog::Discovery</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Listing the organisation&apos;s accounts failed</source>
        <translation>列出组织的账号失败</translation>
    </message>
    <message>
        <source>Reaching the account failed</source>
        <translation>访问该账号失败</translation>
    </message>
    <message>
        <source>Listing regions failed</source>
        <translation>列出地域失败</translation>
    </message>
    <message>
        <source>Listing instances failed</source>
        <translation>列出实例失败</translation>
    </message>
    <message>
        <source>Listing instances in %1 failed</source>
        <translation>列出 %1 的实例失败</translation>
    </message>
    <message>
        <source>Listing the management account only.</source>
        <translation>只列出管理账号。</translation>
    </message>
    <message>
        <source>No credential broker reaches organisation members here.</source>
        <translation>此处没有可访问组织成员的凭据代理。</translation>
    </message>
    <message>
        <source>Nothing is listed in this account.</source>
        <translation>此账号中的内容不会被列出。</translation>
    </message>
    <message>
        <source>Listing the configured regions instead: %1.</source>
        <translation>改为列出配置的地域：%1。</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message>
        <source>Listing the configured ECR instances instead: %1.</source>
        <translation>改为列出配置的 ECR 实例：%1。</translation>
    </message>
    <message>
        <source>ECR instance %1</source>
        <translation>ECR 实例 %1</translation>
    </message>
    <message>
        <source>Listing the configured routers of %1 instead: %2.</source>
        <translation>改为列出 %1 中配置的路由器：%2。</translation>
    </message>
    <message>
        <source>router %1 in %2</source>
        <translation>%2 中的路由器 %1</translation>
    </message>
    <message>
        <source>Listing the members found before the failure.</source>
        <translation>仅列出失败前已找到的成员。</translation>
    </message>
</context>
<context>
    <name>flowlog::EcrForm</name>
    <message>
        <source>Optional, up to 128 characters</source>
        <translation>可选,最多 128 个字符</translation>
    </message>
</context>
<context>
    <name>flowlog::ErForm</name>
    <message>
        <source>1 to 64 characters (required)</source>
        <translation>1 到 64 个字符(必填)</translation>
    </message>
</context>
<context>
    <name>flowlog::FacetBar</name>
    <message>
        <source>Filter: name, ID, resource, storage, tag… (Ctrl+F)</source>
        <translation>筛选流日志：名称、ID、资源、存储、标签…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅显示异常</translation>
    </message>
    <message>
        <source>Show only flow logs whose delivery failed, that failed, or that are inactive</source>
        <translation>仅显示投递失败、创建失败或未激活的流日志</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the filter and every facet</source>
        <translation>清除筛选条件和所有分面</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1：已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <message>
        <source>Delivery failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <source>%1, delivery failed</source>
        <translation>%1，投递失败</translation>
    </message>
    <message>
        <source>Not current: this source has not been listed successfully since these rows were cached.</source>
        <translation>非最新：自缓存这些行以来，此来源尚未成功列出。</translation>
    </message>
    <message>
        <source>Not current: last seen %1. The last refresh of this source did not complete.</source>
        <translation>非最新：最后一次看到于 %1。此来源的上次刷新未完成。</translation>
    </message>
</context>
<context>
    <name>flowlog::FlowLogView</name>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy row as JSON</source>
        <translation>以 JSON 复制该行</translation>
    </message>
    <message>
        <source>Filter by “%1”</source>
        <translation>按“%1”筛选</translation>
    </message>
    <message>
        <source>Open details</source>
        <translation>打开详情</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export flow logs</source>
        <translation>导出流日志</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flow log(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条流日志导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>flowlog::IdChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not list the account&apos;s %1. Type the ids instead.</source>
        <translation>无法列出该账号的%1。请直接输入 ID。</translation>
    </message>
    <message>
        <source>Loading the account&apos;s %1…</source>
        <translation>正在加载该账号的%1…</translation>
    </message>
    <message>
        <source>Pick from the account&apos;s ids as you type (%1 listed), or enter any id.</source>
        <translation>输入时可从该账号的 ID 中选择（已列出 %1 个），也可输入任意 ID。</translation>
    </message>
    <message>
        <source>The account has none of these here: enter the ids by hand.</source>
        <translation>该账号在此处没有这些资源：请手动输入 ID。</translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>vSwitches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>transit routers</source>
        <translation>转发路由器</translation>
    </message>
    <message>
        <source>transit router attachments</source>
        <translation>转发路由器连接</translation>
    </message>
    <message>
        <source>ECR instances</source>
        <translation>ECR 实例</translation>
    </message>
    <message>
        <source>VBRs</source>
        <translation>VBR</translation>
    </message>
    <message>
        <source>enterprise routers</source>
        <translation>企业路由器</translation>
    </message>
    <message>
        <source>ER attachments</source>
        <translation>ER 连接</translation>
    </message>
</context>
<context>
    <name>flowlog::IdPicker</name>
    <message>
        <source>List the account&apos;s ids (Alt+Down)</source>
        <translation>列出该账号的 ID（Alt+下箭头）</translation>
    </message>
</context>
<context>
    <name>flowlog::Inventory</name>
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
    <name>flowlog::LifecycleActions</name>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation>启用(&amp;T)…</translation>
    </message>
    <message>
        <source>Activate the selected flow logs (shows what will change first)</source>
        <translation>启用所选流日志（先显示将要变更的内容）</translation>
    </message>
    <message>
        <source>De&amp;activate…</source>
        <translation>停用(&amp;A)…</translation>
    </message>
    <message>
        <source>Deactivate the selected flow logs (shows what will change first)</source>
        <translation>停用所选流日志（先显示将要变更的内容）</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Change the name, description or interval of the selected flow logs</source>
        <translation>更改所选流日志的名称、描述或间隔</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected flow logs (Del; asks you to type how many first)</source>
        <translation>删除所选流日志（Del；需先输入数量确认）</translation>
    </message>
</context>
<context>
    <name>flowlog::LifecyclePreviewDialog</name>
    <message numerus="yes">
        <source>Activate %n flow log(s)</source>
        <translation>
            <numerusform>启用 %n 个流日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n flow log(s)</source>
        <translation>
            <numerusform>停用 %n 个流日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n flow log(s)</source>
        <translation>
            <numerusform>更改 %n 个流日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n flow log(s)</source>
        <translation>
            <numerusform>删除 %n 个流日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be activated.</source>
        <translation>
            <numerusform>将启用 %n 个流日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be deactivated.</source>
        <translation>
            <numerusform>将停用 %n 个流日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be changed.</source>
        <translation>
            <numerusform>将更改 %n 个流日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>将删除 %n 个流日志。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate Flow Logs</source>
        <translation>启用流日志</translation>
    </message>
    <message>
        <source>Deactivate Flow Logs</source>
        <translation>停用流日志</translation>
    </message>
    <message>
        <source>Edit Flow Logs</source>
        <translation>编辑流日志</translation>
    </message>
    <message>
        <source>Delete Flow Logs</source>
        <translation>删除流日志</translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation>流日志</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>将发生</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>间隔(&amp;I)</translation>
    </message>
    <message>
        <source>None of the selected services can change the interval of a flow log.</source>
        <translation>所选服务都不能更改流日志的间隔。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected flow log(s) will be left as they are (marked below).</source>
        <translation>
            <numerusform>所选的 %n 个流日志将保持不变（见下方标记）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation>请至少勾选一个要更改的字段。</translation>
    </message>
    <message>
        <source>To delete them, type the number of flow logs (%1):</source>
        <translation>如要删除，请输入流日志的数量（%1）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n already so: nothing is sent to change them.</source>
        <translation>
            <numerusform>%n 个已处于该状态：不会为此发送任何更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowlog::LifecycleProgressDialog</name>
    <message>
        <source>Activating Flow Logs</source>
        <translation>正在启用流日志</translation>
    </message>
    <message>
        <source>Deactivating Flow Logs</source>
        <translation>正在停用流日志</translation>
    </message>
    <message>
        <source>Changing Flow Logs</source>
        <translation>正在更改流日志</translation>
    </message>
    <message>
        <source>Deleting Flow Logs</source>
        <translation>正在删除流日志</translation>
    </message>
    <message>
        <source>Cancel the Rest</source>
        <translation>取消其余操作</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation>流日志</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Send nothing more; changes already sent finish on the provider&apos;s side</source>
        <translation>不再发送新的请求；已发送的变更会在云服务商侧完成</translation>
    </message>
    <message>
        <source>Hide this view; the changes go on and the table keeps updating</source>
        <translation>隐藏此视图；变更继续进行，表格会持续更新</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Checked, nothing changed</source>
        <translation>已检查，未做更改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>已是%1</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flow log(s) finished.</source>
        <translation>
            <numerusform>%n 个流日志中已完成 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed, %3 skipped.</source>
        <translation>已结束：%1 个完成，%2 个失败，%3 个跳过。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>flowlog::LifecycleRunner</name>
    <message>
        <source>The profile of this flow log no longer exists.</source>
        <translation>此流日志所属的配置已不存在。</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>在发送前已取消。</translation>
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
        <source>Could not write the cache: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
    <message>
        <source>The new language applies the next time the console starts.</source>
        <translation>新语言将在下次启动控制台时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The console shows the new language after a restart. Restart now?</source>
        <translation>控制台重启后显示新语言。现在重启吗？</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Could not start the console again: restart it yourself.</source>
        <translation>无法重新启动控制台：请手动重启。</translation>
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
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Its own AccessKey</source>
        <translation>使用自己的 AccessKey</translation>
    </message>
    <message>
        <source>Assume an agency with the key</source>
        <translation>使用该密钥切换到委托</translation>
    </message>
    <message>
        <source>Assume a RAM role with the key</source>
        <translation>使用该密钥扮演 RAM 角色</translation>
    </message>
    <message>
        <source>Organisation: the key&apos;s account manages the members</source>
        <translation>组织：该密钥所属账号管理各成员账号</translation>
    </message>
    <message>
        <source>Discover…</source>
        <translation>发现…</translation>
    </message>
    <message>
        <source>Show the accounts, regions and instances a refresh will cover, before saving.</source>
        <translation>在保存前显示刷新将覆盖的账号、地域和实例。</translation>
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
        <source>&quot;%1&quot; is not a region id.</source>
        <translation>“%1”不是有效的地域 ID。</translation>
    </message>
    <message>
        <source>The endpoint override must be an https URL, or plain http to this computer only (127.0.0.1 or ::1).</source>
        <translation>覆盖的端点必须是 https URL，或仅指向本机的明文 http（127.0.0.1 或 ::1）。</translation>
    </message>
    <message>
        <source>A profile with the id %1 exists already.</source>
        <translation>ID 为 %1 的配置已存在。</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists (another program removed it).</source>
        <translation>配置 %1 已不存在（另一个程序已将其移除）。</translation>
    </message>
    <message>
        <source>The profile no longer exists (another program removed it).</source>
        <translation>该配置已不存在（另一个程序已将其移除）。</translation>
    </message>
    <message>
        <source>The entry no longer exists (another program removed it).</source>
        <translation>该条目已不存在（另一个程序已将其移除）。</translation>
    </message>
    <message>
        <source>Cannot write the settings: %1.</source>
        <translation>无法写入设置：%1。</translation>
    </message>
    <message>
        <source>Another flowlog program is changing the profiles (%1 stays locked): try again.</source>
        <translation>另一个 flowlog 程序正在修改配置（%1 一直被锁定）：请重试。</translation>
    </message>
    <message>
        <source>Cannot lock the settings: %1 cannot be created.</source>
        <translation>无法锁定设置：无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1: check that it and its directory are writable.</source>
        <translation>无法写入设置文件 %1：请检查该文件及其目录是否可写。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot; (use aliyun or huaweicloud).</source>
        <translation>未知的云厂商“%1”（请使用 aliyun 或 huaweicloud）。</translation>
    </message>
    <message>
        <source>Unknown credential kind &quot;%1&quot; (use accesskey or sts).</source>
        <translation>未知的凭证类型“%1”（请使用 accesskey 或 sts）。</translation>
    </message>
    <message>
        <source>Another entry has the same id.</source>
        <translation>另一个条目的 ID 与此相同。</translation>
    </message>
    <message>
        <source>Another entry has the same name.</source>
        <translation>另一个条目的名称与此相同。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is not a number of seconds.</source>
        <translation>有效期“%1”不是秒数。</translation>
    </message>
</context>
<context>
    <name>flowlog::ProfileWriter</name>
    <message>
        <source>The profile store went away.</source>
        <translation>配置存储已不可用。</translation>
    </message>
    <message>
        <source>No secret is stored for %1, so a new STS token alone cannot be saved.</source>
        <translation>%1 没有已保存的密钥，因此无法单独保存新的 STS 令牌。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret too.</source>
        <translation>请同时输入 AccessKey 密钥。</translation>
    </message>
    <message>
        <source>The keychain could not be put back either: %1</source>
        <translation>钥匙串也无法恢复原状：%1</translation>
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
    <message>
        <source>The sandbox (%1) printed no base URL or no sample accounts.</source>
        <translation>沙箱 (%1) 未输出基础 URL 或示例账号。</translation>
    </message>
</context>
<context>
    <name>flowlog::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
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
<context>
    <name>flowlog::SourceTreeModel</name>
    <message>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>，%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation>，%1 秒</translation>
    </message>
    <message>
        <source>every region (through %1)</source>
        <translation>所有地域（经由 %1）</translation>
    </message>
</context>
<context>
    <name>flowlog::SourcesPane</name>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Show only the sources that failed, and their accounts</source>
        <translation>只显示失败的来源及其账号</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Collapse all (to accounts)</source>
        <translation>全部折叠（到账号）</translation>
    </message>
    <message>
        <source>Select a source to see its state and error here.</source>
        <translation>选择一个来源，在此查看其状态和错误。</translation>
    </message>
    <message>
        <source>%1 flow logs, %2 sources, %3 failed</source>
        <translation>%1 条流日志，%2 个来源，%3 个失败</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>搜索来源</translation>
    </message>
    <message>
        <source>Show the accounts, services, regions and errors that contain this text</source>
        <translation>显示包含此文字的账号、服务、地域和错误</translation>
    </message>
</context>
<context>
    <name>flowlog::SourcesView</name>
    <message>
        <source>Copy Error</source>
        <translation>复制错误</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>编辑账号配置…</translation>
    </message>
    <message>
        <source>Edit Profile “%1”…</source>
        <translation>编辑账号配置“%1”…</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Refresh This Source</source>
        <translation>刷新此来源</translation>
    </message>
</context>
<context>
    <name>flowlog::SweepStatus</name>
    <message>
        <source>%1 flow logs</source>
        <translation>%1 条流日志</translation>
    </message>
    <message>
        <source> — %1 shown</source>
        <translation>，显示 %1 条</translation>
    </message>
    <message>
        <source>Cached results from %1, refreshing…</source>
        <translation>显示 %1 的缓存结果，正在刷新…</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sources did not finish</source>
        <translation>已停止：%2 个来源中有 %1 个未完成</translation>
    </message>
    <message>
        <source>%1/%2 sources</source>
        <translation>%1/%2 个来源</translation>
    </message>
    <message>
        <source>%1 stale from 1 failed source</source>
        <translation>%1 条过时（来自 1 个失败的来源）</translation>
    </message>
    <message>
        <source>%1 stale from %2 failed sources</source>
        <translation>%1 条过时（来自 %2 个失败的来源）</translation>
    </message>
    <message>
        <source>%1 stale from 1 source not refreshed</source>
        <translation>%1 条过时（来自 1 个未刷新的来源）</translation>
    </message>
    <message>
        <source>%1 stale from %2 sources not refreshed</source>
        <translation>%1 条过时（来自 %2 个未刷新的来源）</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Stale rows last seen %1</source>
        <translation>过时的行最后一次看到于 %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowlog::TagEditor</name>
    <message>
        <source>&amp;Add Tag</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste key=value lines</source>
        <translation>粘贴 key=value 行(&amp;P)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Not added: %1 more lines (a flow log takes at most %2 tags).</source>
        <translation>未添加:还有 %1 行(一个流日志最多 %2 个标签)。</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 / %2 个标签</translation>
    </message>
    <message>
        <source>1 line had no “=”: it became a key with an empty value.</source>
        <translation>1 行没有“=”：已作为值为空的键添加。</translation>
    </message>
    <message>
        <source>%1 lines had no “=”: each became a key with an empty value.</source>
        <translation>%1 行没有“=”：每行都已作为值为空的键添加。</translation>
    </message>
</context>
<context>
    <name>flowlog::VpcForm</name>
    <message>
        <source>2 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (optional)</source>
        <translation>2 到 128 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;(可选)</translation>
    </message>
    <message>
        <source>vpc-… (type, or pick from the list)</source>
        <translation>vpc-…（输入，或从列表中选择）</translation>
    </message>
    <message>
        <source>vsw-… (type, or pick from the list)</source>
        <translation>vsw-…（输入，或从列表中选择）</translation>
    </message>
    <message>
        <source>eni-…, vsw-… or vpc-…</source>
        <translation>eni-…、vsw-… 或 vpc-…</translation>
    </message>
    <message>
        <source>eni-… (network interfaces are not listed: type the id)</source>
        <translation>eni-…（不列出弹性网卡：请输入 ID）</translation>
    </message>
</context>
</TS>
