"""Prints a page to an A4 PDF with WebKitGTK, the way a WebKitGTK browser's Print does.

WebKitWebDriver has no print command, so the WebKit journeys print through this instead:
usage: webkit-print.py URL OUT.pdf (under an X display). It loads URL in a WebKitGTK web view,
waits for the load to finish, prints to OUT.pdf and exits 0, or 1 with the reason.
"""

import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

url, out = sys.argv[1], sys.argv[2]
failure = []

window = Gtk.OffscreenWindow()
view = WebKit2.WebView()
view.set_size_request(1280, 800)
window.add(view)
window.show_all()


def fail(reason):
    failure.append(reason)
    Gtk.main_quit()


def on_load(view, event):
    if event != WebKit2.LoadEvent.FINISHED:
        return
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


view.connect("load-changed", on_load)
view.connect("load-failed", lambda _v, _e, uri, error: fail(f"{uri} did not load: {error.message}") or True)
GLib.timeout_add_seconds(60, lambda: fail("no PDF within 60 s"))
view.load_uri(url)
Gtk.main()
if failure:
    print(failure[0], file=sys.stderr)
    sys.exit(1)
