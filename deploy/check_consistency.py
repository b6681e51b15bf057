"""Cross-checks the deployment files against each other and against the code,
for what no schema sees. Run by deploy/check (needs ruamel.yaml, which
check-jsonschema brings). Exit 1 with one line per problem."""

import re
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
# Named in ../shared/SPEC.md ("Interfaces") but read by no flag yet: a warning.
SPEC_ONLY = {"CODEMINT_REDIS_URL"}

problems, warnings = [], []


def cli_env_names():
    text = (ROOT / "crates/codemint/src/cli.rs").read_text()
    return set(re.findall(r'env\s*=\s*"(CODEMINT_[A-Z0-9_]+)"', text))


def check_env_names(where, names, known):
    for name in sorted(names):
        if name in known:
            continue
        if name in SPEC_ONLY:
            warnings.append(f"{where}: {name} is in the spec but no flag reads it yet")
        else:
            problems.append(f"{where}: {name} is not read by any codemint flag (cli.rs)")


def main():
    known = cli_env_names()
    if len(known) < 10:
        problems.append(f"found only {len(known)} CODEMINT_ names in cli.rs: parser out of date")

    compose_text = (DEPLOY / "compose.yaml").read_text()
    compose = YAML(typ="safe").load(compose_text)
    services = compose["services"]
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    stages = set(re.findall(r"^FROM\s+\S+\s+AS\s+(\S+)", dockerfile, re.M))

    # Every service a depends_on names exists; every build target is a stage.
    for name, svc in services.items():
        for dep in svc.get("depends_on") or {}:
            if dep not in services:
                problems.append(f"compose: {name} depends on unknown service {dep}")
        target = (svc.get("build") or {}).get("target")
        if target and target not in stages:
            problems.append(f"compose: {name} builds target {target}, not a Dockerfile stage {sorted(stages)}")

    # CODEMINT_ variables everywhere are ones the binary reads.
    env_names = set()
    for svc in services.values():
        env_names |= {k for k in (svc.get("environment") or {}) if k.startswith("CODEMINT_")}
    # and the commented-out ones (keys only, not ${CODEMINT_HTTP_PORT:-…}).
    env_names |= set(re.findall(r"^\s*#\s*(CODEMINT_[A-Z0-9_]+):", compose_text, re.M))
    check_env_names("compose.yaml", env_names, known)
    check_env_names("Dockerfile", set(re.findall(r"(CODEMINT_[A-Z0-9_]+)=", dockerfile)), known)
    for unit in sorted(DEPLOY.glob("*.service")):
        text = unit.read_text()
        check_env_names(unit.name, set(re.findall(r"Environment=(CODEMINT_[A-Z0-9_]+)=", text)), known)
        for line in text.splitlines():
            if line.startswith("ExecStart="):
                cmd = line.split()[1:]
                if not cmd or cmd[0] not in {"serve", "worker"}:
                    problems.append(f"{unit.name}: ExecStart runs neither serve nor worker")

    # Every ${VAR} compose interpolates is documented in .env.example.
    example = (DEPLOY / ".env.example").read_text()
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", example, re.M))
    for var in sorted(set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", compose_text))):
        if var not in documented:
            problems.append(f"compose: ${{{var}}} is not in deploy/.env.example")
    # No secret has a default: each is required (${VAR:?…}).
    for var in ("POSTGRES_PASSWORD", "REDIS_PASSWORD", "CODEMINT_JWT_SECRET"):
        for m in re.finditer(r"\$\{" + var + r"([^}]*)\}", compose_text):
            if not m.group(1).startswith(":?"):
                problems.append(f"compose: ${{{var}{m.group(1)}}} must be required (:?)")

    # nginx's upstream servers are compose services on the API nodes' port.
    nginx = (DEPLOY / "nginx.conf").read_text()
    for host, port in re.findall(r"^\s*server\s+([a-z0-9_-]+):(\d+)", nginx, re.M):
        svc = services.get(host)
        if svc is None:
            problems.append(f"nginx.conf: upstream {host} is not a compose service")
            continue
        bind = str((svc.get("environment") or {}).get("CODEMINT_BIND", ""))
        if not bind.endswith(":" + port):
            problems.append(f"nginx.conf: {host}:{port} but the service binds {bind!r}")
    # Body limits follow the server's (crates/server/src/config.rs).
    config = (ROOT / "crates/server/src/config.rs").read_text()
    for field, location in (("max_body_bytes", "server"), ("max_problem_bytes", "/api/v1/problems")):
        m = re.search(field + r":\s*([0-9_ *]+),", config)
        if not m:
            problems.append(f"config.rs: cannot find the default of {field}")
            continue
        server_mib = eval(m.group(1).replace("_", "")) / (1 << 20)  # digits, _ and * only
        if location == "server":
            block = nginx.split("location")[0]
        else:
            block = nginx.split("location " + location)[1].split("}")[0]
        m = re.search(r"client_max_body_size\s+(\d+)m;", block)
        nginx_mib = int(m.group(1)) if m else 1
        if not server_mib <= nginx_mib <= server_mib + 2:
            problems.append(f"nginx.conf: client_max_body_size {nginx_mib}m for {location}, server takes {server_mib:g} MiB")

    # What the Dockerfile copies is in the build context (.dockerignore).
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text()
    allowed = {line[1:].rstrip("/") for line in ignore.splitlines() if line.startswith("!")}
    for line in re.findall(r"^COPY\s+(.*)$", dockerfile, re.M):
        words = [w for w in line.split() if not w.startswith("--chmod=")]
        if any(w.startswith("--from=") for w in words):
            continue
        for src in words[:-1]:
            src = src.rstrip("/")
            if not (ROOT / src).exists():
                problems.append(f"Dockerfile: COPY {src}: no such file")
            elif not any(src == a or src.startswith(a + "/") for a in allowed):
                problems.append(f"Dockerfile: COPY {src} is not let through Dockerfile.dockerignore")

    for w in warnings:
        print(f"warning: {w}")
    for p in problems:
        print(f"error: {p}")
    if problems:
        sys.exit(1)
    print(f"consistent ({len(known)} CODEMINT_ variables known to the binary)")


if __name__ == "__main__":
    main()
