#!/usr/bin/python3
"""Writes translations/teahouse_zh_TW.ts from teahouse_zh_CN.ts.

Characters go through ICU's Hans-Hant transform (`uconv -x Hans-Hant`, Debian package
icu-devtools); then the words Taiwan says differently are replaced (設定 for 設置, 訊息 for
消息, ...), and a few rules that need context (TAIWAN_PATTERNS). Run it after the zh_CN
catalogue changes, review the diff, fix a wrong conversion here (not in the output), then check
and commit both:
    tools/i18n/make_zh_tw.py
    tools/i18n/check_ts.py translations/teahouse_zh_CN.ts translations/teahouse_zh_TW.ts
"""

import html
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, "translations", "teahouse_zh_CN.ts")
TARGET = os.path.join(ROOT, "translations", "teahouse_zh_TW.ts")

# Applied in this order to the Hans-Hant output; put a longer word before a shorter one it
# contains, and a rule before any later rule that could rewrite its result.
TAIWAN_WORDS = [
    ("二維碼", "QR 碼"), ("服務器", "伺服器"), ("剪貼板", "剪貼簿"), ("聯繫人", "聯絡人"),
    ("聯繫", "聯絡"), ("設置", "設定"), ("網絡", "網路"), ("賬戶", "帳戶"), ("賬號", "帳號"),
    ("賬", "帳"), ("消息", "訊息"), ("信息", "資訊"), ("視頻", "影片"), ("軟件", "軟體"),
    ("文件", "檔案"), ("默認", "預設"), ("登錄", "登入"), ("用戶名", "使用者名稱"),
    ("用戶", "使用者"), ("全屏", "全螢幕"), ("屏幕", "螢幕"), ("鏈接", "連結"), ("打開", "開啟"),
    ("支持", "支援"), ("搜索", "搜尋"), ("程序", "程式"), ("保存", "儲存"), ("存儲", "儲存"),
    ("加載", "載入"), ("菜單", "選單"), ("數據", "資料"), ("質量", "品質"), ("創建", "建立"),
    ("激活", "啟用"), ("字體", "字型"), ("音頻", "音訊"), ("圖像", "影像"), ("列表", "清單"),
    ("刷新", "重新整理"), ("緩存", "快取"), ("攝像頭", "相機"), ("導入", "匯入"),
    ("導出", "匯出"), ("短信", "簡訊"), ("幫助", "說明"),
    # ICU keeps the simplified-looking or mainland form of these.
    ("啓", "啟"), ("備注", "備註"), ("注冊", "註冊"), ("注明", "註明"), ("回復", "回覆"),
    ("重復", "重複"), ("甚麼", "什麼"), ("發佈", "發布"),
    # Mainland words Taiwan says differently.
    ("條形碼", "條碼"), ("字符", "字元"), ("字節", "位元組"), ("字段", "欄位"),
    ("二進制", "二進位"), ("轉義", "跳脫"), ("文本", "文字"), ("策略", "政策"),
    ("吊銷", "撤銷"), ("證書", "憑證"), ("域名", "網域"), ("郵政編碼", "郵遞區號"),
    ("幣種", "幣別"), ("商戶", "商家"), ("門店", "門市"), ("校驗", "檢查"), ("充值", "儲值"),
    ("粘貼", "貼上"), ("撤回", "收回"), ("轉發", "轉傳"), ("發送", "傳送"), ("添加", "新增"),
    ("點擊", "點選"), ("鑰匙串", "鑰匙圈"), ("運行", "執行"), ("界面", "介面"),
    ("變量", "變數"), ("配置", "設定檔"), ("演示", "示範"), ("拖動", "拖曳"), ("鼠標", "滑鼠"),
    ("聯網", "連上網路"), ("識別", "辨識"), ("截取", "擷取"), ("當前", "目前"), ("圖標", "圖示"),
    ("示例", "範例"), ("JSON 對象", "JSON 物件"), ("斷開", "中斷"), ("連接", "連線"),
    ("端口", "連接埠"), ("設備", "裝置"), ("會話", "工作階段"), ("獲取", "取得"),
    ("查找", "尋找"), ("綁定", "繫結"), ("響應", "回應"), ("通過邀請", "透過邀請"),
    ("通過對方", "透過對方"), ("（可選）", "（選填）"),
]

# Rules that need context, applied after TAIWAN_WORDS.
TAIWAN_PATTERNS = [
    (r"(?<!是否)在線", "線上"),             # status "online"; "是否在線" reads right as it is
    (r"(?<![公英海])里(?!程)", "裡"),        # ICU leaves 里 in e.g. 群里; keep 公里/英里/里程
    (r"(?<=[\u3400-\u9fff])QR 碼", " QR 碼"),  # a space between Han text and Latin
]


def to_traditional(texts):
    joined = "\u2029".join(texts)
    out = subprocess.run(["uconv", "-f", "utf-8", "-t", "utf-8", "-x", "Hans-Hant"],
                         input=joined.encode(), capture_output=True, check=True).stdout.decode()
    result = out.split("\u2029")
    if len(result) != len(texts):
        sys.exit("make_zh_tw: uconv changed the number of strings")
    converted = []
    for text in result:
        for simplified_word, taiwan_word in TAIWAN_WORDS:
            text = text.replace(simplified_word, taiwan_word)
        for pattern, replacement in TAIWAN_PATTERNS:
            text = re.sub(pattern, replacement, text)
        converted.append(text)
    return converted


# The text of every <translation> and <numerusform> (no nested elements in either).
TEXT_RE = re.compile(r"(<(?:translation|numerusform)(?:\s[^>]*)?>)([^<]+)(</)")


def main():
    # The zh_CN file is rewritten as text, not re-serialised, so that zh_TW keeps lupdate's own
    # layout and escaping byte for byte: running lupdate over it later changes nothing.
    source = open(SOURCE, encoding="utf-8").read()
    if 'language="zh_CN"' not in source:
        sys.exit("make_zh_tw: the source catalogue is not zh_CN")
    matches = [m for m in TEXT_RE.finditer(source) if m.group(2).strip()]
    texts = [html.unescape(m.group(2)) for m in matches]
    converted = to_traditional(texts)
    out, last = [], 0
    for m, text in zip(matches, converted):
        out.append(source[last:m.start(2)])
        out.append(escape(text))
        last = m.end(2)
    out.append(source[last:])
    result = "".join(out).replace('language="zh_CN"', 'language="zh_TW"', 1)
    open(TARGET, "w", encoding="utf-8").write(result)
    print(f"make_zh_tw: {len(matches)} strings written to {TARGET}")


def escape(text):
    # As lupdate writes text.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


if __name__ == "__main__":
    main()
