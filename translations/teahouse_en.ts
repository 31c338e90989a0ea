<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has not published anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this account to get its articles, also for reading offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRow</name>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation>
            <numerusform>%1, %n new</numerusform>
            <numerusform>%1, %n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFriendPage</name>
    <message>
        <source>Add friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their address, or the xmpp: link from their QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They see it with your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you will see for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>%1 asks you to fill in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · filled in by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms you submit appear here with their receipts and the updates the service sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reference %2 · submitted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked %1 to fill in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleCard</name>
    <message>
        <source>Article: %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official account · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♥ Liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♡ Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share to chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share to Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article links to this address. Check it before you open it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this article to a chat or to Moments, or copy its link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleRow</name>
    <message>
        <source>Unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskFamilyDialog</name>
    <message>
        <source>Ask family to fill this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They get this page of the form in a chat, fill it in and send it back. You check it and submit it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvatarCropDialog</name>
    <message>
        <source>Choose the part to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareModeOffer</name>
    <message>
        <source>Would you like larger text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care mode makes text larger, colours stronger and buttons bigger, and can read messages aloud. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this question aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use care mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Pick a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or start a group with the + button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations appear here. Start one from Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSidebar</name>
    <message>
        <source>Start a group chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited you to the group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy/M/d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatsSection</name>
    <message>
        <source>No chats yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations appear here. Start one from Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Teahouse: chat, Moments, articles, scan and pay, and city services on XMPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this profile&apos;s data in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the storage passphrase from FILE (for scripts; also TEAHOUSE_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in care mode: larger text, stronger colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in percent, 100 to 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of every main screen to DIR, print their paths and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text size must be a whole number from 100 to 200, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-tour needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large to be a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the account in FILE (JSON: jid, password, host, port, caFile) — for testers and the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (en, zh_CN or zh_TW) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the UI test scenario in FILE (JavaScript), then exit: 0 when it passed, 1 when it failed. Without --profile it runs in a throw-away profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --script: save the scenario&apos;s screenshots (and one at every failure) in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --script: write a JUnit XML report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan FILE: print every code in the image FILE as JSON and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[scan FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script needs a scenario file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshots and --junit go with --script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh_CN or zh_TW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan needs an image file: teahouse scan FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share what&apos;s on your mind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 photos; you can also drop or paste them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 photos. Drop pictures here or paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only friends with these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All friends except these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags to your contacts first (Contacts → Tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only friends with a chosen tag can read this post; your server refuses everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends with a chosen tag can&apos;t read this post; your server refuses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 — type @ to mention someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Pay to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is set by the code and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to your payment service (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your payment PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send money to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets the money after accepting it in the chat. If it is not accepted, it comes back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Nickname: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: their messages do not reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for them to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you see for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags group your contacts, e.g. Family, Colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others can scan it to add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their messages and friend requests will no longer reach you, and they will not see when you are online. You can unblock them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are removed from your contacts and no longer see when you are online. Your chat history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the name aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListPane</name>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation>
            <numerusform>%n waiting for you</numerusform>
            <numerusform>%n waiting for you</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you add appear here. Add a friend by their address or by scanning their QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their card shows how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your profile and your QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you add appear here. Add a friend by their address or by scanning their QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>[Draft]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Someone @ me]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this group right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoverSection</name>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and thoughts shared by you and your friends appear here. You choose who sees each post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles from the accounts you follow appear here. Follow an account by scanning its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning a code here will add a friend, join a group, follow an account or pay a shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city services yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services offered in your city, such as appointments, bills and permits, appear here as simple forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments, Official Accounts, Scan and City Services are here. Choose one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTextDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From My info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 with %2 from My info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 … %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture is attached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the picture from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRule</name>
    <message>
        <source>Enter a whole number, such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number that is not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, such as 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2026-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2026-05-01T09:30:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time as hours:minutes, such as 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full address, such as https://example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value of at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one value only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an account address, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose only from the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n option(s).</source>
        <translation>
            <numerusform>Choose at least %n option.</numerusform>
            <numerusform>Choose at least %n options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n option(s).</source>
        <translation>
            <numerusform>Choose at most %n option.</numerusform>
            <numerusform>Choose at most %n options.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <source>File %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the form; what you typed is kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer needs your attention before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers need your attention before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask family to fill this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the form and deletes the draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupInfoPanel</name>
    <message>
        <source>Group info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this group is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound or notification; @mentions still notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will no longer receive its messages. Someone in it has to invite you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Group chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group chats you join appear here. Start one from Chats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>This image is not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InChatSearchBar</name>
    <message>
        <source>Search in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Older match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionsPopup</name>
    <message>
        <source>Likes and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likes or comments on your posts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 liked your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liked your post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteUri</name>
    <message>
        <source>The invitation link is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an XMPP invitation link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation links with an account part are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is an address, not an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address in the invitation link is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link asks for something other than adding a contact or creating an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link carries two tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link has no valid invitation token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link does not say who invites you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Teahouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <source>People to mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. Click to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1, click to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MomentsPage</name>
    <message>
        <source>Moments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New likes and comments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and thoughts shared by you and your friends appear here. You choose who sees each post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is removed from your friends&apos; Moments too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyInfoView</name>
    <message>
        <source>Forms offer these details next to the fields that ask for them. Nothing is filled in until you press Use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyProfilePage</name>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends see this name when you add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short line your friends see next to your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyQrPage</name>
    <message>
        <source>My QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code to add me as a friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link of my QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFriendsPage</name>
    <message>
        <source>New friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No friend requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone asks to be your friend, their request appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to be your friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent a friend request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the greeting of %1 aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>Start a group chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialAccountsPage</name>
    <message>
        <source>Follow a feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow any Atom or RSS feed by its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow no official accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the accounts of your city, hospital and bus company, or follow any news feed by its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New articles of the accounts you follow appear here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for official accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official accounts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts published on your server&apos;s official-account service appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of an Atom or RSS feed, for example https://example.org/feed.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Add friends in Contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of 6 digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Change the payment PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a payment PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment asks for this PIN. After five wrong tries, payments are locked for 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Moments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSummary</name>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rail</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee is asked to return the whole amount to your balance. Shops of your payment service refund at once; others decide themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the order was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You refunded this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: the money is back in your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund requested on %1. You get the money back when the payee refunds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again for a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Receive money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the payer scan this code with Teahouse. The money goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to let the payer enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Select the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Payment successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the payment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the same order again; it is charged at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer card is in your chat. %1 can accept it or return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>Results, %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Choose a picture with a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPicker</name>
    <message numerus="yes">
        <source>%n code(s) found. Choose the one you mean.</source>
        <translation>
            <numerusform>%n code found. Choose the one you mean.</numerusform>
            <numerusform>%n codes found. Choose the one you mean.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanned picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanResult</name>
    <message>
        <source>Entered when you pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of items, joined two at a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: valid for this one payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: the merchant&apos;s code for every payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanResultView</name>
    <message>
        <source>This code cannot be used: %1 Nothing was done and nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other codes in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanStartView</name>
    <message>
        <source>Camera viewfinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code inside the frame. It is read as soon as it is sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still scan a code from a picture, the clipboard or your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the camera at a QR code to add a friend, join a group, follow an account or pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found on this computer. You can still scan a code from a picture, the clipboard or your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image file to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the picture on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan part of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop an image here. Payments are never made without your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesHome</name>
    <message>
        <source>%1 · used %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your city by the address of its service provider to see what it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. The city&apos;s services appear when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This city offers no services yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City service address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My applications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample text: 你好, Teahouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teahouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat, Moments, articles, scan and pay, and city services on XMPP, the open messaging standard. Everything stored on this computer is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, stronger colours and bigger buttons, with fewer entries on the left and their names under the icons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In care mode text is 150% to 200% of the normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 100% to 200%; care mode starts at 150%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sample text aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read incoming messages aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages are read out as they arrive, in a voice for their language. Every message also has a speaker button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so nothing can be read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sounds: notifications stay silent and nothing is read aloud unless you press a speaker button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance, payments and cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePicker</name>
    <message>
        <source>Send to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat or contact matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats or contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideIndex</name>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Enter your account as name@server, for example anna@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right for this account. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teahouse can&apos;t reach the server. Check the address and your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Teahouse stopped before sending your password. Trust it only if this fingerprint matches the one your server&apos;s administrator gave you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server doesn&apos;t let you create accounts here. Ask its administrator for an invite link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account name is already taken. Try another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invite link isn&apos;t valid. Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invite link has expired or was already used. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in isn&apos;t available in this version of Teahouse yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Teahouse account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Teahouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use any XMPP account, from your own server or a public one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from your account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when your server&apos;s address differs from your account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new account on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have an invite link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link a friend or your server sent you. It sets up your account and adds your friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xmpp:…?preauth=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact&apos;s card and give them tags such as Family or Colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEntry</name>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCard</name>
    <message>
        <source>Transfer to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You returned the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your friend to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: not accepted in time, the money went back to the sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teahouse couldn&apos;t open your data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teahouse couldn&apos;t open your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase to protect your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teahouse encrypts everything it keeps on this computer. No system keychain is available here, so you&apos;ll type this passphrase each time Teahouse starts. If you forget it, your local data can&apos;t be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages and contacts on this computer are encrypted. Type your passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>At least %n character. A few unrelated words work well.</numerusform>
            <numerusform>At least %n characters. A few unrelated words work well.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadBadge</name>
    <message>
        <source>Unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UriRouter</name>
    <message>
        <source>Adding friends is not available in this version of Teahouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups are not available in this version of Teahouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are not available in this version of Teahouse. Nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not available in this version of Teahouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be started. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment code. You will see the payee and the amount and confirm with your payment PIN before anything is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a chat with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 to your contacts. You can write a greeting before the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation to create an account on %1. To use it, sign out and create a new account on that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XMPP link asks for “%1”, which Teahouse does not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address. Check it before you open it: it opens in your browser only when you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code holds text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City services are not available in this version of Teahouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official accounts are not available in this version of Teahouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the service “%1” offered by %2 in City Services. Nothing is sent until you submit the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the official account “%1” on %2: its new articles appear under Official Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the service “%1” offered by %2. City services are not available in this version of Teahouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code follows the official account “%1” on %2. Official accounts are not available in this version of Teahouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance and payments appear here. Pay a shop by scanning its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the payment service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a six-digit payment PIN before your first payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills yet. Payments, refunds and transfers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMPP address of the service that holds your balance and makes your payments. Leave it empty to use pay@ your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay.example.org or pay@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the payment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::account::AccountSession</name>
    <message>
        <source>“%1” is not an account address (name@server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server asks for more than a name and a password to create an account; create it on the server&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-in to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::app::AccountCoordinator</name>
    <message>
        <source>Cannot read the account file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 needs &quot;jid&quot; (name@server) and &quot;password&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot; in %1 must be an object of names and texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in %2 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::app::ChatFeature</name>
    <message>
        <source>[Mentioned you] %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::app::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::app::MomentsFeature</name>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 liked your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::app::PayFeature</name>
    <message>
        <source>Two lattes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::app::ServicesFeature</name>
    <message>
        <source>Hospital appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::app::TrayIcon</name>
    <message>
        <source>Show Teahouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Teahouse: %n unread message(s)</source>
        <translation>
            <numerusform>Teahouse: %n unread message</numerusform>
            <numerusform>Teahouse: %n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Teahouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::articles::ArticlesService</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such official account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a feed address starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::articles::FeedFetcher</name>
    <message>
        <source>Only http and https addresses can be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::chat::ChatService</name>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own messages can be recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages can be recalled only within 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person attempted to retract a previous message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid group address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::chat::MessagePreview</name>
    <message>
        <source>[Image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Card]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::contacts::ContactsService</name>
    <message>
        <source>Not connected. Try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an account address (name@server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::moments::MomentsService</name>
    <message>
        <source>Not connected; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something or add a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post holds at most 9 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own posts can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post takes no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own comments can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PayService</name>
    <message>
        <source>No payment service is set up for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code names nobody to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is being sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the payment service. Teahouse sends this same order again when the connection is back; it cannot be charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment service refused this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment service answered without a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s receipt does not match this payment. Check your bills and contact the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom to send money to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment service canceled the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment you made can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment service refused the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer expired: the money went back to the sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PaymentPin</name>
    <message>
        <source>The PIN has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is too easy to guess. Choose six digits that are not all the same or in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment PIN is set already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a payment PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Payments are locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Payments are locked for 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN could not be processed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::pay::PaymentRequest</name>
    <message>
        <source>This code is not a payment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code asks for an amount of zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code names no merchant account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is in a currency Teahouse does not know (ISO 4217 %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::pay::TransferOffer</name>
    <message>
        <source>[Transfer] %1 — open Teahouse to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Transfer] accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Transfer] returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Transfer] expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::profile::ProfileService</name>
    <message>
        <source>A nickname has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your nickname could not be published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture could not be published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::qr</name>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code only works in the WeChat app. Teahouse does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code can only be paid in %1. Teahouse does not open it and nothing is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field in the code runs past its end: the code is damaged or cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field number or length in the code is not a number: the code is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains the same field twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains bytes that are not text: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too long for a payment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not start with the payment code format indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code uses a payment code format version this app does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has no checksum: it may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum is not the last field of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s checksum field is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s checksum does not match: it may be damaged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code says neither whether it is static nor dynamic (field 01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merchant account field of the code is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merchant account field of the code does not name its payment network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merchant account field of the code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant category code is not four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is not a three-digit ISO 4217 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in the code is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in the code must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s tip or convenience fee setting is not one this app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The convenience fee in the code is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The convenience fee percentage in the code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country in the code is not a two-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant name in the code is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant city in the code is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code in the code is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional data field of the code is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s merchant name in another language is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not name any merchant account to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has no merchant category (field 52).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has no currency (field 53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has no country (field 58).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has no merchant name (field 59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has no merchant city (field 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more decimals than its currency allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s convenience fee does not match its fee setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code contains characters its character set does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code is longer than the 331 bytes the EPC format allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code has more lines than the EPC format allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an EPC transfer code (it does not start with BCD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code is cut off: it has no beneficiary or IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code uses an EPC version this app does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code names an unknown character set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code is written in the %1 character set, which this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code is not for a SEPA credit transfer (SCT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code contains bytes that are not text in its character set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code has no BIC, which version 001 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC in the transfer code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary name is missing or longer than 70 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN in the transfer code is not valid: it may be mistyped or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer amount must be in euros (EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer amount must be between 0.01 and 999999999.99 euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose code of the transfer is not four letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code has both a structured reference and a text; only one is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference (RF…) has wrong check digits: it may be mistyped or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference is longer than 35 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remittance text is longer than 140 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to the payer is longer than 70 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a payto: payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link does not say what kind of account it pays to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link contains a broken %-escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account in the payment link is not valid for its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option of the payment link is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link gives the same option twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of the payment link is not written as CURRENCY:VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC in the payment link is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN in the payment link is not valid: it may be mistyped or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address in the code is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code holds binary data, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMPP link contains a broken %-escape or text that is not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMPP link is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an XMPP link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that name the account to use (xmpp://…) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMPP link has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address in the XMPP link is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMPP link&apos;s action is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter of the XMPP link has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group address in the XMPP link is not a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow link does not say what to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text does not fit in a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an image Teahouse can read (PNG, JPEG, BMP, GIF, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image Teahouse can read (PNG, JPEG, BMP, GIF, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large to scan (%1 × %2 pixels). Crop it around the code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::services::CityServices</name>
    <message>
        <source>This is not a service address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::services::FormSession</name>
    <message>
        <source>The saved draft could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has changed this form since the draft was saved. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ArticlesController</name>
    <message>
        <source>The list of official accounts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not follow this account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unfollow this account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feed could not be followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is on %1, not on the service of your official accounts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your like did not reach the publisher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be sent to this chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is from a service Teahouse does not follow here. Its address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::BillsModel</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::CameraFrameSource</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ChatController</name>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) are typing…</source>
        <translation>
            <numerusform>%1 and %n other are typing…</numerusform>
            <numerusform>%1 and %n others are typing…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file that can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message can only be recalled within 2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name and at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages could not be saved: this computer&apos;s disk is full or cannot be written. They are kept on the server. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages could not be saved on this computer (%1). They are kept on the server; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ContactsController</name>
    <message>
        <source>Sign in to add friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an account address. Addresses look like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not lead to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to edit your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to get your QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FeedModel</name>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hr ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FormController</name>
    <message>
        <source>Step %1 of %2 · page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. The form opens when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not answering. Your draft is kept; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is larger than 10 MB. Choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture (JPEG, PNG, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::FormFieldModel</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ImageFileFrameSource</name>
    <message>
        <source>None of the frame files could be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MemberListModel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MessageListModel</name>
    <message>
        <source>You recalled a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::MomentsController</name>
    <message>
        <source>A post holds at most %1 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::PayController</name>
    <message>
        <source>Too many wrong PINs. Payments are locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant code (one payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA transfer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teahouse payment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is being sent. Wait for its result first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a payment PIN in the wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Enter the same six digits twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money can only be sent to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to send money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XMPP address (name@server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to choose a payment service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ReadAloud</name>
    <message>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voice for %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be read aloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ScanController</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code or barcode was found. Try a sharper or larger picture, or select just the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy an image with a QR code (or a screenshot of one) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image file with a QR code here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured on this system. Save the picture as a file or copy it, then scan it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::SearchResultsModel</name>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ServiceListModel</name>
    <message>
        <source>Public security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::ui::ServicesController</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My info could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled this in for you. Check every value before you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please help me fill in this form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled in %2. Open the draft to check it and submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked you to fill this in. Your answers go back to them; they check and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I filled in your form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back. They will check it and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. When they answer, their values appear in this draft for you to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in: check and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to fill: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it in; they check it and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for help with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values, then submit it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is no longer a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back for them to check and submit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::AvatarManager</name>
    <message>
        <source>The picture is too large (%1 KiB; at most %2 KiB are loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture data is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture does not match its fingerprint and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels; at most %3 pixels are loaded).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::BlockingManager</name>
    <message>
        <source>No address to block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address to unblock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::DataForm</name>
    <message>
        <source>The form has too many fields to show (%1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field has too many choices to show (%1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field has too many values to show (%1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has too many rows to show (%1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::IqTracker</name>
    <message>
        <source>No answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before the answer arrived; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::RegistrationManager</name>
    <message>
        <source>That username is already taken. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept these details: something required is missing or not allowed (for example the username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not allow creating accounts from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is not valid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server only creates accounts with an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this; sign in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts or accounts from your network. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in every required field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not accept invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer account creation or changes from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server says: “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no registration form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before changing the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::Stream</name>
    <message>
        <source>The server %1 stopped responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach server %1: its DNS records say it offers no XMPP service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent data that is not valid XMPP (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teahouse did not connect to %1 because its certificate is not trusted. %2. The certificate&apos;s SHA-256 fingerprint is %3. If the server&apos;s administrator confirms this fingerprint, you can trust the certificate for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach server %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent an unexpected TLS element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not start encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent a message before sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused to start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, so Teahouse did not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to sign in without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the password unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent an unexpected sign-in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent an invalid sign-in challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not prove that it knows your password, so Teahouse stopped signing in. Someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not check the password right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for this account has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the sign-in (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not let this device sign in (resource binding failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 bound an unexpected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 resumed the wrong session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 acknowledged messages that were never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signed in from another place with the same device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 ended the session: not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not serve the domain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 closed the connection because of its policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 closed the connection (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teahouse::xmpp::StreamSocketTransport</name>
    <message>
        <source>The connection was closed before it was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued for a different server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not signed by an authority this computer trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
