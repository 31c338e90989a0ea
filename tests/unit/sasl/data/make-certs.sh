#!/bin/sh
# Regenerates the certificates used by tst_sasl's channel-binding tests (run once; the DER
# files are committed). Expected tls-server-end-point values come from expected.txt, written
# by `openssl dgst` here: an implementation independent of the code under test. After
# regenerating, rerun gen-scram-vectors.py (its -PLUS vectors hash rsa-sha256.der).
set -eu
cd "$(dirname "$0")"
subj="/CN=teahouse.test"
openssl req -x509 -newkey rsa:2048 -nodes -keyout /dev/null -subj "$subj" -days 3650 -sha256 -outform DER -out rsa-sha256.der 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout /dev/null -subj "$subj" -days 3650 -sha1 -outform DER -out rsa-sha1.der 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-384 -nodes -keyout /dev/null -subj "$subj" -days 3650 -sha384 -outform DER -out ecdsa-sha384.der 2>/dev/null
openssl req -x509 -newkey ed25519 -nodes -keyout /dev/null -subj "$subj" -days 3650 -outform DER -out ed25519.der 2>/dev/null
{
    # RFC 5929 §4.1: SHA-1 (and MD5) signatures are hashed with SHA-256, others with their own hash.
    echo "rsa-sha256.der sha256 $(openssl dgst -sha256 -r rsa-sha256.der | cut -d' ' -f1)"
    echo "rsa-sha1.der sha256 $(openssl dgst -sha256 -r rsa-sha1.der | cut -d' ' -f1)"
    echo "ecdsa-sha384.der sha384 $(openssl dgst -sha384 -r ecdsa-sha384.der | cut -d' ' -f1)"
    echo "ed25519.der none -"
} > expected.txt
for f in *.der; do openssl x509 -inform DER -in "$f" -noout -text | grep -m1 "Signature Algorithm"; done
