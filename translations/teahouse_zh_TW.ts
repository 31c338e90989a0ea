<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>關注</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>關注 %1</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>不再關注</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>不再關注 %1</translation>
    </message>
    <message>
        <source>Articles of %1</source>
        <translation>%1 的文章</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>暫無文章</translation>
    </message>
    <message>
        <source>Follow to read</source>
        <translation>關注後即可閱讀</translation>
    </message>
    <message>
        <source>This account has not published anything yet.</source>
        <translation>該公眾號還沒有發表任何內容。</translation>
    </message>
    <message>
        <source>Follow this account to get its articles, also for reading offline.</source>
        <translation>關注該公眾號即可收到它的文章，也可以離線閱讀。</translation>
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
        <translation>已關注</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>關注</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>不再關注 %1</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>關注 %1</translation>
    </message>
</context>
<context>
    <name>AddFriendPage</name>
    <message>
        <source>Add friend</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Account or link</source>
        <translation>帳號或連結</translation>
    </message>
    <message>
        <source>Their address, or the xmpp: link from their QR code.</source>
        <translation>對方的帳號地址，或對方 QR 碼中的 xmpp: 連結。</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>招呼語</translation>
    </message>
    <message>
        <source>I&apos;m %1</source>
        <translation>我是%1</translation>
    </message>
    <message>
        <source>They see it with your request.</source>
        <translation>對方會在你的朋友申請中看到這句話。</translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>The name you will see for them.</source>
        <translation>你給對方設定的備註名。</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>標籤（選填）</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>多個標籤用逗號分隔。</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>傳送朋友申請</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>掃描 QR 碼</translation>
    </message>
    <message>
        <source>Show my QR code</source>
        <translation>顯示我的 QR 碼</translation>
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
        <translation>%1 請你幫忙填寫「%2」</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>填寫</translation>
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
        <translation>%1 · 儲存於 %2</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>核對並提交</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>繼續填寫</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Forms you submit appear here with their receipts and the updates the service sends.</source>
        <translation>你提交的表單會顯示在這裡，同時附有回執和服務發來的進度更新。</translation>
    </message>
    <message>
        <source>%1 · reference %2 · submitted %3</source>
        <translation>%1 · 受理編號 %2 · 提交於 %3</translation>
    </message>
    <message>
        <source>QR code of the receipt</source>
        <translation>回執 QR 碼</translation>
    </message>
    <message>
        <source>Family help</source>
        <translation>親友代填</translation>
    </message>
    <message>
        <source>You asked %1 to fill in “%2”</source>
        <translation>你請%1代填「%2」</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>重新填寫</translation>
    </message>
</context>
<context>
    <name>ArticleCard</name>
    <message>
        <source>Article: %1, from %2</source>
        <translation>文章：%1，來自%2</translation>
    </message>
    <message>
        <source>Opens the article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <source>Official account · %1</source>
        <translation>公眾號 · %1</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>公眾號</translation>
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
        <translation>♥ 已贊</translation>
    </message>
    <message>
        <source>♡ Like</source>
        <translation>♡ 贊</translation>
    </message>
    <message>
        <source>Remove your like</source>
        <translation>取消贊</translation>
    </message>
    <message>
        <source>Like this article</source>
        <translation>給這篇文章點贊</translation>
    </message>
    <message>
        <source>Share to chat</source>
        <translation>傳送給朋友</translation>
    </message>
    <message>
        <source>Share to Moments</source>
        <translation>分享到朋友圈</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗讀</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗讀</translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation>在瀏覽器中開啟此連結？</translation>
    </message>
    <message>
        <source>The article links to this address. Check it before you open it:</source>
        <translation>這篇文章連結到以下網址。開啟前請先核對：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <source>Share this article to a chat or to Moments, or copy its link</source>
        <translation>把這篇文章分享到聊天或朋友圈，或複製連結</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已傳送給%1。</translation>
    </message>
</context>
<context>
    <name>ArticleRow</name>
    <message>
        <source>Unread: %1</source>
        <translation>未讀：%1</translation>
    </message>
</context>
<context>
    <name>AskFamilyDialog</name>
    <message>
        <source>Ask family to fill this</source>
        <translation>請家人代填</translation>
    </message>
    <message>
        <source>They get this page of the form in a chat, fill it in and send it back. You check it and submit it yourself.</source>
        <translation>對方會在聊天中收到這頁表單，填好後發回給你。由你核對後自行提交。</translation>
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
        <translation>無頭像</translation>
    </message>
</context>
<context>
    <name>AvatarCropDialog</name>
    <message>
        <source>Choose the part to show</source>
        <translation>選擇要顯示的區域</translation>
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
        <translation>使用這張圖片</translation>
    </message>
</context>
<context>
    <name>CareModeOffer</name>
    <message>
        <source>Would you like larger text?</source>
        <translation>要使用更大的字型嗎？</translation>
    </message>
    <message>
        <source>Care mode makes text larger, colours stronger and buttons bigger, and can read messages aloud. You can change this later in Settings.</source>
        <translation>關懷模式會讓文字更大、顏色更醒目、按鈕更大，還可以朗讀訊息。之後可以在設定中更改。</translation>
    </message>
    <message>
        <source>Read this question aloud</source>
        <translation>朗讀這個問題</translation>
    </message>
    <message>
        <source>Use care mode</source>
        <translation>使用關懷模式</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暫不</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Pick a chat</source>
        <translation>選擇一個聊天</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>暫無聊天</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or start a group with the + button.</source>
        <translation>請在左側選擇一個聊天，或點選 + 按鈕發起群聊。</translation>
    </message>
    <message>
        <source>Your conversations appear here. Start one from Contacts.</source>
        <translation>你的聊天會顯示在這裡。可以從通訊錄發起聊天。</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>開啟通訊錄</translation>
    </message>
