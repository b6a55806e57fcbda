#!/usr/bin/env python3
"""Opens Podium's exported web site in headless Chromium through WebDriver
(chromedriver, Debian's chromium-driver) and checks what an attendee relies
on: the grid shows every session, search finds a speaker, a favourite
survives a re-export with changed times, the site works offline once loaded
(service worker), and the pages at 360 and 1,400 px wide.

Usage: site_browser.py PODIUM_CLI WORK_DIR [SCREENSHOT_DIR]
Exit 0 when all checks pass, 1 with a message on the first that fails,
77 when chromium or chromedriver is missing."""

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta

CLI, WORK = sys.argv[1], sys.argv[2]
SHOTS = sys.argv[3] if len(sys.argv) > 3 else None
CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("ok: " + message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(*args):
    run = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        fail("podium-cli %s: %s%s" % (" ".join(args), run.stdout, run.stderr))
    return run.stdout


def wait_for_port(port, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    fail("nothing listens on 127.0.0.1:%d" % port)


class Browser:
    """A minimal WebDriver client: just what these checks need."""

    def __init__(self, port, profile):
        self.base = "http://127.0.0.1:%d" % port
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                     "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            fail("WebDriver %s %s: %s" % (method, path, error.read().decode()[:500]))

    def command(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def open(self, url):
        self.command("POST", "/url", {"url": url})

    def js(self, script, *args):
        return self.command("POST", "/execute/sync", {"script": script, "args": list(args)})

    def js_async(self, script, *args):
        return self.command("POST", "/execute/async", {"script": script, "args": list(args)})

    def size(self, width, height):
        self.command("POST", "/window/rect", {"width": width, "height": height})

    def wait(self, script, what, timeout=15):
        end = time.time() + timeout
        while time.time() < end:
            value = self.js(script)
            if value:
                return value
            time.sleep(0.1)
        fail("timed out waiting for " + what)

    def screenshot(self, name):
        if SHOTS:
            os.makedirs(SHOTS, exist_ok=True)
            with open(os.path.join(SHOTS, name), "wb") as f:
                f.write(base64.b64decode(self.command("GET", "/screenshot")))

    def quit(self):
        try:
            self.call("DELETE", "/session/" + self.session)
        except SystemExit:
            pass


def snapshot(site):
    with open(os.path.join(site, "podium-site.json"), encoding="utf-8") as f:
        return json.load(f)["sessions"]


VISIBLE_SLOTS = """
return Array.from(document.querySelectorAll('.grid .slot')).filter(e => {
  const r = e.getBoundingClientRect();
  return r.width > 20 && r.height > 10 && getComputedStyle(e).visibility !== 'hidden';
}).map(e => e.querySelector('.fav').dataset.guid);
"""


def day_pages(site):
    return ["index.html"] + sorted(n for n in os.listdir(site) if n.startswith("day-"))


def check_grid(browser, url, site, label):
    shown = []
    for page in day_pages(site):
        browser.open(url + page)
        shown += browser.js(VISIBLE_SLOTS)
    expected = sorted(s["guid"] for s in snapshot(site))
    check(sorted(shown) == expected,
          "%s: the grids show all %d sessions, each once (shown %d)" % (label, len(expected), len(shown)))


HOSTILE = "<script>alert(1)</script>"


def change_programme(event, work):
    """Moves the first session 90 minutes later and gives the last one a
    title that is a script, through a frab JSON merge, as an organiser
    changing the programme would; returns the moved session's GUID and title
    and the renamed one's GUID."""
    exported = os.path.join(work, "changed.json")
    cli("export", "schedule", event, "-o", exported, "--force")
    with open(exported, encoding="utf-8") as f:
        schedule = json.load(f)
    events = [e for day in schedule["schedule"]["conference"]["days"]
              for room in day["rooms"].values() for e in room]
    if len(events) < 2:
        fail("the exported schedule has fewer than two sessions")
    moved, renamed = events[0], events[-1]
    start = datetime.fromisoformat(moved["date"]) + timedelta(minutes=90)
    moved["date"] = start.isoformat()
    moved["start"] = start.strftime("%H:%M")
    renamed["title"] = HOSTILE
    with open(exported, "w", encoding="utf-8") as f:
        json.dump(schedule, f)
    cli("import", "schedule", "--merge", event, exported)
    return moved["guid"], moved["title"], renamed["guid"]


def main():
    if not CHROMIUM or not DRIVER:
        print("SKIP: chromium and chromium-driver are not installed (./build.sh test installs them)")
        sys.exit(77)
    os.makedirs(WORK, exist_ok=True)
    event = os.path.join(WORK, "demo.podium")
    site = os.path.join(WORK, "site")
    cli("demo", event)
    cli("export", "site", event, "-o", site)

    http_port, driver_port = free_port(), free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(http_port)],
                              cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = subprocess.Popen([DRIVER, "--port=%d" % driver_port, "--allowed-ips=127.0.0.1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="podium-chromium-")
    browser = None
    try:
        wait_for_port(http_port)
        wait_for_port(driver_port)
        browser = Browser(driver_port, profile)
        url = "http://127.0.0.1:%d/" % http_port
        browser.size(1400, 1000)

        # Every session in the grid, at desktop width; none from another host.
        check_grid(browser, url, site, "demo")
        foreign = browser.js("return performance.getEntriesByType('resource')"
                             ".map(e => e.name).filter(n => !n.startsWith(location.origin));")
        check(foreign == [], "no request to another host (%s)" % foreign)
        browser.screenshot("demo-1400.png")

        # Search finds a speaker by part of the name, accents ignored.
        speaker = next(s["speakers"][0] for s in snapshot(site) if s["speakers"])
        query = speaker.split()[-1]
        browser.open(url + "search.html?q=" + urllib.request.quote(query))
        found = browser.wait("return Array.from(document.querySelectorAll('#search-results a'))"
                             ".map(a => a.textContent).filter(t => t.length);", "search results")
        check(speaker in found, "search for “%s” lists the speaker %s" % (query, speaker))
        browser.screenshot("search-1400.png")

        # A favourite, then the programme changes and is exported again.
        browser.open(url + "index.html")
        browser.js("window.localStorage.clear();")
        guid, title, renamed = change_programme(event, WORK)
        browser.open(url + "index.html")
        browser.js("document.querySelector(`.grid .fav[data-guid='${arguments[0]}']`).click();", guid)
        check(browser.js("return document.querySelector(`.grid .fav[data-guid='${arguments[0]}']`)"
                         ".getAttribute('aria-pressed');", guid) == "true", "the star marks the favourite")
        out = cli("export", "site", event, "-o", site)
        check("Changes since the previous export: 2" in out, "the re-export counts two changes (%s)" % out.strip())
        browser.open(url + "index.html")
        check(browser.js("return document.querySelector(`.grid .fav[data-guid='${arguments[0]}']`)"
                         ".getAttribute('aria-pressed');", guid) == "true",
              "the favourite survives the re-export with changed times")
        browser.open(url + "favourites.html")
        favourites = browser.wait("return Array.from(document.querySelectorAll('#favourites-results a'))"
                                  ".map(a => a.textContent);", "the favourites list")
        check(favourites == [title], "My favourites lists the session (%s)" % favourites)
        browser.open(url + "changes.html")
        changes = browser.js("return document.querySelector('.changes').textContent;")
        check("Moved" in changes and title in changes, "What changed lists the moved session")
        page = next(e["file"] for e in snapshot(site) if e["guid"] == renamed)
        browser.open(url + page)
        check(browser.js("return document.querySelector('h1').textContent;") == HOSTILE
              and browser.js("return document.querySelectorAll('script:not([src])').length;") == 0,
              "a title that is a script shows as text (and runs nowhere)")

        # From a USB stick (file://): no service worker, but search and favourites work.
        browser.open("file://" + os.path.join(site, "search.html") + "?q=" + urllib.request.quote(query))
        found = browser.wait("return Array.from(document.querySelectorAll('#search-results a'))"
                             ".map(a => a.textContent).filter(t => t.length);", "search results from file://")
        check(speaker in found, "search works from file:// too")

        # Offline: the service worker keeps the site once it was opened.
        browser.open(url + "index.html")
        browser.js_async("navigator.serviceWorker.ready.then(() => arguments[0](true));")
        browser.wait("return caches.keys().then(k => k.length > 0);", "the service worker's cache")
        browser.open(url + "index.html")
        browser.wait("return navigator.serviceWorker.controller !== null;", "the service worker to control the page")
        server.terminate()
        server.wait()
        session_page = next(s["file"] for s in snapshot(site))
        browser.open(url + session_page)
        check(browser.js("return document.querySelector('h1') && document.querySelector('h1').textContent;") != "",
              "a session page opens with the server gone (offline)")
        browser.open(url + "index.html")
        check(len(browser.js(VISIBLE_SLOTS)) > 0, "the day's grid opens offline")

        # Phone width: the list instead of the grid, nothing wider than the screen.
        browser.size(360, 800)
        browser.open(url + "index.html")
        check(browser.js("return document.documentElement.scrollWidth;") <= 360, "nothing overflows 360 px")
        items = browser.js("return document.querySelectorAll('.agenda .item').length;")
        check(items == len(snapshot(site)), "the phone list shows every session (%d)" % items)
        browser.screenshot("demo-360.png")

        # A 1,000-session congress: its largest day's grid shows every session of that day.
        big = os.path.join(WORK, "congress.podium")
        big_site = os.path.join(WORK, "congress")
        cli("generate", big, "--sessions", "1000", "--rooms", "12", "--days", "3", "--participants", "0")
        cli("export", "site", big, "-o", big_site, "--lang", "de")
        http_port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(http_port)],
                                  cwd=big_site, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(http_port)
        browser.size(1400, 1000)
        check_grid(browser, "http://127.0.0.1:%d/" % http_port, big_site, "1,000 sessions")
        browser.screenshot("congress-1400.png")
    finally:
        if browser:
            browser.quit()
        for process in (server, driver):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print("all browser checks passed")


main()
