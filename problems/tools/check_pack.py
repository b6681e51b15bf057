#!/usr/bin/env python3
"""Authoring aid for the bundled pack: run every reference solution on every test
(unsandboxed: only for the trusted files in this repository) and check that each
one gets the verdict its folder names, and that every stub compiles.

Usage: python3 problems/tools/check_pack.py [slug ...]
"""
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile

import yaml

PACK = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED = {"accepted": "AC", "wrong_answer": "WA", "time_limit_exceeded": "TLE", "run_time_error": "RE"}
LANGS = {".c": "c", ".cpp": "cpp", ".py": "python", ".js": "javascript", ".rs": "rust", ".java": "java", ".go": "go"}


def build(src, work):
    """Return (argv to run, compile error or None)."""
    ext = os.path.splitext(src)[1]
    exe = os.path.join(work, "prog")
    if ext == ".py":
        return ["python3", src], None
    if ext == ".js":
        return ["node", src], None
    if ext == ".java":
        shutil.copy(src, os.path.join(work, "Main.java"))
        cmd, run = ["javac", "-d", work, os.path.join(work, "Main.java")], ["java", "-Xss64m", "-cp", work, "Main"]
    elif ext == ".c":
        cmd, run = ["gcc", "-O2", "-std=gnu11", "-o", exe, src, "-lm"], [exe]
    elif ext == ".cpp":
        cmd, run = ["g++", "-O2", "-std=gnu++17", "-o", exe, src], [exe]
    elif ext == ".rs":
        cmd, run = ["rustc", "-O", "--edition", "2021", "-o", exe, src], [exe]
    elif ext == ".go":
        cmd, run = ["go", "build", "-o", exe, src], [exe]
    else:
        return None, f"unknown extension {ext}"
    env = dict(os.environ, GOCACHE=os.path.join(work, "gocache"), GOPATH=os.path.join(work, "gopath"))
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=work)
    return run, (p.stderr[-2000:] or "compile failed") if p.returncode else None


def tokens_equal(out, ans, flags):
    a, b = out.split(), ans.split()
    if len(a) != len(b):
        return False
    tol = None
    if "float_tolerance" in flags:
        tol = float(flags[flags.index("float_tolerance") + 1])
    for x, y in zip(a, b):
        if x == y:
            continue
        if tol is None:
            return False
        try:
            fx, fy = float(x), float(y)
        except ValueError:
            return False
        if not (math.isfinite(fx) and math.isfinite(fy)):
            return False
        if abs(fx - fy) > tol and abs(fx - fy) > tol * abs(fy):
            return False
    return True


def custom_check(prob, inp, ans, out):
    vdir = os.path.join(prob, "output_validators")
    (name,) = os.listdir(vdir)  # exactly one validator
    (script,) = [f for f in os.listdir(os.path.join(vdir, name)) if f.endswith(".py")]
    with tempfile.TemporaryDirectory() as fb:
        p = subprocess.run(["python3", os.path.join(vdir, name, script), inp, ans, fb], input=out,
                           capture_output=True, text=True)
    if p.returncode not in (42, 43):
        raise RuntimeError(f"validator exited {p.returncode}: {p.stderr[-300:]}")
    return p.returncode == 42


def judge(prob, conf, src, tests):
    tl = float(conf["limits"]["time_limit"])
    flags = str(conf.get("validator_flags") or "").split()
    with tempfile.TemporaryDirectory() as work:
        run, err = build(src, work)
        if err:
            return "CE", err
        worst = 0.0
        for inp, ans in tests:
            # CPU time of the child, as the judge measures it; the wall-clock
            # timeout only catches programs far over the limit.
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            try:
                with open(inp) as f:
                    p = subprocess.run(run, stdin=f, capture_output=True, text=True, timeout=tl * 3 + 1, cwd=work)
            except subprocess.TimeoutExpired:
                return "TLE", os.path.basename(inp)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            worst = max(worst, cpu)
            if cpu > tl:
                return "TLE", f"{os.path.basename(inp)}: {cpu:.2f}s CPU"

            if p.returncode != 0:
                return "RE", f"{os.path.basename(inp)}: {p.stderr[-300:]}"
            with open(ans) as f:
                expected = f.read()
            ok = custom_check(prob, inp, ans, p.stdout) if conf.get("validation") == "custom" \
                else tokens_equal(p.stdout, expected, flags)
            if not ok:
                return "WA", os.path.basename(inp)
        return "AC", f"slowest test {worst:.2f}s CPU (limit {tl}s)"


def check_stubs(prob):
    errors = []
    sdir = os.path.join(prob, "stubs")
    for lang in sorted(os.listdir(sdir)):
        parts = {}
        for f in sorted(os.listdir(os.path.join(sdir, lang))):
            stem, ext = os.path.splitext(f)
            if parts.setdefault("ext", ext) != ext:
                errors.append(f"stubs/{lang}: mixed extensions {parts['ext']} and {ext}")
            parts[stem] = open(os.path.join(sdir, lang, f)).read()
        if "solution" not in parts:
            errors.append(f"stubs/{lang}: no solution file")
            continue
        code = parts.get("prefix", "") + parts["solution"] + parts.get("suffix", "")
        with tempfile.TemporaryDirectory() as work:
            src = os.path.join(work, "stub" + parts["ext"])
            open(src, "w").write(code)
            if parts["ext"] == ".py":
                p = subprocess.run(["python3", "-m", "py_compile", src], capture_output=True, text=True)
                err = p.stderr if p.returncode else None
            elif parts["ext"] == ".js":
                p = subprocess.run(["node", "--check", src], capture_output=True, text=True)
                err = p.stderr if p.returncode else None
            else:
                _, err = build(src, work)
            if err:
                errors.append(f"stubs/{lang}: {err[:500]}")
    return errors


def main():
    slugs = sys.argv[1:] or sorted(d for d in os.listdir(PACK) if os.path.isfile(os.path.join(PACK, d, "problem.yaml")))
    failures = 0
    for slug in slugs:
        prob = os.path.join(PACK, slug)
        conf = yaml.safe_load(open(os.path.join(prob, "problem.yaml")))
        tests = []
        for kind in ("sample", "secret"):
            d = os.path.join(prob, "data", kind)
            for dirpath, _, names in sorted(os.walk(d)):
                for f in sorted(names):
                    if f.endswith(".in"):
                        tests.append((os.path.join(dirpath, f), os.path.join(dirpath, f[:-3] + ".ans")))
        nsecret = sum(1 for t in tests if "/data/secret/" in t[0])
        print(f"== {slug}: {len(tests)} tests ({nsecret} hidden)")
        if nsecret < 10:
            print("  FAIL fewer than 10 hidden tests")
            failures += 1
        langs = set()
        for folder, want in EXPECTED.items():
            sdir = os.path.join(prob, "submissions", folder)
            if not os.path.isdir(sdir):
                continue
            for f in sorted(os.listdir(sdir)):
                got, detail = judge(prob, conf, os.path.join(sdir, f), tests)
                ok = got == want
                if folder == "accepted" and ok:
                    langs.add(LANGS.get(os.path.splitext(f)[1]))
                failures += not ok
                print(f"  {'ok  ' if ok else 'FAIL'} {folder}/{f}: {got} ({detail[:200]})")
        if len(langs) < 3:
            print(f"  FAIL accepted in only {sorted(langs)}")
            failures += 1
        for e in check_stubs(prob):
            print(f"  FAIL {e}")
            failures += 1
    print(f"{len(slugs)} problems checked, {failures} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
