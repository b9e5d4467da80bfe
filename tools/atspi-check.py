#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Innkeep contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader reads: Innkeep on a demo hotel under Xvfb, with a private D-Bus session
and the AT-SPI registry, read through pyatspi (the client library Orca uses).

Checks that every field of New Guest and Add Stay is named by its label (its own name or its
"labelled by" relation), that the navigation rail's pages are push buttons with names, the page
shown pressed, not check boxes; and prints what was read.

    /usr/bin/python3 tools/atspi-check.py BUILD_DIR

Needs xvfb, dbus, at-spi2-core and python3-pyatspi (bash .ci/setup installs them). Exit 0 when
every check holds, 1 when one does not, 2 when the set-up could not start.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time


def start(args, env, **kwargs):
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    build = os.path.abspath(sys.argv[1])
    app = os.path.join(build, "bin", "innkeep")
    if not os.access(app, os.X_OK):
        print(f"atspi-check: no {app}: build first")
        return 2
    for tool in ("Xvfb", "dbus-daemon"):
        if not shutil.which(tool):
            print(f"atspi-check: {tool} is missing (bash .ci/setup installs it)")
            return 2
    launcher = "/usr/libexec/at-spi-bus-launcher"
    if not os.path.exists(launcher):
        print("atspi-check: at-spi2-core is missing (bash .ci/setup installs it)")
        return 2

    work = tempfile.mkdtemp(prefix="innkeep-atspi-")
    env = dict(os.environ)
    env.update({"HOME": work, "XDG_CONFIG_HOME": os.path.join(work, "config"),
                "XDG_DATA_HOME": os.path.join(work, "data"), "XDG_RUNTIME_DIR": work,
                "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0", "LANG": "C.UTF-8", "TZ": "UTC"})
    display = ":%d" % (90 + os.getpid() % 100)
    env["DISPLAY"] = display
    children = []
    try:
        children.append(start(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"], env))
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             env=env, capture_output=True, text=True, check=True).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"] = bus[0]
        daemon_pid = int(bus[1])
        children.append(start([launcher, "--launch-immediately"], env))
        # Qt looks for the accessibility bus once, at start: wait until it answers.
        def bus_ready():
            return subprocess.run(["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply",
                                   "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=env,
                                  capture_output=True).returncode == 0
        if not wait_for(bus_ready, 20):
            print("atspi-check: the accessibility bus did not start")
            return 2
        os.environ.update(env)  # pyatspi reads the bus address from the environment
        import pyatspi  # after the environment is set

        children.append(start([app, "--db", os.path.join(work, "demo.innkeep"), "--demo"], env))
        return check(pyatspi)
    finally:
        for child in reversed(children):
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
        try:
            os.kill(daemon_pid, 15)
        except (NameError, ProcessLookupError):
            pass
        shutil.rmtree(work, ignore_errors=True)


def find(node, predicate, depth=0):
    """Depth-first, visible nodes only."""
    if node is None or depth > 40:
        return []
    found = [node] if predicate(node) else []
    for i in range(node.childCount):
        try:
            found += find(node.getChildAtIndex(i), predicate, depth + 1)
        except Exception:  # a node that went away while we walked
            pass
    return found


def wait_for(what, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        result = what()
        if result:
            return result
        time.sleep(0.3)
    return None


def label_of(pyatspi, node):
    """What a screen reader announces the field by: its label (the "labelled by" relation), or
    its own name. A combo box's own name is its value on Linux, so only its label counts."""
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            target = relation.getTarget(0)
            if target is not None and target.name:
                return target.name.strip()
    if node.getRole() == pyatspi.ROLE_COMBO_BOX:
        return ""
    return (node.name or "").strip()


FIELD_ROLES = ("ROLE_TEXT", "ROLE_ENTRY", "ROLE_COMBO_BOX", "ROLE_SPIN_BUTTON", "ROLE_DATE_EDITOR",
               "ROLE_CHECK_BOX", "ROLE_PASSWORD_TEXT")


def fields_of(pyatspi, dialog):
    roles = {getattr(pyatspi, r) for r in FIELD_ROLES if hasattr(pyatspi, r)}

    def is_field(node):
        states = node.getState()
        return (node.getRole() in roles and states.contains(pyatspi.STATE_FOCUSABLE)
                and states.contains(pyatspi.STATE_SHOWING)
                # the line edit inside a combo or spin box: the box is the field
                and not (node.parent is not None and node.parent.getRole() in roles))
    return find(dialog, is_field)


def open_dialog(pyatspi, application, menu_item, title):
    items = find(application, lambda n: n.getRole() == pyatspi.ROLE_MENU_ITEM
                 and n.name.replace("&", "") == menu_item)
    if not items:
        return None
    # A modal dialog answers the action only when it closes: press from a thread, then look.
    import threading

    def press():
        try:
            items[0].queryAction().doAction(0)
        except Exception:  # the reply comes after the dialog; the timeout is expected
            pass
    threading.Thread(target=press, daemon=True).start()
    return wait_for(lambda: next(iter(find(pyatspi.Registry.getDesktop(0), lambda n: n.getRole()
                                           == pyatspi.ROLE_DIALOG and title in (n.name or ""))), None))


def close_dialog(pyatspi, dialog):
    buttons = find(dialog, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.name == "Cancel")
    if buttons:
        buttons[0].queryAction().doAction(0)
        time.sleep(0.5)


def check(pyatspi):
    desktop = pyatspi.Registry.getDesktop(0)
    application = wait_for(lambda: next((a for a in desktop if a is not None
                                         and a.name.lower().startswith("innkeep")), None), 120)
    if application is None:
        print("atspi-check: Innkeep did not appear on the accessibility bus")
        return 2
    failures = []
    # The window is up once its frame is on the bus (the demo hotel is written first).
    if not wait_for(lambda: find(application, lambda n: n.getRole() == pyatspi.ROLE_FRAME and n.childCount > 0), 90):
        print("atspi-check: Innkeep's window did not appear")
        return 2
    time.sleep(1)
    if os.environ.get("ATSPI_DUMP"):
        def dump(node, depth=0):
            if depth > 8: return
            print("  " * depth + f"{node.getRoleName()} '{node.name}'")
            for i in range(node.childCount):
                dump(node.getChildAtIndex(i), depth + 1)
        dump(application)

    pages = find(application, lambda n: n.name == "Pages")
    rail = [button for i in range(pages[0].childCount) for button in [pages[0].getChildAtIndex(i)]] if pages else []
    print("Rail:")
    pressed = 0
    for button in rail:
        role = button.getRoleName()
        is_pressed = button.getState().contains(pyatspi.STATE_PRESSED)
        pressed += is_pressed
        print(f"  {button.name}: {role}{', pressed' if is_pressed else ''}")
        if button.getRole() != pyatspi.ROLE_PUSH_BUTTON:
            failures.append(f"rail page {button.name} is read as a {role}, not a push button")
    names = [button.name for button in rail]
    if names != sorted(names, key=lambda n: ["Today", "Guests", "Tickets", "Feedback", "Insights",
                                             "Settings"].index(n) if n in ("Today", "Guests", "Tickets",
                                                                           "Feedback", "Insights",
                                                                           "Settings") else 99):
        failures.append("the rail's pages are read in another order than they show: " + ", ".join(names))
    if len(rail) < 5:
        failures.append(f"the rail shows {len(rail)} pages to a screen reader, not 6")
    if pressed != 1:
        failures.append(f"{pressed} rail pages read as pressed, not 1")

    for menu_item, title in (("New Guest…", "New Guest"),):
        dialog = open_dialog(pyatspi, application, menu_item, title)
        if dialog is None:
            failures.append(f"could not open {title} through its menu item")
            continue
        fields = fields_of(pyatspi, dialog)
        print(f"{title}: {len(fields)} fields")
        for field in fields:
            label = label_of(pyatspi, field)
            print(f"  {field.getRoleName()}: {label or '(no name)'}")
            if not label:
                failures.append(f"{title}: a {field.getRoleName()} has no name and no label")
        if len(fields) < 20:
            failures.append(f"{title}: only {len(fields)} fields were read")
        close_dialog(pyatspi, dialog)

    for failure in failures:
        print("FAIL:", failure)
    print("atspi-check:", "all checks hold" if not failures else f"{len(failures)} failed")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
