<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>关注 %1</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>不再关注</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>不再关注 %1</translation>
    </message>
    <message>
        <source>Articles of %1</source>
        <translation>%1 的文章</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>暂无文章</translation>
    </message>
    <message>
        <source>Follow to read</source>
        <translation>关注后即可阅读</translation>
    </message>
    <message>
        <source>This account has not published anything yet.</source>
        <translation>该公众号还没有发表任何内容。</translation>
    </message>
    <message>
        <source>Follow this account to get its articles, also for reading offline.</source>
        <translation>关注该公众号即可收到它的文章，也可以离线阅读。</translation>
    </message>
</context>
<context>
    <name>AccountRow</name>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation>
            <numerusform>%1，%n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>不再关注 %1</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>关注 %1</translation>
    </message>
</context>
<context>
    <name>AddFriendPage</name>
    <message>
        <source>Add friend</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <source>Account or link</source>
        <translation>账号或链接</translation>
    </message>
    <message>
        <source>Their address, or the xmpp: link from their QR code.</source>
        <translation>对方的账号地址，或对方二维码中的 xmpp: 链接。</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>招呼语</translation>
    </message>
    <message>
        <source>I&apos;m %1</source>
        <translation>我是%1</translation>
    </message>
    <message>
        <source>They see it with your request.</source>
        <translation>对方会在你的朋友申请中看到这句话。</translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>The name you will see for them.</source>
        <translation>你给对方设置的备注名。</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>标签（可选）</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>多个标签用逗号分隔。</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>发送朋友申请</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>Show my QR code</source>
        <translation>显示我的二维码</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>%1 asks you to fill in “%2”</source>
        <translation>%1 请你帮忙填写“%2”</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>填写</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1 · filled in by %2 · %3</source>
        <translation>%1 · %2 已代填 · %3</translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · 保存于 %2</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Forms you submit appear here with their receipts and the updates the service sends.</source>
        <translation>你提交的表单会显示在这里，同时附有回执和服务发来的进度更新。</translation>
    </message>
    <message>
        <source>%1 · reference %2 · submitted %3</source>
        <translation>%1 · 受理编号 %2 · 提交于 %3</translation>
    </message>
    <message>
        <source>QR code of the receipt</source>
        <translation>回执二维码</translation>
    </message>
    <message>
        <source>Family help</source>
        <translation>亲友代填</translation>
    </message>
    <message>
        <source>You asked %1 to fill in “%2”</source>
        <translation>你请%1代填“%2”</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>重新填写</translation>
    </message>
</context>
<context>
    <name>ArticleCard</name>
    <message>
        <source>Article: %1, from %2</source>
        <translation>文章：%1，来自%2</translation>
    </message>
    <message>
        <source>Opens the article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Official account · %1</source>
        <translation>公众号 · %1</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>公众号</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>♥ Liked</source>
        <translation>♥ 已赞</translation>
    </message>
    <message>
        <source>♡ Like</source>
        <translation>♡ 赞</translation>
    </message>
    <message>
        <source>Remove your like</source>
        <translation>取消赞</translation>
    </message>
    <message>
        <source>Like this article</source>
        <translation>给这篇文章点赞</translation>
    </message>
    <message>
        <source>Share to chat</source>
        <translation>发送给朋友</translation>
    </message>
    <message>
        <source>Share to Moments</source>
        <translation>分享到朋友圈</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation>在浏览器中打开此链接？</translation>
    </message>
    <message>
        <source>The article links to this address. Check it before you open it:</source>
        <translation>这篇文章链接到以下网址。打开前请先核对：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <source>Share this article to a chat or to Moments, or copy its link</source>
        <translation>把这篇文章分享到聊天或朋友圈，或复制链接</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送给%1。</translation>
    </message>
</context>
<context>
    <name>ArticleRow</name>
    <message>
        <source>Unread: %1</source>
        <translation>未读：%1</translation>
    </message>
</context>
<context>
    <name>AskFamilyDialog</name>
    <message>
        <source>Ask family to fill this</source>
        <translation>请家人代填</translation>
    </message>
    <message>
        <source>They get this page of the form in a chat, fill it in and send it back. You check it and submit it yourself.</source>
        <translation>对方会在聊天中收到这页表单，填好后发回给你。由你核对后自行提交。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>No picture</source>
        <translation>无头像</translation>
    </message>
</context>
<context>
    <name>AvatarCropDialog</name>
    <message>
        <source>Choose the part to show</source>
        <translation>选择要显示的区域</translation>
    </message>
    <message>
        <source>Size of the square</source>
        <translation>方框大小</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>使用这张图片</translation>
    </message>
