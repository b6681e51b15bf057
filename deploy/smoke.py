"""Drives the topology deploy/check --smoke starts, through nginx only:
  python smoke.py BASE_URL NGINX_ACCESS_LOG [redis]
Expects the users the check created (staff@example.com, an interviewer).
With `redis` (the nodes share a Redis bus) it also checks what crosses nodes:
a document edit from one node's /yjs client reaching the other's, and a
worker's run events reaching /ws live. Prints one line per check; exits 1 if
any failed."""

import json
import re
import sys
import time
import urllib.error
import urllib.request

from websockets.sync.client import connect

BASE = sys.argv[1].rstrip("/")
WS = "ws" + BASE[len("http"):]
LOG = sys.argv[2]
REDIS = sys.argv[3:] == ["redis"]
failures = []


def check(ok, what, detail=""):
    print(("ok   " if ok else "FAIL ") + what + (f" ({detail})" if detail else ""))
    if not ok:
        failures.append(what)


def request(method, path, body=None, token=None, raw=None, headers=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        req.add_header("content-type", "application/json" if raw is None else "application/zip")
    if token:
        req.add_header("authorization", f"Bearer {token}")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def as_json(b):
    try:
        return json.loads(b)
    except ValueError:
        return {}


def varuint(buf, i):
    n = shift = 0
    while True:
        b = buf[i]
        i += 1
        n |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return n, i


def sync_update(msg):
    """The update in a y-websocket sync step 2 or update message, else None."""
    if not isinstance(msg, bytes):
        return None
    kind, i = varuint(msg, 0)
    if kind != 0:
        return None
    step, i = varuint(msg, i)
    if step not in (1, 2):
        return None
    n, i = varuint(msg, i)
    return msg[i:i + n]


def cross_node(room, staff, user):
    from pycrdt import Doc, Text

    doc = Doc()
    doc["code"] = text = Text()
    text += "edited on one node"
    update = doc.get_update()
    assert len(update) < 128
    try:
        with connect(f"{WS}/yjs/{room}?token={staff}", open_timeout=10) as a, \
                connect(f"{WS}/yjs/{room}?token={staff}", open_timeout=10) as b:
            a.recv(timeout=10)
            b.recv(timeout=10)
            a.send(bytes([0, 2, len(update)]) + update)
            seen = Doc()
            seen["code"] = got = Text()
            deadline = time.time() + 10
            while str(got) != "edited on one node" and time.time() < deadline:
                u = sync_update(b.recv(timeout=10))
                if u:
                    seen.apply_update(u)
            check(str(got) == "edited on one node",
                  "a /yjs edit on one node reaches a client on the other (Redis)", repr(str(got)))
    except Exception as e:  # noqa: BLE001
        check(False, "a /yjs edit across nodes", repr(e))
    time.sleep(0.5)
    with open(LOG) as f:
        yjs = re.findall(r'"GET /yjs/\S+ HTTP/1.1" 101 .*?upstream=(\S+)', f.read())
    check(len(set(yjs[-2:])) == 2, "those two clients were on different nodes", yjs[-2:])

    try:
        with connect(f"{WS}/ws?token={user}", open_timeout=10) as ws:
            until(ws, lambda t: t == "ready")
            status, _, body = request(
                "POST", "/api/v1/runs", {"language": "python", "code": "print(42)", "stdin": ""}, user)
            got = until(ws, lambda t: t == "run_finished", most=20)
            check(got[-1:] == ["run_finished"],
                  "the worker's run events reach /ws live, without watch_run (Redis)", got)
    except Exception as e:  # noqa: BLE001
        check(False, "live run events across processes", repr(e))


def until(ws, wanted, most=10):
    """The types of the JSON messages read until one is wanted (at most `most`)."""
    types = []
    while len(types) < most:
        types.append(str(json.loads(ws.recv(timeout=10)).get("type", "")))
        if wanted(types[-1]):
            break
    return types


def main():
    status, headers, body = request("GET", "/")
    check(status == 200 and "text/html" in headers.get("Content-Type", ""), "GET / serves the web app", status)
    status, _, body = request("GET", "/readyz")
    check(status == 200 and as_json(body).get("status") == "ok", "GET /readyz through nginx", body.decode()[:80])
    status, _, _ = request("GET", "/metrics")
    check(status == 404, "/metrics is not exposed by the load balancer", status)

    status, headers, body = request(
        "POST", "/api/v1/auth/register",
        {"email": "ada@example.com", "password": "correct horse battery", "name": "Ada"})
    user = as_json(body).get("access_token")
    check(status == 201 and user, "register through nginx", status)
    rid = headers.get("x-request-id") or headers.get("X-Request-Id") or ""
    check(re.fullmatch(r"[0-9a-f]{32}", rid) is not None,
          "the app answers with nginx's $request_id as x-request-id", rid)
    status, _, body = request(
        "POST", "/api/v1/auth/login", {"email": "staff@example.com", "password": "staff password 1234"})
    staff = as_json(body).get("access_token")
    check(status == 200 and staff, "log in as the interviewer made with `codemint admin create-user`", status)

    for _ in range(20):
        status, _, body = request("GET", "/api/v1/problems?per_page=1")
    total = as_json(body).get("total", 0)
    check(status == 200 and total >= 30, "the bundled pack was imported on first start", f"{total} problems")
    with open(LOG) as f:
        upstreams = set(re.findall(r"upstream=(\S+)", f.read()))
    check({"127.0.0.2:8080", "127.0.0.3:8080"} <= upstreams, "requests reach both app nodes", sorted(upstreams))

    status, _, body = request(
        "POST", "/api/v1/runs", {"language": "python", "code": "print(input()[::-1])", "stdin": "hello"}, user)
    run = as_json(body).get("id")
    check(status == 202 and run, "POST /api/v1/runs", status)
    result, deadline = {}, time.time() + 90
    while run and time.time() < deadline:
        status, _, body = request("GET", f"/api/v1/runs/{run}", token=user)
        result = as_json(body)
        if result.get("state") == "finished":
            break
        time.sleep(0.5)
    stdout = (result.get("result") or {}).get("stdout")
    check(stdout == "olleh\n", "the worker judged the run from the shared queue (sandboxed)", repr(stdout))

    try:
        with connect(f"{WS}/ws?token={user}", open_timeout=10) as ws:
            ws.send(json.dumps({"type": "ping"}))
            got = until(ws, lambda t: t == "pong")
            check(got[-1:] == ["pong"], "/ws upgrades through nginx: ping → pong", got)
            ws.send(json.dumps({"type": "watch_run", "id": run}))
            got = until(ws, lambda t: t.startswith("run_"))
            check(got[-1:] != [] and got[-1].startswith("run_"), "/ws watch_run answers with the run's state", got)
    except Exception as e:  # noqa: BLE001 - any failure is reported
        check(False, "/ws through nginx", repr(e))

    status, _, body = request("POST", "/api/v1/rooms", {"title": "smoke", "language": "python"}, staff)
    room = as_json(body).get("id")
    check(status == 201 and room, "create a room", status)
    try:
        # Two at once: least_conn must put the second on the other node.
        with connect(f"{WS}/yjs/{room}?token={staff}", open_timeout=10) as a, \
                connect(f"{WS}/yjs/{room}?token={staff}", open_timeout=10) as b:
            for i, ws in ((1, a), (2, b)):
                first = ws.recv(timeout=10)
                check(isinstance(first, bytes) and len(first) > 0,
                      f"/yjs/{{room}} upgrades through nginx, connection {i}: y-websocket sync message",
                      f"{len(first)} bytes")
    except Exception as e:  # noqa: BLE001
        check(False, "/yjs through nginx", repr(e))
    time.sleep(0.5)  # nginx logs a WebSocket when it closes
    with open(LOG) as f:
        yjs = re.findall(r'"GET /yjs/\S+ HTTP/1.1" 101 .*?upstream=(\S+)', f.read())
    check(len(set(yjs[-2:])) == 2, "the two open /yjs connections went to different nodes", yjs[-2:])

    if REDIS:
        cross_node(room, staff, user)

    big = b"x" * (3 << 20)
    status, _, _ = request("POST", "/api/v1/auth/login", raw=big)
    check(status == 413, "a 3 MiB body to /api/v1/auth is refused by nginx (2m)", status)
    status, headers, body = request("POST", "/api/v1/problems/import", raw=big, token=staff)
    check(status != 413 and "problem+json" in headers.get("Content-Type", ""),
          "a 3 MiB package reaches the server under /api/v1/problems (65m), which answers itself",
          f"{status} {body[:60]!r}")

    if failures:
        print(f"{len(failures)} smoke checks failed")
        sys.exit(1)


if __name__ == "__main__":
    main()
