"""Prints or lays out a page in a bare WebKitGTK web view, for the WebKit journeys.

WebKitWebDriver has no print command, and the MiniBrowser it drives keeps its window wider than
a phone (its toolbar), so the journeys do these two in a web view of their own (under an X display):

  webkit-view.py print URL OUT.pdf
      prints URL to an A4 PDF, the way a WebKitGTK browser's Print does;
  webkit-view.py layout URL WIDTH HEIGHT OUT.png
      lays URL out WIDTH x HEIGHT pixels, writes what is on screen to OUT.png and prints, as JSON,
      the page's innerWidth and how far its content is wider than its viewport.

Either waits for the load to finish; it exits 1 with the reason when something fails.
"""

import json
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
gi.require_foreign("cairo")  # the layout's snapshot is a cairo surface
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

mode, url = sys.argv[1], sys.argv[2]
width, height = (int(sys.argv[3]), int(sys.argv[4])) if mode == "layout" else (1280, 800)
failure = []
measured = {}

# Two frames after the load, so what is measured is the layout the reader sees.
MEASURE = """
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const root = document.documentElement;
return JSON.stringify({ innerWidth, overflow: root.scrollWidth - root.clientWidth });
"""

window = Gtk.OffscreenWindow()
window.set_default_size(width, height)
view = WebKit2.WebView()
view.set_size_request(width, height)
window.add(view)
window.show_all()


def fail(reason):
    failure.append(reason)
    Gtk.main_quit()


def print_page(out):
    settings = Gtk.PrintSettings()
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(out))
    settings.set_printer("Print to File")
    page_setup = Gtk.PageSetup()
    page_setup.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(settings)
    operation.set_page_setup(page_setup)
    operation.connect("finished", lambda _: Gtk.main_quit())
    operation.connect("failed", lambda _, error: fail(f"printing failed: {error.message}"))
    operation.print_()


def lay_out(out):
    def on_snapshot(view, result):
        try:
            view.get_snapshot_finish(result).write_to_png(out)
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

    view.call_async_javascript_function(MEASURE, -1, None, None, None, None, on_measured)


def on_load(view, event):
    if event != WebKit2.LoadEvent.FINISHED:
        return
    if mode == "print":
        print_page(sys.argv[3])
    else:
        lay_out(sys.argv[5])


if mode not in ("print", "layout"):
    print(f"usage: webkit-view.py print URL OUT.pdf | layout URL WIDTH HEIGHT OUT.png (got {mode!r})", file=sys.stderr)
    sys.exit(1)
view.connect("load-changed", on_load)
view.connect("load-failed", lambda _v, _e, uri, error: fail(f"{uri} did not load: {error.message}") or True)
GLib.timeout_add_seconds(60, lambda: fail(f"nothing to {mode} within 60 s"))
view.load_uri(url)
Gtk.main()
if failure:
    print(failure[0], file=sys.stderr)
    sys.exit(1)
if mode == "layout":
    print(json.dumps(measured))