</context>
<context>
    <name>CareModeOffer</name>
    <message>
        <source>Would you like larger text?</source>
        <translation>要使用更大的字体吗？</translation>
    </message>
    <message>
        <source>Care mode makes text larger, colours stronger and buttons bigger, and can read messages aloud. You can change this later in Settings.</source>
        <translation>关怀模式会让文字更大、颜色更醒目、按钮更大，还可以朗读消息。之后可以在设置中更改。</translation>
    </message>
    <message>
        <source>Read this question aloud</source>
        <translation>朗读这个问题</translation>
    </message>
    <message>
        <source>Use care mode</source>
        <translation>使用关怀模式</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Pick a chat</source>
        <translation>选择一个聊天</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>暂无聊天</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or start a group with the + button.</source>
        <translation>请在左侧选择一个聊天，或点击 + 按钮发起群聊。</translation>
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
    <name>ChatSidebar</name>
    <message>
        <source>Start a group chat</source>
        <translation>发起群聊</translation>
    </message>
    <message>
        <source>%1 invited you to the group %2</source>
        <translation>%1 邀请你加入群聊 %2</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>暂无聊天</translation>
    </message>
    <message>
        <source>Sign in to see your chats</source>
        <translation>登录后即可查看聊天</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶聊天</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消免打扰</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>消息免打扰</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>删除聊天</translation>
    </message>
    <message>
        <source>Delete this chat?</source>
        <translation>删除此聊天？</translation>
    </message>
    <message>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation>聊天记录将从这台电脑上删除，且无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>yyyy/M/d</source>
        <translation>yyyy年M月d日</translation>
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
    <message>
        <source>Use this language (en, zh_CN or zh_TW) instead of the system&apos;s.</source>
        <translation>使用指定语言（en、zh_CN 或 zh_TW），而不是系统语言。</translation>
    </message>
    <message>
        <source>Run the UI test scenario in FILE (JavaScript), then exit: 0 when it passed, 1 when it failed. Without --profile it runs in a throw-away profile.</source>
        <translation>运行指定文件中的界面测试场景（JavaScript）后退出：通过时返回 0，失败时返回 1。未指定 --profile 时在临时配置中运行。</translation>
    </message>
    <message>
        <source>With --script: save the scenario&apos;s screenshots (and one at every failure) in DIR.</source>
        <translation>与 --script 一起使用：把场景的截图（以及每次失败时的截图）保存到指定目录。</translation>
    </message>
    <message>
        <source>With --script: write a JUnit XML report to FILE.</source>
        <translation>与 --script 一起使用：把 JUnit XML 报告写入指定文件。</translation>
    </message>
    <message>
        <source>scan FILE: print every code in the image FILE as JSON and exit.</source>
        <translation>scan FILE：以 JSON 格式输出图片文件 FILE 中的所有二维码和条形码，然后退出。</translation>
    </message>
    <message>
        <source>[scan FILE]</source>
        <translation>[scan FILE]</translation>
    </message>
    <message>
        <source>--script needs a scenario file.</source>
        <translation>--script 需要指定一个场景文件。</translation>
    </message>
    <message>
        <source>--screenshots and --junit go with --script.</source>
        <translation>--screenshots 和 --junit 需要与 --script 一起使用。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh_CN or zh_TW.</source>
        <translation>未知语言“%1”：请使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>scan needs an image file: teahouse scan FILE</source>
        <translation>scan 需要一个图片文件：teahouse scan FILE</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New post</source>
        <translation>发朋友圈</translation>
    </message>
    <message>
        <source>Share what&apos;s on your mind…</source>
        <translation>这一刻的想法…</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>动态内容</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>删除照片 %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Up to %1 photos; you can also drop or paste them here.</source>
        <translation>最多 %1 张照片，也可以拖到或粘贴到这里。</translation>
    </message>
    <message>
        <source>%1 of %2 photos. Drop pictures here or paste one.</source>
        <translation>已选 %1 张，最多 %2 张。可以把图片拖到这里，或粘贴一张。</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>谁可以看</translation>
    </message>
    <message>
        <source>All friends</source>
        <translation>所有朋友可见</translation>
    </message>
    <message>
        <source>Only friends with these tags</source>
        <translation>仅所选标签的朋友可见</translation>
    </message>
    <message>
        <source>All friends except these tags</source>
        <translation>不给所选标签的朋友看</translation>
    </message>
    <message>
        <source>Add tags to your contacts first (Contacts → Tags).</source>
        <translation>请先给联系人添加标签（通讯录 → 标签）。</translation>
    </message>
    <message>
        <source>Only friends with a chosen tag can read this post; your server refuses everyone else.</source>
        <translation>只有带所选标签的朋友能看到这条动态，服务器会拒绝其他所有人。</translation>
    </message>
    <message>
        <source>Friends with a chosen tag can&apos;t read this post; your server refuses them.</source>
        <translation>带所选标签的朋友看不到这条动态，服务器会拒绝他们。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>发表</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Emoji</source>
        <translation>表情</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Mention someone</source>
        <translation>@ 提醒某人</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <source>Message %1 — type @ to mention someone</source>
        <translation>发消息给 %1，输入 @ 可提醒某人</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>发消息给 %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>按 Enter 发送，按 Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter 发送 · Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Pay to %1</source>
        <translation>付款给 %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount %1 %2</source>
        <translation>金额 %1 %2</translation>
    </message>
    <message>
        <source>Enter the amount</source>
        <translation>输入金额</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>The amount is set by the code and cannot be changed.</source>
        <translation>金额由二维码设定，不能修改。</translation>
    </message>
    <message>
        <source>Bill: %1</source>
        <translation>账单号：%1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Not connected to your payment service (%1).</source>
        <translation>未连接到你的支付服务（%1）。</translation>
    </message>
    <message>
        <source>Pay %1 to %2</source>
        <translation>向 %2 付款 %1</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>正在付款…</translation>
    </message>
    <message>
        <source>Enter your payment PIN</source>
        <translation>请输入支付 PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Send money to %1</source>
        <translation>转账给 %1</translation>
    </message>
    <message>
        <source>%1 gets the money after accepting it in the chat. If it is not accepted, it comes back to you.</source>
        <translation>%1 在聊天中确认收款后才会收到钱。如果对方未收款，钱会退还给你。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <translation>向 %2 转账 %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在转账…</translation>
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
    <name>ContactCard</name>
    <message>
        <source>Nickname: %1</source>
        <translation>昵称：%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>Blocked: their messages do not reach you.</source>
        <translation>已加入黑名单：你不会收到对方的消息。</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>在线 · %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Waiting for them to accept</source>
        <translation>等待对方验证</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>取消星标朋友</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>设为星标朋友</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发消息</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The name you see for %1.</source>
        <translation>你给 %1 设置的备注名。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tags group your contacts, e.g. Family, Colleagues.</source>
        <translation>标签可以给联系人分组，例如家人、同事。</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>多个标签用逗号分隔。</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>%1 的二维码</translation>
    </message>
    <message>
        <source>Others can scan it to add %1.</source>
        <translation>别人扫一扫即可添加 %1。</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>移出黑名单</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>加入黑名单</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>把 %1 加入黑名单？</translation>
    </message>
    <message>
        <source>Their messages and friend requests will no longer reach you, and they will not see when you are online. You can unblock them later.</source>
        <translation>你将不再收到对方的消息和朋友申请，对方也看不到你是否在线。之后可以把对方移出黑名单。</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>They are removed from your contacts and no longer see when you are online. Your chat history stays.</source>
        <translation>对方将从通讯录中删除，也不会再看到你是否在线。聊天记录会保留。</translation>
    </message>
    <message>
        <source>Read the name aloud</source>
        <translation>朗读名字</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContactListPane</name>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>New friends</source>
        <translation>新的朋友</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation>
            <numerusform>%n 条待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chats</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Showing “%1”</source>
        <translation>正在显示“%1”</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>没有与“%1”匹配的联系人。</translation>
    </message>
    <message>
        <source>Nobody has this tag.</source>
        <translation>没有联系人使用这个标签。</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <source>★ Starred friends</source>
        <translation>★ 星标朋友</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>黑名单</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <source>Choose a contact</source>
        <translation>选择一位联系人</translation>
    </message>
    <message>
        <source>People you add appear here. Add a friend by their address or by scanning their QR code.</source>
        <translation>你添加的朋友会显示在这里。可以通过对方的账号地址或扫描二维码添加朋友。</translation>
    </message>
    <message>
        <source>Their card shows how to reach them.</source>
        <translation>在对方的资料卡中可以找到联系方式。</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Sign in to see your profile and your QR code.</source>
        <translation>登录后即可查看你的资料和二维码。</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
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
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>[Draft]</source>
        <translation>[草稿]</translation>
    </message>
    <message>
        <source>[Someone @ me]</source>
        <translation>[有人@我]</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not in this group right now</source>
        <translation>你目前不在此群聊中</translation>
    </message>
    <message>
        <source>Search in this chat</source>
        <translation>在此聊天中搜索</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>群聊信息</translation>
    </message>
    <message>
        <source>Chat info</source>
        <translation>聊天信息</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>把文件拖到这里，发送给 %1</translation>
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
    <name>EditTextDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>每行一个地址</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>From My info: %1</source>
        <translation>来自“我的信息”：%1</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Fill %1 with %2 from My info</source>
        <translation>用“我的信息”中的 %2 填写 %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>Uploading %1 … %2 %</source>
        <translation>正在上传 %1… %2%</translation>
    </message>
    <message>
        <source>%1 is attached.</source>
        <translation>已附上 %1。</translation>
    </message>
    <message>
        <source>A picture is attached (%1).</source>
        <translation>已附上一张图片（%1）。</translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one.</source>
        <translation>把图片拖到这里，或选择一张。</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>换一张…</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the picture from %1</source>
        <translation>从%1中移除图片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>FieldRule</name>
    <message>
        <source>Enter a whole number, such as 12.</source>
        <translation>请输入整数，例如 12。</translation>
    </message>
    <message>
        <source>Enter a number that is not negative.</source>
        <translation>请输入非负数。</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>请输入不小于 %1 的数。</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>请输入不大于 %1 的数。</translation>
    </message>
    <message>
        <source>Enter a number, such as 12.5.</source>
        <translation>请输入数字，例如 12.5。</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2026-05-01.</source>
        <translation>请按“年-月-日”格式输入日期，例如 2026-05-01。</translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2026-05-01T09:30:00.</source>
        <translation>请输入日期和时间，例如 2026-05-01T09:30:00。</translation>
    </message>
    <message>
        <source>Enter a time as hours:minutes, such as 09:30.</source>
        <translation>请按“时:分”格式输入时间，例如 09:30。</translation>
    </message>
    <message>
        <source>Enter a full address, such as https://example.org.</source>
        <translation>请输入完整网址，例如 https://example.org。</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的值。</translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation>请输入不小于 %1 的值。</translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation>请输入不大于 %1 的值。</translation>
    </message>
    <message>
        <source>This is not in the expected format.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Enter one value only.</source>
        <translation>只能输入一个值。</translation>
    </message>
    <message>
        <source>Enter an account address, such as name@example.org.</source>
        <translation>请输入账号地址，例如 name@example.org。</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>请选择其中一项。</translation>
    </message>
    <message>
        <source>Choose only from the options.</source>
        <translation>只能从给出的选项中选择。</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n option(s).</source>
        <translation>
            <numerusform>请至少选择 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n option(s).</source>
        <translation>
            <numerusform>最多只能选择 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <source>File %1, %2</source>
        <translation>文件 %1，%2</translation>
    </message>
    <message>
        <source>Sending… %1%</source>
        <translation>正在发送… %1%</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>正在下载… %1%</translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled — %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>传输进度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Leaves the form; what you typed is kept as a draft</source>
        <translation>退出表单，已填写的内容会保存为草稿</translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation>正在等待服务响应</translation>
    </message>
    <message>
        <source>One answer needs your attention before you go on.</source>
        <translation>有 1 项需要你检查后才能继续。</translation>
    </message>
    <message>
        <source>%1 answers need your attention before you go on.</source>
        <translation>有 %1 项需要你检查后才能继续。</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>立即支付</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>发回</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation>立即提交</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Ask family to fill this</source>
        <translation>请家人代填</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ends the form and deletes the draft</source>
        <translation>退出表单并删除草稿</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to…</source>
        <translation>转发给…</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
