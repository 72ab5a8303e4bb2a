"""Lays a page out in a WebKitGTK web view of a given size and reports what a reader would see.

WebKitWebDriver drives MiniBrowser, whose toolbar keeps its window wider than a phone; this lays
the page out in a bare web view instead, the width of a phone's screen.
usage: webkit-layout.py URL WIDTH HEIGHT OUT.png (under an X display). It loads URL, waits for the
load to finish, writes a snapshot of the view to OUT.png and prints, as JSON, the page's
innerWidth and how far its content is wider than its viewport; exits 1 with the reason otherwise.
"""

import json
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
gi.require_foreign("cairo")  # the snapshot is a cairo surface
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

url, width, height, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
failure = []
measured = {}

window = Gtk.OffscreenWindow()
window.set_default_size(width, height)
view = WebKit2.WebView()
view.set_size_request(width, height)
window.add(view)
window.show_all()

# Two frames after the load, so what is measured is the layout the reader sees.
MEASURE = """
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const root = document.documentElement;
return JSON.stringify({ innerWidth, overflow: root.scrollWidth - root.clientWidth });
"""


def fail(reason):
    failure.append(reason)
    Gtk.main_quit()


def on_snapshot(view, result):
    try:
        surface = view.get_snapshot_finish(result)
        surface.write_to_png(out)
    except Exception as error:  # noqa: BLE001 - any failure ends the run with its reason
        fail(f"no snapshot: {error}")
        return
    Gtk.main_quit()


def on_measured(view, result):
    try:
        measured.update(json.loads(view.call_async_javascript_function_finish(result).to_string()))
    except Exception as error:  # noqa: BLE001
        fail(f"the page could not be measured: {error}")
        return
    view.get_snapshot(WebKit2.SnapshotRegion.VISIBLE, WebKit2.SnapshotOptions.NONE, None, on_snapshot)


def on_load(view, event):
    if event != WebKit2.LoadEvent.FINISHED:
        return
    view.call_async_javascript_function(MEASURE, -1, None, None, None, None, on_measured)


view.connect("load-changed", on_load)
view.connect("load-failed", lambda _v, _e, uri, error: fail(f"{uri} did not load: {error.message}") or True)
GLib.timeout_add_seconds(60, lambda: fail("no layout within 60 s"))
view.load_uri(url)
Gtk.main()
if failure:
    print(failure[0], file=sys.stderr)
    sys.exit(1)
print(json.dumps(measured))
