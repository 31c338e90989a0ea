#!/usr/bin/python3
"""Writes translations/teahouse_zh_TW.ts from teahouse_zh_CN.ts.

Characters go through ICU's Hans-Hant transform (`uconv -x Hans-Hant`, Debian package
icu-devtools); then the words Taiwan says differently are replaced (設定 for 設置, 訊息 for
消息, ...). Run it after the zh_CN catalogue changes, review the diff, commit both:
    tools/i18n/make_zh_tw.py
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, "translations", "teahouse_zh_CN.ts")
TARGET = os.path.join(ROOT, "translations", "teahouse_zh_TW.ts")

# Longest first where one contains another.
TAIWAN_WORDS = [
    ("二維碼", "QR 碼"), ("服務器", "伺服器"), ("剪貼板", "剪貼簿"), ("聯繫人", "聯絡人"),
    ("設置", "設定"), ("網絡", "網路"), ("賬戶", "帳戶"), ("賬號", "帳號"), ("消息", "訊息"),
    ("信息", "資訊"), ("視頻", "影片"), ("軟件", "軟體"), ("文件", "檔案"), ("默認", "預設"),
    ("登錄", "登入"), ("用戶", "使用者"), ("屏幕", "螢幕"), ("鏈接", "連結"), ("打開", "開啟"),
    ("支持", "支援"), ("搜索", "搜尋"), ("程序", "程式"), ("保存", "儲存"), ("加載", "載入"),
    ("菜單", "選單"), ("數據", "資料"), ("質量", "品質"), ("創建", "建立"), ("激活", "啟用"),
    ("上傳", "上傳"), ("下載", "下載"), ("頭像", "頭像"), ("地址", "地址"), ("字體", "字型"),
    ("音頻", "音訊"), ("圖像", "影像"), ("列表", "清單"), ("刷新", "重新整理"), ("緩存", "快取"),
    ("攝像頭", "相機"), ("導入", "匯入"), ("導出", "匯出"), ("短信", "簡訊"), ("幫助", "說明"),
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
        converted.append(text)
    return converted


def main():
    tree = ET.parse(SOURCE)
    root = tree.getroot()
    root.set("language", "zh_TW")
    nodes = [n for n in root.iter() if n.tag in ("translation", "numerusform") and n.text]
    for node, text in zip(nodes, to_traditional([n.text for n in nodes])):
        node.text = text
    tree.write(TARGET, encoding="utf-8", xml_declaration=True)
    with open(TARGET, "r+", encoding="utf-8") as f:
        content = f.read()
        f.seek(0)
        f.write(content.replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    print(f"make_zh_tw: {len(nodes)} strings written to {TARGET}")


if __name__ == "__main__":
    main()