</context>
<context>
    <name>GroupInfoPanel</name>
    <message>
        <source>Group info</source>
        <translation>群聊信息</translation>
    </message>
    <message>
        <source>Chat info</source>
        <translation>聊天信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群聊名称</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>群主题</translation>
    </message>
    <message>
        <source>What this group is about</source>
        <translation>这个群聊的主题</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>群成员（%1）</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Invite people to this group</source>
        <translation>邀请朋友加入此群聊</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>消息免打扰</translation>
    </message>
    <message>
        <source>No sound or notification; @mentions still notify.</source>
        <translation>不响铃也不弹通知，有人@你时仍会通知。</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶聊天</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>退出群聊</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>删除聊天</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>退出“%1”？</translation>
    </message>
    <message>
        <source>Delete this chat?</source>
        <translation>删除此聊天？</translation>
    </message>
    <message>
        <source>You will no longer receive its messages. Someone in it has to invite you again.</source>
        <translation>你将不再收到该群聊的消息。要重新加入，需要群里的人再次邀请你。</translation>
    </message>
    <message>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation>聊天记录将从这台电脑上删除，且无法恢复。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>邀请加入 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Group chats</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>No group chats</source>
        <translation>暂无群聊</translation>
    </message>
    <message>
        <source>Group chats you join appear here. Start one from Chats.</source>
        <translation>你加入的群聊会显示在这里。可以在聊天中发起群聊。</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张照片，共 %2 张</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>This image is not on this computer yet.</source>
        <translation>这张图片还没有下载到这台电脑上。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InChatSearchBar</name>
    <message>
        <source>Search in this chat</source>
        <translation>在此聊天中搜索</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Older match</source>
        <translation>上一条（较早）</translation>
    </message>
    <message>
        <source>Newer match</source>
        <translation>下一条（较新）</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>关闭搜索</translation>
    </message>
</context>
<context>
    <name>InteractionsPopup</name>
    <message>
        <source>Likes and comments</source>
        <translation>赞和评论</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No likes or comments on your posts yet.</source>
        <translation>你的动态还没有收到赞或评论。</translation>
    </message>
    <message>
        <source>%1 liked your post</source>
        <translation>%1 赞了你的动态</translation>
    </message>
    <message>
        <source>%1 commented: %2</source>
        <translation>%1 评论：%2</translation>
    </message>
    <message>
        <source>Liked your post</source>
        <translation>赞了你的动态</translation>
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
    <name>MentionPopup</name>
    <message>
        <source>People to mention</source>
        <translation>选择要提醒的人</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not sent. Click to send again.</source>
        <translation>发送失败，点击重新发送。</translation>
    </message>
    <message>
        <source>Image %1, click to view</source>
        <translation>图片 %1，点击查看</translation>
    </message>
    <message>
        <source>Quoted: %1</source>
        <translation>引用：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>朗读这条消息</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>正在加载更早的消息…</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>还没有消息，打个招呼吧！</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>转发…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>MomentsPage</name>
    <message>
        <source>Moments of %1</source>
        <translation>%1 的朋友圈</translation>
    </message>
    <message>
        <source>All friends</source>
        <translation>全部朋友</translation>
    </message>
    <message>
        <source>New likes and comments: %1</source>
        <translation>新的赞和评论：%1</translation>
    </message>
    <message>
        <source>Likes and comments</source>
        <translation>赞和评论</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>发朋友圈</translation>
    </message>
    <message>
        <source>Posting… %1%</source>
        <translation>正在发表… %1%</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Loading posts…</source>
        <translation>正在加载动态…</translation>
    </message>
    <message>
        <source>No moments yet</source>
        <translation>暂无动态</translation>
    </message>
    <message>
        <source>Photos and thoughts shared by you and your friends appear here. You choose who sees each post.</source>
        <translation>你和朋友分享的照片和想法会显示在这里。每条动态都可以选择谁可以看。</translation>
    </message>
    <message>
        <source>Delete this post?</source>
        <translation>删除这条动态？</translation>
    </message>
    <message>
        <source>It is removed from your friends&apos; Moments too.</source>
        <translation>这条动态也会从朋友的朋友圈中删除。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>MyInfoView</name>
    <message>
        <source>Forms offer these details next to the fields that ask for them. Nothing is filled in until you press Use.</source>
        <translation>表单中需要这些信息的地方，会在旁边提供它们。只有按下“使用”后才会填入。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>MyProfilePage</name>
    <message>
        <source>My profile</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>Change picture…</source>
        <translation>更换头像…</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Friends see this name when you add them.</source>
        <translation>你添加朋友时，对方会看到这个名字。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>个性签名</translation>
    </message>
    <message>
        <source>A short line your friends see next to your name.</source>
        <translation>朋友会在你的名字旁边看到的一句话。</translation>
    </message>
    <message>
        <source>My QR code</source>
        <translation>我的二维码</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>MyQrPage</name>
    <message>
        <source>My QR code</source>
        <translation>我的二维码</translation>
    </message>
    <message>
        <source>Scan this code to add me as a friend.</source>
        <translation>扫一扫上面的二维码，加我为朋友。</translation>
    </message>
    <message>
        <source>Link of my QR code</source>
        <translation>我的二维码链接</translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation>保存为图片…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save my QR code</source>
        <translation>保存我的二维码</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>NewFriendsPage</name>
    <message>
        <source>New friends</source>
        <translation>新的朋友</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>朋友申请</translation>
    </message>
    <message>
        <source>No friend requests</source>
        <translation>暂无朋友申请</translation>
    </message>
    <message>
        <source>When someone asks to be your friend, their request appears here.</source>
        <translation>有人申请添加你为朋友时，申请会显示在这里。</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <source>%1 asks to be your friend</source>
        <translation>%1 申请添加你为朋友</translation>
    </message>
    <message>
        <source>You asked %1</source>
        <translation>你申请添加 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>你的招呼语：“%1”</translation>
    </message>
    <message>
        <source>You sent a friend request.</source>
        <translation>你发送了朋友申请。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待验证</translation>
    </message>
    <message>
        <source>Read the greeting of %1 aloud</source>
        <translation>朗读 %1 的招呼语</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>Start a group chat</source>
        <translation>发起群聊</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群聊名称</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>正在创建群聊…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>OfficialAccountsPage</name>
    <message>
        <source>Follow a feed…</source>
        <translation>关注订阅源…</translation>
    </message>
    <message>
        <source>Follow any Atom or RSS feed by its address</source>
        <translation>通过地址关注任意 Atom 或 RSS 订阅源</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅号消息</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Accounts you follow</source>
        <translation>已关注的公众号</translation>
    </message>
    <message>
        <source>You follow no official accounts yet</source>
        <translation>你还没有关注任何公众号</translation>
    </message>
    <message>
        <source>Browse the accounts of your city, hospital and bus company, or follow any news feed by its address.</source>
        <translation>浏览你所在城市、医院和公交公司的公众号，或者通过地址关注任意新闻订阅源。</translation>
    </message>
    <message>
        <source>Browse accounts</source>
        <translation>浏览公众号</translation>
    </message>
    <message>
        <source>Newest articles</source>
        <translation>最新文章</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>暂无文章</translation>
    </message>
    <message>
        <source>New articles of the accounts you follow appear here, newest first.</source>
        <translation>已关注公众号的新文章会显示在这里，最新的排在最前面。</translation>
    </message>
    <message>
        <source>Official accounts</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Looking for official accounts…</source>
        <translation>正在查找公众号…</translation>
    </message>
    <message>
        <source>No official accounts found</source>
        <translation>没有找到公众号</translation>
    </message>
    <message>
        <source>Accounts published on your server&apos;s official-account service appear here.</source>
        <translation>你的服务器的公众号服务上发布的公众号会显示在这里。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Follow a feed</source>
        <translation>关注订阅源</translation>
    </message>
    <message>
        <source>The address of an Atom or RSS feed, for example https://example.org/feed.xml</source>
        <translation>Atom 或 RSS 订阅源的地址，例如 https://example.org/feed.xml</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>订阅源地址</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索公众号</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>No contact matches “%1”</source>
        <translation>没有与“%1”匹配的联系人</translation>
    </message>
    <message>
        <source>No contacts yet. Add friends in Contacts first.</source>
        <translation>暂无联系人。请先在通讯录中添加朋友。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张照片，共 %2 张</translation>
    </message>
    <message>
        <source>This photo is not on this computer yet.</source>
        <translation>这张照片还没有下载到这台电脑上。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of 6 digits entered</source>
        <translation>已输入 %1 位，共 6 位</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Change the payment PIN</source>
        <translation>修改支付 PIN</translation>
    </message>
    <message>
        <source>Set a payment PIN</source>
        <translation>设置支付 PIN</translation>
    </message>
    <message>
        <source>Every payment asks for this PIN. After five wrong tries, payments are locked for 15 minutes.</source>
        <translation>每次付款都需要输入此 PIN。连续输错五次后，付款功能将锁定 15 分钟。</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>当前 PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Moments of %1</source>
        <translation>%1 的朋友圈</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this post</source>
        <translation>删除这条动态</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>取消赞</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>赞</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>%1 replied to %2</source>
        <translation>%1 回复 %2</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>删除评论</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
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
    <name>ProfileSummary</name>
    <message>
        <source>My profile</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <source>My QR code</source>
        <translation>我的二维码</translation>
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
    <name>RailButton</name>
    <message>
        <source>Current section</source>
        <translation>当前页面</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>With</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>交易后余额</translation>
    </message>
    <message>
        <source>Back to the wallet</source>
        <translation>返回钱包</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>%1 paid to %2 on %3</source>
        <translation>%3 向 %2 付款 %1</translation>
    </message>
    <message>
        <source>The payee is asked to return the whole amount to your balance. Shops of your payment service refund at once; others decide themselves.</source>
        <translation>系统会请收款方把全部金额退回你的余额。你的支付服务下的商户会立即退款；其他收款方自行决定是否退款。</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>退款原因（可选）</translation>
    </message>
    <message>
        <source>For example: the order was cancelled</source>
        <translation>例如：订单已取消</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>You refunded this payment.</source>
        <translation>你已退还这笔款项。</translation>
    </message>
    <message>
        <source>Refunded: the money is back in your balance.</source>
        <translation>已退款：钱已退回你的余额。</translation>
    </message>
    <message>
        <source>Refund requested on %1. You get the money back when the payee refunds it.</source>
        <translation>已于 %1 申请退款。收款方退款后，钱会退回给你。</translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation>退款被拒绝：%1</translation>
    </message>
    <message>
        <source>Ask again for a refund</source>
        <translation>再次申请退款</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>退还这笔款项</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Receive money</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Let the payer scan this code with Teahouse. The money goes to %1.</source>
        <translation>请付款人用茶馆扫描此二维码，款项将转入 %1。</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>%1 的收款码</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Amount (optional)</source>
        <translation>金额（可选）</translation>
    </message>
    <message>
        <source>Leave empty to let the payer enter it.</source>
        <translation>留空则由付款人输入金额。</translation>
    </message>
    <message>
        <source>Enter an amount such as 12.50.</source>
        <translation>请输入金额，例如 12.50。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Select the QR code</source>
        <translation>框选二维码</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code.</source>
        <translation>拖动鼠标，框住二维码。</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Scan the whole screen</source>
        <translation>扫描整个屏幕</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Payment successful</source>
        <translation>支付成功</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>支付被拒绝</translation>
    </message>
    <message>
        <source>Waiting for the payment service</source>
        <translation>正在等待支付服务确认</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>收款方：%1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Sends the same order again; it is charged at most once.</source>
        <translation>重新发送同一订单，最多只会扣款一次。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation>转账已发出</translation>
    </message>
    <message>
        <source>Transfer refused</source>
        <translation>转账被拒绝</translation>
    </message>
    <message>
        <source>The transfer card is in your chat. %1 can accept it or return it.</source>
        <translation>转账已发送到聊天中，%1 可以收款或退还。</translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation>返回聊天</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>Results, %1 rows</source>
        <translation>结果，共 %1 行</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>按 %1 排序</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Choose a picture with a QR code</source>
        <translation>选择含有二维码的图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ScanPicker</name>
    <message numerus="yes">
        <source>%n code(s) found. Choose the one you mean.</source>
        <translation>
            <numerusform>识别到 %n 个二维码，请选择要使用的那个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanned picture</source>
        <translation>扫描的图片</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>二维码 %1</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>找到的二维码</translation>
    </message>
    <message>
        <source>Scan something else</source>
        <translation>扫描其他内容</translation>
    </message>