</context>
<context>
    <name>ChatSidebar</name>
    <message>
        <source>Start a group chat</source>
        <translation>發起群聊</translation>
    </message>
    <message>
        <source>%1 invited you to the group %2</source>
        <translation>%1 邀請你加入群聊 %2</translation>
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
        <translation>暫無聊天</translation>
    </message>
    <message>
        <source>Sign in to see your chats</source>
        <translation>登入後即可查看聊天</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置頂</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置頂聊天</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消免打擾</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>訊息免打擾</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>刪除聊天</translation>
    </message>
    <message>
        <source>Delete this chat?</source>
        <translation>刪除此聊天？</translation>
    </message>
    <message>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation>聊天記錄將從這台電腦上刪除，且無法恢復。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
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
        <translation>暫無聊天</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Your conversations appear here. Start one from Contacts.</source>
        <translation>你的聊天會顯示在這裡。可以從通訊錄發起聊天。</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>開啟通訊錄</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Teahouse: chat, Moments, articles, scan and pay, and city services on XMPP.</source>
        <translation>茶館：基於 XMPP 的聊天、朋友圈、文章、掃碼支付和城市服務。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>顯示此說明並退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>顯示版本號並退出。</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s data in DIR.</source>
        <translation>把此設定檔的資料儲存在指定目錄中。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Read the storage passphrase from FILE (for scripts; also TEAHOUSE_PASSPHRASE).</source>
        <translation>從指定檔案讀取資料口令（供腳本使用；也可以用環境變數 TEAHOUSE_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Start in care mode: larger text, stronger colours.</source>
        <translation>以關懷模式啟動：文字更大，顏色更醒目。</translation>
    </message>
    <message>
        <source>Text size in percent, 100 to 200.</source>
        <translation>字型大小百分比，100 到 200。</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Save a screenshot of every main screen to DIR, print their paths and exit.</source>
        <translation>把每個主要介面的截圖儲存到指定目錄，輸出檔案路徑後退出。</translation>
    </message>
    <message>
        <source>The text size must be a whole number from 100 to 200, not &quot;%1&quot;.</source>
        <translation>字型大小必須是 100 到 200 之間的整數，不能是「%1」。</translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation>--profile 需要指定一個目錄。</translation>
    </message>
    <message>
        <source>--screenshot-tour needs a directory.</source>
        <translation>--screenshot-tour 需要指定一個目錄。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>無法辨識的參數「%1」。</translation>
    </message>
    <message>
        <source>Can&apos;t read the passphrase file %1: %2</source>
        <translation>無法讀取口令檔案 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large to be a passphrase.</source>
        <translation>口令檔案 %1 太大，不可能是口令。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令檔案 %1 是空的。</translation>
    </message>
    <message>
        <source>Sign in with the account in FILE (JSON: jid, password, host, port, caFile) — for testers and the demo.</source>
        <translation>使用 FILE 中的帳號登入（JSON：jid、password、host、port、caFile），供測試人員和示範使用。</translation>
    </message>
    <message>
        <source>Use this language (en, zh_CN or zh_TW) instead of the system&apos;s.</source>
        <translation>使用指定語言（en、zh_CN 或 zh_TW），而不是系統語言。</translation>
    </message>
    <message>
        <source>Run the UI test scenario in FILE (JavaScript), then exit: 0 when it passed, 1 when it failed. Without --profile it runs in a throw-away profile.</source>
        <translation>執行指定檔案中的介面測試場景（JavaScript）後退出：通過時返回 0，失敗時返回 1。未指定 --profile 時在臨時設定檔中執行。</translation>
    </message>
    <message>
        <source>With --script: save the scenario&apos;s screenshots (and one at every failure) in DIR.</source>
        <translation>與 --script 一起使用：把場景的截圖（以及每次失敗時的截圖）儲存到指定目錄。</translation>
    </message>
    <message>
        <source>With --script: write a JUnit XML report to FILE.</source>
        <translation>與 --script 一起使用：把 JUnit XML 報告寫入指定檔案。</translation>
    </message>
    <message>
        <source>scan FILE: print every code in the image FILE as JSON and exit.</source>
        <translation>scan FILE：以 JSON 格式輸出圖片檔案 FILE 中的所有 QR 碼和條碼，然後退出。</translation>
    </message>
    <message>
        <source>[scan FILE]</source>
        <translation>[scan FILE]</translation>
    </message>
    <message>
        <source>--script needs a scenario file.</source>
        <translation>--script 需要指定一個場景檔案。</translation>
    </message>
    <message>
        <source>--screenshots and --junit go with --script.</source>
        <translation>--screenshots 和 --junit 需要與 --script 一起使用。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh_CN or zh_TW.</source>
        <translation>未知語言「%1」：請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>scan needs an image file: teahouse scan FILE</source>
        <translation>scan 需要一個圖片檔案：teahouse scan FILE</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New post</source>
        <translation>發朋友圈</translation>
    </message>
    <message>
        <source>Share what&apos;s on your mind…</source>
        <translation>這一刻的想法…</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>動態內容</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>刪除照片 %1</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>新增照片</translation>
    </message>
    <message>
        <source>Up to %1 photos; you can also drop or paste them here.</source>
        <translation>最多 %1 張照片，也可以拖到或貼上到這裡。</translation>
    </message>
    <message>
        <source>%1 of %2 photos. Drop pictures here or paste one.</source>
        <translation>已選 %1 張，最多 %2 張。可以把圖片拖到這裡，或貼上一張。</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>誰可以看</translation>
    </message>
    <message>
        <source>All friends</source>
        <translation>所有朋友可見</translation>
    </message>
    <message>
        <source>Only friends with these tags</source>
        <translation>僅所選標籤的朋友可見</translation>
    </message>
    <message>
        <source>All friends except these tags</source>
        <translation>不給所選標籤的朋友看</translation>
    </message>
    <message>
        <source>Add tags to your contacts first (Contacts → Tags).</source>
        <translation>請先給聯絡人新增標籤（通訊錄 → 標籤）。</translation>
    </message>
    <message>
        <source>Only friends with a chosen tag can read this post; your server refuses everyone else.</source>
        <translation>只有帶所選標籤的朋友能看到這條動態，伺服器會拒絕其他所有人。</translation>
    </message>
    <message>
        <source>Friends with a chosen tag can&apos;t read this post; your server refuses them.</source>
        <translation>帶所選標籤的朋友看不到這條動態，伺服器會拒絕他們。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>發表</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>選擇照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
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
        <translation>傳送檔案</translation>
    </message>
    <message>
        <source>Mention someone</source>
        <translation>@ 提醒某人</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <translation>回覆 %1：%2</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>取消回覆</translation>
    </message>
    <message>
        <source>Message %1 — type @ to mention someone</source>
        <translation>發訊息給 %1，輸入 @ 可提醒某人</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>發訊息給 %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>按 Enter 傳送，按 Shift+Enter 換行</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter 傳送 · Shift+Enter 換行</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>傳送檔案</translation>
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
        <translation>確定</translation>
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
        <translation>付款給 %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Amount %1 %2</source>
        <translation>金額 %1 %2</translation>
    </message>
    <message>
        <source>Enter the amount</source>
        <translation>輸入金額</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>金額（%1）</translation>
    </message>
    <message>
        <source>The amount is set by the code and cannot be changed.</source>
        <translation>金額由 QR 碼設定，不能修改。</translation>
    </message>
    <message>
        <source>Bill: %1</source>
        <translation>帳單號：%1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
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
        <translation>未連線到你的支付服務（%1）。</translation>
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
        <translation>請輸入支付 PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Send money to %1</source>
        <translation>轉帳給 %1</translation>
    </message>
    <message>
        <source>%1 gets the money after accepting it in the chat. If it is not accepted, it comes back to you.</source>
        <translation>%1 在聊天中確認收款後才會收到錢。如果對方未收款，錢會退還給你。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉帳</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <translation>向 %2 轉帳 %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在轉帳…</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線 %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>正在驗證密碼…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>正在註冊帳號…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>連線已中斷，正在重新連線…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Nickname: %1</source>
        <translation>暱稱：%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帳號：%1</translation>
    </message>
    <message>
        <source>Blocked: their messages do not reach you.</source>
        <translation>已加入黑名單：你不會收到對方的訊息。</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>線上 · %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Waiting for them to accept</source>
        <translation>等待對方驗證</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>取消星標朋友</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>設為星標朋友</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>發訊息</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The name you see for %1.</source>
        <translation>你給 %1 設定的備註名。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Tags group your contacts, e.g. Family, Colleagues.</source>
        <translation>標籤可以給聯絡人分組，例如家人、同事。</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>多個標籤用逗號分隔。</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 碼</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>%1 的 QR 碼</translation>
    </message>
    <message>
        <source>Others can scan it to add %1.</source>
        <translation>別人掃一掃即可新增 %1。</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>移出黑名單</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>加入黑名單</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>把 %1 加入黑名單？</translation>
    </message>
    <message>
        <source>Their messages and friend requests will no longer reach you, and they will not see when you are online. You can unblock them later.</source>
        <translation>你將不再收到對方的訊息和朋友申請，對方也看不到你是否在線。之後可以把對方移出黑名單。</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>刪除 %1？</translation>
    </message>
    <message>
        <source>They are removed from your contacts and no longer see when you are online. Your chat history stays.</source>
        <translation>對方將從通訊錄中刪除，也不會再看到你是否在線。聊天記錄會保留。</translation>
    </message>
    <message>
        <source>Read the name aloud</source>
        <translation>朗讀名字</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>ContactListPane</name>
    <message>
        <source>Search contacts</source>
        <translation>搜尋聯絡人</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通訊錄</translation>
    </message>
    <message>
        <source>New friends</source>
        <translation>新的朋友</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation>
            <numerusform>%n 條待處理</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chats</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Showing “%1”</source>
        <translation>正在顯示「%1」</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>沒有與「%1」匹配的聯絡人。</translation>
    </message>
    <message>
        <source>Nobody has this tag.</source>
        <translation>沒有聯絡人使用這個標籤。</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>暫無聯絡人</translation>
    </message>
    <message>
        <source>★ Starred friends</source>
        <translation>★ 星標朋友</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>黑名單</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>暫無聯絡人</translation>
    </message>
    <message>
        <source>Choose a contact</source>
        <translation>選擇一位聯絡人</translation>
    </message>
    <message>
        <source>People you add appear here. Add a friend by their address or by scanning their QR code.</source>
        <translation>你新增的朋友會顯示在這裡。可以透過對方的帳號地址或掃描 QR 碼新增朋友。</translation>
    </message>
    <message>
        <source>Their card shows how to reach them.</source>
        <translation>在對方的資料卡中可以找到聯絡方式。</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Sign in to see your profile and your QR code.</source>
        <translation>登入後即可查看你的資料和 QR 碼。</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>No contacts yet</source>
        <translation>暫無聯絡人</translation>
    </message>
    <message>
        <source>People you add appear here. Add a friend by their address or by scanning their QR code.</source>
        <translation>你新增的朋友會顯示在這裡。可以透過對方的帳號地址或掃描 QR 碼新增朋友。</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>掃描 QR 碼</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 條未讀</numerusform>
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
        <translation>在此聊天中搜尋</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>群聊資訊</translation>
    </message>
    <message>
        <source>Chat info</source>
        <translation>聊天資訊</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>把檔案拖到這裡，傳送給 %1</translation>
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
        <translation>朋友圈還沒有動態</translation>
    </message>
    <message>
        <source>Photos and thoughts shared by you and your friends appear here. You choose who sees each post.</source>
        <translation>你和朋友分享的照片和心情會顯示在這裡。每條動態誰可以看，由你決定。</translation>
    </message>
    <message>
        <source>Official Accounts</source>
        <translation>公眾號</translation>
    </message>
    <message>
        <source>No official accounts yet</source>
        <translation>還沒有關注公眾號</translation>
    </message>
    <message>
        <source>Articles from the accounts you follow appear here. Follow an account by scanning its QR code.</source>
        <translation>你關注的公眾號發布的文章會顯示在這裡。掃描公眾號的 QR 碼即可關注。</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>掃一掃</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>掃描 QR 碼</translation>
    </message>
    <message>
        <source>Scanning a code here will add a friend, join a group, follow an account or pay a shop.</source>
        <translation>在這裡掃碼，可以新增朋友、加入群聊、關注公眾號或向商家付款。</translation>
    </message>
    <message>
        <source>City Services</source>
        <translation>城市服務</translation>
    </message>
    <message>
        <source>No city services yet</source>
        <translation>暫無城市服務</translation>
    </message>
    <message>
        <source>Services offered in your city, such as appointments, bills and permits, appear here as simple forms.</source>
        <translation>你所在城市提供的服務，如預約掛號、生活繳費、證件辦理，會以簡單的表單顯示在這裡。</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Moments, Official Accounts, Scan and City Services are here. Choose one on the left.</source>
        <translation>朋友圈、公眾號、掃一掃和城市服務都在這裡。請在左側選擇。</translation>
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
        <translation>儲存</translation>
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
        <translation>每行一個地址</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>From My info: %1</source>
        <translation>來自「我的資訊」：%1</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Fill %1 with %2 from My info</source>
        <translation>用「我的資訊」中的 %2 填寫 %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的預覽</translation>
    </message>
    <message>
        <source>Uploading %1 … %2 %</source>
        <translation>正在上傳 %1… %2%</translation>
    </message>
    <message>
        <source>%1 is attached.</source>
        <translation>已附上 %1。</translation>
    </message>
    <message>
        <source>A picture is attached (%1).</source>
        <translation>已附上一張圖片（%1）。</translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one.</source>
        <translation>把圖片拖到這裡，或選擇一張。</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上傳進度</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>換一張…</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>選擇圖片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the picture from %1</source>
        <translation>從%1中移除圖片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>FieldRule</name>
    <message>
        <source>Enter a whole number, such as 12.</source>
        <translation>請輸入整數，例如 12。</translation>
    </message>
    <message>
        <source>Enter a number that is not negative.</source>
        <translation>請輸入非負數。</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>請輸入不小於 %1 的數。</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>請輸入不大於 %1 的數。</translation>
    </message>
    <message>
        <source>Enter a number, such as 12.5.</source>
        <translation>請輸入數字，例如 12.5。</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>請選擇「是」或「否」。</translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2026-05-01.</source>
        <translation>請按「年-月-日」格式輸入日期，例如 2026-05-01。</translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2026-05-01T09:30:00.</source>
        <translation>請輸入日期和時間，例如 2026-05-01T09:30:00。</translation>
    </message>
    <message>
        <source>Enter a time as hours:minutes, such as 09:30.</source>
        <translation>請按「時:分」格式輸入時間，例如 09:30。</translation>
    </message>
    <message>
        <source>Enter a full address, such as https://example.org.</source>
        <translation>請輸入完整網址，例如 https://example.org。</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>請輸入 %1 到 %2 之間的值。</translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation>請輸入不小於 %1 的值。</translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation>請輸入不大於 %1 的值。</translation>
    </message>
    <message>
        <source>This is not in the expected format.</source>
        <translation>格式不正確。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此項為必填項。</translation>
    </message>
    <message>
        <source>Enter one value only.</source>
        <translation>只能輸入一個值。</translation>
    </message>
    <message>
        <source>Enter an account address, such as name@example.org.</source>
        <translation>請輸入帳號地址，例如 name@example.org。</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>請選擇其中一項。</translation>
    </message>
    <message>
        <source>Choose only from the options.</source>
        <translation>只能從給出的選項中選擇。</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n option(s).</source>
        <translation>
            <numerusform>請至少選擇 %n 項。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n option(s).</source>
        <translation>
            <numerusform>最多只能選擇 %n 項。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <source>File %1, %2</source>
        <translation>檔案 %1，%2</translation>
    </message>
    <message>
        <source>Sending… %1%</source>
        <translation>正在傳送… %1%</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>正在下載… %1%</translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Cancelled — %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>傳輸進度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新傳送</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <source>Leaves the form; what you typed is kept as a draft</source>
        <translation>退出表單，已填寫的內容會儲存為草稿</translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation>正在等待服務回應</translation>
    </message>
    <message>
        <source>One answer needs your attention before you go on.</source>
        <translation>有 1 項需要你檢查後才能繼續。</translation>
    </message>
    <message>
        <source>%1 answers need your attention before you go on.</source>
        <translation>有 %1 項需要你檢查後才能繼續。</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>立即支付</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>發回</translation>
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
        <translation>請家人代填</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>刪除草稿</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ends the form and deletes the draft</source>
        <translation>退出表單並刪除草稿</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to…</source>
        <translation>轉傳給…</translation>
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
        <translation>通訊錄</translation>
    </message>
</context>
<context>
    <name>GroupInfoPanel</name>
    <message>
        <source>Group info</source>
        <translation>群聊資訊</translation>
    </message>
    <message>
        <source>Chat info</source>
        <translation>聊天資訊</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群聊名稱</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>群主題</translation>
    </message>
    <message>
        <source>What this group is about</source>
        <translation>這個群聊的主題</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>群成員（%1）</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Invite people to this group</source>
        <translation>邀請朋友加入此群聊</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>訊息免打擾</translation>
    </message>
    <message>
        <source>No sound or notification; @mentions still notify.</source>
        <translation>不響鈴也不彈通知，有人@你時仍會通知。</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置頂聊天</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>退出群聊</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>刪除聊天</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>退出「%1」？</translation>
    </message>
    <message>
        <source>Delete this chat?</source>
        <translation>刪除此聊天？</translation>
    </message>
    <message>
        <source>You will no longer receive its messages. Someone in it has to invite you again.</source>
        <translation>你將不再收到該群聊的訊息。要重新加入，需要群裡的人再次邀請你。</translation>
    </message>
    <message>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation>聊天記錄將從這台電腦上刪除，且無法恢復。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>邀請加入 %1</translation>
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
        <translation>暫無群聊</translation>
    </message>
    <message>
        <source>Group chats you join appear here. Start one from Chats.</source>
        <translation>你加入的群聊會顯示在這裡。可以在聊天中發起群聊。</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 張照片，共 %2 張</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>This image is not on this computer yet.</source>
        <translation>這張圖片還沒有下載到這台電腦上。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>InChatSearchBar</name>
    <message>
        <source>Search in this chat</source>
        <translation>在此聊天中搜尋</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>無結果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 條結果</numerusform>
        </translation>
    </message>
    <message>
        <source>Older match</source>
        <translation>上一條（較早）</translation>
    </message>
    <message>
        <source>Newer match</source>
        <translation>下一條（較新）</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>關閉搜尋</translation>
    </message>
</context>
<context>
    <name>InteractionsPopup</name>
    <message>
        <source>Likes and comments</source>
        <translation>贊和評論</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>No likes or comments on your posts yet.</source>
        <translation>你的動態還沒有收到贊或評論。</translation>
    </message>
    <message>
        <source>%1 liked your post</source>
        <translation>%1 贊了你的動態</translation>
    </message>
    <message>
        <source>%1 commented: %2</source>
        <translation>%1 評論：%2</translation>
    </message>
    <message>
        <source>Liked your post</source>
        <translation>贊了你的動態</translation>
    </message>
