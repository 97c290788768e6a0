#!/usr/bin/python3
"""Runs python-openstackclient's shell main() per request, without paying its imports each time.

Started once by tests/helpers/python_pool.ts (run by /usr/bin/python3). It imports the client and
the modules its commands use, then serves requests, one JSON line each on stdin:

    {"id": 1, "argv": [...], "env": {...}, "cwd": "/tmp", "stdin": "<base64>"?, "timeout_ms": N?}

and answers one JSON line each on stdout:

    {"id": 1, "code": 0, "stdout": "<base64>", "stderr": "<base64>", "ms": 12.3, "cpu_ms": 9.8}

Each request runs in a child forked from this warm process, so no state (logging handlers,
warning registries, class attributes, caches of keystoneauth or openstacksdk, os.environ) can
leak from one run into the next: every run starts from the same just-imported snapshot, as a
fresh `/usr/bin/openstack` does. What a fresh process decides while importing is redone in the
child for the request's environment and directory (see refresh_import_time_state). The child's
fds 0/1/2 are the request's stdin and two capture files, so everything the client writes, by
any route (sys.stdout, cliff's app.stdout, logging, warnings, a C library on fd 2), is kept
byte for byte; the exit status follows `sys.exit(main())` exactly.
"""

import ast
import base64
import json
import os
import signal
import sys
import tempfile
import time

OPENSTACK = "/usr/bin/openstack"

# What /usr/bin/openstack sees before any import: cliff names the app, and argparse the
# program, from argv[0]; the script's directory is first on sys.path (stevedore's entry-point
# cache is keyed by sys.path too).
sys.argv = [OPENSTACK]
sys.path[0] = os.path.dirname(OPENSTACK)

# The protocol gets private copies of the pipes; fds 0-2 are the runs' from here on.
PROTO_IN = os.fdopen(os.dup(0), "r", encoding="utf-8")
PROTO_OUT = os.fdopen(os.dup(1), "w", encoding="utf-8")
_devnull = os.open(os.devnull, os.O_RDWR)
os.dup2(_devnull, 0)
os.dup2(2, 1)  # anything the warm-up prints goes to the runner's stderr, not the protocol

# Modules that compute values from the environment or the working directory when imported:
# a fresh process computes them for its own request, so the child recomputes them.
# (Found by grepping the client's dependencies for module-level os.environ/getenv/getcwd/
# expanduser/appdirs; stevedore's cache dir is left as is: the entry points it caches are
# already in memory, so a run never reads or writes it.)
IMPORT_TIME_STATE = ["openstack.config.loader"]

# Entry-point groups whose commands are imported ahead (the python client's core and the
# plugins installed beside it). A module that warned while being imported would warn here, once,
# and not in the runs (a fresh process would print it each time): none does today, which
# tests/parity/runner_equivalence_test.ts shows; it would show it too.
WARM_GROUPS = ("openstack.", "keystoneauth1.plugin", "cliff.formatter.")
WARM_MODULES = [
    *(f"openstack.{s}.{v}._proxy" for s in ("compute", "identity", "image", "network",
                                             "block_storage", "object_store", "load_balancer",
                                             "dns", "key_manager", "placement")
      for v in ("v1", "v2", "v3")),
    "novaclient.v2.client", "cinderclient.v3.client", "cinderclient.v3.contrib.list_extensions",
    "cinderclient.v2.client",
    "glanceclient.v2.client", "keystoneclient.v3.client", "neutronclient.v2_0.client",
    "swiftclient.client", "openstackclient.api.compute_v2", "openstackclient.api.image_v2",
    "openstackclient.api.object_store_v1", "osc_lib.api.api", "dogpile.cache.backends.null",
    "dogpile.cache.backends.memory", "netrc", "shlex",
]


def _module_constants(name):
    """The module's top-level statements other than imports, functions and classes, compiled."""
    mod = sys.modules.get(name)
    if mod is None or not getattr(mod, "__file__", None):
        return None
    with open(mod.__file__, encoding="utf-8") as f:
        tree = ast.parse(f.read(), mod.__file__)
    skip = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    body = [n for n in tree.body if not isinstance(n, skip)]
    return mod, compile(ast.Module(body=body, type_ignores=[]), mod.__file__, "exec")