</context>
<context>
    <name>ScanResult</name>
    <message>
        <source>Entered when you pay</source>
        <translation>付款时输入</translation>
    </message>
    <message>
        <source>Damaged or unknown code</source>
        <translation>已损坏或无法识别的二维码</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>收款码</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Invitation to an account</source>
        <translation>注册账号邀请</translation>
    </message>
    <message>
        <source>XMPP link</source>
        <translation>XMPP 链接</translation>
    </message>
    <message>
        <source>SEPA transfer</source>
        <translation>SEPA 转账</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>付款请求</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Payee (%1)</source>
        <translation>收款方（%1）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Merchant category</source>
        <translation>商户类别</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>账单号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Payment schemes</source>
        <translation>支付网络</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>附加信息</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of items, joined two at a time</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Type of code</source>
        <translation>二维码类型</translation>
    </message>
    <message>
        <source>Dynamic: valid for this one payment</source>
        <translation>动态码：仅限本次付款使用</translation>
    </message>
    <message>
        <source>Static: the merchant&apos;s code for every payment</source>
        <translation>静态码：商户的固定收款码，每次付款都可使用</translation>
    </message>
</context>
<context>
    <name>ScanResultView</name>
    <message>
        <source>This code cannot be used: %1 Nothing was done and nothing was paid.</source>
        <translation>无法使用此二维码：%1 未执行任何操作，也没有付款。</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>完整网址</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Copy the code&apos;s text</source>
        <translation>复制二维码中的文本</translation>
    </message>
    <message>
        <source>Content of the code</source>
        <translation>二维码内容</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Other codes in the picture</source>
        <translation>图片中的其他二维码</translation>
    </message>
    <message>
        <source>Scan something else</source>
        <translation>扫描其他内容</translation>
    </message>
</context>
<context>
    <name>ScanStartView</name>
    <message>
        <source>Camera viewfinder</source>
        <translation>相机取景框</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫一扫</translation>
    </message>
    <message>
        <source>Hold the QR code inside the frame. It is read as soon as it is sharp.</source>
        <translation>将二维码放入框内，图像清晰后即可自动识别。</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>用摄像头扫描</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>没有摄像头</translation>
    </message>
    <message>
        <source>You can still scan a code from a picture, the clipboard or your screen.</source>
        <translation>你仍然可以扫描图片、剪贴板或屏幕上的二维码。</translation>
    </message>
    <message>
        <source>Point the camera at a QR code to add a friend, join a group, follow an account or pay.</source>
        <translation>将摄像头对准二维码，即可添加朋友、加入群聊、关注公众号或付款。</translation>
    </message>
    <message>
        <source>No camera was found on this computer. You can still scan a code from a picture, the clipboard or your screen.</source>
        <translation>这台电脑上没有找到摄像头。你仍然可以扫描图片、剪贴板或屏幕上的二维码。</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Open an image file to scan</source>
        <translation>打开要扫描的图片文件</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <source>Scan the picture on the clipboard</source>
        <translation>扫描剪贴板中的图片</translation>
    </message>
    <message>
        <source>Scan part of the screen</source>
        <translation>扫描屏幕区域</translation>
    </message>
    <message>
        <source>You can also drop an image here. Payments are never made without your confirmation.</source>
        <translation>也可以把图片拖到这里。未经你确认，绝不会付款。</translation>
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
    <name>SearchResultsView</name>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>没有找到与“%1”相关的结果</translation>
    </message>
