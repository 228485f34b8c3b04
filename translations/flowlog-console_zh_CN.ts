<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Check that the system keychain is installed, running and unlocked.</source>
        <translation>请确认系统密钥环已安装、正在运行且已解锁。</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>The keychain entry of this profile is empty or unreadable.</source>
        <translation>该账号配置在密钥环中的条目为空或无法读取。</translation>
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