</context>
<context>
    <name>InviteUri</name>
    <message>
        <source>The invitation link is too long.</source>
        <translation>邀請連結太長。</translation>
    </message>
    <message>
        <source>This is not an XMPP invitation link.</source>
        <translation>這不是 XMPP 邀請連結。</translation>
    </message>
    <message>
        <source>Invitation links with an account part are not supported.</source>
        <translation>不支援帶有帳號部分的邀請連結。</translation>
    </message>
    <message>
        <source>The link is an address, not an invitation.</source>
        <translation>這個連結是一個地址，不是邀請。</translation>
    </message>
    <message>
        <source>The address in the invitation link is not valid.</source>
        <translation>邀請連結中的地址無效。</translation>
    </message>
    <message>
        <source>The link asks for something other than adding a contact or creating an account.</source>
        <translation>這個連結要求的操作既不是新增聯絡人，也不是註冊帳號。</translation>
    </message>
    <message>
        <source>The invitation link carries two tokens.</source>
        <translation>邀請連結中有兩個邀請碼。</translation>
    </message>
    <message>
        <source>The invitation link has no valid invitation token.</source>
        <translation>邀請連結中沒有有效的邀請碼。</translation>
    </message>
    <message>
        <source>The invitation link does not say who invites you.</source>
        <translation>邀請連結沒有說明是誰邀請你。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Teahouse</source>
        <translation>茶館</translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <source>People to mention</source>
        <translation>選擇要提醒的人</translation>
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
        <translation>圖片</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>檔案 %1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待傳送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>傳送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>Not sent. Click to send again.</source>
        <translation>傳送失敗，點選重新傳送。</translation>
    </message>
    <message>
        <source>Image %1, click to view</source>
        <translation>圖片 %1，點選查看</translation>
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
        <translation>朗讀這條訊息</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>正在載入更早的訊息…</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>還沒有訊息，打個招呼吧！</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>最新訊息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>轉傳…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新傳送</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>儲存檔案</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗讀</translation>
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
        <translation>新的贊和評論：%1</translation>
    </message>
    <message>
        <source>Likes and comments</source>
        <translation>贊和評論</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>發朋友圈</translation>
    </message>
    <message>
        <source>Posting… %1%</source>
        <translation>正在發表… %1%</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上傳進度</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>動態</translation>
    </message>
    <message>
        <source>Loading posts…</source>
        <translation>正在載入動態…</translation>
    </message>
    <message>
        <source>No moments yet</source>
        <translation>暫無動態</translation>
    </message>
    <message>
        <source>Photos and thoughts shared by you and your friends appear here. You choose who sees each post.</source>
        <translation>你和朋友分享的照片和想法會顯示在這裡。每條動態都可以選擇誰可以看。</translation>
    </message>
    <message>
        <source>Delete this post?</source>
        <translation>刪除這條動態？</translation>
    </message>
    <message>
        <source>It is removed from your friends&apos; Moments too.</source>
        <translation>這條動態也會從朋友的朋友圈中刪除。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>MyInfoView</name>
    <message>
        <source>Forms offer these details next to the fields that ask for them. Nothing is filled in until you press Use.</source>
        <translation>表單中需要這些資訊的地方，會在旁邊提供它們。只有按下「使用」後才會填入。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>MyProfilePage</name>
    <message>
        <source>My profile</source>
        <translation>我的資料</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帳號：%1</translation>
    </message>
    <message>
        <source>Change picture…</source>
        <translation>更換頭像…</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Friends see this name when you add them.</source>
        <translation>你新增朋友時，對方會看到這個名字。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>個性簽名</translation>
    </message>
    <message>
        <source>A short line your friends see next to your name.</source>
        <translation>朋友會在你的名字旁邊看到的一句話。</translation>
    </message>
    <message>
        <source>My QR code</source>
        <translation>我的 QR 碼</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>選擇圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>MyQrPage</name>
    <message>
        <source>My QR code</source>
        <translation>我的 QR 碼</translation>
    </message>
    <message>
        <source>Scan this code to add me as a friend.</source>
        <translation>掃一掃上面的 QR 碼，加我為朋友。</translation>
    </message>
    <message>
        <source>Link of my QR code</source>
        <translation>我的 QR 碼連結</translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation>儲存為圖片…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Save my QR code</source>
        <translation>儲存我的 QR 碼</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
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
        <translation>朋友申請</translation>
    </message>
    <message>
        <source>No friend requests</source>
        <translation>暫無朋友申請</translation>
    </message>
    <message>
        <source>When someone asks to be your friend, their request appears here.</source>
        <translation>有人申請新增你為朋友時，申請會顯示在這裡。</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>%1 asks to be your friend</source>
        <translation>%1 申請新增你為朋友</translation>
    </message>
    <message>
        <source>You asked %1</source>
        <translation>你申請新增 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>你的招呼語：「%1」</translation>
    </message>
    <message>
        <source>You sent a friend request.</source>
        <translation>你傳送了朋友申請。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待驗證</translation>
    </message>
    <message>
        <source>Read the greeting of %1 aloud</source>
        <translation>朗讀 %1 的招呼語</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>Start a group chat</source>
        <translation>發起群聊</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群聊名稱</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>正在建立群聊…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已選擇 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
</context>
<context>
    <name>OfficialAccountsPage</name>
    <message>
        <source>Follow a feed…</source>
        <translation>關注訂閱源…</translation>
    </message>
    <message>
        <source>Follow any Atom or RSS feed by its address</source>
        <translation>通過地址關注任意 Atom 或 RSS 訂閱源</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>已關注</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>訂閱號訊息</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <source>Accounts you follow</source>
        <translation>已關注的公眾號</translation>
    </message>
    <message>
        <source>You follow no official accounts yet</source>
        <translation>你還沒有關注任何公眾號</translation>
    </message>
    <message>
        <source>Browse the accounts of your city, hospital and bus company, or follow any news feed by its address.</source>
        <translation>瀏覽你所在城市、醫院和公交公司的公眾號，或者通過地址關注任意新聞訂閱源。</translation>
    </message>
    <message>
        <source>Browse accounts</source>
        <translation>瀏覽公眾號</translation>
    </message>
    <message>
        <source>Newest articles</source>
        <translation>最新文章</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>暫無文章</translation>
    </message>
    <message>
        <source>New articles of the accounts you follow appear here, newest first.</source>
        <translation>已關注公眾號的新文章會顯示在這裡，最新的排在最前面。</translation>
    </message>
    <message>
        <source>Official accounts</source>
        <translation>公眾號</translation>
    </message>
    <message>
        <source>Looking for official accounts…</source>
        <translation>正在尋找公眾號…</translation>
    </message>
    <message>
        <source>No official accounts found</source>
        <translation>沒有找到公眾號</translation>
    </message>
    <message>
        <source>Accounts published on your server&apos;s official-account service appear here.</source>
        <translation>你的伺服器的公眾號服務上發布的公眾號會顯示在這裡。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Follow a feed</source>
        <translation>關注訂閱源</translation>
    </message>
    <message>
        <source>The address of an Atom or RSS feed, for example https://example.org/feed.xml</source>
        <translation>Atom 或 RSS 訂閱源的地址，例如 https://example.org/feed.xml</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>訂閱源地址</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜尋公眾號</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search contacts</source>
        <translation>搜尋聯絡人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通訊錄</translation>
    </message>
    <message>
        <source>No contact matches “%1”</source>
        <translation>沒有與「%1」匹配的聯絡人</translation>
    </message>
    <message>
        <source>No contacts yet. Add friends in Contacts first.</source>
        <translation>暫無聯絡人。請先在通訊錄中新增朋友。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 張照片，共 %2 張</translation>
    </message>
    <message>
        <source>This photo is not on this computer yet.</source>
        <translation>這張照片還沒有下載到這台電腦上。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>上一張</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>下一張</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of 6 digits entered</source>
        <translation>已輸入 %1 位，共 6 位</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>刪除最後一位</translation>
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
        <translation>設定支付 PIN</translation>
    </message>
    <message>
        <source>Every payment asks for this PIN. After five wrong tries, payments are locked for 15 minutes.</source>
        <translation>每次付款都需要輸入此 PIN。連續輸錯五次後，付款功能將鎖定 15 分鐘。</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>目前 PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再次輸入新 PIN</translation>
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
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>傳送失敗</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete this post</source>
        <translation>刪除這條動態</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>取消贊</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>贊</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評論</translation>
    </message>
    <message>
        <source>%1 replied to %2</source>
        <translation>%1 回覆 %2</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>刪除評論</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>回覆 %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
</context>
<context>
    <name>ProfileSummary</name>
    <message>
        <source>My profile</source>
        <translation>我的資料</translation>
    </message>
    <message>
        <source>My QR code</source>
        <translation>我的 QR 碼</translation>
    </message>
</context>
<context>
    <name>Rail</name>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>My profile: %1</source>
        <translation>我的資料：%1</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通訊錄</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>錢包</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <source>Current section</source>
        <translation>目前頁面</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>With</source>
        <translation>交易對方</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易單號</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>交易後餘額</translation>
    </message>
    <message>
        <source>Back to the wallet</source>
        <translation>返回錢包</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>申請退款</translation>
    </message>
    <message>
        <source>%1 paid to %2 on %3</source>
        <translation>%3 向 %2 付款 %1</translation>
    </message>
    <message>
        <source>The payee is asked to return the whole amount to your balance. Shops of your payment service refund at once; others decide themselves.</source>
        <translation>系統會請收款方把全部金額退回你的餘額。你的支付服務下的商家會立即退款；其他收款方自行決定是否退款。</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>退款原因（選填）</translation>
    </message>
    <message>
        <source>For example: the order was cancelled</source>
        <translation>例如：訂單已取消</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>提交申請</translation>
    </message>
    <message>
        <source>You refunded this payment.</source>
        <translation>你已退還這筆款項。</translation>
    </message>
    <message>
        <source>Refunded: the money is back in your balance.</source>
        <translation>已退款：錢已退回你的餘額。</translation>
    </message>
    <message>
        <source>Refund requested on %1. You get the money back when the payee refunds it.</source>
        <translation>已於 %1 申請退款。收款方退款後，錢會退回給你。</translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation>退款被拒絕：%1</translation>
    </message>
    <message>
        <source>Ask again for a refund</source>
        <translation>再次申請退款</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>退還這筆款項</translation>
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
        <translation>請付款人用茶館掃描此 QR 碼，款項將轉入 %1。</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>%1 的收款碼</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金額：%1</translation>
    </message>
    <message>
        <source>Amount (optional)</source>
        <translation>金額（選填）</translation>
    </message>
    <message>
        <source>Leave empty to let the payer enter it.</source>
        <translation>留空則由付款人輸入金額。</translation>
    </message>
    <message>
        <source>Enter an amount such as 12.50.</source>
        <translation>請輸入金額，例如 12.50。</translation>
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
        <translation>框選 QR 碼</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code.</source>
        <translation>拖曳滑鼠，框住 QR 碼。</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>Scan the whole screen</source>
        <translation>掃描整個螢幕</translation>
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
        <translation>支付被拒絕</translation>
    </message>
    <message>
        <source>Waiting for the payment service</source>
        <translation>正在等待支付服務確認</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>收款方：%1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易單號</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新傳送</translation>
    </message>
    <message>
        <source>Sends the same order again; it is charged at most once.</source>
        <translation>重新傳送同一訂單，最多只會扣款一次。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation>轉帳已發出</translation>
    </message>
    <message>
        <source>Transfer refused</source>
        <translation>轉帳被拒絕</translation>
    </message>
    <message>
        <source>The transfer card is in your chat. %1 can accept it or return it.</source>
        <translation>轉帳已傳送到聊天中，%1 可以收款或退還。</translation>
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
        <translation>結果，共 %1 行</translation>
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
        <translation>選擇含有 QR 碼的圖片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ScanPicker</name>
    <message numerus="yes">
        <source>%n code(s) found. Choose the one you mean.</source>
        <translation>
            <numerusform>辨識到 %n 個 QR 碼，請選擇要使用的那個。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanned picture</source>
        <translation>掃描的圖片</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>QR 碼 %1</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>找到的 QR 碼</translation>
    </message>
    <message>
        <source>Scan something else</source>
        <translation>掃描其他內容</translation>
    </message>
</context>
<context>
    <name>ScanResult</name>
    <message>
        <source>Entered when you pay</source>
        <translation>付款時輸入</translation>
    </message>
    <message>
        <source>Damaged or unknown code</source>
        <translation>已損壞或無法辨識的 QR 碼</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>收款碼</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀請</translation>
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
        <translation>服務</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>公眾號</translation>
    </message>
    <message>
        <source>Invitation to an account</source>
        <translation>註冊帳號邀請</translation>
    </message>
    <message>
        <source>XMPP link</source>
        <translation>XMPP 連結</translation>
    </message>
    <message>
        <source>SEPA transfer</source>
        <translation>SEPA 轉帳</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>付款請求</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
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
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Merchant category</source>
        <translation>商家類別</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>帳單號</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考號</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>終端</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Payment schemes</source>
        <translation>支付網路</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>附加資訊</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>帳戶類型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>App</source>
        <translation>應用</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of items, joined two at a time</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Type of code</source>
        <translation>QR 碼類型</translation>
    </message>
    <message>
        <source>Dynamic: valid for this one payment</source>
        <translation>動態碼：僅限本次付款使用</translation>
    </message>
    <message>
        <source>Static: the merchant&apos;s code for every payment</source>
        <translation>靜態碼：商家的固定收款碼，每次付款都可使用</translation>
    </message>
</context>
<context>
    <name>ScanResultView</name>
    <message>
        <source>This code cannot be used: %1 Nothing was done and nothing was paid.</source>
        <translation>無法使用此 QR 碼：%1 未執行任何操作，也沒有付款。</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>完整網址</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <source>Copy the code&apos;s text</source>
        <translation>複製 QR 碼中的文字</translation>
    </message>
    <message>
        <source>Content of the code</source>
        <translation>QR 碼內容</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Other codes in the picture</source>
        <translation>圖片中的其他 QR 碼</translation>
    </message>
    <message>
        <source>Scan something else</source>
        <translation>掃描其他內容</translation>
    </message>