</context>
<context>
    <name>ServicesHome</name>
    <message>
        <source>%1 · used %2</source>
        <translation>%1 · 上次使用 %2</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>取消置顶 %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>置顶 %1</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Add a city</source>
        <translation>添加城市</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>搜索服务</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>%1 的服务</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Add your city by the address of its service provider to see what it offers.</source>
        <translation>通过服务提供方的地址添加你所在的城市，即可查看可办理的服务。</translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation>没有与“%1”匹配的服务。</translation>
    </message>
    <message>
        <source>Not connected. The city&apos;s services appear when the connection is back.</source>
        <translation>未连接。连接恢复后会显示该城市的服务。</translation>
    </message>
    <message>
        <source>This city offers no services yet.</source>
        <translation>该城市暂未提供服务。</translation>
    </message>
    <message>
        <source>City service address</source>
        <translation>城市服务地址</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>城市服务</translation>
    </message>
    <message>
        <source>My applications (%1)</source>
        <translation>我的办事（%1）</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>我的办事</translation>
    </message>
    <message>
        <source>My info</source>
        <translation>我的信息</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>隐藏此消息</translation>
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
    <message>
        <source>Larger text, stronger colours and bigger buttons, with fewer entries on the left and their names under the icons.</source>
        <translation>文字更大、颜色更醒目、按钮更大；左侧入口更少，图标下方显示名称。</translation>
    </message>
    <message>
        <source>In care mode text is 150% to 200% of the normal size.</source>
        <translation>关怀模式下，文字大小为正常大小的 150% 到 200%。</translation>
    </message>
    <message>
        <source>From 100% to 200%; care mode starts at 150%.</source>
        <translation>范围为 100% 到 200%，关怀模式从 150% 起。</translation>
    </message>
    <message>
        <source>Read the sample text aloud</source>
        <translation>朗读示例文字</translation>
    </message>
    <message>
        <source>Read incoming messages aloud</source>
        <translation>朗读收到的消息</translation>
    </message>
    <message>
        <source>New messages are read out as they arrive, in a voice for their language. Every message also has a speaker button.</source>
        <translation>新消息到达时，会用与其语言相符的语音朗读。每条消息旁也有朗读按钮。</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so nothing can be read aloud.</source>
        <translation>这台电脑上没有安装语音引擎，无法朗读。</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>静音模式</translation>
    </message>
    <message>
        <source>No sounds: notifications stay silent and nothing is read aloud unless you press a speaker button.</source>
        <translation>不发出任何声音：通知保持静音；除非你按下朗读按钮，否则不会朗读任何内容。</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Balance, payments and cards</source>
        <translation>余额、付款和银行卡</translation>
    </message>
</context>
<context>
    <name>SharePicker</name>
    <message>
        <source>Send to…</source>
        <translation>发送给…</translation>
    </message>
    <message>
        <source>Search chats and contacts</source>
        <translation>搜索聊天和联系人</translation>
    </message>
    <message>
        <source>Chats and contacts</source>
        <translation>聊天和联系人</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>群聊 %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>No chat or contact matches “%1”.</source>
        <translation>没有与“%1”匹配的聊天或联系人。</translation>
    </message>
    <message>
        <source>No chats or contacts yet.</source>
        <translation>还没有聊天或联系人。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SideIndex</name>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Jump to %1</source>
        <translation>跳转到 %1</translation>
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
    <name>SpeakButton</name>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>暂无标签</translation>
    </message>
    <message>
        <source>Open a contact&apos;s card and give them tags such as Family or Colleagues.</source>
        <translation>打开联系人的资料卡，给对方添加标签，例如家人或同事。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
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
    <name>TransferCard</name>
    <message>
        <source>Transfer to you</source>
        <translation>向你转账</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Waiting for you to accept</source>
        <translation>待你收款</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>You accepted the transfer</source>
        <translation>你已收款</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>对方已收款</translation>
    </message>
    <message>
        <source>You returned the transfer</source>
        <translation>你已退还</translation>
    </message>
    <message>
        <source>Transfer returned</source>
        <translation>对方已退还</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>已退还给转账人</translation>
    </message>
    <message>
        <source>Waiting for your friend to accept</source>
        <translation>等待朋友收款</translation>
    </message>
    <message>
        <source>Expired: not accepted in time, the money went back to the sender</source>
        <translation>已过期：对方未及时收款，钱已退回给转账人</translation>
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
    <name>UnreadBadge</name>
    <message>
        <source>Unread messages</source>
        <translation>未读消息</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UriRouter</name>
    <message>
        <source>Adding friends is not available in this version of Teahouse.</source>
        <translation>此版本的茶馆暂不支持添加朋友。</translation>
    </message>
    <message>
        <source>Groups are not available in this version of Teahouse.</source>
        <translation>此版本的茶馆暂不支持群聊。</translation>
    </message>
    <message>
        <source>Payments are not available in this version of Teahouse. Nothing was paid.</source>
        <translation>此版本的茶馆暂不支持付款。没有进行任何付款。</translation>
    </message>
    <message>
        <source>This is not available in this version of Teahouse.</source>
        <translation>此版本的茶馆暂不支持此功能。</translation>
    </message>
    <message>
        <source>This could not be started. Try again.</source>
        <translation>无法启动，请重试。</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>A payment code. You will see the payee and the amount and confirm with your payment PIN before anything is paid.</source>
        <translation>这是一个收款码。付款前你会看到收款方和金额，并需要输入支付 PIN 确认。</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发消息</translation>
    </message>
    <message>
        <source>Opens a chat with %1.</source>
        <translation>打开与 %1 的聊天。</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <source>Adds %1 to your contacts. You can write a greeting before the request is sent.</source>
        <translation>将 %1 添加到通讯录。发送申请前，你可以写一句招呼语。</translation>
    </message>
    <message>
        <source>Join group</source>
        <translation>加入群聊</translation>
    </message>
    <message>
        <source>Joins the group %1.</source>
        <translation>加入群聊 %1。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>An invitation to create an account on %1. To use it, sign out and create a new account on that server.</source>
        <translation>这是在 %1 上注册账号的邀请。要使用它，请先退出登录，再在该服务器上注册新账号。</translation>
    </message>
    <message>
        <source>This XMPP link asks for “%1”, which Teahouse does not do.</source>
        <translation>此 XMPP 链接请求执行“%1”，茶馆不支持该操作。</translation>
    </message>
    <message>
        <source>A web address. Check it before you open it: it opens in your browser only when you choose to.</source>
        <translation>这是一个网址。打开前请先核对：只有在你选择打开时，才会在浏览器中打开。</translation>
    </message>
    <message>
        <source>This code holds text.</source>
        <translation>此二维码包含一段文本。</translation>
    </message>
    <message>
        <source>City services are not available in this version of Teahouse.</source>
        <translation>此版本的茶馆不支持城市服务。</translation>
    </message>
    <message>
        <source>Official accounts are not available in this version of Teahouse.</source>
        <translation>此版本的茶馆不支持公众号。</translation>
    </message>
    <message>
        <source>Open service</source>
        <translation>打开服务</translation>
    </message>
    <message>
        <source>Opens the service “%1” offered by %2 in City Services. Nothing is sent until you submit the form.</source>
        <translation>在城市服务中打开 %2 提供的服务“%1”。提交表单之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Follows the official account “%1” on %2: its new articles appear under Official Accounts.</source>
        <translation>关注 %2 上的公众号“%1”：它的新文章会出现在公众号里。</translation>
    </message>
    <message>
        <source>This code opens the service “%1” offered by %2. City services are not available in this version of Teahouse.</source>
        <translation>此二维码会打开 %2 提供的服务“%1”。此版本的茶馆不支持城市服务。</translation>
    </message>
    <message>
        <source>This code follows the official account “%1” on %2. Official accounts are not available in this version of Teahouse.</source>
        <translation>此二维码会关注 %2 上的公众号“%1”。此版本的茶馆不支持公众号。</translation>
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
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>Payment service: %1</source>
        <translation>支付服务：%1</translation>
    </message>
    <message>
        <source>Not connected to the payment service %1</source>
        <translation>未连接到支付服务 %1</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>扫码付款</translation>
    </message>
    <message>
        <source>Receive money</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>修改 PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Set a six-digit payment PIN before your first payment.</source>
        <translation>首次付款前，请先设置六位数字的支付 PIN。</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Search bills</source>
        <translation>搜索账单</translation>
    </message>
    <message>
        <source>No bills yet. Payments, refunds and transfers appear here.</source>
        <translation>暂无账单。付款、退款和转账记录会显示在这里。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>支付服务</translation>
    </message>
    <message>
        <source>The XMPP address of the service that holds your balance and makes your payments. Leave it empty to use pay@ your server.</source>
        <translation>保管你的余额并处理付款的服务的 XMPP 地址。留空则使用你服务器上的 pay@ 服务。</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>pay.example.org or pay@example.org</source>
        <translation>pay.example.org 或 pay@example.org</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>Change the payment service</source>
        <translation>更换支付服务</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>refund requested</source>
        <translation>已申请退款</translation>
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
    <message>
        <source>&quot;settings&quot; in %1 must be an object of names and texts.</source>
        <translation>%1 中的 &quot;settings&quot; 必须是由名称和文本组成的对象。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in %2 must be a text.</source>
        <translation>%2 中的设置项 &quot;%1&quot; 必须是文本。</translation>
    </message>
