#!/usr/bin/python3
"""At-rest audit of the real app (issue 13, "At-rest audit"): runs Teahouse itself through
app_at_rest.js — chat messages and pictures both ways, a Moment with a photo, an article read
in the web reader, a city-service form left as a draft, a payment with a note — with secrets
and noise pictures made for this run, then searches everything the app could write for them.

Searched (the "scanned tree", all private to this run): HOME, XDG_CACHE_HOME, XDG_CONFIG_HOME,
XDG_DATA_HOME (the profile is where a normal start keeps it: $XDG_DATA_HOME/Teahouse/Teahouse,
with its logs/), XDG_STATE_HOME, XDG_RUNTIME_DIR and TMPDIR; and files changed during the run
in /tmp and /dev/shm (in case something ignores TMPDIR); and, while the app runs, every file of
the scanned tree each time it is written (inotify), so temporary files removed before the end
count too. Each secret is looked for in UTF-8,
UTF-16LE and UTF-16BE, and its random part alone (ASCII, UTF-16LE/BE); each picture by three
slices of its file and slices of its raw pixels (RGB and 32-bit BGRA, as a decoded-image cache
would hold them). None may be found. A control file planted in the scanned tree afterwards
must be found exactly once in every form, so a miss is not a blind scanner.

Not searched: the secrets file, the pictures, the screenshots and the app's output (the test's
own material), and TEAHOUSE_WORLD_DIR, where the server, the peers and the providers — the other
side, which holds the plaintext by design — keep their files (ScriptWorld gives them their own
HOME and TMPDIR there).

Usage: app_at_rest.py TEAHOUSE [--crash | --abort] [--keep]
  exit 0: passed; 1: a leak or a failed run
--crash: the app is killed (SIGKILL) at the end instead of quitting, so what it tidies away at
exit (the WAL, temporary files) is searched too. --abort: it crashes (SIGABRT) with core dumps
allowed by the limits it inherits (started in HOME: a core_pattern of "core" puts the file
there). --keep: the directories stay for a look.
Environment: TEAHOUSE_PROVIDER (else found next to the app), TEAHOUSE_AUDIT_PLANT=FILE (a test
of the test: writes a secret to FILE, relative to the scanned HOME, after the run: must fail),
TEAHOUSE_AUDIT_WATCH=inotify (watch with inotify even where fanotify is allowed).
"""

import ctypes
import json
import os
import secrets
import select
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SCENARIO = os.path.join(HERE, "app_at_rest.js")
RUN_UNDER_XVFB = os.path.join(SOURCE, "tests", "scenarios", "run-under-xvfb")


def noise(width, height):
    """A PNG of random pixels (incompressible: slices of it occur nowhere else) and its rows."""
    rows = [secrets.token_bytes(width * 3) for _ in range(height)]
    raw = b"".join(b"\0" + r for r in rows)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))

    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return png, rows


