; Registers Teahouse as the handler of xmpp: links (appended to the install section by CPack).
; SHCTX is HKLM for an all-users install, HKCU for a per-user one.
WriteRegStr SHCTX "Software\Classes\xmpp" "" "URL:XMPP link"
WriteRegStr SHCTX "Software\Classes\xmpp" "URL Protocol" ""
WriteRegStr SHCTX "Software\Classes\xmpp\DefaultIcon" "" "$INSTDIR\bin\teahouse.exe,0"
WriteRegStr SHCTX "Software\Classes\xmpp\shell\open\command" "" '"$INSTDIR\bin\teahouse.exe" "%1"'
; Default Programs: lets the user pick Teahouse for xmpp: in Settings.
WriteRegStr SHCTX "Software\Teahouse\Capabilities" "ApplicationName" "Teahouse"
WriteRegStr SHCTX "Software\Teahouse\Capabilities" "ApplicationDescription" "Chat and services on XMPP"
WriteRegStr SHCTX "Software\Teahouse\Capabilities\URLAssociations" "xmpp" "Teahouse.xmpp"
WriteRegStr SHCTX "Software\Classes\Teahouse.xmpp" "" "XMPP link"
WriteRegStr SHCTX "Software\Classes\Teahouse.xmpp\DefaultIcon" "" "$INSTDIR\bin\teahouse.exe,0"
WriteRegStr SHCTX "Software\Classes\Teahouse.xmpp\shell\open\command" "" '"$INSTDIR\bin\teahouse.exe" "%1"'
WriteRegStr SHCTX "Software\RegisteredApplications" "Teahouse" "Software\Teahouse\Capabilities"