</context>
<context>
    <name>ScanStartView</name>
    <message>
        <source>Camera viewfinder</source>
        <translation>相機取景框</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>掃一掃</translation>
    </message>
    <message>
        <source>Hold the QR code inside the frame. It is read as soon as it is sharp.</source>
        <translation>將 QR 碼放入框內，影像清晰後即可自動辨識。</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>用相機掃描</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>沒有相機</translation>
    </message>
    <message>
        <source>You can still scan a code from a picture, the clipboard or your screen.</source>
        <translation>你仍然可以掃描圖片、剪貼簿或螢幕上的 QR 碼。</translation>
    </message>
    <message>
        <source>Point the camera at a QR code to add a friend, join a group, follow an account or pay.</source>
        <translation>將相機對準 QR 碼，即可新增朋友、加入群聊、關注公眾號或付款。</translation>
    </message>
    <message>
        <source>No camera was found on this computer. You can still scan a code from a picture, the clipboard or your screen.</source>
        <translation>這台電腦上沒有找到相機。你仍然可以掃描圖片、剪貼簿或螢幕上的 QR 碼。</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>開啟相機</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>關閉相機</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>開啟圖片…</translation>
    </message>
    <message>
        <source>Open an image file to scan</source>
        <translation>開啟要掃描的圖片檔案</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>貼上圖片</translation>
    </message>
    <message>
        <source>Scan the picture on the clipboard</source>
        <translation>掃描剪貼簿中的圖片</translation>
    </message>
    <message>
        <source>Scan part of the screen</source>
        <translation>掃描螢幕區域</translation>
    </message>
    <message>
        <source>You can also drop an image here. Payments are never made without your confirmation.</source>
        <translation>也可以把圖片拖到這裡。未經你確認，絕不會付款。</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>沒有找到與「%1」相關的結果</translation>
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
        <translation>取消置頂 %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>置頂 %1</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Add a city</source>
        <translation>新增城市</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>搜尋服務</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>置頂</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>%1 的服務</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Add your city by the address of its service provider to see what it offers.</source>
        <translation>通過服務提供方的地址新增你所在的城市，即可查看可辦理的服務。</translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation>沒有與「%1」匹配的服務。</translation>
    </message>
    <message>
        <source>Not connected. The city&apos;s services appear when the connection is back.</source>
        <translation>未連線。連線恢復後會顯示該城市的服務。</translation>
    </message>
    <message>
        <source>This city offers no services yet.</source>
        <translation>該城市暫未提供服務。</translation>
    </message>
    <message>
        <source>City service address</source>
        <translation>城市服務地址</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>城市服務</translation>
    </message>
    <message>
        <source>My applications (%1)</source>
        <translation>我的辦事（%1）</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>我的辦事</translation>
    </message>
    <message>
        <source>My info</source>
        <translation>我的資訊</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>隱藏此訊息</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Care mode</source>
        <translation>關懷模式</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字型大小</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Sample text: 你好, Teahouse</source>
        <translation>範例文字：你好，茶館</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登入</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Teahouse %1</source>
        <translation>茶館 %1</translation>
    </message>
    <message>
        <source>Chat, Moments, articles, scan and pay, and city services on XMPP, the open messaging standard. Everything stored on this computer is encrypted.</source>
        <translation>基於開放通訊標準 XMPP 的聊天、朋友圈、文章、掃碼支付和城市服務。儲存在這台電腦上的所有資料都經過加密。</translation>
    </message>
    <message>
        <source>Larger text, stronger colours and bigger buttons, with fewer entries on the left and their names under the icons.</source>
        <translation>文字更大、顏色更醒目、按鈕更大；左側入口更少，圖示下方顯示名稱。</translation>
    </message>
    <message>
        <source>In care mode text is 150% to 200% of the normal size.</source>
        <translation>關懷模式下，文字大小為正常大小的 150% 到 200%。</translation>
    </message>
    <message>
        <source>From 100% to 200%; care mode starts at 150%.</source>
        <translation>範圍為 100% 到 200%，關懷模式從 150% 起。</translation>
    </message>
    <message>
        <source>Read the sample text aloud</source>
        <translation>朗讀範例文字</translation>
    </message>
    <message>
        <source>Read incoming messages aloud</source>
        <translation>朗讀收到的訊息</translation>
    </message>
    <message>
        <source>New messages are read out as they arrive, in a voice for their language. Every message also has a speaker button.</source>
        <translation>新訊息到達時，會用與其語言相符的語音朗讀。每條訊息旁也有朗讀按鈕。</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so nothing can be read aloud.</source>
        <translation>這台電腦上沒有安裝語音引擎，無法朗讀。</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>靜音模式</translation>
    </message>
    <message>
        <source>No sounds: notifications stay silent and nothing is read aloud unless you press a speaker button.</source>
        <translation>不發出任何聲音：通知保持靜音；除非你按下朗讀按鈕，否則不會朗讀任何內容。</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>錢包</translation>
    </message>
    <message>
        <source>Balance, payments and cards</source>
        <translation>餘額、付款和銀行卡</translation>
    </message>
</context>
<context>
    <name>SharePicker</name>
    <message>
        <source>Send to…</source>
        <translation>傳送給…</translation>
    </message>
    <message>
        <source>Search chats and contacts</source>
        <translation>搜尋聊天和聯絡人</translation>
    </message>
    <message>
        <source>Chats and contacts</source>
        <translation>聊天和聯絡人</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
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
        <translation>沒有與「%1」匹配的聊天或聯絡人。</translation>
    </message>
    <message>
        <source>No chats or contacts yet.</source>
        <translation>還沒有聊天或聯絡人。</translation>
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
        <translation>跳轉到 %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Enter your account as name@server, for example anna@example.org.</source>
        <translation>請按「使用者名稱@伺服器」的格式輸入帳號，例如 anna@example.org。</translation>
    </message>
    <message>
        <source>The password is not right for this account. Check it and try again.</source>
        <translation>密碼錯誤。請檢查後重試。</translation>
    </message>
    <message>
        <source>Teahouse can&apos;t reach the server. Check the address and your internet connection, then try again.</source>
        <translation>無法連線到伺服器。請檢查伺服器地址和網路連線，然後重試。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Teahouse stopped before sending your password. Trust it only if this fingerprint matches the one your server&apos;s administrator gave you:</source>
        <translation>伺服器的憑證不受信任，茶館在傳送密碼之前停止了登入。只有當下面的指紋與伺服器管理員提供的一致時，才可以信任它：</translation>
    </message>
    <message>
        <source>This server doesn&apos;t let you create accounts here. Ask its administrator for an invite link.</source>
        <translation>該伺服器不允許在這裡註冊帳號。請向伺服器管理員索取邀請連結。</translation>
    </message>
    <message>
        <source>That account name is already taken. Try another name.</source>
        <translation>該帳號名已被佔用，請換一個。</translation>
    </message>
    <message>
        <source>This invite link isn&apos;t valid. Check that you copied all of it.</source>
        <translation>邀請連結無效。請檢查是否完整複製了連結。</translation>
    </message>
    <message>
        <source>This invite link has expired or was already used. Ask for a new one.</source>
        <translation>邀請連結已過期或已被使用。請索取新的連結。</translation>
    </message>
    <message>
        <source>Signing in isn&apos;t available in this version of Teahouse yet.</source>
        <translation>此版本的茶館暫不支援登入。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出現問題：%1</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>出現問題，請重試。</translation>
    </message>
    <message>
        <source>Create a Teahouse account</source>
        <translation>註冊茶館帳號</translation>
    </message>
    <message>
        <source>Sign in to Teahouse</source>
        <translation>登入茶館</translation>
    </message>
    <message>
        <source>Use any XMPP account, from your own server or a public one.</source>
        <translation>可以使用任何 XMPP 帳號，自建伺服器或公共伺服器都可以。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Server (optional)</source>
        <translation>伺服器（選填）</translation>
    </message>
    <message>
        <source>Found from your account: %1</source>
        <translation>根據帳號自動尋找：%1</translation>
    </message>
    <message>
        <source>Found from your account</source>
        <translation>根據帳號自動尋找</translation>
    </message>
    <message>
        <source>Only needed when your server&apos;s address differs from your account&apos;s.</source>
        <translation>僅當伺服器地址與帳號中的網域不同時才需要填寫。</translation>
    </message>
    <message>
        <source>Create a new account on this server</source>
        <translation>在此伺服器上註冊新帳號</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>註冊</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>憑證指紋（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>信任此憑證</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細資訊：%1</translation>
    </message>
    <message>
        <source>Have an invite link?</source>
        <translation>有邀請連結？</translation>
    </message>
    <message>
        <source>Paste the link a friend or your server sent you. It sets up your account and adds your friend.</source>
        <translation>貼上朋友或伺服器發給你的連結，即可建立帳號並新增這位朋友。</translation>
    </message>
    <message>
        <source>xmpp:…?preauth=…</source>
        <translation>xmpp:…?preauth=…</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>邀請連結</translation>
    </message>
    <message>
        <source>Use link</source>
        <translation>使用連結</translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <source>Read aloud</source>
        <translation>朗讀</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗讀</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部聯絡人</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>暫無標籤</translation>
    </message>
    <message>
        <source>Open a contact&apos;s card and give them tags such as Family or Colleagues.</source>
        <translation>開啟聯絡人的資料卡，給對方新增標籤，例如家人或同事。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEntry</name>
    <message>
        <source>Hide password</source>
        <translation>隱藏密碼</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>顯示密碼</translation>
    </message>
</context>
<context>
    <name>TransferCard</name>
    <message>
        <source>Transfer to you</source>
        <translation>向你轉帳</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉帳</translation>
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
        <translation>退還</translation>
    </message>
    <message>
        <source>You accepted the transfer</source>
        <translation>你已收款</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>對方已收款</translation>
    </message>
    <message>
        <source>You returned the transfer</source>
        <translation>你已退還</translation>
    </message>
    <message>
        <source>Transfer returned</source>
        <translation>對方已退還</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>已退還給轉帳人</translation>
    </message>
    <message>
        <source>Waiting for your friend to accept</source>
        <translation>等待朋友收款</translation>
    </message>
    <message>
        <source>Expired: not accepted in time, the money went back to the sender</source>
        <translation>已過期：對方未及時收款，錢已退回給轉帳人</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>請至少輸入 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same one twice.</source>
        <translation>兩次輸入的口令不一致，請輸入相同的口令。</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>口令不正確。請檢查大寫鎖定鍵後重試。</translation>
    </message>
    <message>
        <source>Teahouse couldn&apos;t open your data: %1</source>
        <translation>茶館無法開啟你的資料：%1</translation>
    </message>
    <message>
        <source>Teahouse couldn&apos;t open your data.</source>
        <translation>茶館無法開啟你的資料。</translation>
    </message>
    <message>
        <source>Set a passphrase to protect your data</source>
        <translation>設定口令，保護你的資料</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>請輸入口令</translation>
    </message>
    <message>
        <source>Teahouse encrypts everything it keeps on this computer. No system keychain is available here, so you&apos;ll type this passphrase each time Teahouse starts. If you forget it, your local data can&apos;t be recovered.</source>
        <translation>茶館會加密儲存在這台電腦上的所有資料。這裡沒有可用的系統鑰匙圈，所以每次啟動茶館時都需要輸入這個口令。如果忘記口令，本機資料將無法恢復。</translation>
    </message>
    <message>
        <source>Your messages and contacts on this computer are encrypted. Type your passphrase to open them.</source>
        <translation>這台電腦上的訊息和聯絡人已加密。輸入口令即可開啟。</translation>
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
            <numerusform>至少 %n 個字元。把幾個不相關的詞組合起來就很好。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <source>Protect my data</source>
        <translation>保護我的資料</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
