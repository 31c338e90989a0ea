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
    <name>InviteUri</name>
    <message>
        <source>The invitation link is too long.</source>
        <translation>邀请链接太长。</translation>
    </message>
    <message>
        <source>This is not an XMPP invitation link.</source>
        <translation>这不是 XMPP 邀请链接。</translation>
    </message>
    <message>
        <source>Invitation links with an account part are not supported.</source>
        <translation>不支持带有账号部分的邀请链接。</translation>
    </message>
    <message>
        <source>The link is an address, not an invitation.</source>
        <translation>这个链接是一个地址，不是邀请。</translation>
    </message>
    <message>
        <source>The address in the invitation link is not valid.</source>
        <translation>邀请链接中的地址无效。</translation>
    </message>
    <message>
        <source>The link asks for something other than adding a contact or creating an account.</source>
        <translation>这个链接要求的操作既不是添加联系人，也不是注册账号。</translation>
    </message>
    <message>
        <source>The invitation link carries two tokens.</source>
        <translation>邀请链接中有两个邀请码。</translation>
    </message>
    <message>
        <source>The invitation link has no valid invitation token.</source>
        <translation>邀请链接中没有有效的邀请码。</translation>
    </message>
    <message>
        <source>The invitation link does not say who invites you.</source>
        <translation>邀请链接没有说明是谁邀请你。</translation>
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
    <name>teahouse::account::AccountSession</name>
    <message>
        <source>“%1” is not an account address (name@server).</source>
        <translation>“%1”不是账号地址（用户名@服务器）。</translation>
    </message>
    <message>
        <source>The account&apos;s store is not open.</source>
        <translation>账号的数据存储没有打开。</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>这个账号没有保存密码。</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>无法从 %1 读取证书。</translation>
    </message>
    <message>
        <source>This server asks for more than a name and a password to create an account; create it on the server&apos;s website.</source>
        <translation>这个服务器注册账号需要的信息不止用户名和密码，请到服务器的网站上注册。</translation>
    </message>
    <message>
        <source>There is no sign-in to retry.</source>
        <translation>没有可以重试的登录。</translation>
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
<context>
    <name>teahouse::qr</name>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>This code only works in the WeChat app. Teahouse does not open it.</source>
        <translation>此二维码只能在微信中使用，茶馆不会打开它。</translation>
    </message>
    <message>
        <source>This code can only be paid in %1. Teahouse does not open it and nothing is paid.</source>
        <translation>此二维码只能用%1付款。茶馆不会打开它，也不会付款。</translation>
    </message>
    <message>
        <source>A field in the code runs past its end: the code is damaged or cut off.</source>
        <translation>二维码中的某个字段超出了末尾：二维码已损坏或不完整。</translation>
    </message>
    <message>
        <source>A field number or length in the code is not a number: the code is damaged.</source>
        <translation>二维码中的字段编号或长度不是数字：二维码已损坏。</translation>
    </message>
    <message>
        <source>The code contains the same field twice.</source>
        <translation>二维码中同一个字段出现了两次。</translation>
    </message>
    <message>
        <source>The code contains bytes that are not text: it is damaged.</source>
        <translation>二维码中含有不是文字的字节：二维码已损坏。</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>二维码是空的。</translation>
    </message>
    <message>
        <source>The code is too long for a payment code.</source>
        <translation>二维码太长，不是有效的付款码。</translation>
    </message>
    <message>
        <source>The code does not start with the payment code format indicator.</source>
        <translation>二维码开头没有付款码格式标识。</translation>
    </message>
    <message>
        <source>The code uses a payment code format version this app does not know.</source>
        <translation>二维码使用的付款码格式版本无法识别。</translation>
    </message>
    <message>
        <source>The code has no checksum: it may be cut off.</source>
        <translation>二维码没有校验码，可能不完整。</translation>
    </message>
    <message>
        <source>The checksum is not the last field of the code.</source>
        <translation>校验码不是二维码的最后一个字段。</translation>
    </message>
    <message>
        <source>The code&apos;s checksum field is malformed.</source>
        <translation>二维码的校验码字段格式错误。</translation>
    </message>
    <message>
        <source>The code&apos;s checksum does not match: it may be damaged or altered.</source>
        <translation>二维码的校验码不匹配：二维码可能已损坏或被篡改。</translation>
    </message>
    <message>
        <source>The code says neither whether it is static nor dynamic (field 01).</source>
        <translation>二维码没有说明是静态码还是动态码（字段 01）。</translation>
    </message>
    <message>
        <source>A merchant account field of the code is malformed.</source>
        <translation>二维码中的某个商户账户字段格式错误。</translation>
    </message>
    <message>
        <source>A merchant account field of the code does not name its payment network.</source>
        <translation>二维码中的某个商户账户字段没有注明支付网络。</translation>
    </message>
    <message>
        <source>A merchant account field of the code is empty.</source>
        <translation>二维码中的某个商户账户字段是空的。</translation>
    </message>
    <message>
        <source>The merchant category code is not four digits.</source>
        <translation>商户类别码不是四位数字。</translation>
    </message>
    <message>
        <source>The currency is not a three-digit ISO 4217 code.</source>
        <translation>币种不是三位数字的 ISO 4217 代码。</translation>
    </message>
    <message>
        <source>The amount in the code is not a valid number.</source>
        <translation>二维码中的金额不是有效的数字。</translation>
    </message>
    <message>
        <source>The amount in the code must be greater than zero.</source>
        <translation>二维码中的金额必须大于零。</translation>
    </message>
    <message>
        <source>The code&apos;s tip or convenience fee setting is not one this app knows.</source>
        <translation>二维码中的小费或手续费设置无法识别。</translation>
    </message>
    <message>
        <source>The convenience fee in the code is not a valid number.</source>
        <translation>二维码中的手续费不是有效的数字。</translation>
    </message>
    <message>
        <source>The convenience fee percentage in the code is not valid.</source>
        <translation>二维码中的手续费百分比无效。</translation>
    </message>
    <message>
        <source>The country in the code is not a two-letter code.</source>
        <translation>二维码中的国家/地区不是两个字母的代码。</translation>
    </message>
    <message>
        <source>The merchant name in the code is empty or too long.</source>
        <translation>二维码中的商户名称为空或太长。</translation>
    </message>
    <message>
        <source>The merchant city in the code is empty or too long.</source>
        <translation>二维码中的商户所在城市为空或太长。</translation>
    </message>
    <message>
        <source>The postal code in the code is empty or too long.</source>
        <translation>二维码中的邮政编码为空或太长。</translation>
    </message>
    <message>
        <source>The additional data field of the code is malformed.</source>
        <translation>二维码的附加数据字段格式错误。</translation>
    </message>
    <message>
        <source>The code&apos;s merchant name in another language is malformed.</source>
        <translation>二维码中其他语言的商户名称格式错误。</translation>
    </message>
    <message>
        <source>The code does not name any merchant account to pay.</source>
        <translation>二维码没有注明要付款的商户账户。</translation>
    </message>
    <message>
        <source>The code has no merchant category (field 52).</source>
        <translation>二维码中没有商户类别（字段 52）。</translation>
    </message>
    <message>
        <source>The code has no currency (field 53).</source>
        <translation>二维码中没有币种（字段 53）。</translation>
    </message>
    <message>
        <source>The code has no country (field 58).</source>
        <translation>二维码中没有国家/地区（字段 58）。</translation>
    </message>
    <message>
        <source>The code has no merchant name (field 59).</source>
        <translation>二维码中没有商户名称（字段 59）。</translation>
    </message>
    <message>
        <source>The code has no merchant city (field 60).</source>
        <translation>二维码中没有商户所在城市（字段 60）。</translation>
    </message>
    <message>
        <source>The amount has more decimals than its currency allows.</source>
        <translation>金额的小数位数超过了该币种允许的位数。</translation>
    </message>
    <message>
        <source>The code&apos;s convenience fee does not match its fee setting.</source>
        <translation>二维码中的手续费与手续费设置不一致。</translation>
    </message>
    <message>
        <source>The transfer code contains characters its character set does not have.</source>
        <translation>转账码中含有其字符集不支持的字符。</translation>
    </message>
    <message>
        <source>The transfer code is longer than the 331 bytes the EPC format allows.</source>
        <translation>转账码超过了 EPC 格式允许的 331 字节。</translation>
    </message>
    <message>
        <source>The transfer code has more lines than the EPC format allows.</source>
        <translation>转账码的行数超过了 EPC 格式允许的行数。</translation>
    </message>
    <message>
        <source>This is not an EPC transfer code (it does not start with BCD).</source>
        <translation>这不是 EPC 转账码（开头不是 BCD）。</translation>
    </message>
    <message>
        <source>The transfer code is cut off: it has no beneficiary or IBAN.</source>
        <translation>转账码不完整：没有收款人或 IBAN。</translation>
    </message>
    <message>
        <source>The transfer code uses an EPC version this app does not know.</source>
        <translation>转账码使用的 EPC 版本无法识别。</translation>
    </message>
    <message>
        <source>The transfer code names an unknown character set.</source>
        <translation>转账码注明的字符集无法识别。</translation>
    </message>
    <message>
        <source>The transfer code is written in the %1 character set, which this app cannot read.</source>
        <translation>转账码使用 %1 字符集，本应用无法读取。</translation>
    </message>
    <message>
        <source>The transfer code is not for a SEPA credit transfer (SCT).</source>
        <translation>转账码不是 SEPA 贷记转账（SCT）。</translation>
    </message>
    <message>
        <source>The transfer code contains bytes that are not text in its character set.</source>
        <translation>转账码中含有在其字符集中不是文字的字节。</translation>
    </message>
    <message>
        <source>The transfer code has no BIC, which version 001 requires.</source>
        <translation>转账码没有 BIC，而 001 版要求必须有 BIC。</translation>
    </message>
    <message>
        <source>The BIC in the transfer code is not valid.</source>
        <translation>转账码中的 BIC 无效。</translation>
    </message>
    <message>
        <source>The beneficiary name is missing or longer than 70 characters.</source>
        <translation>收款人名称缺失或超过 70 个字符。</translation>
    </message>
    <message>
        <source>The IBAN in the transfer code is not valid: it may be mistyped or damaged.</source>
        <translation>转账码中的 IBAN 无效：可能输错或已损坏。</translation>
    </message>
    <message>
        <source>The transfer amount must be in euros (EUR).</source>
        <translation>转账金额必须以欧元（EUR）计。</translation>
    </message>
    <message>
        <source>The transfer amount must be between 0.01 and 999999999.99 euros.</source>
        <translation>转账金额必须在 0.01 到 999999999.99 欧元之间。</translation>
    </message>
    <message>
        <source>The purpose code of the transfer is not four letters.</source>
        <translation>转账用途代码不是四个字母。</translation>
    </message>
    <message>
        <source>The transfer code has both a structured reference and a text; only one is allowed.</source>
        <translation>转账码同时包含结构化附言和文字附言，只能有一种。</translation>
    </message>
    <message>
        <source>The payment reference (RF…) has wrong check digits: it may be mistyped or damaged.</source>
        <translation>付款附言（RF…）的校验位错误：可能输错或已损坏。</translation>
    </message>
    <message>
        <source>The payment reference is longer than 35 characters.</source>
        <translation>付款附言超过 35 个字符。</translation>
    </message>
    <message>
        <source>The remittance text is longer than 140 characters.</source>
        <translation>转账附言超过 140 个字符。</translation>
    </message>
    <message>
        <source>The note to the payer is longer than 70 characters.</source>
        <translation>给付款人的备注超过 70 个字符。</translation>
    </message>
    <message>
        <source>The payment link is too long.</source>
        <translation>付款链接太长。</translation>
    </message>
    <message>
        <source>This is not a payto: payment link.</source>
        <translation>这不是 payto: 付款链接。</translation>
    </message>
    <message>
        <source>The payment link does not say what kind of account it pays to.</source>
        <translation>付款链接没有说明收款账户的类型。</translation>
    </message>
    <message>
        <source>The payment link contains a broken %-escape.</source>
        <translation>付款链接中含有损坏的 %-转义。</translation>
    </message>
    <message>
        <source>The account in the payment link is not valid for its kind.</source>
        <translation>付款链接中的账户与其类型不符。</translation>
    </message>
    <message>
        <source>An option of the payment link is malformed.</source>
        <translation>付款链接中的某个选项格式错误。</translation>
    </message>
    <message>
        <source>The payment link gives the same option twice.</source>
        <translation>付款链接中同一个选项出现了两次。</translation>
    </message>
    <message>
        <source>The amount of the payment link is not written as CURRENCY:VALUE.</source>
        <translation>付款链接中的金额格式不是“币种:数值”（CURRENCY:VALUE）。</translation>
    </message>
    <message>
        <source>The BIC in the payment link is not valid.</source>
        <translation>付款链接中的 BIC 无效。</translation>
    </message>
    <message>
        <source>The IBAN in the payment link is not valid: it may be mistyped or damaged.</source>
        <translation>付款链接中的 IBAN 无效：可能输错或已损坏。</translation>
    </message>
    <message>
        <source>The web address in the code is malformed.</source>
        <translation>二维码中的网址格式错误。</translation>
    </message>
    <message>
        <source>The code holds binary data, not text.</source>
        <translation>二维码中是二进制数据，不是文字。</translation>
    </message>
    <message>
        <source>The XMPP link contains a broken %-escape or text that is not UTF-8.</source>
        <translation>XMPP 链接中含有损坏的 %-转义或不是 UTF-8 的文字。</translation>
    </message>
    <message>
        <source>The XMPP link is too long.</source>
        <translation>XMPP 链接太长。</translation>
    </message>
    <message>
        <source>This is not an XMPP link.</source>
        <translation>这不是 XMPP 链接。</translation>
    </message>
    <message>
        <source>Links that name the account to use (xmpp://…) are not supported.</source>
        <translation>不支持指定使用哪个账号的链接（xmpp://…）。</translation>
    </message>
    <message>
        <source>The XMPP link has no address.</source>
        <translation>XMPP 链接中没有地址。</translation>
    </message>
    <message>
        <source>The address in the XMPP link is not valid.</source>
        <translation>XMPP 链接中的地址无效。</translation>
    </message>
    <message>
        <source>The XMPP link&apos;s action is malformed.</source>
        <translation>XMPP 链接中的操作格式错误。</translation>
    </message>
    <message>
        <source>A parameter of the XMPP link has no name.</source>
        <translation>XMPP 链接中的某个参数没有名称。</translation>
    </message>
    <message>
        <source>The group address in the XMPP link is not a group.</source>
        <translation>XMPP 链接中的群聊地址不是群聊。</translation>
    </message>
    <message>
        <source>The follow link does not say what to follow.</source>
        <translation>关注链接没有说明要关注什么。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::AvatarManager</name>
    <message>
        <source>The picture is too large (%1 KiB; at most %2 KiB are loaded).</source>
        <translation>图片太大（%1 KiB，最多只加载 %2 KiB）。</translation>
    </message>
    <message>
        <source>The picture data is missing.</source>
        <translation>图片数据缺失。</translation>
    </message>
    <message>
        <source>The picture data is damaged.</source>
        <translation>图片数据已损坏。</translation>
    </message>
    <message>
        <source>The picture does not match its fingerprint and was not used.</source>
        <translation>图片与其指纹不符，未被使用。</translation>
    </message>
    <message>
        <source>The picture is no longer available.</source>
        <translation>图片已不存在。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::IqTracker</name>
    <message>
        <source>No answer from %1 within %2 s</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The connection was lost before the answer arrived; please try again.</source>
        <translation>在收到响应之前连接已断开，请重试。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::RegistrationManager</name>
    <message>
        <source>That username is already taken. Please choose another one.</source>
        <translation>该用户名已被占用，请换一个。</translation>
    </message>
    <message>
        <source>The server did not accept the new password.</source>
        <translation>服务器不接受新密码。</translation>
    </message>
    <message>
        <source>The server did not accept these details: something required is missing or not allowed (for example the username).</source>
        <translation>服务器不接受这些信息：缺少必填项或有不允许的内容（例如用户名）。</translation>
    </message>
    <message>
        <source>This server does not allow creating accounts from the app.</source>
        <translation>该服务器不允许在应用中注册账号。</translation>
    </message>
    <message>
        <source>The server does not allow this.</source>
        <translation>服务器不允许此操作。</translation>
    </message>
    <message>
        <source>The invitation is not valid or has expired.</source>
        <translation>邀请无效或已过期。</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>服务器拒绝了此请求。</translation>
    </message>
    <message>
        <source>This server only creates accounts with an invitation.</source>
        <translation>该服务器只能通过邀请注册账号。</translation>
    </message>
    <message>
        <source>You are not allowed to do this; sign in again and retry.</source>
        <translation>你没有权限执行此操作，请重新登录后重试。</translation>
    </message>
    <message>
        <source>Too many attempts or accounts from your network. Please try again later.</source>
        <translation>你所在网络的尝试次数或注册账号过多，请稍后再试。</translation>
    </message>
    <message>
        <source>Please fill in every required field.</source>
        <translation>请填写所有必填项。</translation>
    </message>
    <message>
        <source>This server does not accept invitations.</source>
        <translation>该服务器不接受邀请。</translation>
    </message>
    <message>
        <source>This server does not offer account creation or changes from the app.</source>
        <translation>该服务器不支持在应用中注册或修改账号。</translation>
    </message>
    <message>
        <source>The server could not complete the request.</source>
        <translation>服务器无法完成此请求。</translation>
    </message>
    <message>
        <source>(The server says: “%1”)</source>
        <translation>（服务器提示：“%1”）</translation>
    </message>
    <message>
        <source>The server sent no registration form.</source>
        <translation>服务器没有发送注册表单。</translation>
    </message>
    <message>
        <source>Sign in before changing the password.</source>
        <translation>请先登录，再修改密码。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::Stream</name>
    <message>
        <source>The server %1 stopped responding</source>
        <translation>服务器 %1 没有响应</translation>
    </message>
    <message>
        <source>The account address is not valid</source>
        <translation>账号地址无效</translation>
    </message>
    <message>
        <source>Could not reach server %1: its DNS records say it offers no XMPP service</source>
        <translation>无法连接到服务器 %1：其 DNS 记录表明它不提供 XMPP 服务</translation>
    </message>
    <message>
        <source>Could not reach server %1</source>
        <translation>无法连接到服务器 %1</translation>
    </message>
    <message>
        <source>The server %1 closed the connection</source>
        <translation>服务器 %1 关闭了连接</translation>
    </message>
    <message>
        <source>The server %1 sent data that is not valid XMPP (%2)</source>
        <translation>服务器 %1 发送的数据不是有效的 XMPP（%2）</translation>
    </message>
    <message>
        <source>The connection to %1 was lost</source>
        <translation>与 %1 的连接已断开</translation>
    </message>
    <message>
        <source>Teahouse did not connect to %1 because its certificate is not trusted. %2. The certificate&apos;s SHA-256 fingerprint is %3. If the server&apos;s administrator confirms this fingerprint, you can trust the certificate for this server.</source>
        <translation>服务器 %1 的证书不受信任，茶馆没有连接。%2。证书的 SHA-256 指纹是 %3。如果服务器管理员确认了这个指纹，你可以信任此服务器的证书。</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to %1: %2</source>
        <translation>无法与 %1 建立加密连接：%2</translation>
    </message>
    <message>
        <source>Could not reach server %1 (%2)</source>
        <translation>无法连接到服务器 %1（%2）</translation>
    </message>
    <message>
        <source>The server %1 sent an unexpected TLS element</source>
        <translation>服务器 %1 发送了意外的 TLS 元素</translation>
    </message>
    <message>
        <source>The server %1 could not start encryption</source>
        <translation>服务器 %1 无法启用加密</translation>
    </message>
    <message>
        <source>The server %1 sent a message before sign-in</source>
        <translation>服务器 %1 在登录前发送了消息</translation>
    </message>
    <message>
        <source>The server %1 refused to start a session</source>
        <translation>服务器 %1 拒绝建立会话</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, so Teahouse did not sign in</source>
        <translation>服务器 %1 不提供加密连接，茶馆没有登录</translation>
    </message>
    <message>
        <source>Refusing to sign in without encryption</source>
        <translation>拒绝在未加密的情况下登录</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>无法登录 %1：%2</translation>
    </message>
    <message>
        <source>Refusing to send the password unencrypted</source>
        <translation>拒绝以未加密的方式发送密码</translation>
    </message>
    <message>
        <source>The server %1 sent an unexpected sign-in step</source>
        <translation>服务器 %1 发送了意外的登录步骤</translation>
    </message>
    <message>
        <source>The server %1 sent an invalid sign-in challenge</source>
        <translation>服务器 %1 发送了无效的登录验证请求</translation>
    </message>
    <message>
        <source>The server %1 could not prove that it knows your password, so Teahouse stopped signing in. Someone may be intercepting the connection.</source>
        <translation>服务器 %1 无法证明它知道你的密码，茶馆已停止登录。可能有人在拦截连接。</translation>
    </message>
    <message>
        <source>The server %1 could not check the password right now</source>
        <translation>服务器 %1 暂时无法验证密码</translation>
    </message>
    <message>
        <source>The password is wrong for this account</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>This account has been disabled on the server</source>
        <translation>此账号已在服务器上被停用</translation>
    </message>
    <message>
        <source>The password for this account has expired</source>
        <translation>此账号的密码已过期</translation>
    </message>
    <message>
        <source>The server %1 refused the sign-in (%2)</source>
        <translation>服务器 %1 拒绝了登录（%2）</translation>
    </message>
    <message>
        <source>The server %1 did not let this device sign in (resource binding failed)</source>
        <translation>服务器 %1 不允许此设备登录（资源绑定失败）</translation>
    </message>
    <message>
        <source>The server %1 bound an unexpected address</source>
        <translation>服务器 %1 绑定了意外的地址</translation>
    </message>
    <message>
        <source>The server %1 resumed the wrong session</source>
        <translation>服务器 %1 恢复了错误的会话</translation>
    </message>
    <message>
        <source>The server %1 acknowledged messages that were never sent</source>
        <translation>服务器 %1 确认收到了从未发送过的消息</translation>
    </message>
    <message>
        <source>This account signed in from another place with the same device name</source>
        <translation>此账号已在其他地方用相同的设备名登录</translation>
    </message>
    <message>
        <source>The server %1 ended the session: not authorized</source>
        <translation>服务器 %1 结束了会话：未获授权</translation>
    </message>
    <message>
        <source>The server %1 does not serve the domain %2</source>
        <translation>服务器 %1 不提供域名 %2 的服务</translation>
    </message>
    <message>
        <source>The server %1 closed the connection because of its policy</source>
        <translation>服务器 %1 根据其策略关闭了连接</translation>
    </message>
    <message>
        <source>The server %1 is shutting down</source>
        <translation>服务器 %1 正在关闭</translation>
    </message>
    <message>
        <source>The server %1 closed the connection (%2)</source>
        <translation>服务器 %1 关闭了连接（%2）</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::StreamSocketTransport</name>
    <message>
        <source>The connection was closed before it was established</source>
        <translation>连接在建立之前就被关闭了</translation>
    </message>
    <message>
        <source>The certificate was issued for a different server name</source>
        <translation>证书是为其他服务器名称签发的</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>The certificate is not signed by an authority this computer trusts</source>
        <translation>证书不是由这台电脑信任的机构签发的</translation>
    </message>
    <message>
        <source>The certificate could not be verified</source>
        <translation>无法验证证书</translation>
    </message>
</context>
</TS>