</context>
<context>
    <name>teahouse::app::ChatFeature</name>
    <message>
        <source>[Mentioned you] %1</source>
        <translation>[有人@我] %1</translation>
    </message>
</context>
<context>
    <name>teahouse::app::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>teahouse::app::MomentsFeature</name>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>%1 liked your post</source>
        <translation>%1 赞了你的动态</translation>
    </message>
    <message>
        <source>%1 commented: %2</source>
        <translation>%1 评论：%2</translation>
    </message>
</context>
<context>
    <name>teahouse::app::PayFeature</name>
    <message>
        <source>Two lattes</source>
        <translation>两杯拿铁</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>当前没有打开的账号。</translation>
    </message>
</context>
<context>
    <name>teahouse::app::ServicesFeature</name>
    <message>
        <source>Hospital appointment</source>
        <translation>预约挂号</translation>
    </message>
</context>
<context>
    <name>teahouse::app::TrayIcon</name>
    <message>
        <source>Show Teahouse</source>
        <translation>显示茶馆</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>Teahouse: %n unread message(s)</source>
        <translation>
            <numerusform>茶馆：%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Teahouse</source>
        <translation>茶馆</translation>
    </message>
</context>
<context>
    <name>teahouse::articles::ArticlesService</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>No such official account.</source>
        <translation>该公众号不存在。</translation>
    </message>
    <message>
        <source>Enter a feed address starting with https:// or http://.</source>
        <translation>请输入以 https:// 或 http:// 开头的订阅源地址。</translation>
    </message>
    <message>
        <source>No such feed.</source>
        <translation>该订阅源不存在。</translation>
    </message>
    <message>
        <source>No such article.</source>
        <translation>没有这篇文章。</translation>
    </message>
</context>
<context>
    <name>teahouse::articles::FeedFetcher</name>
    <message>
        <source>Only http and https addresses can be followed.</source>
        <translation>只能关注 http 和 https 地址。</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>服务器返回 %1。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>文件太大。</translation>
    </message>
</context>
<context>
    <name>teahouse::chat::ChatService</name>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The file is not downloaded yet</source>
        <translation>文件尚未下载</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Only your own messages can be recalled</source>
        <translation>只能撤回自己发送的消息</translation>
    </message>
    <message>
        <source>Messages can be recalled only within 2 minutes</source>
        <translation>只能撤回 2 分钟内的消息</translation>
    </message>
    <message>
        <source>This person attempted to retract a previous message</source>
        <translation>对方尝试撤回一条消息</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Not a valid group address</source>
        <translation>不是有效的群聊地址</translation>
    </message>
</context>
<context>
    <name>teahouse::chat::MessagePreview</name>
    <message>
        <source>[Image]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[文件] %1</translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation>你撤回了一条消息</translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1 撤回了一条消息</translation>
    </message>
    <message>
        <source>[Card]</source>
        <translation>[名片]</translation>
    </message>
</context>
<context>
    <name>teahouse::contacts::ContactsService</name>
    <message>
        <source>Not connected. Try again when you are online.</source>
        <translation>未连接。请在联网后重试。</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>没有图片。</translation>
    </message>
    <message>
        <source>“%1” is not an account address (name@server).</source>
        <translation>“%1”不是账号地址（用户名@服务器）。</translation>
    </message>
    <message>
        <source>That is your own account.</source>
        <translation>这是你自己的账号。</translation>
    </message>
    <message>
        <source>%1 is not one of your contacts.</source>
        <translation>%1 不是你的联系人。</translation>
    </message>
</context>
<context>
    <name>teahouse::moments::MomentsService</name>
    <message>
        <source>Not connected; try again later.</source>
        <translation>未连接，请稍后重试。</translation>
    </message>
    <message>
        <source>Write something or add a photo.</source>
        <translation>请写点什么或添加照片。</translation>
    </message>
    <message>
        <source>A post holds at most 9 photos.</source>
        <translation>每条动态最多 9 张照片。</translation>
    </message>
    <message>
        <source>Choose at least one tag.</source>
        <translation>请至少选择一个标签。</translation>
    </message>
    <message>
        <source>%1 is not a picture.</source>
        <translation>%1 不是图片。</translation>
    </message>
    <message>
        <source>The post is gone.</source>
        <translation>这条动态已不存在。</translation>
    </message>
    <message>
        <source>Only your own posts can be deleted.</source>
        <translation>只能删除自己的动态。</translation>
    </message>
    <message>
        <source>This post takes no comments.</source>
        <translation>这条动态不能评论。</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>评论内容为空。</translation>
    </message>
    <message>
        <source>The comment is gone.</source>
        <translation>这条评论已不存在。</translation>
    </message>
    <message>
        <source>Only your own comments can be deleted.</source>
        <translation>只能删除自己的评论。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PayService</name>
    <message>
        <source>No payment service is set up for this account.</source>
        <translation>此账号尚未设置支付服务。</translation>
    </message>
    <message>
        <source>Not connected. Check the connection and try again.</source>
        <translation>未连接。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The code names nobody to pay.</source>
        <translation>二维码中没有指定收款方。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>找不到这笔付款。</translation>
    </message>
    <message>
        <source>This payment is being sent already.</source>
        <translation>这笔付款正在发送中。</translation>
    </message>
    <message>
        <source>No answer from the payment service. Teahouse sends this same order again when the connection is back; it cannot be charged twice.</source>
        <translation>支付服务没有响应。连接恢复后，茶馆会重新发送同一订单，不会重复扣款。</translation>
    </message>
    <message>
        <source>The payment service refused this payment.</source>
        <translation>支付服务拒绝了这笔付款。</translation>
    </message>
    <message>
        <source>The payment service answered without a receipt.</source>
        <translation>支付服务的响应中没有收据。</translation>
    </message>
    <message>
        <source>The service&apos;s receipt does not match this payment. Check your bills and contact the service.</source>
        <translation>支付服务的收据与这笔付款不符。请查看账单并联系该服务。</translation>
    </message>
    <message>
        <source>Choose whom to send money to.</source>
        <translation>请选择转账对象。</translation>
    </message>
    <message>
        <source>This transfer is not known.</source>
        <translation>找不到这笔转账。</translation>
    </message>
    <message>
        <source>The payment service canceled the request.</source>
        <translation>支付服务取消了此请求。</translation>
    </message>
    <message>
        <source>Only a payment you made can be refunded.</source>
        <translation>只能为你自己的付款申请退款。</translation>
    </message>
    <message>
        <source>The payment service refused the refund.</source>
        <translation>支付服务拒绝了退款。</translation>
    </message>
    <message>
        <source>This transfer expired: the money went back to the sender.</source>
        <translation>这笔转账已过期：钱已退回给转账人。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PaymentPin</name>
    <message>
        <source>The PIN has six digits.</source>
        <translation>PIN 必须是六位数字。</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess. Choose six digits that are not all the same or in a row.</source>
        <translation>此 PIN 太容易被猜到。请选择不全相同、也不连续的六位数字。</translation>
    </message>
    <message>
        <source>A payment PIN is set already.</source>
        <translation>已经设置过支付 PIN。</translation>
    </message>
    <message>
        <source>Set a payment PIN first.</source>
        <translation>请先设置支付 PIN。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Payments are locked until %1.</source>
        <translation>PIN 输错次数过多，付款功能已锁定至 %1。</translation>
    </message>
    <message>
        <source>Wrong PIN. Payments are locked for 15 minutes.</source>
        <translation>PIN 错误。付款功能已锁定 15 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN 错误，还可以再试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN could not be processed.</source>
        <translation>无法处理 PIN。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PaymentRequest</name>
    <message>
        <source>This code is not a payment code.</source>
        <translation>此二维码不是收款码。</translation>
    </message>
    <message>
        <source>The code asks for an amount of zero.</source>
        <translation>二维码中的金额为零。</translation>
    </message>
    <message>
        <source>The code names no merchant account.</source>
        <translation>二维码中没有指定商户账户。</translation>
    </message>
    <message>
        <source>The code is in a currency Teahouse does not know (ISO 4217 %1).</source>
        <translation>二维码使用了茶馆无法识别的币种（ISO 4217 %1）。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::TransferOffer</name>
    <message>
        <source>[Transfer] %1 — open Teahouse to accept it.</source>
        <translation>[转账] %1，请打开茶馆收款。</translation>
    </message>
    <message>
        <source>[Transfer] accepted</source>
        <translation>[转账] 已收款</translation>
    </message>
    <message>
        <source>[Transfer] returned</source>
        <translation>[转账] 已退还</translation>
    </message>
    <message>
        <source>[Transfer] expired</source>
        <translation>[转账] 已过期</translation>
    </message>