def image_needles(png, rows):
    """Slices of the file (its pixel data, not the header) and of raw decoded rows."""
    n = len(png)
    out = [("file@%d" % at, png[at:at + 24]) for at in (n // 4, n // 2, n * 3 // 4)]
    for y in (len(rows) // 3, len(rows) * 2 // 3):
        rgb = rows[y][6:6 + 24]
        bgra = b"".join(bytes((rgb[i + 2], rgb[i + 1], rgb[i], 0xff)) for i in range(0, 24, 3))
        out += [("RGB row %d" % y, rgb), ("BGRA row %d" % y, bgra)]
    return out


def text_needles(text, token):
    out = []
    for label, s in (("", text), ("random part ", token)):
        out += [(label + "UTF-8", s.encode("utf-8")), (label + "UTF-16LE", s.encode("utf-16-le")),
                (label + "UTF-16BE", s.encode("utf-16-be"))]
    return out


def files_under(top, since=None, skip=()):
    """Every regular file below top (not following links); with since, changed since then."""
    for root, dirs, files in os.walk(top, onerror=lambda e: None):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in skip]
        for name in files:
            path = os.path.join(root, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode) or st.st_size > 512 * 1024 * 1024:
                continue
            if since is not None and max(st.st_mtime, st.st_ctime) < since:
                continue
            yield path


def search(paths, needles):
    """{needle label: [paths holding it]}; needles: [(label, bytes)]."""
    found = {}
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            continue
        for label, needle in needles:
            if needle in data:
                found.setdefault(label, []).append(path)
    return found


class Watcher(threading.Thread):
    """Searches every file of the scanned tree each time it is written and closed, while the
    app runs: a temporary file removed before the end was on the disk all the same (its blocks
    stay readable), and the search at the end cannot see it.

    With fanotify (root or CAP_SYS_ADMIN) the kernel hands over an open descriptor of each file
    closed after writing, so files without a name (O_TMPFILE, as QTemporaryFile makes them on
    Linux) and files already removed are read too. Without it, inotify: only named files, read
    after the event — one removed at once can escape."""

    FAN_CLOSE_WRITE, FAN_Q_OVERFLOW = 0x8, 0x4000
    IN_CLOSE_WRITE, IN_MOVED_TO, IN_CREATE = 0x8, 0x80, 0x100
    IN_Q_OVERFLOW, IN_ISDIR = 0x4000, 0x40000000

    def __init__(self, top, needles):
        super().__init__(daemon=True)
        self.top = top
        self.needles = needles
        self.found = {}          # label -> [paths]
        self.files_seen = 0
        self.overflowed = False
        self.stopping = False
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.libc.fanotify_mark.argtypes = [ctypes.c_int, ctypes.c_uint, ctypes.c_uint64,
                                            ctypes.c_int, ctypes.c_char_p]
        # FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK | FAN_UNLIMITED_QUEUE (nothing lost,
        # however busy the file system is with other programs' writes).
        self.fd = -1
        if os.environ.get("TEAHOUSE_AUDIT_WATCH") != "inotify":  # to test the fallback
            self.fd = self.libc.fanotify_init(0x0 | 0x1 | 0x2 | 0x10,
                                              os.O_RDONLY | os.O_LARGEFILE)
        if self.fd >= 0 and self.libc.fanotify_mark(
                self.fd, 0x1 | 0x100, self.FAN_CLOSE_WRITE, -100, top.encode()) == 0:
            self.kind = "fanotify"
            return
        if self.fd >= 0:
            os.close(self.fd)
        self.kind = "inotify"
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        self.dirs = {}
        self.add_tree(top)

    def add_tree(self, top):
        for root, dirs, files in os.walk(top):
            wd = self.libc.inotify_add_watch(
                self.fd, root.encode(),
                self.IN_CLOSE_WRITE | self.IN_MOVED_TO | self.IN_CREATE)
            if wd >= 0:
                self.dirs[wd] = root
            for name in files:  # written before the watch on a new folder was in place
                try:
                    with open(os.path.join(root, name), "rb") as f:
                        self.check(os.path.join(root, name), f.read())
                except OSError:
                    pass

    def check(self, path, data):
        self.files_seen += 1
        for label, needle in self.needles:
            if needle in data and path not in self.found.get(label, []):
                self.found.setdefault(label, []).append(path)

    def drain_fanotify(self):
        while True:
            try:
                buf = os.read(self.fd, 65536)
            except BlockingIOError:
                return
            at = 0
            while at + 24 <= len(buf):
                length, _, _, _, mask, fd, _ = struct.unpack_from("IBBHQii", buf, at)
                at += length
                if mask & self.FAN_Q_OVERFLOW:
                    self.overflowed = True
                if fd < 0:
                    continue
                try:
                    # Every writer on the file system is reported: only the scanned tree counts.
                    path = os.readlink("/proc/self/fd/%d" % fd)
                    if path.startswith(self.top + os.sep):
                        size = os.fstat(fd).st_size
                        if size <= 512 * 1024 * 1024:
                            self.check(path, os.pread(fd, size, 0))
                except OSError:
                    pass
                finally:
                    os.close(fd)

    def drain_inotify(self):
        while True:
            try:
                buf = os.read(self.fd, 65536)
            except BlockingIOError:
                return
            at = 0
            while at < len(buf):
                wd, mask, _, length = struct.unpack_from("iIII", buf, at)
                name = buf[at + 16:at + 16 + length].rstrip(b"\0").decode(errors="replace")
                at += 16 + length
                if mask & self.IN_Q_OVERFLOW:
                    self.overflowed = True
                    continue
                if wd not in self.dirs:
                    continue
                path = os.path.join(self.dirs[wd], name)
                if mask & self.IN_ISDIR:
                    if mask & (self.IN_CREATE | self.IN_MOVED_TO):
                        self.add_tree(path)
                elif mask & (self.IN_CLOSE_WRITE | self.IN_MOVED_TO):
                    try:
                        with open(path, "rb") as f:
                            self.check(path, f.read())
                    except OSError:
                        pass  # gone already: the race inotify cannot close

    def drain(self):
        if self.kind == "fanotify":
            self.drain_fanotify()
        else:
            self.drain_inotify()

    def run(self):
        while not self.stopping:
            select.select([self.fd], [], [], 0.2)
            self.drain()

    def stop(self):
        self.stopping = True
        self.join()
        self.drain()
        os.close(self.fd)


def stop_leftovers(root):
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        if root.encode() in cmdline:
            try:
                os.kill(int(pid), 15)
            except OSError:
                pass


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    app = os.path.abspath(sys.argv[1])
    keep = "--keep" in sys.argv[2:]
    crash = "KILL" if "--crash" in sys.argv[2:] else "ABRT" if "--abort" in sys.argv[2:] else ""
    started = time.time()

    root = tempfile.mkdtemp(prefix="teahouse-audit-")
    scanned = os.path.join(root, "scanned")
    outside = os.path.join(root, "outside")
    dirs = {name: os.path.join(scanned, name)
            for name in ("home", "cache", "config", "data", "state", "runtime", "tmp")}
    for d in list(dirs.values()) + [outside]:
        os.makedirs(d)
    os.chmod(dirs["runtime"], 0o700)
    profile = os.path.join(dirs["data"], "Teahouse", "Teahouse")  # AppDataLocation

    # The secrets of this run: each with a random part of its own. CJK so that the UTF-8 and
    # UTF-16 forms differ from Latin-1; the password and passphrase are typed, so ASCII.
    # The random parts are 20 and 24 hex digits: below the 32 that the log file's scrubber
    # blanks (LogFile::scrubbed), so a secret in a log line would be seen, not hidden by it.
    tokens = {}
    texts = {}
    for what in ("chatIn", "chatOut", "moment", "articleTitle", "articleBody", "formPlace",
                 "formDescription", "payNote", "control"):
        tokens[what] = secrets.token_hex(10)
        texts[what] = "秘密-%s-%s" % (what, tokens[what])
    for what in ("password", "passphrase"):
        tokens[what] = secrets.token_hex(12)
        texts[what] = "%s-%s" % (what[:2], tokens[what])
    # The friend's address (a contact is private too): the user part of the JID.
    tokens["friend"] = secrets.token_hex(10)
    texts["friend"] = "f" + tokens["friend"]
    images = {}
    for what, (w, h) in (("chatOut", (96, 64)), ("chatIn", (80, 80)), ("moment", (120, 90)),
                         ("article", (72, 56)), ("control", (40, 40))):
        png, rows = noise(w, h)
        path = os.path.join(outside, "noise-%s.png" % what)
        with open(path, "wb") as f:
            f.write(png)
        images[what] = (path, png, rows)
    secrets_file = os.path.join(outside, "secrets.json")
    with open(secrets_file, "w", encoding="utf-8") as f:
        json.dump({"secrets": {k: v for k, v in texts.items() if k != "control"},
                   "files": {k: v[0] for k, v in images.items() if k != "control"}},
                  f, ensure_ascii=False)

    needles = []
    for what, text in texts.items():
        if what != "control":
            needles += [("%s %s" % (what, label), n) for label, n in text_needles(text, tokens[what])]
    for what, (_, png, rows) in images.items():
        if what != "control":
            needles += [("picture %s %s" % (what, label), n) for label, n in image_needles(png, rows)]
    control_needles = [("control " + label, n) for label, n in
                       text_needles(texts["control"], tokens["control"])
                       + image_needles(images["control"][1], images["control"][2])]

    env = dict(os.environ)
    for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_DIRS", "XDG_CONFIG_DIRS",
              "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(k, None)  # no keychain or desktop of the person running the test
    env.update({
        "HOME": dirs["home"], "XDG_CACHE_HOME": dirs["cache"], "XDG_CONFIG_HOME": dirs["config"],
        "XDG_DATA_HOME": dirs["data"], "XDG_STATE_HOME": dirs["state"],
        "XDG_RUNTIME_DIR": dirs["runtime"],
        "TMPDIR": outside,                     # run-under-xvfb's own files
        "TEAHOUSE_RUN_TMPDIR": dirs["tmp"],    # the app's TMPDIR (kept, searched)
        "TEAHOUSE_WORLD_DIR": os.path.join(outside, "world"),
        "TEAHOUSE_AUDIT_SECRETS": secrets_file,
        "TEAHOUSE_PASSPHRASE": texts["passphrase"],
        "TEAHOUSE_AUDIT_CRASH": crash,
        "TEAHOUSE_SOURCE_DIR": SOURCE,
        "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox",
        # The most the log can hold: every teahouse category at debug — but the raw stanzas
        # (teahouse.xmpp.wire, off unless a developer turns it on to debug the protocol):
        # they are message bodies by definition. The log file never keeps them (LogFile).
        "QT_LOGGING_RULES": "teahouse.*.debug=true;teahouse.xmpp.wire.debug=false",
    })
    if "TEAHOUSE_PROVIDER" not in env:
        provider = os.path.join(os.path.dirname(app), "..", "tools", "provider",
                                "teahouse-provider")
        if os.access(provider, os.X_OK):
            env["TEAHOUSE_PROVIDER"] = os.path.abspath(provider)
    command = [RUN_UNDER_XVFB, app, "--script", SCENARIO, "--profile", profile,
               "--junit", os.path.join(outside, "junit.xml"),
               "--screenshots", os.path.join(outside, "screenshots")]
    print("audit: scanned tree %s" % scanned, flush=True)
    # stdout is the scenario's transcript (it names what was typed: the test's own material);
    # stderr is what the app itself prints — on a desktop it lands in the journal or
    # ~/.xsession-errors, so it is searched like a file.
    # Everything written in the scanned tree while the app runs is searched as it is closed.
    # Its control: a file removed (fanotify: a file that never had a name) must have been seen.
    watcher = Watcher(scanned, needles + control_needles)
    watcher.start()
    print("audit: watching the writes with %s" % watcher.kind, flush=True)
    if watcher.kind == "fanotify":
        flash = dirs["tmp"]  # an O_TMPFILE file's descriptor reads "<dir>/#<inode> (deleted)"
        fd = os.open(dirs["tmp"], os.O_TMPFILE | os.O_WRONLY, 0o600)
        os.write(fd, control_needles[0][1])
        os.close(fd)
    else:
        # Read after the event: the file must live a moment.
        flash = os.path.join(dirs["tmp"], "audit-flash-control.bin")
        with open(flash, "wb") as f:
            f.write(control_needles[0][1])
    for _ in range(50):
        if watcher.found.get(control_needles[0][0]):
            break
        time.sleep(0.1)
    if watcher.kind == "inotify":
        os.remove(flash)

    # The app starts in the scanned HOME, as from a terminal: a core file (core_pattern
    # "core") would land there.
    def allow_core_dumps():
        if crash == "ABRT":
            import resource
            hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
            resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    result = subprocess.run(command, env=env, cwd=dirs["home"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, timeout=420, preexec_fn=allow_core_dumps)
    output = result.stdout.decode("utf-8", "replace")
    errors = result.stderr
    # A killed app could not stop what its scenario started (the providers, the peers):
    # every process still running from this run's directories is stopped here.
    stop_leftovers(root)
    watcher.stop()
    print(output)
    print(errors.decode("utf-8", "replace"), flush=True)
    problems = []
    if crash:
        # Killed by its own scenario after every step passed: the last block never reports.
        signal = 9 if crash == "KILL" else 6
        if result.returncode != 128 + signal or "RUN    : the app is killed" not in output \
                or "FAIL!" in output or "ERROR!" in output or "SKIP " in output:
            problems.append("the scenario did not pass up to the kill (exit %d)"
                            % result.returncode)
    elif result.returncode != 0:
        problems.append("the scenario failed (exit %d): nothing can be concluded"
                        % result.returncode)

    if crash == "ABRT":
        # Instead of a core, the crash prints its signal and stack (Platform::printStackOnCrash).
        if b"teahouse: crashed with signal 6" not in errors:
            problems.append("the crash printed no stack on stderr")
        with open("/proc/sys/kernel/core_pattern") as f:
            pattern = f.read().strip()
        if pattern.startswith("|") or pattern.startswith("/"):
            print("audit: cores go to %s here, not below HOME: only the app's core limit (checked "
                  "by the scenario) shows that none is written" % pattern)

    # A test of the test: a planted leak must be found.
    plant = os.environ.get("TEAHOUSE_AUDIT_PLANT")
    if plant:
        path = os.path.join(dirs["home"], plant)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write("planted: " + texts["payNote"])
        print("audit: planted a secret in %s" % path)

    # The run left what it made on disk (the search below is not over an empty tree): a
    # database that is not plain SQLite, media files, a log.
    db = [p for p in files_under(profile) if p.endswith(".db")]
    if not db:
        problems.append("no database below the profile %s" % profile)
    for p in db:
        with open(p, "rb") as f:
            if f.read(16).startswith(b"SQLite format 3"):
                problems.append("%s is a plain SQLite file" % p)
    media = [p for p in files_under(profile) if "%smedia%s" % (os.sep, os.sep) in p]
    if len(media) < 4:
        problems.append("only %d media files below the profile (expected the pictures of the "
                        "chat, the Moment and the article): %s" % (len(media), media))
    logs = [p for p in files_under(os.path.join(profile, "logs")) if os.path.getsize(p) > 0]
    if not logs:
        problems.append("no log file with content below %s" % os.path.join(profile, "logs"))

    # The control: every form of the control secret and picture, in one plain file, in a
    # hidden folder (as the caches under HOME are).
    control = os.path.join(dirs["home"], ".audit-control", "control.bin")
    os.makedirs(os.path.dirname(control))
    with open(control, "wb") as f:
        for _, n in control_needles:
            f.write(n + b"\n")

    candidates = list(files_under(scanned))
    # Outside the scanned tree, files changed during the run in /tmp and /dev/shm, for writes
    # that ignore TMPDIR — except this test's own transcript, wherever its output is
    # collected (ctest -V > /tmp/x.log): it names what the scenario typed. It is the file with
    # this run's first line, printed (and flushed) before the app started.
    header = ("audit: scanned tree %s" % scanned).encode()
    for top in ("/tmp", "/dev/shm"):
        for p in files_under(top, since=started, skip=(root,)):
            try:
                with open(p, "rb") as f:
                    if header in f.read():
                        continue
            except OSError:
                continue
            candidates.append(p)
    found = search(candidates, needles + control_needles)

    for label, _ in control_needles:
        if found.get(label) != [control]:
            problems.append("the scanner is blind: %s found in %s (expected exactly %s)"
                            % (label, found.get(label), control))
    seen = watcher.found.get(control_needles[0][0]) or []
    if len(seen) != 1 or not seen[0].startswith(flash):
        problems.append("the watcher is blind: the control written and removed during the run "
                        "was seen in %s" % watcher.found.get(control_needles[0][0]))
    if watcher.overflowed:
        problems.append("the watcher lost events (inotify queue overflow): not every write "
                        "was searched")
    for label, paths in watcher.found.items():
        if label.startswith("control "):
            continue
        for p in paths:
            if p not in found.get(label, []):
                found.setdefault(label, []).append(p + " (seen as it was written, while the app ran)")
    stderr_file = os.path.join(outside, "app-stderr.txt")
    with open(stderr_file, "wb") as f:
        f.write(errors)
    for label, paths in search([stderr_file], needles).items():
        found.setdefault(label, []).append("the app's standard error")
    leaks = {k: v for k, v in found.items() if not k.startswith("control ")}
    for label, paths in sorted(leaks.items()):
        for p in paths:
            problems.append("LEAK: %s in %s" % (label, os.path.relpath(p, root)
                                                if p.startswith(root) else p))

    print("audit: %d files searched at the end (%d in the scanned tree), %d files searched as "
          "they were written, %d needles, %.0f s"
          % (len(candidates), len(list(files_under(scanned))), watcher.files_seen, len(needles),
             time.time() - started))
    for p in problems:
        print("FAIL: " + p)
    if keep or os.environ.get("TEAHOUSE_KEEP_AUDIT_DIR"):
        print("audit: kept %s" % root)
    else:
        shutil.rmtree(root, ignore_errors=True)
    if problems:
        return 1
    print("PASS: no secret and no picture found at rest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
