<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Avatar</name>
    <message>
        <source>No picture</source>
        <translation>无头像</translation>
    </message>
</context>
<context>
    <name>ChatsSection</name>
    <message>
        <source>No chats yet</source>
        <translation>暂无聊天</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Your conversations appear here. Start one from Contacts.</source>
        <translation>你的聊天会显示在这里。可以从通讯录发起聊天。</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>打开通讯录</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Teahouse: chat, Moments, articles, scan and pay, and city services on XMPP.</source>
        <translation>茶馆：基于 XMPP 的聊天、朋友圈、文章、扫码支付和城市服务。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s data in DIR.</source>
        <translation>把此配置的数据保存在指定目录中。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Read the storage passphrase from FILE (for scripts; also TEAHOUSE_PASSPHRASE).</source>
        <translation>从指定文件读取数据口令（供脚本使用；也可以用环境变量 TEAHOUSE_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use this language (en or zh_CN) instead of the system&apos;s.</source>
        <translation>使用指定语言（en 或 zh_CN），不跟随系统。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Start in care mode: larger text, stronger colours.</source>
        <translation>以关怀模式启动：文字更大，颜色更醒目。</translation>
    </message>
    <message>
        <source>Text size in percent, 100 to 200.</source>
        <translation>字体大小百分比，100 到 200。</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Save a screenshot of every main screen to DIR, print their paths and exit.</source>
        <translation>把每个主要界面的截图保存到指定目录，输出文件路径后退出。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation>未知语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>The text size must be a whole number from 100 to 200, not &quot;%1&quot;.</source>
        <translation>字体大小必须是 100 到 200 之间的整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation>--profile 需要指定一个目录。</translation>
    </message>
    <message>
        <source>--screenshot-tour needs a directory.</source>
        <translation>--screenshot-tour 需要指定一个目录。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <source>Can&apos;t read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large to be a passphrase.</source>
        <translation>口令文件 %1 太大，不可能是口令。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 是空的。</translation>
    </message>
    <message>
        <source>Sign in with the account in FILE (JSON: jid, password, host, port, caFile) — for testers and the demo.</source>
        <translation>使用 FILE 中的账号登录（JSON：jid、password、host、port、caFile），供测试人员和演示使用。</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>正在验证密码…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>正在注册账号…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>People you add appear here. Add a friend by their address or by scanning their QR code.</source>
        <translation>你添加的朋友会显示在这里。可以通过对方的账号地址或扫描二维码添加朋友。</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>扫描二维码</translation>
    </message>
