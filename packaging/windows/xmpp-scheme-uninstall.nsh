; Removes the xmpp: registration only while it still points at this installation (another XMPP
; client may have taken it over since).
ReadRegStr $0 SHCTX "Software\Classes\xmpp\shell\open\command" ""
StrCmp $0 '"$INSTDIR\bin\teahouse.exe" "%1"' 0 +2
DeleteRegKey SHCTX "Software\Classes\xmpp"
DeleteRegKey SHCTX "Software\Classes\Teahouse.xmpp"
DeleteRegKey SHCTX "Software\Teahouse\Capabilities"
DeleteRegValue SHCTX "Software\RegisteredApplications" "Teahouse"