</context>
<context>
    <name>teahouse::profile::ProfileService</name>
    <message>
        <source>A nickname has at most 64 characters.</source>
        <translation>昵称最多 64 个字符。</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>没有图片。</translation>
    </message>
    <message>
        <source>This picture could not be read.</source>
        <translation>无法读取这张图片。</translation>
    </message>
    <message>
        <source>The picture could not be converted.</source>
        <translation>无法转换这张图片。</translation>
    </message>
    <message>
        <source>The picture store is not open.</source>
        <translation>图片存储没有打开。</translation>
    </message>
    <message>
        <source>Your nickname could not be published: %1</source>
        <translation>无法发布你的昵称：%1</translation>
    </message>
    <message>
        <source>Your picture could not be published: %1</source>
        <translation>无法发布你的头像：%1</translation>
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
        <translation>二维码太长，不是有效的收款码。</translation>
    </message>
    <message>
        <source>The code does not start with the payment code format indicator.</source>
        <translation>二维码开头没有收款码格式标识。</translation>
    </message>
    <message>
        <source>The code uses a payment code format version this app does not know.</source>
        <translation>二维码使用的收款码格式版本无法识别。</translation>
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
    <message>
        <source>This text does not fit in a QR code.</source>
        <translation>文本太长，无法放入二维码。</translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation>无法生成二维码。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not an image Teahouse can read (PNG, JPEG, BMP, GIF, …).</source>
        <translation>文件 %1 不是茶馆能读取的图片（PNG、JPEG、BMP、GIF 等）。</translation>
    </message>
    <message>
        <source>This is not an image Teahouse can read (PNG, JPEG, BMP, GIF, …).</source>
        <translation>这不是茶馆能读取的图片（PNG、JPEG、BMP、GIF 等）。</translation>
    </message>
    <message>
        <source>This picture is too large to scan (%1 × %2 pixels). Crop it around the code and try again.</source>
        <translation>这张图片太大，无法扫描（%1 × %2 像素）。请裁剪出二维码部分后再试。</translation>
    </message>
</context>
<context>
    <name>teahouse::services::CityServices</name>
    <message>
        <source>This is not a service address.</source>
        <translation>这不是服务地址。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