def warm_up():
    import importlib
    import importlib.metadata

    from openstackclient import shell  # noqa: F401

    import stevedore._cache

    stevedore._cache._c._get_data_for_path(None)
    eps = importlib.metadata.entry_points()
    for group in sorted(eps.groups):
        if not group.startswith(WARM_GROUPS):
            continue
        for ep in eps.select(group=group):
            try:
                ep.load()
            except Exception:  # a broken plugin fails the same way in a fresh process, later
                pass
    # cliff's map of modules to distributions: computed once per process, in every run's path
    import cliff.command

    cliff.command._get_distributions_by_modules()
    # what the commands import when they first need a service (openstacksdk's proxies, the
    # service libraries' clients, osc's own API modules)
    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    return [c for c in (_module_constants(n) for n in IMPORT_TIME_STATE) if c]


def refresh_import_time_state(constants):
    for mod, code in constants:
        exec(code, mod.__dict__)


def exit_status(code):
    """What the interpreter makes of `sys.exit(code)`."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        sys.stderr.write(f"{code}\n")
    except Exception:
        pass
    return 1


def child(req, constants, out_path, err_path, in_path):
    """Runs one request in the forked child; never returns."""
    status = 1
    try:
        PROTO_IN.close()
        PROTO_OUT.close()
        if req.get("timeout_ms"):
            # the default SIGALRM action ends the child, as a killed subprocess ends
            signal.setitimer(signal.ITIMER_REAL, req["timeout_ms"] / 1000)
        for fd, path, flags in (
            (0, in_path if req.get("stdin") is not None else os.devnull, os.O_RDONLY),
            (1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
            (2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        ):
            f = os.open(path, flags, 0o600)
            os.dup2(f, fd)
            os.close(f)
        os.environ.clear()
        os.environ.update(req["env"])
        os.chdir(req["cwd"])
        refresh_import_time_state(constants)
        sys.argv = [OPENSTACK, *req["argv"]]
        from openstackclient.shell import main

        try:
            raise SystemExit(main(req["argv"]))
        except SystemExit as e:
            status = exit_status(e.code)
        except BaseException:  # as the interpreter does with an uncaught exception
            sys.excepthook(*sys.exc_info())
            status = 1
        import atexit

        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                status = 120  # the interpreter's status when flushing at exit fails
        os._exit(status)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def serve():
    constants = warm_up()
    work = tempfile.mkdtemp(prefix="osc-py-runner-")
    out_path, err_path, in_path = (os.path.join(work, n) for n in ("out", "err", "in"))
    PROTO_OUT.write(json.dumps({"ready": True, "pid": os.getpid()}) + "\n")
    PROTO_OUT.flush()
    try:
        for line in PROTO_IN:
            if not line.strip():
                continue
            req = json.loads(line)
            if req.get("stdin") is not None:
                with open(in_path, "wb") as f:
                    f.write(base64.b64decode(req["stdin"]))
            t0 = time.monotonic()
            sys.stdout.flush()  # nothing of the runner's own may reach a child's capture
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                child(req, constants, out_path, err_path, in_path)
            _, wait_status, usage = os.wait4(pid, 0)
            ms = (time.monotonic() - t0) * 1000
            if os.WIFSIGNALED(wait_status):
                code = 128 + os.WTERMSIG(wait_status)
            else:
                code = os.WEXITSTATUS(wait_status)
            answer = {
                "id": req.get("id"),
                "code": code,
                "stdout": base64.b64encode(read_bytes(out_path)).decode(),
                "stderr": base64.b64encode(read_bytes(err_path)).decode(),
                "ms": round(ms, 1),
                "cpu_ms": round((usage.ru_utime + usage.ru_stime) * 1000, 1),
            }
            PROTO_OUT.write(json.dumps(answer) + "\n")
            PROTO_OUT.flush()
    finally:
        for p in (out_path, err_path, in_path):
            try:
                os.unlink(p)
            except OSError:
                pass
        os.rmdir(work)


if __name__ == "__main__":
    serve()
