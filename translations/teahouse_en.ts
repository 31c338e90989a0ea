<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Avatar</name>
    <message>
        <source>No picture</source>
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
        <source>Use this language (en or zh_CN) instead of the system&apos;s.</source>
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
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
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
    <name>ContactsSection</name>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
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
    <name>ProfilePopup</name>
    <message>
        <source>Not signed in</source>
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
    <name>SearchField</name>
    <message>
        <source>Search</source>
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
        <source>Larger text, stronger colours and bigger buttons, with names under the icons on the left.</source>
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
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