</context>
<context>
    <name>DiscoverSection</name>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>No moments yet</source>
        <translation>朋友圈还没有动态</translation>
    </message>
    <message>
        <source>Photos and thoughts shared by you and your friends appear here. You choose who sees each post.</source>
        <translation>你和朋友分享的照片和心情会显示在这里。每条动态谁可以看，由你决定。</translation>
    </message>
    <message>
        <source>Official Accounts</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>No official accounts yet</source>
        <translation>还没有关注公众号</translation>
    </message>
    <message>
        <source>Articles from the accounts you follow appear here. Follow an account by scanning its QR code.</source>
        <translation>你关注的公众号发布的文章会显示在这里。扫描公众号的二维码即可关注。</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫一扫</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>Scanning a code here will add a friend, join a group, follow an account or pay a shop.</source>
        <translation>在这里扫码，可以添加朋友、加入群聊、关注公众号或向商家付款。</translation>
    </message>
    <message>
        <source>City Services</source>
        <translation>城市服务</translation>
    </message>
    <message>
        <source>No city services yet</source>
        <translation>暂无城市服务</translation>
    </message>
    <message>
        <source>Services offered in your city, such as appointments, bills and permits, appear here as simple forms.</source>
        <translation>你所在城市提供的服务，如预约挂号、生活缴费、证件办理，会以简单的表单显示在这里。</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Moments, Official Accounts, Scan and City Services are here. Choose one on the left.</source>
        <translation>朋友圈、公众号、扫一扫和城市服务都在这里。请在左侧选择。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Teahouse</source>
        <translation>茶馆</translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>Rail</name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>My profile: %1</source>
        <translation>我的资料：%1</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Care mode</source>
        <translation>关怀模式</translation>
    </message>
    <message>
        <source>Larger text, stronger colours and bigger buttons, with names under the icons on the left.</source>
        <translation>文字更大、颜色更醒目、按钮更大，左侧图标下方显示名称。</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Sample text: 你好, Teahouse</source>
        <translation>示例文字：你好，茶馆</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Teahouse %1</source>
        <translation>茶馆 %1</translation>
    </message>
    <message>
        <source>Chat, Moments, articles, scan and pay, and city services on XMPP, the open messaging standard. Everything stored on this computer is encrypted.</source>
        <translation>基于开放通讯标准 XMPP 的聊天、朋友圈、文章、扫码支付和城市服务。保存在这台电脑上的所有数据都经过加密。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Enter your account as name@server, for example anna@example.org.</source>
        <translation>请按“用户名@服务器”的格式输入账号，例如 anna@example.org。</translation>
    </message>
    <message>
        <source>The password is not right for this account. Check it and try again.</source>
        <translation>密码错误。请检查后重试。</translation>
    </message>
    <message>
        <source>Teahouse can&apos;t reach the server. Check the address and your internet connection, then try again.</source>
        <translation>无法连接到服务器。请检查服务器地址和网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Teahouse stopped before sending your password. Trust it only if this fingerprint matches the one your server&apos;s administrator gave you:</source>
        <translation>服务器的证书不受信任，茶馆在发送密码之前停止了登录。只有当下面的指纹与服务器管理员提供的一致时，才可以信任它：</translation>
    </message>
    <message>
        <source>This server doesn&apos;t let you create accounts here. Ask its administrator for an invite link.</source>
        <translation>该服务器不允许在这里注册账号。请向服务器管理员索取邀请链接。</translation>
    </message>
    <message>
        <source>That account name is already taken. Try another name.</source>
        <translation>该账号名已被占用，请换一个。</translation>
    </message>
    <message>
        <source>This invite link isn&apos;t valid. Check that you copied all of it.</source>
        <translation>邀请链接无效。请检查是否完整复制了链接。</translation>
    </message>
    <message>
        <source>This invite link has expired or was already used. Ask for a new one.</source>
        <translation>邀请链接已过期或已被使用。请索取新的链接。</translation>
    </message>
    <message>
        <source>Signing in isn&apos;t available in this version of Teahouse yet.</source>
        <translation>此版本的茶馆暂不支持登录。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现问题：%1</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>出现问题，请重试。</translation>
    </message>
    <message>
        <source>Create a Teahouse account</source>
        <translation>注册茶馆账号</translation>
    </message>
    <message>
        <source>Sign in to Teahouse</source>
        <translation>登录茶馆</translation>
    </message>
    <message>
        <source>Use any XMPP account, from your own server or a public one.</source>
        <translation>可以使用任何 XMPP 账号，自建服务器或公共服务器都可以。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Server (optional)</source>
        <translation>服务器（可选）</translation>
    </message>
    <message>
        <source>Found from your account: %1</source>
        <translation>根据账号自动查找：%1</translation>
    </message>
    <message>
        <source>Found from your account</source>
        <translation>根据账号自动查找</translation>
    </message>
    <message>
        <source>Only needed when your server&apos;s address differs from your account&apos;s.</source>
        <translation>仅当服务器地址与账号中的域名不同时才需要填写。</translation>
    </message>
    <message>
        <source>Create a new account on this server</source>
        <translation>在此服务器上注册新账号</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>证书指纹（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>信任此证书</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Have an invite link?</source>
        <translation>有邀请链接？</translation>
    </message>
    <message>
        <source>Paste the link a friend or your server sent you. It sets up your account and adds your friend.</source>
        <translation>粘贴朋友或服务器发给你的链接，即可创建账号并添加这位朋友。</translation>
    </message>
    <message>
        <source>xmpp:…?preauth=…</source>
        <translation>xmpp:…?preauth=…</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>邀请链接</translation>
    </message>
    <message>
        <source>Use link</source>
        <translation>使用链接</translation>
    </message>
</context>
<context>
    <name>TextEntry</name>
    <message>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>请至少输入 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same one twice.</source>
        <translation>两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>口令不正确。请检查大写锁定键后重试。</translation>
    </message>
    <message>
        <source>Teahouse couldn&apos;t open your data: %1</source>
        <translation>茶馆无法打开你的数据：%1</translation>
    </message>
    <message>
        <source>Teahouse couldn&apos;t open your data.</source>
        <translation>茶馆无法打开你的数据。</translation>
    </message>
    <message>
        <source>Set a passphrase to protect your data</source>
        <translation>设置口令，保护你的数据</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>请输入口令</translation>
    </message>
    <message>
        <source>Teahouse encrypts everything it keeps on this computer. No system keychain is available here, so you&apos;ll type this passphrase each time Teahouse starts. If you forget it, your local data can&apos;t be recovered.</source>
        <translation>茶馆会加密保存在这台电脑上的所有数据。这里没有可用的系统钥匙串，所以每次启动茶馆时都需要输入这个口令。如果忘记口令，本机数据将无法恢复。</translation>
    </message>
    <message>
        <source>Your messages and contacts on this computer are encrypted. Type your passphrase to open them.</source>
        <translation>这台电脑上的消息和联系人已加密。输入口令即可打开。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>至少 %n 个字符。把几个不相关的词组合起来就很好。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>Protect my data</source>
        <translation>保护我的数据</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Your wallet is empty</source>
        <translation>钱包是空的</translation>
    </message>
    <message>
        <source>Your balance and payments appear here. Pay a shop by scanning its QR code.</source>
        <translation>你的余额和付款记录会显示在这里。扫描商家的二维码即可付款。</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>扫码付款</translation>
    </message>
</context>
<context>
    <name>teahouse::app::AccountCoordinator</name>
    <message>
        <source>Cannot read the account file %1: %2</source>
        <translation>无法读取账号文件 %1：%2</translation>
    </message>
    <message>
        <source>The account file %1 is not a JSON object: %2</source>
        <translation>账号文件 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The account file %1 needs &quot;jid&quot; (name@server) and &quot;password&quot;.</source>
        <translation>账号文件 %1 需要包含 &quot;jid&quot;（用户名@服务器）和 &quot;password&quot;。</translation>
    </message>
    <message>
        <source>The port in %1 is out of range.</source>
        <translation>%1 中的端口号超出范围。</translation>
    </message>
</context>
</TS>
