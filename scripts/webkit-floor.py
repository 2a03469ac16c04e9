#!/usr/bin/python3
"""The memory floor of the platform the desktop app stands on: what a bare GTK 3 window, and a
bare WebKitGTK page with one heading (no Samuh, no Tauri), hold at rest, as proportional set size
(PSS) per process, the measure issue 11's targets are in. Run under Xvfb by
scripts/bench-desktop.sh; writes a Markdown table to standard output.

Each window runs in its own Python process (Debian's python3-gi, gir1.2-webkit2-4.1); the PSS of
a Python that only sleeps is measured too and taken off the window's own process, so the rows
say what GTK and WebKit cost, not the interpreter.
"""
import os
import subprocess
import sys
import time

IDLE_SECONDS = 15

WINDOW = r'''
import sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk, GLib
w = Gtk.Window()
w.set_default_size(1280, 800)
if sys.argv[1] == "webkit":
    gi.require_version("WebKit2", "4.1")
    from gi.repository import WebKit2
    v = WebKit2.WebView()
    v.load_html("<html><body><h1>Samuh</h1><p>hello</p></body></html>", "about:blank")
    w.add(v)
else:
    w.add(Gtk.Label(label="hello"))
w.show_all()
Gtk.main()
'''


def pss_kib(pid):
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def children(pid):
    """The processes whose parent is `pid` (WebKit's web and network processes), by name."""
    found = []
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open(f"/proc/{p}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        if ppid == pid:
            found.append((name, int(p)))
    return found


def measure(args, env):
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(IDLE_SECONDS)
        if proc.poll() is not None:
            sys.exit(f"{args} ended early (exit {proc.returncode}): is python3-gi / gir1.2-webkit2-4.1 installed?")
        own = pss_kib(proc.pid)
        kids = {name: pss_kib(pid) for name, pid in children(proc.pid)}
        return own, kids
    finally:
        proc.kill()
        proc.wait()


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def main():
    python = "/usr/bin/python3"
    base_env = dict(os.environ)
    interpreter, _ = measure([python, "-c", "import time; time.sleep(600)"], base_env)
    print(f"Measured {time.strftime('%Y-%m-%d')}, {IDLE_SECONDS} s idle under Xvfb; PSS per process, "
          f"the Python interpreter's own {mib(interpreter)} taken off the window's process.")
    print()
    print("| bare window (no Samuh) | environment | window's process | WebKitWebProcess | WebKitNetworkProcess | all |")
    print("|---|---|---|---|---|---|")
    for what in ["gtk", "webkit"]:
        for label, extra in [("default", {}), ("`GDK_GL=disable`", {"GDK_GL": "disable"})]:
            own, kids = measure([python, "-c", WINDOW, what], {**base_env, **extra})
            own -= interpreter
            web = sum(v for k, v in kids.items() if k.startswith("WebKitWebProces"))
            net = sum(v for k, v in kids.items() if k.startswith("WebKitNetworkPr"))
            name = "GTK 3 window with a label" if what == "gtk" else "WebKitGTK page with one heading"
            cell = lambda v: mib(v) if v else "—"
            print(f"| {name} | {label} | {mib(own)} | {cell(web)} | {cell(net)} | {mib(own + web + net)} |")


if __name__ == "__main__":
    main()
