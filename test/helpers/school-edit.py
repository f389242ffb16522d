#!/usr/bin/python3
"""Edits school copies the way a school would, in a real spreadsheet program.

Starts a headless LibreOffice on a private profile and a private pipe, opens each copy,
types the planted values through the UNO API (numbers, dates, text, text that looks like a
formula; an out-of-area change after lifting the sheet protection, as a school would have
to), saves the result as .xlsx and shuts LibreOffice down.

Usage: /usr/bin/python3 school-edit.py jobs.json
jobs.json: [{"input": "...xlsx", "output": "...xlsx", "edits": [
   {"sheet": "Показатели", "cell": "D6", "kind": "number" | "date" | "text" | "clear", "value": ...,
    "unprotect": false}]}]
A "date" value is an ISO date; it is typed as the date serial into the cell (which the copy
formats as ДД.ММ.ГГГГ), exactly what typing 15.09.2024 stores.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno  # Debian's python3-uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def serial(iso):
    d = datetime.date.fromisoformat(iso)
    return (d - datetime.date(1899, 12, 30)).days


def connect(pipe, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("LibreOffice did not start")
            time.sleep(0.3)


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    soffice = "/usr/bin/soffice" if os.path.exists("/usr/bin/soffice") else "/usr/lib/libreoffice/program/soffice"
    profile = tempfile.mkdtemp(prefix="kvm-uno-")
    pipe = f"kvm{os.getpid()}"
    proc = subprocess.Popen(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
         "--nologo", "--nodefault", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        desktop = connect(pipe, proc)
        for job in jobs:
            url = uno.systemPathToFileUrl(os.path.abspath(job["input"]))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            sheets = doc.getSheets()
            for e in job["edits"]:
                sheet = sheets.getByName(e["sheet"])
                if e.get("unprotect"):
                    sheet.unprotect("")
                cell = sheet.getCellRangeByName(e["cell"])
                kind = e["kind"]
                if kind == "number":
                    cell.setValue(float(e["value"]))
                elif kind == "date":
                    cell.setValue(serial(e["value"]))
                elif kind == "text":
                    cell.setString(e["value"])
                elif kind == "clear":
                    cell.setString("")
                else:
                    raise ValueError(kind)
                if e.get("unprotect"):
                    sheet.protect("")
            for n in job.get("newSheets", []):
                sheets.insertNewByName(n, sheets.getCount())
                sheets.getByName(n).getCellRangeByName("A1").setString("школьный лист")
            out = uno.systemPathToFileUrl(os.path.abspath(job["output"]))
            doc.storeToURL(out, (prop("FilterName", "Calc MS Excel 2007 XML"),))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice exits
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