</context>
<context>
    <name>UnreadBadge</name>
    <message>
        <source>Unread messages</source>
        <translation>未讀訊息</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 條未讀</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UriRouter</name>
    <message>
        <source>Adding friends is not available in this version of Teahouse.</source>
        <translation>此版本的茶館暫不支援新增朋友。</translation>
    </message>
    <message>
        <source>Groups are not available in this version of Teahouse.</source>
        <translation>此版本的茶館暫不支援群聊。</translation>
    </message>
    <message>
        <source>Payments are not available in this version of Teahouse. Nothing was paid.</source>
        <translation>此版本的茶館暫不支援付款。沒有進行任何付款。</translation>
    </message>
    <message>
        <source>This is not available in this version of Teahouse.</source>
        <translation>此版本的茶館暫不支援此功能。</translation>
    </message>
    <message>
        <source>This could not be started. Try again.</source>
        <translation>無法啟動，請重試。</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>A payment code. You will see the payee and the amount and confirm with your payment PIN before anything is paid.</source>
        <translation>這是一個收款碼。付款前你會看到收款方和金額，並需要輸入支付 PIN 確認。</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>發訊息</translation>
    </message>
    <message>
        <source>Opens a chat with %1.</source>
        <translation>開啟與 %1 的聊天。</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Adds %1 to your contacts. You can write a greeting before the request is sent.</source>
        <translation>將 %1 新增到通訊錄。傳送申請前，你可以寫一句招呼語。</translation>
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
        <translation>這是在 %1 上註冊帳號的邀請。要使用它，請先退出登入，再在該伺服器上註冊新帳號。</translation>
    </message>
    <message>
        <source>This XMPP link asks for “%1”, which Teahouse does not do.</source>
        <translation>此 XMPP 連結請求執行「%1」，茶館不支援該操作。</translation>
    </message>
    <message>
        <source>A web address. Check it before you open it: it opens in your browser only when you choose to.</source>
        <translation>這是一個網址。開啟前請先核對：只有在你選擇開啟時，才會在瀏覽器中開啟。</translation>
    </message>
    <message>
        <source>This code holds text.</source>
        <translation>此 QR 碼包含一段文字。</translation>
    </message>
    <message>
        <source>City services are not available in this version of Teahouse.</source>
        <translation>此版本的茶館不支援城市服務。</translation>
    </message>
    <message>
        <source>Official accounts are not available in this version of Teahouse.</source>
        <translation>此版本的茶館不支援公眾號。</translation>
    </message>
    <message>
        <source>Open service</source>
        <translation>開啟服務</translation>
    </message>
    <message>
        <source>Opens the service “%1” offered by %2 in City Services. Nothing is sent until you submit the form.</source>
        <translation>在城市服務中開啟 %2 提供的服務「%1」。提交表單之前不會傳送任何內容。</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>關注</translation>
    </message>
    <message>
        <source>Follows the official account “%1” on %2: its new articles appear under Official Accounts.</source>
        <translation>關注 %2 上的公眾號「%1」：它的新文章會出現在公眾號裡。</translation>
    </message>
    <message>
        <source>This code opens the service “%1” offered by %2. City services are not available in this version of Teahouse.</source>
        <translation>此 QR 碼會開啟 %2 提供的服務「%1」。此版本的茶館不支援城市服務。</translation>
    </message>
    <message>
        <source>This code follows the official account “%1” on %2. Official accounts are not available in this version of Teahouse.</source>
        <translation>此 QR 碼會關注 %2 上的公眾號「%1」。此版本的茶館不支援公眾號。</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>錢包</translation>
    </message>
    <message>
        <source>Your wallet is empty</source>
        <translation>錢包是空的</translation>
    </message>
    <message>
        <source>Your balance and payments appear here. Pay a shop by scanning its QR code.</source>
        <translation>你的餘額和付款記錄會顯示在這裡。掃描商家的 QR 碼即可付款。</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>掃碼付款</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉帳</translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>餘額 %1</translation>
    </message>
    <message>
        <source>Payment service: %1</source>
        <translation>支付服務：%1</translation>
    </message>
    <message>
        <source>Not connected to the payment service %1</source>
        <translation>未連線到支付服務 %1</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>掃碼付款</translation>
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
        <translation>設定 PIN</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Set a six-digit payment PIN before your first payment.</source>
        <translation>首次付款前，請先設定六位數字的支付 PIN。</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>帳單</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
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
        <translation>搜尋帳單</translation>
    </message>
    <message>
        <source>No bills yet. Payments, refunds and transfers appear here.</source>
        <translation>暫無帳單。付款、退款和轉帳記錄會顯示在這裡。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>支付服務</translation>
    </message>
    <message>
        <source>The XMPP address of the service that holds your balance and makes your payments. Leave it empty to use pay@ your server.</source>
        <translation>保管你的餘額並處理付款的服務的 XMPP 地址。留空則使用你伺服器上的 pay@ 服務。</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>服務地址</translation>
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
        <translation>儲存</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更換</translation>
    </message>
    <message>
        <source>Change the payment service</source>
        <translation>更換支付服務</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>refund requested</source>
        <translation>已申請退款</translation>
    </message>
</context>
<context>
    <name>teahouse::account::AccountSession</name>
    <message>
        <source>“%1” is not an account address (name@server).</source>
        <translation>「%1」不是帳號地址（使用者名稱@伺服器）。</translation>
    </message>
    <message>
        <source>The account&apos;s store is not open.</source>
        <translation>帳號的資料儲存沒有開啟。</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>這個帳號沒有儲存密碼。</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>無法從 %1 讀取憑證。</translation>
    </message>
    <message>
        <source>This server asks for more than a name and a password to create an account; create it on the server&apos;s website.</source>
        <translation>這個伺服器註冊帳號需要的資訊不止使用者名稱和密碼，請到伺服器的網站上註冊。</translation>
    </message>
    <message>
        <source>There is no sign-in to retry.</source>
        <translation>沒有可以重試的登入。</translation>
    </message>
</context>
<context>
    <name>teahouse::app::AccountCoordinator</name>
    <message>
        <source>Cannot read the account file %1: %2</source>
        <translation>無法讀取帳號檔案 %1：%2</translation>
    </message>
    <message>
        <source>The account file %1 is not a JSON object: %2</source>
        <translation>帳號檔案 %1 不是 JSON 物件：%2</translation>
    </message>
    <message>
        <source>The account file %1 needs &quot;jid&quot; (name@server) and &quot;password&quot;.</source>
        <translation>帳號檔案 %1 需要包含 &quot;jid&quot;（使用者名稱@伺服器）和 &quot;password&quot;。</translation>
    </message>
    <message>
        <source>The port in %1 is out of range.</source>
        <translation>%1 中的連接埠號超出範圍。</translation>
    </message>
    <message>
        <source>&quot;settings&quot; in %1 must be an object of names and texts.</source>
        <translation>%1 中的 &quot;settings&quot; 必須是由名稱和文字組成的對象。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in %2 must be a text.</source>
        <translation>%2 中的設定項 &quot;%1&quot; 必須是文字。</translation>
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
        <translation>開啟</translation>
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
        <translation>%1 贊了你的動態</translation>
    </message>
    <message>
        <source>%1 commented: %2</source>
        <translation>%1 評論：%2</translation>
    </message>
</context>
<context>
    <name>teahouse::app::PayFeature</name>
    <message>
        <source>Two lattes</source>
        <translation>兩杯拿鐵</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉帳</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>目前沒有開啟的帳號。</translation>
    </message>
</context>
<context>
    <name>teahouse::app::ServicesFeature</name>
    <message>
        <source>Hospital appointment</source>
        <translation>預約掛號</translation>
    </message>
</context>
<context>
    <name>teahouse::app::TrayIcon</name>
    <message>
        <source>Show Teahouse</source>
        <translation>顯示茶館</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>Teahouse: %n unread message(s)</source>
        <translation>
            <numerusform>茶館：%n 條未讀訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>Teahouse</source>
        <translation>茶館</translation>
    </message>
</context>
<context>
    <name>teahouse::articles::ArticlesService</name>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>No such official account.</source>
        <translation>該公眾號不存在。</translation>
    </message>
    <message>
        <source>Enter a feed address starting with https:// or http://.</source>
        <translation>請輸入以 https:// 或 http:// 開頭的訂閱源地址。</translation>
    </message>
    <message>
        <source>No such feed.</source>
        <translation>該訂閱源不存在。</translation>
    </message>
    <message>
        <source>No such article.</source>
        <translation>沒有這篇文章。</translation>
    </message>
</context>
<context>
    <name>teahouse::articles::FeedFetcher</name>
    <message>
        <source>Only http and https addresses can be followed.</source>
        <translation>只能關注 http 和 https 地址。</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>伺服器返回 %1。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>檔案太大。</translation>
    </message>
</context>
<context>
    <name>teahouse::chat::ChatService</name>
    <message>
        <source>Cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The file is not downloaded yet</source>
        <translation>檔案尚未下載</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Only your own messages can be recalled</source>
        <translation>只能收回自己傳送的訊息</translation>
    </message>
    <message>
        <source>Messages can be recalled only within 2 minutes</source>
        <translation>只能收回 2 分鐘內的訊息</translation>
    </message>
    <message>
        <source>This person attempted to retract a previous message</source>
        <translation>對方嘗試收回一條訊息</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
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
        <translation>[圖片]</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[檔案] %1</translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation>你收回了一條訊息</translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1 收回了一條訊息</translation>
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
        <translation>未連線。請在連上網路後重試。</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>沒有圖片。</translation>
    </message>
    <message>
        <source>“%1” is not an account address (name@server).</source>
        <translation>「%1」不是帳號地址（使用者名稱@伺服器）。</translation>
    </message>
    <message>
        <source>That is your own account.</source>
        <translation>這是你自己的帳號。</translation>
    </message>
    <message>
        <source>%1 is not one of your contacts.</source>
        <translation>%1 不是你的聯絡人。</translation>
    </message>
</context>
<context>
    <name>teahouse::moments::MomentsService</name>
    <message>
        <source>Not connected; try again later.</source>
        <translation>未連線，請稍後重試。</translation>
    </message>
    <message>
        <source>Write something or add a photo.</source>
        <translation>請寫點什麼或新增照片。</translation>
    </message>
    <message>
        <source>A post holds at most 9 photos.</source>
        <translation>每條動態最多 9 張照片。</translation>
    </message>
    <message>
        <source>Choose at least one tag.</source>
        <translation>請至少選擇一個標籤。</translation>
    </message>
    <message>
        <source>%1 is not a picture.</source>
        <translation>%1 不是圖片。</translation>
    </message>
    <message>
        <source>The post is gone.</source>
        <translation>這條動態已不存在。</translation>
    </message>
    <message>
        <source>Only your own posts can be deleted.</source>
        <translation>只能刪除自己的動態。</translation>
    </message>
    <message>
        <source>This post takes no comments.</source>
        <translation>這條動態不能評論。</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>評論內容為空。</translation>
    </message>
    <message>
        <source>The comment is gone.</source>
        <translation>這條評論已不存在。</translation>
    </message>
    <message>
        <source>Only your own comments can be deleted.</source>
        <translation>只能刪除自己的評論。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PayService</name>
    <message>
        <source>No payment service is set up for this account.</source>
        <translation>此帳號尚未設定支付服務。</translation>
    </message>
    <message>
        <source>Not connected. Check the connection and try again.</source>
        <translation>未連線。請檢查網路連線後重試。</translation>
    </message>
    <message>
        <source>The code names nobody to pay.</source>
        <translation>QR 碼中沒有指定收款方。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>請輸入大於零的金額。</translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation>找不到這筆付款。</translation>
    </message>
    <message>
        <source>This payment is being sent already.</source>
        <translation>這筆付款正在傳送中。</translation>
    </message>
    <message>
        <source>No answer from the payment service. Teahouse sends this same order again when the connection is back; it cannot be charged twice.</source>
        <translation>支付服務沒有回應。連線恢復後，茶館會重新傳送同一訂單，不會重複扣款。</translation>
    </message>
    <message>
        <source>The payment service refused this payment.</source>
        <translation>支付服務拒絕了這筆付款。</translation>
    </message>
    <message>
        <source>The payment service answered without a receipt.</source>
        <translation>支付服務的回應中沒有收據。</translation>
    </message>
    <message>
        <source>The service&apos;s receipt does not match this payment. Check your bills and contact the service.</source>
        <translation>支付服務的收據與這筆付款不符。請查看帳單並聯絡該服務。</translation>
    </message>
    <message>
        <source>Choose whom to send money to.</source>
        <translation>請選擇轉帳對象。</translation>
    </message>
    <message>
        <source>This transfer is not known.</source>
        <translation>找不到這筆轉帳。</translation>
    </message>
    <message>
        <source>The payment service canceled the request.</source>
        <translation>支付服務取消了此請求。</translation>
    </message>
    <message>
        <source>Only a payment you made can be refunded.</source>
        <translation>只能為你自己的付款申請退款。</translation>
    </message>
    <message>
        <source>The payment service refused the refund.</source>
        <translation>支付服務拒絕了退款。</translation>
    </message>
    <message>
        <source>This transfer expired: the money went back to the sender.</source>
        <translation>這筆轉帳已過期：錢已退回給轉帳人。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PaymentPin</name>
    <message>
        <source>The PIN has six digits.</source>
        <translation>PIN 必須是六位數字。</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess. Choose six digits that are not all the same or in a row.</source>
        <translation>此 PIN 太容易被猜到。請選擇不全相同、也不連續的六位數字。</translation>
    </message>
    <message>
        <source>A payment PIN is set already.</source>
        <translation>已經設定過支付 PIN。</translation>
    </message>
    <message>
        <source>Set a payment PIN first.</source>
        <translation>請先設定支付 PIN。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Payments are locked until %1.</source>
        <translation>PIN 輸錯次數過多，付款功能已鎖定至 %1。</translation>
    </message>
    <message>
        <source>Wrong PIN. Payments are locked for 15 minutes.</source>
        <translation>PIN 錯誤。付款功能已鎖定 15 分鐘。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN 錯誤，還可以再試 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN could not be processed.</source>
        <translation>無法處理 PIN。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PaymentRequest</name>
    <message>
        <source>This code is not a payment code.</source>
        <translation>此 QR 碼不是收款碼。</translation>
    </message>
    <message>
        <source>The code asks for an amount of zero.</source>
        <translation>QR 碼中的金額為零。</translation>
    </message>
    <message>
        <source>The code names no merchant account.</source>
        <translation>QR 碼中沒有指定商家帳戶。</translation>
    </message>
    <message>
        <source>The code is in a currency Teahouse does not know (ISO 4217 %1).</source>
        <translation>QR 碼使用了茶館無法辨識的幣別（ISO 4217 %1）。</translation>
    </message>
