"""Makes a real Taguette project and saves it as Taguette exports projects (project.sqlite3).

Starts Taguette (pip install taguette) on 127.0.0.1 with a database in a temporary folder,
drives its web API as its own pages do: one project, one HTML document with Vietnamese text,
tags (one of them named like an EvalKit code id), and highlights whose UTF-8 byte offsets are
computed the way Taguette counts them. Prints, as JSON, each highlight's tags and the exact
text it covers, for the test to compare with what EvalKit imports.

Usage: python3 taguette_project.py OUTPUT.sqlite3
Taguette tries to reach its update server when it starts; here that fails, harmlessly.
"""
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

import requests
from bs4 import BeautifulSoup

DOCUMENT = (
    "<p>Ghi chép phỏng vấn 👍 ở xã.</p>\n"
    "<p>[before.cause] Nhà tôi nợ nhiều tiền, nên tôi đi.</p>\n"
    "<p>[before.knew] Không &amp; chưa bao giờ.</p>"
)
PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + DOCUMENT + "</body></html>"
HIGHLIGHTS = [("nợ nhiều tiền", ["experience.debt"]), ("chưa bao giờ", ["doubt", "silence"])]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def byte_range(html, text):
    """Where `text` lies in the document, counted as Taguette counts: UTF-8 bytes of text nodes."""
    soup = BeautifulSoup(html, "html.parser")
    flat = "".join(str(node) for node in soup.find_all(string=True))
    start = flat.index(text)
    return len(flat[:start].encode("utf-8")), len(flat[: start + len(text)].encode("utf-8"))


def main(output):
    folder = tempfile.mkdtemp(prefix="evalkit-taguette-")
    port = free_port()
    server = subprocess.Popen(
        ["taguette", "--no-browser", "-p", str(port), "--database", os.path.join(folder, "db.sqlite3")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=folder,
    )
    try:
        token = None
        deadline = time.time() + 60
        while token is None and time.time() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            match = re.search(r"token=([0-9a-f]+)", line)
            if match:
                token = match.group(1)
        if token is None:
            raise SystemExit("Taguette did not start (no single-user token printed)")
        base = "http://127.0.0.1:%d" % port
        web = requests.Session()
        web.get(base + "/?token=" + token).raise_for_status()
        web.get(base + "/project/new").raise_for_status()
        xsrf = web.cookies.get("_xsrf")
        created = web.post(base + "/project/new", data={"name": "Field notes", "description": "", "_xsrf": xsrf})
        created.raise_for_status()
        project = int(re.search(r"/project/([0-9]+)", created.url).group(1))
        headers = {"X-XSRFToken": xsrf}
        api = base + "/api/project/%d" % project
        document = web.post(
            api + "/document/new",
            data={"name": "Interview 3", "description": ""},
            files={"file": ("interview.html", PAGE.encode("utf-8"), "text/html; charset=utf-8")},
            headers=headers,
        )
        document.raise_for_status()
        document_id = document.json()["created"]
        contents = web.get(api + "/document/%d/contents" % document_id).json()["contents"]
        html = "".join(chunk["contents"] for chunk in contents)
        tags = {}
        for _, names in HIGHLIGHTS:
            for name in names:
                if name not in tags:
                    made = web.post(api + "/tag/new", json={"path": name, "description": "from Taguette"},
                                    headers=headers)
                    made.raise_for_status()
                    tags[name] = made.json()["id"]
        expected = []
        for text, names in HIGHLIGHTS:
            start, end = byte_range(html, text)
            made = web.post(
                api + "/document/%d/highlight/new" % document_id,
                json={"start_offset": start, "end_offset": end, "tags": [tags[n] for n in names]},
                headers=headers,
            )
            made.raise_for_status()
            expected.append({"text": text, "tags": names})
        exported = web.get(base + "/project/%d/export/project.sqlite3" % project)
        exported.raise_for_status()
        with open(output, "wb") as out:
            out.write(exported.content)
        print(json.dumps(expected, ensure_ascii=False))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main(sys.argv[1])
