"""Opens a Word document in LibreOffice (headless, through UNO), prints its
tracked changes (one `redline AUTHOR TYPE` line each), then accepts or
rejects them all as Writer's own command does, prints the body text
(`text:` lines) and saves the result as a .docx.
Usage: office.py accept|reject IN.docx OUT.docx   (Debian's python3 with python3-uno)"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


action, source, target = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
profile = tempfile.mkdtemp(prefix="rls-lo-profile-")
pipe = f"rls{os.getpid()}"
office = subprocess.Popen(
    ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
     f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    if ctx is None:
        sys.exit("LibreOffice did not start")
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    redlines = doc.Redlines.createEnumeration()
    while redlines.hasMoreElements():
        r = redlines.nextElement()
        print("redline", r.RedlineAuthor, r.RedlineType)
    frame = doc.getCurrentController().getFrame()
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    command = ".uno:AcceptAllTrackedChanges" if action == "accept" else ".uno:RejectAllTrackedChanges"
    dispatcher.executeDispatch(frame, command, "", 0, ())
    left = doc.Redlines.createEnumeration()
    n = 0
    while left.hasMoreElements():
        left.nextElement()
        n += 1
    print("redlines left", n)
    for line in doc.getText().getString().splitlines():
        print("text:", line)
    doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()