</context>
<context>
    <name>teahouse::services::FormSession</name>
    <message>
        <source>The saved draft could not be read.</source>
        <translation>无法读取保存的草稿。</translation>
    </message>
    <message>
        <source>The service has changed this form since the draft was saved. Start again.</source>
        <translation>草稿保存后，服务修改了此表单。请重新填写。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ArticlesController</name>
    <message>
        <source>The list of official accounts could not be loaded: %1</source>
        <translation>无法加载公众号列表：%1</translation>
    </message>
    <message>
        <source>Could not follow this account: %1</source>
        <translation>无法关注该公众号：%1</translation>
    </message>
    <message>
        <source>Could not unfollow this account: %1</source>
        <translation>无法取消关注该公众号：%1</translation>
    </message>
    <message>
        <source>This feed could not be followed: %1</source>
        <translation>无法关注该订阅源：%1</translation>
    </message>
    <message>
        <source>This account is on %1, not on the service of your official accounts (%2).</source>
        <translation>该公众号位于 %1，不在你的公众号服务（%2）上。</translation>
    </message>
    <message>
        <source>Your like did not reach the publisher: %1</source>
        <translation>你的点赞未能送达发布者：%1</translation>
    </message>
    <message>
        <source>The article could not be sent to this chat.</source>
        <translation>无法把文章发送到这个聊天。</translation>
    </message>
    <message>
        <source>This article is from a service Teahouse does not follow here. Its address: %1</source>
        <translation>这篇文章来自茶馆在此未关注的服务。它的地址：%1</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::BillsModel</name>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation>转账（转出）</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>转账（转入）</translation>
    </message>
    <message>
        <source>Transfer returned</source>
        <translation>转账（已退还）</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::CameraFrameSource</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>这台电脑上没有找到摄像头。</translation>
    </message>
    <message>
        <source>The camera could not be started: %1</source>
        <translation>无法启动摄像头：%1</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ChatController</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>对方正在输入…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1 和另外 %n 人正在输入…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file that can be sent.</source>
        <translation>“%1”不是可以发送的文件。</translation>
    </message>
    <message>
        <source>[Image]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[文件] %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>A message can only be recalled within 2 minutes.</source>
        <translation>只能撤回 2 分钟内的消息。</translation>
    </message>
    <message>
        <source>A group needs a name and at least one member.</source>
        <translation>群聊需要有名称和至少一名成员。</translation>
    </message>
    <message>
        <source>New messages could not be saved: this computer&apos;s disk is full or cannot be written. They are kept on the server. Free some space, then try again.</source>
        <translation>新消息无法保存：这台电脑的磁盘已满或无法写入。消息仍保存在服务器上。请腾出一些空间，然后重试。</translation>
    </message>
    <message>
        <source>New messages could not be saved on this computer (%1). They are kept on the server; try again later.</source>
        <translation>新消息无法保存在这台电脑上（%1）。消息仍保存在服务器上，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ContactsController</name>
    <message>
        <source>Sign in to add friends.</source>
        <translation>请登录后再添加朋友。</translation>
    </message>
    <message>
        <source>“%1” is not an account address. Addresses look like name@example.org.</source>
        <translation>“%1”不是账号地址。账号地址的格式类似 name@example.org。</translation>
    </message>
    <message>
        <source>Friend request sent to %1.</source>
        <translation>已向 %1 发送朋友申请。</translation>
    </message>
    <message>
        <source>This link does not lead to a person.</source>
        <translation>此链接指向的不是个人账号。</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>已删除联系人。</translation>
    </message>
    <message>
        <source>Sign in to edit your profile.</source>
        <translation>请登录后再编辑资料。</translation>
    </message>
    <message>
        <source>This picture could not be opened: %1</source>
        <translation>无法打开这张图片：%1</translation>
    </message>
    <message>
        <source>Your picture was changed.</source>
        <translation>头像已更换。</translation>
    </message>
    <message>
        <source>Sign in to get your QR code.</source>
        <translation>请登录后再获取你的二维码。</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1.</source>
        <translation>无法把二维码保存到 %1。</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>二维码已保存到 %1。</translation>
    </message>
    <message>
        <source>QR code copied.</source>
        <translation>二维码已复制。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FeedModel</name>
    <message>
        <source>Just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1分钟前</translation>
    </message>
    <message>
        <source>%1 hr ago</source>
        <translation>%1小时前</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1天前</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1 可见</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>部分可见</translation>
    </message>
    <message>
        <source>Not %1</source>
        <translation>不给 %1 看</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FormController</name>
    <message>
        <source>Step %1 of %2 · page %3 of %4</source>
        <translation>第 %1 步，共 %2 步 · 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>You are offline. The form opens when the connection is back.</source>
        <translation>你已离线。连接恢复后会打开表单。</translation>
    </message>
    <message>
        <source>The service is not answering. Your draft is kept; try again later.</source>
        <translation>服务没有响应。草稿已保留，请稍后重试。</translation>
    </message>
    <message>
        <source>The service refused this form (%1).</source>
        <translation>服务拒绝了此表单（%1）。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The picture is larger than 10 MB. Choose a smaller one.</source>
        <translation>图片超过 10 MB，请选择小一点的图片。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This file is not a picture (JPEG, PNG, …).</source>
        <translation>该文件不是图片（JPEG、PNG 等）。</translation>
    </message>
    <message>
        <source>Not connected. Try again when you are online.</source>
        <translation>未连接。请联网后再试。</translation>
    </message>
    <message>
        <source>The picture could not be uploaded: %1</source>
        <translation>图片上传失败：%1</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FormFieldModel</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD hh:mm</source>
        <translation>YYYY-MM-DD hh:mm</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>A number, e.g. 12.50</source>
        <translation>数字，例如 12.50</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>A web address</source>
        <translation>网址</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ImageFileFrameSource</name>
    <message>
        <source>None of the frame files could be read.</source>
        <translation>所有帧文件都无法读取。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MemberListModel</name>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MessageListModel</name>
    <message>
        <source>You recalled a message</source>
        <translation>你撤回了一条消息</translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1 撤回了一条消息</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MomentsController</name>
    <message>
        <source>A post holds at most %1 photos.</source>
        <translation>每条动态最多 %1 张照片。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 超过 20 MB。</translation>
    </message>
    <message>
        <source>Can&apos;t open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is not a picture.</source>
        <translation>%1 不是图片。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::PayController</name>
    <message>
        <source>Too many wrong PINs. Payments are locked until %1.</source>
        <translation>PIN 输错次数过多，付款功能已锁定至 %1。</translation>
    </message>
    <message>
        <source>Merchant code (one payment)</source>
        <translation>商户收款码（单次）</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>商户收款码</translation>
    </message>
    <message>
        <source>SEPA transfer code</source>
        <translation>SEPA 转账码</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>付款链接</translation>
    </message>
    <message>
        <source>Teahouse payment code</source>
        <translation>茶馆收款码</translation>
    </message>
    <message>
        <source>Sign in to pay.</source>
        <translation>请登录后再付款。</translation>
    </message>
    <message>
        <source>A payment is being sent. Wait for its result first.</source>
        <translation>有一笔付款正在发送，请等待结果。</translation>
    </message>
    <message>
        <source>Set a payment PIN in the wallet first.</source>
        <translation>请先在钱包中设置支付 PIN。</translation>
    </message>
    <message>
        <source>The two PINs differ. Enter the same six digits twice.</source>
        <translation>两次输入的 PIN 不一致，请输入相同的六位数字。</translation>
    </message>
    <message>
        <source>Transfer to a friend</source>
        <translation>转账给朋友</translation>
    </message>
    <message>
        <source>Money can only be sent to a person.</source>
        <translation>只能向个人转账。</translation>
    </message>
    <message>
        <source>Sign in to send money.</source>
        <translation>请登录后再转账。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XMPP address (name@server).</source>
        <translation>“%1”不是 XMPP 地址（用户名@服务器）。</translation>
    </message>
    <message>
        <source>Sign in to choose a payment service.</source>
        <translation>请登录后再选择支付服务。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ReadAloud</name>
    <message>
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>这台电脑上没有安装语音引擎。</translation>
    </message>
    <message>
        <source>There is no voice for %1 on this computer.</source>
        <translation>这台电脑上没有%1语音。</translation>
    </message>
    <message>
        <source>The text could not be read aloud.</source>
        <translation>无法朗读这段文字。</translation>
    </message>
    <message>
        <source>The text could not be read aloud: %1</source>
        <translation>无法朗读这段文字：%1</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ScanController</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>这台电脑上没有找到摄像头。</translation>
    </message>
    <message>
        <source>No QR code or barcode was found. Try a sharper or larger picture, or select just the code.</source>
        <translation>没有找到二维码或条形码。请换一张更清晰或更大的图片，或者只框选码所在的区域。</translation>
    </message>
    <message>
        <source>There is no picture to scan.</source>
        <translation>没有可扫描的图片。</translation>
    </message>
    <message>
        <source>Looking for codes…</source>
        <translation>正在识别…</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy an image with a QR code (or a screenshot of one) and try again.</source>
        <translation>剪贴板中没有图片。请复制一张含有二维码的图片（或二维码截图）后重试。</translation>
    </message>
    <message>
        <source>Drop an image file with a QR code here.</source>
        <translation>把含有二维码的图片文件拖到这里。</translation>
    </message>
    <message>
        <source>The screen could not be captured on this system. Save the picture as a file or copy it, then scan it from there.</source>
        <translation>此系统无法截取屏幕。请把图片保存为文件或复制到剪贴板，再从那里扫描。</translation>
    </message>
    <message>
        <source>This action is not available.</source>
        <translation>此操作不可用。</translation>
    </message>
    <message>
        <source>Opened in your browser.</source>
        <translation>已在浏览器中打开。</translation>
    </message>
    <message>
        <source>No browser could open this address.</source>
        <translation>没有浏览器能打开这个网址。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::SearchResultsModel</name>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>聊天记录</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ServiceListModel</name>
    <message>
        <source>Public security</source>
        <translation>公安</translation>
    </message>
    <message>
        <source>Social security</source>
        <translation>社保</translation>
    </message>
    <message>
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Taxation</source>
        <translation>税务</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>生活缴费</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ServicesController</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>待缴费</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Update on %1: %2</source>
        <translation>%1 有新进展：%2</translation>
    </message>
    <message>
        <source>My info could not be saved.</source>
        <translation>无法保存“我的信息”。</translation>
    </message>
    <message>
        <source>%1 filled this in for you. Check every value before you submit.</source>
        <translation>%1 已为你代填。提交前请逐项核对。</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 没有响应：%2</translation>
    </message>
    <message>
        <source>Please help me fill in this form: %1</source>
        <translation>请帮我填写这份表单：%1</translation>
    </message>
    <message>
        <source>The form could not be sent.</source>
        <translation>无法发送表单。</translation>
    </message>
    <message>
        <source>%1 filled in %2. Open the draft to check it and submit.</source>
        <translation>%1 已填写“%2”。请打开草稿核对后提交。</translation>
    </message>
    <message>
        <source>%1 asked you to fill this in. Your answers go back to them; they check and submit it.</source>
        <translation>%1 请你帮忙填写。你填写的内容会发回给对方，由对方核对后提交。</translation>
    </message>
    <message>
        <source>I filled in your form: %1</source>
        <translation>我已填好你的表单：%1</translation>
    </message>
    <message>
        <source>Sent back. They will check it and submit it.</source>
        <translation>已发回，对方会核对后提交。</translation>
    </message>
    <message>
        <source>The form could not be sent back.</source>
        <translation>无法发回表单。</translation>
    </message>
    <message>
        <source>Sent. When they answer, their values appear in this draft for you to check.</source>
        <translation>已发送。对方填好后，内容会出现在这份草稿里，请你核对。</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>等你填写</translation>
    </message>
    <message>
        <source>Waiting for their answer</source>
        <translation>等待对方填写</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>已发回</translation>
    </message>
    <message>
        <source>Filled in: check and submit</source>
        <translation>已填好：请核对后提交</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>%1 asks you to fill: %2</source>
        <translation>%1 请你代填：%2</translation>
    </message>
    <message>
        <source>You sent it back.</source>
        <translation>你已发回。</translation>
    </message>
    <message>
        <source>Fill it in; they check it and submit it.</source>
        <translation>请你填写，由对方核对后提交。</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>再次打开</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>You asked for help with: %1</source>
        <translation>你请人代填：%1</translation>
    </message>
    <message>
        <source>%1 filled in: %2</source>
        <translation>%1 已填好：%2</translation>
    </message>
    <message>
        <source>Check the values, then submit it yourself.</source>
        <translation>请核对内容，然后由你自己提交。</translation>
    </message>
    <message>
        <source>This form is no longer a draft.</source>
        <translation>这份表单已不是草稿。</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <source>You filled in: %1</source>
        <translation>你已填好：%1</translation>
    </message>
    <message>
        <source>Sent back for them to check and submit.</source>
        <translation>已发回，由对方核对并提交。</translation>
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
    <message>
        <source>The picture is too large (%1 × %2 pixels; at most %3 pixels are loaded).</source>
        <translation>图片太大（%1 × %2 像素；最多加载 %3 像素）。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::BlockingManager</name>
    <message>
        <source>No address to block.</source>
        <translation>没有要加入黑名单的地址。</translation>
    </message>
    <message>
        <source>No address to unblock.</source>
        <translation>没有要移出黑名单的地址。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::DataForm</name>
    <message>
        <source>The form has too many fields to show (%1; at most %2).</source>
        <translation>表单字段太多，无法显示（%1 个；最多 %2 个）。</translation>
    </message>
    <message>
        <source>A form field has too many choices to show (%1; at most %2).</source>
        <translation>表单字段的选项太多，无法显示（%1 个；最多 %2 个）。</translation>
    </message>
    <message>
        <source>A form field has too many values to show (%1; at most %2).</source>
        <translation>表单字段的值太多，无法显示（%1 个；最多 %2 个）。</translation>
    </message>
    <message>
        <source>The result has too many rows to show (%1; at most %2).</source>
        <translation>结果行数太多，无法显示（%1 行；最多 %2 行）。</translation>
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