</context>
<context>
    <name>teahouse::pay::TransferOffer</name>
    <message>
        <source>[Transfer] %1 — open Teahouse to accept it.</source>
        <translation>[轉帳] %1，請開啟茶館收款。</translation>
    </message>
    <message>
        <source>[Transfer] accepted</source>
        <translation>[轉帳] 已收款</translation>
    </message>
    <message>
        <source>[Transfer] returned</source>
        <translation>[轉帳] 已退還</translation>
    </message>
    <message>
        <source>[Transfer] expired</source>
        <translation>[轉帳] 已過期</translation>
    </message>
</context>
<context>
    <name>teahouse::profile::ProfileService</name>
    <message>
        <source>A nickname has at most 64 characters.</source>
        <translation>暱稱最多 64 個字元。</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>沒有圖片。</translation>
    </message>
    <message>
        <source>This picture could not be read.</source>
        <translation>無法讀取這張圖片。</translation>
    </message>
    <message>
        <source>The picture could not be converted.</source>
        <translation>無法轉換這張圖片。</translation>
    </message>
    <message>
        <source>The picture store is not open.</source>
        <translation>圖片儲存沒有開啟。</translation>
    </message>
    <message>
        <source>Your nickname could not be published: %1</source>
        <translation>無法發布你的暱稱：%1</translation>
    </message>
    <message>
        <source>Your picture could not be published: %1</source>
        <translation>無法發布你的頭像：%1</translation>
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
        <translation>支付寶</translation>
    </message>
    <message>
        <source>This code only works in the WeChat app. Teahouse does not open it.</source>
        <translation>此 QR 碼只能在微信中使用，茶館不會開啟它。</translation>
    </message>
    <message>
        <source>This code can only be paid in %1. Teahouse does not open it and nothing is paid.</source>
        <translation>此 QR 碼只能用%1付款。茶館不會開啟它，也不會付款。</translation>
    </message>
    <message>
        <source>A field in the code runs past its end: the code is damaged or cut off.</source>
        <translation>QR 碼中的某個欄位超出了末尾：QR 碼已損壞或不完整。</translation>
    </message>
    <message>
        <source>A field number or length in the code is not a number: the code is damaged.</source>
        <translation>QR 碼中的欄位編號或長度不是數字：QR 碼已損壞。</translation>
    </message>
    <message>
        <source>The code contains the same field twice.</source>
        <translation>QR 碼中同一個欄位出現了兩次。</translation>
    </message>
    <message>
        <source>The code contains bytes that are not text: it is damaged.</source>
        <translation>QR 碼中含有不是文字的位元組：QR 碼已損壞。</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>QR 碼是空的。</translation>
    </message>
    <message>
        <source>The code is too long for a payment code.</source>
        <translation>QR 碼太長，不是有效的收款碼。</translation>
    </message>
    <message>
        <source>The code does not start with the payment code format indicator.</source>
        <translation>QR 碼開頭沒有收款碼格式標識。</translation>
    </message>
    <message>
        <source>The code uses a payment code format version this app does not know.</source>
        <translation>QR 碼使用的收款碼格式版本無法辨識。</translation>
    </message>
    <message>
        <source>The code has no checksum: it may be cut off.</source>
        <translation>QR 碼沒有檢查碼，可能不完整。</translation>
    </message>
    <message>
        <source>The checksum is not the last field of the code.</source>
        <translation>檢查碼不是 QR 碼的最後一個欄位。</translation>
    </message>
    <message>
        <source>The code&apos;s checksum field is malformed.</source>
        <translation>QR 碼的檢查碼欄位格式錯誤。</translation>
    </message>
    <message>
        <source>The code&apos;s checksum does not match: it may be damaged or altered.</source>
        <translation>QR 碼的檢查碼不匹配：QR 碼可能已損壞或被篡改。</translation>
    </message>
    <message>
        <source>The code says neither whether it is static nor dynamic (field 01).</source>
        <translation>QR 碼沒有說明是靜態碼還是動態碼（欄位 01）。</translation>
    </message>
    <message>
        <source>A merchant account field of the code is malformed.</source>
        <translation>QR 碼中的某個商家帳戶欄位格式錯誤。</translation>
    </message>
    <message>
        <source>A merchant account field of the code does not name its payment network.</source>
        <translation>QR 碼中的某個商家帳戶欄位沒有註明支付網路。</translation>
    </message>
    <message>
        <source>A merchant account field of the code is empty.</source>
        <translation>QR 碼中的某個商家帳戶欄位是空的。</translation>
    </message>
    <message>
        <source>The merchant category code is not four digits.</source>
        <translation>商家類別碼不是四位數字。</translation>
    </message>
    <message>
        <source>The currency is not a three-digit ISO 4217 code.</source>
        <translation>幣別不是三位數字的 ISO 4217 代碼。</translation>
    </message>
    <message>
        <source>The amount in the code is not a valid number.</source>
        <translation>QR 碼中的金額不是有效的數字。</translation>
    </message>
    <message>
        <source>The amount in the code must be greater than zero.</source>
        <translation>QR 碼中的金額必須大於零。</translation>
    </message>
    <message>
        <source>The code&apos;s tip or convenience fee setting is not one this app knows.</source>
        <translation>QR 碼中的小費或手續費設定無法辨識。</translation>
    </message>
    <message>
        <source>The convenience fee in the code is not a valid number.</source>
        <translation>QR 碼中的手續費不是有效的數字。</translation>
    </message>
    <message>
        <source>The convenience fee percentage in the code is not valid.</source>
        <translation>QR 碼中的手續費百分比無效。</translation>
    </message>
    <message>
        <source>The country in the code is not a two-letter code.</source>
        <translation>QR 碼中的國家/地區不是兩個字母的代碼。</translation>
    </message>
    <message>
        <source>The merchant name in the code is empty or too long.</source>
        <translation>QR 碼中的商家名稱為空或太長。</translation>
    </message>
    <message>
        <source>The merchant city in the code is empty or too long.</source>
        <translation>QR 碼中的商家所在城市為空或太長。</translation>
    </message>
    <message>
        <source>The postal code in the code is empty or too long.</source>
        <translation>QR 碼中的郵遞區號為空或太長。</translation>
    </message>
    <message>
        <source>The additional data field of the code is malformed.</source>
        <translation>QR 碼的附加資料欄位格式錯誤。</translation>
    </message>
    <message>
        <source>The code&apos;s merchant name in another language is malformed.</source>
        <translation>QR 碼中其他語言的商家名稱格式錯誤。</translation>
    </message>
    <message>
        <source>The code does not name any merchant account to pay.</source>
        <translation>QR 碼沒有註明要付款的商家帳戶。</translation>
    </message>
    <message>
        <source>The code has no merchant category (field 52).</source>
        <translation>QR 碼中沒有商家類別（欄位 52）。</translation>
    </message>
    <message>
        <source>The code has no currency (field 53).</source>
        <translation>QR 碼中沒有幣別（欄位 53）。</translation>
    </message>
    <message>
        <source>The code has no country (field 58).</source>
        <translation>QR 碼中沒有國家/地區（欄位 58）。</translation>
    </message>
    <message>
        <source>The code has no merchant name (field 59).</source>
        <translation>QR 碼中沒有商家名稱（欄位 59）。</translation>
    </message>
    <message>
        <source>The code has no merchant city (field 60).</source>
        <translation>QR 碼中沒有商家所在城市（欄位 60）。</translation>
    </message>
    <message>
        <source>The amount has more decimals than its currency allows.</source>
        <translation>金額的小數位數超過了該幣別允許的位數。</translation>
    </message>
    <message>
        <source>The code&apos;s convenience fee does not match its fee setting.</source>
        <translation>QR 碼中的手續費與手續費設定不一致。</translation>
    </message>
    <message>
        <source>The transfer code contains characters its character set does not have.</source>
        <translation>轉帳碼中含有其字元集不支援的字元。</translation>
    </message>
    <message>
        <source>The transfer code is longer than the 331 bytes the EPC format allows.</source>
        <translation>轉帳碼超過了 EPC 格式允許的 331 位元組。</translation>
    </message>
    <message>
        <source>The transfer code has more lines than the EPC format allows.</source>
        <translation>轉帳碼的行數超過了 EPC 格式允許的行數。</translation>
    </message>
    <message>
        <source>This is not an EPC transfer code (it does not start with BCD).</source>
        <translation>這不是 EPC 轉帳碼（開頭不是 BCD）。</translation>
    </message>
    <message>
        <source>The transfer code is cut off: it has no beneficiary or IBAN.</source>
        <translation>轉帳碼不完整：沒有收款人或 IBAN。</translation>
    </message>
    <message>
        <source>The transfer code uses an EPC version this app does not know.</source>
        <translation>轉帳碼使用的 EPC 版本無法辨識。</translation>
    </message>
    <message>
        <source>The transfer code names an unknown character set.</source>
        <translation>轉帳碼註明的字元集無法辨識。</translation>
    </message>
    <message>
        <source>The transfer code is written in the %1 character set, which this app cannot read.</source>
        <translation>轉帳碼使用 %1 字元集，本應用無法讀取。</translation>
    </message>
    <message>
        <source>The transfer code is not for a SEPA credit transfer (SCT).</source>
        <translation>轉帳碼不是 SEPA 貸記轉帳（SCT）。</translation>
    </message>
    <message>
        <source>The transfer code contains bytes that are not text in its character set.</source>
        <translation>轉帳碼中含有在其字元集中不是文字的位元組。</translation>
    </message>
    <message>
        <source>The transfer code has no BIC, which version 001 requires.</source>
        <translation>轉帳碼沒有 BIC，而 001 版要求必須有 BIC。</translation>
    </message>
    <message>
        <source>The BIC in the transfer code is not valid.</source>
        <translation>轉帳碼中的 BIC 無效。</translation>
    </message>
    <message>
        <source>The beneficiary name is missing or longer than 70 characters.</source>
        <translation>收款人名稱缺失或超過 70 個字元。</translation>
    </message>
    <message>
        <source>The IBAN in the transfer code is not valid: it may be mistyped or damaged.</source>
        <translation>轉帳碼中的 IBAN 無效：可能輸錯或已損壞。</translation>
    </message>
    <message>
        <source>The transfer amount must be in euros (EUR).</source>
        <translation>轉帳金額必須以歐元（EUR）計。</translation>
    </message>
    <message>
        <source>The transfer amount must be between 0.01 and 999999999.99 euros.</source>
        <translation>轉帳金額必須在 0.01 到 999999999.99 歐元之間。</translation>
    </message>
    <message>
        <source>The purpose code of the transfer is not four letters.</source>
        <translation>轉帳用途代碼不是四個字母。</translation>
    </message>
    <message>
        <source>The transfer code has both a structured reference and a text; only one is allowed.</source>
        <translation>轉帳碼同時包含結構化附言和文字附言，只能有一種。</translation>
    </message>
    <message>
        <source>The payment reference (RF…) has wrong check digits: it may be mistyped or damaged.</source>
        <translation>付款附言（RF…）的檢查位錯誤：可能輸錯或已損壞。</translation>
    </message>
    <message>
        <source>The payment reference is longer than 35 characters.</source>
        <translation>付款附言超過 35 個字元。</translation>
    </message>
    <message>
        <source>The remittance text is longer than 140 characters.</source>
        <translation>轉帳附言超過 140 個字元。</translation>
    </message>
    <message>
        <source>The note to the payer is longer than 70 characters.</source>
        <translation>給付款人的備註超過 70 個字元。</translation>
    </message>
    <message>
        <source>The payment link is too long.</source>
        <translation>付款連結太長。</translation>
    </message>
    <message>
        <source>This is not a payto: payment link.</source>
        <translation>這不是 payto: 付款連結。</translation>
    </message>
    <message>
        <source>The payment link does not say what kind of account it pays to.</source>
        <translation>付款連結沒有說明收款帳戶的類型。</translation>
    </message>
    <message>
        <source>The payment link contains a broken %-escape.</source>
        <translation>付款連結中含有損壞的 %-跳脫。</translation>
    </message>
    <message>
        <source>The account in the payment link is not valid for its kind.</source>
        <translation>付款連結中的帳戶與其類型不符。</translation>
    </message>
    <message>
        <source>An option of the payment link is malformed.</source>
        <translation>付款連結中的某個選項格式錯誤。</translation>
    </message>
    <message>
        <source>The payment link gives the same option twice.</source>
        <translation>付款連結中同一個選項出現了兩次。</translation>
    </message>
    <message>
        <source>The amount of the payment link is not written as CURRENCY:VALUE.</source>
        <translation>付款連結中的金額格式不是「幣別:數值」（CURRENCY:VALUE）。</translation>
    </message>
    <message>
        <source>The BIC in the payment link is not valid.</source>
        <translation>付款連結中的 BIC 無效。</translation>
    </message>
    <message>
        <source>The IBAN in the payment link is not valid: it may be mistyped or damaged.</source>
        <translation>付款連結中的 IBAN 無效：可能輸錯或已損壞。</translation>
    </message>
    <message>
        <source>The web address in the code is malformed.</source>
        <translation>QR 碼中的網址格式錯誤。</translation>
    </message>
    <message>
        <source>The code holds binary data, not text.</source>
        <translation>QR 碼中是二進位資料，不是文字。</translation>
    </message>
    <message>
        <source>The XMPP link contains a broken %-escape or text that is not UTF-8.</source>
        <translation>XMPP 連結中含有損壞的 %-跳脫或不是 UTF-8 的文字。</translation>
    </message>
    <message>
        <source>The XMPP link is too long.</source>
        <translation>XMPP 連結太長。</translation>
    </message>
    <message>
        <source>This is not an XMPP link.</source>
        <translation>這不是 XMPP 連結。</translation>
    </message>
    <message>
        <source>Links that name the account to use (xmpp://…) are not supported.</source>
        <translation>不支援指定使用哪個帳號的連結（xmpp://…）。</translation>
    </message>
    <message>
        <source>The XMPP link has no address.</source>
        <translation>XMPP 連結中沒有地址。</translation>
    </message>
    <message>
        <source>The address in the XMPP link is not valid.</source>
        <translation>XMPP 連結中的地址無效。</translation>
    </message>
    <message>
        <source>The XMPP link&apos;s action is malformed.</source>
        <translation>XMPP 連結中的操作格式錯誤。</translation>
    </message>
    <message>
        <source>A parameter of the XMPP link has no name.</source>
        <translation>XMPP 連結中的某個參數沒有名稱。</translation>
    </message>
    <message>
        <source>The group address in the XMPP link is not a group.</source>
        <translation>XMPP 連結中的群聊地址不是群聊。</translation>
    </message>
    <message>
        <source>The follow link does not say what to follow.</source>
        <translation>關注連結沒有說明要關注什麼。</translation>
    </message>
    <message>
        <source>This text does not fit in a QR code.</source>
        <translation>文字太長，無法放入 QR 碼。</translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation>無法生成 QR 碼。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>無法讀取檔案 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not an image Teahouse can read (PNG, JPEG, BMP, GIF, …).</source>
        <translation>檔案 %1 不是茶館能讀取的圖片（PNG、JPEG、BMP、GIF 等）。</translation>
    </message>
    <message>
        <source>This is not an image Teahouse can read (PNG, JPEG, BMP, GIF, …).</source>
        <translation>這不是茶館能讀取的圖片（PNG、JPEG、BMP、GIF 等）。</translation>
    </message>
    <message>
        <source>This picture is too large to scan (%1 × %2 pixels). Crop it around the code and try again.</source>
        <translation>這張圖片太大，無法掃描（%1 × %2 像素）。請裁剪出 QR 碼部分後再試。</translation>
    </message>
</context>
<context>
    <name>teahouse::services::CityServices</name>
    <message>
        <source>This is not a service address.</source>
        <translation>這不是服務地址。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
</context>
<context>
    <name>teahouse::services::FormSession</name>
    <message>
        <source>The saved draft could not be read.</source>
        <translation>無法讀取儲存的草稿。</translation>
    </message>
    <message>
        <source>The service has changed this form since the draft was saved. Start again.</source>
        <translation>草稿儲存後，服務修改了此表單。請重新填寫。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ArticlesController</name>
    <message>
        <source>The list of official accounts could not be loaded: %1</source>
        <translation>無法載入公眾號清單：%1</translation>
    </message>
    <message>
        <source>Could not follow this account: %1</source>
        <translation>無法關注該公眾號：%1</translation>
    </message>
    <message>
        <source>Could not unfollow this account: %1</source>
        <translation>無法取消關注該公眾號：%1</translation>
    </message>
    <message>
        <source>This feed could not be followed: %1</source>
        <translation>無法關注該訂閱源：%1</translation>
    </message>
    <message>
        <source>This account is on %1, not on the service of your official accounts (%2).</source>
        <translation>該公眾號位於 %1，不在你的公眾號服務（%2）上。</translation>
    </message>
    <message>
        <source>Your like did not reach the publisher: %1</source>
        <translation>你的點贊未能送達發布者：%1</translation>
    </message>
    <message>
        <source>The article could not be sent to this chat.</source>
        <translation>無法把文章傳送到這個聊天。</translation>
    </message>
    <message>
        <source>This article is from a service Teahouse does not follow here. Its address: %1</source>
        <translation>這篇文章來自茶館在此未關注的服務。它的地址：%1</translation>
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
        <translation>轉帳（轉出）</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>轉帳（轉入）</translation>
    </message>
    <message>
        <source>Transfer returned</source>
        <translation>轉帳（已退還）</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>儲值</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::CameraFrameSource</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>這台電腦上沒有找到相機。</translation>
    </message>
    <message>
        <source>The camera could not be started: %1</source>
        <translation>無法啟動相機：%1</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ChatController</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在輸入…</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>對方正在輸入…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1 和另外 %n 人正在輸入…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file that can be sent.</source>
        <translation>「%1」不是可以傳送的檔案。</translation>
    </message>
    <message>
        <source>[Image]</source>
        <translation>[圖片]</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[檔案] %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>A message can only be recalled within 2 minutes.</source>
        <translation>只能收回 2 分鐘內的訊息。</translation>
    </message>
    <message>
        <source>A group needs a name and at least one member.</source>
        <translation>群聊需要有名稱和至少一名成員。</translation>
    </message>
    <message>
        <source>New messages could not be saved: this computer&apos;s disk is full or cannot be written. They are kept on the server. Free some space, then try again.</source>
        <translation>新訊息無法儲存：這台電腦的磁盤已滿或無法寫入。訊息仍儲存在伺服器上。請騰出一些空間，然後重試。</translation>
    </message>
    <message>
        <source>New messages could not be saved on this computer (%1). They are kept on the server; try again later.</source>
        <translation>新訊息無法儲存在這台電腦上（%1）。訊息仍儲存在伺服器上，請稍後重試。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ContactsController</name>
    <message>
        <source>Sign in to add friends.</source>
        <translation>請登入後再新增朋友。</translation>
    </message>
    <message>
        <source>“%1” is not an account address. Addresses look like name@example.org.</source>
        <translation>「%1」不是帳號地址。帳號地址的格式類似 name@example.org。</translation>
    </message>
    <message>
        <source>Friend request sent to %1.</source>
        <translation>已向 %1 傳送朋友申請。</translation>
    </message>
    <message>
        <source>This link does not lead to a person.</source>
        <translation>此連結指向的不是個人帳號。</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>已刪除聯絡人。</translation>
    </message>
    <message>
        <source>Sign in to edit your profile.</source>
        <translation>請登入後再編輯資料。</translation>
    </message>
    <message>
        <source>This picture could not be opened: %1</source>
        <translation>無法開啟這張圖片：%1</translation>
    </message>
    <message>
        <source>Your picture was changed.</source>
        <translation>頭像已更換。</translation>
    </message>
    <message>
        <source>Sign in to get your QR code.</source>
        <translation>請登入後再取得你的 QR 碼。</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1.</source>
        <translation>無法把 QR 碼儲存到 %1。</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>QR 碼已儲存到 %1。</translation>
    </message>
    <message>
        <source>QR code copied.</source>
        <translation>QR 碼已複製。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FeedModel</name>
    <message>
        <source>Just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1分鐘前</translation>
    </message>
    <message>
        <source>%1 hr ago</source>
        <translation>%1小時前</translation>
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
        <translation>僅 %1 可見</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>部分可見</translation>
    </message>
    <message>
        <source>Not %1</source>
        <translation>不給 %1 看</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FormController</name>
    <message>
        <source>Step %1 of %2 · page %3 of %4</source>
        <translation>第 %1 步，共 %2 步 · 第 %3 頁，共 %4 頁</translation>
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
        <translation>你已離線。連線恢復後會開啟表單。</translation>
    </message>
    <message>
        <source>The service is not answering. Your draft is kept; try again later.</source>
        <translation>服務沒有回應。草稿已保留，請稍後重試。</translation>
    </message>
    <message>
        <source>The service refused this form (%1).</source>
        <translation>服務拒絕了此表單（%1）。</translation>
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
        <translation>圖片超過 10 MB，請選擇小一點的圖片。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>無法讀取該檔案。</translation>
    </message>
    <message>
        <source>This file is not a picture (JPEG, PNG, …).</source>
        <translation>該檔案不是圖片（JPEG、PNG 等）。</translation>
    </message>
    <message>
        <source>Not connected. Try again when you are online.</source>
        <translation>未連線。請連上網路後再試。</translation>
    </message>
    <message>
        <source>The picture could not be uploaded: %1</source>
        <translation>圖片上傳失敗：%1</translation>
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
        <translation>數字，例如 12.50</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>A web address</source>
        <translation>網址</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ImageFileFrameSource</name>
    <message>
        <source>None of the frame files could be read.</source>
        <translation>所有幀檔案都無法讀取。</translation>
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
        <translation>管理員</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MessageListModel</name>
    <message>
        <source>You recalled a message</source>
        <translation>你收回了一條訊息</translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1 收回了一條訊息</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MomentsController</name>
    <message>
        <source>A post holds at most %1 photos.</source>
        <translation>每條動態最多 %1 張照片。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 超過 20 MB。</translation>
    </message>
    <message>
        <source>Can&apos;t open %1.</source>
        <translation>無法開啟 %1。</translation>
    </message>
    <message>
        <source>%1 is not a picture.</source>
        <translation>%1 不是圖片。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::PayController</name>
    <message>
        <source>Too many wrong PINs. Payments are locked until %1.</source>
        <translation>PIN 輸錯次數過多，付款功能已鎖定至 %1。</translation>
    </message>
    <message>
        <source>Merchant code (one payment)</source>
        <translation>商家收款碼（單次）</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>商家收款碼</translation>
    </message>
    <message>
        <source>SEPA transfer code</source>
        <translation>SEPA 轉帳碼</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>付款連結</translation>
    </message>
    <message>
        <source>Teahouse payment code</source>
        <translation>茶館收款碼</translation>
    </message>
    <message>
        <source>Sign in to pay.</source>
        <translation>請登入後再付款。</translation>
    </message>
    <message>
        <source>A payment is being sent. Wait for its result first.</source>
        <translation>有一筆付款正在傳送，請等待結果。</translation>
    </message>
    <message>
        <source>Set a payment PIN in the wallet first.</source>
        <translation>請先在錢包中設定支付 PIN。</translation>
    </message>
    <message>
        <source>The two PINs differ. Enter the same six digits twice.</source>
        <translation>兩次輸入的 PIN 不一致，請輸入相同的六位數字。</translation>
    </message>
    <message>
        <source>Transfer to a friend</source>
        <translation>轉帳給朋友</translation>
    </message>
    <message>
        <source>Money can only be sent to a person.</source>
        <translation>只能向個人轉帳。</translation>
    </message>
    <message>
        <source>Sign in to send money.</source>
        <translation>請登入後再轉帳。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XMPP address (name@server).</source>
        <translation>「%1」不是 XMPP 地址（使用者名稱@伺服器）。</translation>
    </message>
    <message>
        <source>Sign in to choose a payment service.</source>
        <translation>請登入後再選擇支付服務。</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ReadAloud</name>
    <message>
        <source>Message from %1</source>
        <translation>來自 %1 的訊息</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>這台電腦上沒有安裝語音引擎。</translation>
    </message>
    <message>
        <source>There is no voice for %1 on this computer.</source>
        <translation>這台電腦上沒有%1語音。</translation>
    </message>
    <message>
        <source>The text could not be read aloud.</source>
        <translation>無法朗讀這段文字。</translation>
    </message>
    <message>
        <source>The text could not be read aloud: %1</source>
        <translation>無法朗讀這段文字：%1</translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ScanController</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>這台電腦上沒有找到相機。</translation>
    </message>
    <message>
        <source>No QR code or barcode was found. Try a sharper or larger picture, or select just the code.</source>
        <translation>沒有找到 QR 碼或條碼。請換一張更清晰或更大的圖片，或者只框選碼所在的區域。</translation>
    </message>
    <message>
        <source>There is no picture to scan.</source>
        <translation>沒有可掃描的圖片。</translation>
    </message>
    <message>
        <source>Looking for codes…</source>
        <translation>正在辨識…</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy an image with a QR code (or a screenshot of one) and try again.</source>
        <translation>剪貼簿中沒有圖片。請複製一張含有 QR 碼的圖片（或 QR 碼截圖）後重試。</translation>
    </message>
    <message>
        <source>Drop an image file with a QR code here.</source>
        <translation>把含有 QR 碼的圖片檔案拖到這裡。</translation>
    </message>
    <message>
        <source>The screen could not be captured on this system. Save the picture as a file or copy it, then scan it from there.</source>
        <translation>此系統無法擷取螢幕。請把圖片儲存為檔案或複製到剪貼簿，再從那裡掃描。</translation>
    </message>
    <message>
        <source>This action is not available.</source>
        <translation>此操作不可用。</translation>
    </message>
    <message>
        <source>Opened in your browser.</source>
        <translation>已在瀏覽器中開啟。</translation>
    </message>
    <message>
        <source>No browser could open this address.</source>
        <translation>沒有瀏覽器能開啟這個網址。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已複製。</translation>
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
        <translation>聊天記錄</translation>
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
        <translation>公積金</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Taxation</source>
        <translation>稅務</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>醫療</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>生活繳費</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天氣</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
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
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手機號</translation>
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
        <translation>已預約</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>待繳費</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通過</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>Update on %1: %2</source>
        <translation>%1 有新進展：%2</translation>
    </message>
    <message>
        <source>My info could not be saved.</source>
        <translation>無法儲存「我的資訊」。</translation>
    </message>
    <message>
        <source>%1 filled this in for you. Check every value before you submit.</source>
        <translation>%1 已為你代填。提交前請逐項核對。</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 沒有回應：%2</translation>
    </message>
    <message>
        <source>Please help me fill in this form: %1</source>
        <translation>請幫我填寫這份表單：%1</translation>
    </message>
    <message>
        <source>The form could not be sent.</source>
        <translation>無法傳送表單。</translation>
    </message>
    <message>
        <source>%1 filled in %2. Open the draft to check it and submit.</source>
        <translation>%1 已填寫「%2」。請開啟草稿核對後提交。</translation>
    </message>
    <message>
        <source>%1 asked you to fill this in. Your answers go back to them; they check and submit it.</source>
        <translation>%1 請你幫忙填寫。你填寫的內容會發回給對方，由對方核對後提交。</translation>
    </message>
    <message>
        <source>I filled in your form: %1</source>
        <translation>我已填好你的表單：%1</translation>
    </message>
    <message>
        <source>Sent back. They will check it and submit it.</source>
        <translation>已發回，對方會核對後提交。</translation>
    </message>
    <message>
        <source>The form could not be sent back.</source>
        <translation>無法發回表單。</translation>
    </message>
    <message>
        <source>Sent. When they answer, their values appear in this draft for you to check.</source>
        <translation>已傳送。對方填好後，內容會出現在這份草稿裡，請你核對。</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>等你填寫</translation>
    </message>
    <message>
        <source>Waiting for their answer</source>
        <translation>等待對方填寫</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>已發回</translation>
    </message>
    <message>
        <source>Filled in: check and submit</source>
        <translation>已填好：請核對後提交</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>%1 asks you to fill: %2</source>
        <translation>%1 請你代填：%2</translation>
    </message>
    <message>
        <source>You sent it back.</source>
        <translation>你已發回。</translation>
    </message>
    <message>
        <source>Fill it in; they check it and submit it.</source>
        <translation>請你填寫，由對方核對後提交。</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>再次開啟</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>You asked for help with: %1</source>
        <translation>你請人代填：%1</translation>
    </message>
    <message>
        <source>%1 filled in: %2</source>
        <translation>%1 已填好：%2</translation>
    </message>
    <message>
        <source>Check the values, then submit it yourself.</source>
        <translation>請核對內容，然後由你自己提交。</translation>
    </message>
    <message>
        <source>This form is no longer a draft.</source>
        <translation>這份表單已不是草稿。</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>核對並提交</translation>
    </message>
    <message>
        <source>You filled in: %1</source>
        <translation>你已填好：%1</translation>
    </message>
    <message>
        <source>Sent back for them to check and submit.</source>
        <translation>已發回，由對方核對並提交。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::AvatarManager</name>
    <message>
        <source>The picture is too large (%1 KiB; at most %2 KiB are loaded).</source>
        <translation>圖片太大（%1 KiB，最多只載入 %2 KiB）。</translation>
    </message>
    <message>
        <source>The picture data is missing.</source>
        <translation>圖片資料缺失。</translation>
    </message>
    <message>
        <source>The picture data is damaged.</source>
        <translation>圖片資料已損壞。</translation>
    </message>
    <message>
        <source>The picture does not match its fingerprint and was not used.</source>
        <translation>圖片與其指紋不符，未被使用。</translation>
    </message>
    <message>
        <source>The picture is no longer available.</source>
        <translation>圖片已不存在。</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels; at most %3 pixels are loaded).</source>
        <translation>圖片太大（%1 × %2 像素；最多載入 %3 像素）。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::BlockingManager</name>
    <message>
        <source>No address to block.</source>
        <translation>沒有要加入黑名單的地址。</translation>
    </message>
    <message>
        <source>No address to unblock.</source>
        <translation>沒有要移出黑名單的地址。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::DataForm</name>
    <message>
        <source>The form has too many fields to show (%1; at most %2).</source>
        <translation>表單欄位太多，無法顯示（%1 個；最多 %2 個）。</translation>
    </message>
    <message>
        <source>A form field has too many choices to show (%1; at most %2).</source>
        <translation>表單欄位的選項太多，無法顯示（%1 個；最多 %2 個）。</translation>
    </message>
    <message>
        <source>A form field has too many values to show (%1; at most %2).</source>
        <translation>表單欄位的值太多，無法顯示（%1 個；最多 %2 個）。</translation>
    </message>
    <message>
        <source>The result has too many rows to show (%1; at most %2).</source>
        <translation>結果行數太多，無法顯示（%1 行；最多 %2 行）。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::IqTracker</name>
    <message>
        <source>No answer from %1 within %2 s</source>
        <translation>%1 在 %2 秒內沒有回應</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>The connection was lost before the answer arrived; please try again.</source>
        <translation>在收到回應之前連線已中斷，請重試。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::RegistrationManager</name>
    <message>
        <source>That username is already taken. Please choose another one.</source>
        <translation>該使用者名稱已被佔用，請換一個。</translation>
    </message>
    <message>
        <source>The server did not accept the new password.</source>
        <translation>伺服器不接受新密碼。</translation>
    </message>
    <message>
        <source>The server did not accept these details: something required is missing or not allowed (for example the username).</source>
        <translation>伺服器不接受這些資訊：缺少必填項或有不允許的內容（例如使用者名稱）。</translation>
    </message>
    <message>
        <source>This server does not allow creating accounts from the app.</source>
        <translation>該伺服器不允許在應用中註冊帳號。</translation>
    </message>
    <message>
        <source>The server does not allow this.</source>
        <translation>伺服器不允許此操作。</translation>
    </message>
    <message>
        <source>The invitation is not valid or has expired.</source>
        <translation>邀請無效或已過期。</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>伺服器拒絕了此請求。</translation>
    </message>
    <message>
        <source>This server only creates accounts with an invitation.</source>
        <translation>該伺服器只能透過邀請註冊帳號。</translation>
    </message>
    <message>
        <source>You are not allowed to do this; sign in again and retry.</source>
        <translation>你沒有權限執行此操作，請重新登入後重試。</translation>
    </message>
    <message>
        <source>Too many attempts or accounts from your network. Please try again later.</source>
        <translation>你所在網路的嘗試次數或註冊帳號過多，請稍後再試。</translation>
    </message>
    <message>
        <source>Please fill in every required field.</source>
        <translation>請填寫所有必填項。</translation>
    </message>
    <message>
        <source>This server does not accept invitations.</source>
        <translation>該伺服器不接受邀請。</translation>
    </message>
    <message>
        <source>This server does not offer account creation or changes from the app.</source>
        <translation>該伺服器不支援在應用中註冊或修改帳號。</translation>
    </message>
    <message>
        <source>The server could not complete the request.</source>
        <translation>伺服器無法完成此請求。</translation>
    </message>
    <message>
        <source>(The server says: “%1”)</source>
        <translation>（伺服器提示：「%1」）</translation>
    </message>
    <message>
        <source>The server sent no registration form.</source>
        <translation>伺服器沒有傳送註冊表單。</translation>
    </message>
    <message>
        <source>Sign in before changing the password.</source>
        <translation>請先登入，再修改密碼。</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::Stream</name>
    <message>
        <source>The server %1 stopped responding</source>
        <translation>伺服器 %1 沒有回應</translation>
    </message>
    <message>
        <source>The account address is not valid</source>
        <translation>帳號地址無效</translation>
    </message>
    <message>
        <source>Could not reach server %1: its DNS records say it offers no XMPP service</source>
        <translation>無法連線到伺服器 %1：其 DNS 記錄表明它不提供 XMPP 服務</translation>
    </message>
    <message>
        <source>Could not reach server %1</source>
        <translation>無法連線到伺服器 %1</translation>
    </message>
    <message>
        <source>The server %1 closed the connection</source>
        <translation>伺服器 %1 關閉了連線</translation>
    </message>
    <message>
        <source>The server %1 sent data that is not valid XMPP (%2)</source>
        <translation>伺服器 %1 傳送的資料不是有效的 XMPP（%2）</translation>
    </message>
    <message>
        <source>The connection to %1 was lost</source>
        <translation>與 %1 的連線已中斷</translation>
    </message>
    <message>
        <source>Teahouse did not connect to %1 because its certificate is not trusted. %2. The certificate&apos;s SHA-256 fingerprint is %3. If the server&apos;s administrator confirms this fingerprint, you can trust the certificate for this server.</source>
        <translation>伺服器 %1 的憑證不受信任，茶館沒有連線。%2。憑證的 SHA-256 指紋是 %3。如果伺服器管理員確認了這個指紋，你可以信任此伺服器的憑證。</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to %1: %2</source>
        <translation>無法與 %1 建立加密連線：%2</translation>
    </message>
    <message>
        <source>Could not reach server %1 (%2)</source>
        <translation>無法連線到伺服器 %1（%2）</translation>
    </message>
    <message>
        <source>The server %1 sent an unexpected TLS element</source>
        <translation>伺服器 %1 傳送了意外的 TLS 元素</translation>
    </message>
    <message>
        <source>The server %1 could not start encryption</source>
        <translation>伺服器 %1 無法啟用加密</translation>
    </message>
    <message>
        <source>The server %1 sent a message before sign-in</source>
        <translation>伺服器 %1 在登入前傳送了訊息</translation>
    </message>
    <message>
        <source>The server %1 refused to start a session</source>
        <translation>伺服器 %1 拒絕建立工作階段</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, so Teahouse did not sign in</source>
        <translation>伺服器 %1 不提供加密連線，茶館沒有登入</translation>
    </message>
    <message>
        <source>Refusing to sign in without encryption</source>
        <translation>拒絕在未加密的情況下登入</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>無法登入 %1：%2</translation>
    </message>
    <message>
        <source>Refusing to send the password unencrypted</source>
        <translation>拒絕以未加密的方式傳送密碼</translation>
    </message>
    <message>
        <source>The server %1 sent an unexpected sign-in step</source>
        <translation>伺服器 %1 傳送了意外的登入步驟</translation>
    </message>
    <message>
        <source>The server %1 sent an invalid sign-in challenge</source>
        <translation>伺服器 %1 傳送了無效的登入驗證請求</translation>
    </message>
    <message>
        <source>The server %1 could not prove that it knows your password, so Teahouse stopped signing in. Someone may be intercepting the connection.</source>
        <translation>伺服器 %1 無法證明它知道你的密碼，茶館已停止登入。可能有人在攔截連線。</translation>
    </message>
    <message>
        <source>The server %1 could not check the password right now</source>
        <translation>伺服器 %1 暫時無法驗證密碼</translation>
    </message>
    <message>
        <source>The password is wrong for this account</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <source>This account has been disabled on the server</source>
        <translation>此帳號已在伺服器上被停用</translation>
    </message>
    <message>
        <source>The password for this account has expired</source>
        <translation>此帳號的密碼已過期</translation>
    </message>
    <message>
        <source>The server %1 refused the sign-in (%2)</source>
        <translation>伺服器 %1 拒絕了登入（%2）</translation>
    </message>
    <message>
        <source>The server %1 did not let this device sign in (resource binding failed)</source>
        <translation>伺服器 %1 不允許此裝置登入（資源繫結失敗）</translation>
    </message>
    <message>
        <source>The server %1 bound an unexpected address</source>
        <translation>伺服器 %1 繫結了意外的地址</translation>
    </message>
    <message>
        <source>The server %1 resumed the wrong session</source>
        <translation>伺服器 %1 恢復了錯誤的工作階段</translation>
    </message>
    <message>
        <source>The server %1 acknowledged messages that were never sent</source>
        <translation>伺服器 %1 確認收到了從未傳送過的訊息</translation>
    </message>
    <message>
        <source>This account signed in from another place with the same device name</source>
        <translation>此帳號已在其他地方用相同的裝置名登入</translation>
    </message>
    <message>
        <source>The server %1 ended the session: not authorized</source>
        <translation>伺服器 %1 結束了工作階段：未獲授權</translation>
    </message>
    <message>
        <source>The server %1 does not serve the domain %2</source>
        <translation>伺服器 %1 不提供網域 %2 的服務</translation>
    </message>
    <message>
        <source>The server %1 closed the connection because of its policy</source>
        <translation>伺服器 %1 根據其政策關閉了連線</translation>
    </message>
    <message>
        <source>The server %1 is shutting down</source>
        <translation>伺服器 %1 正在關閉</translation>
    </message>
    <message>
        <source>The server %1 closed the connection (%2)</source>
        <translation>伺服器 %1 關閉了連線（%2）</translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::StreamSocketTransport</name>
    <message>
        <source>The connection was closed before it was established</source>
        <translation>連線在建立之前就被關閉了</translation>
    </message>
    <message>
        <source>The certificate was issued for a different server name</source>
        <translation>憑證是為其他伺服器名稱簽發的</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>憑證已過期</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>憑證尚未生效</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>憑證已被撤銷</translation>
    </message>
    <message>
        <source>The certificate is not signed by an authority this computer trusts</source>
        <translation>憑證不是由這台電腦信任的機構簽發的</translation>
    </message>
    <message>
        <source>The certificate could not be verified</source>
        <translation>無法驗證憑證</translation>
    </message>
</context>
</TS>
