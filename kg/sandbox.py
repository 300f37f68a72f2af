"""What a `kg serve` query worker does to itself before it opens the store, so that a query that
got past the read-only check still cannot call out (Linux only; elsewhere both are no-ops).

- forbid_sockets: a seccomp filter that makes socket() fail for every family but AF_UNIX. Needs
  no privileges and holds for the process and every thread it starts later (Oxigraph's too):
  a SERVICE clause then fails inside the engine with "permission denied".
- isolate_network: a user and network namespace without any interface, where the kernel
  allows unprivileged namespaces (KG_SERVE_NETNS=0 turns it off)."""
from __future__ import annotations

import ctypes
import os
import platform
import struct

# seccomp: (audit arch, socket syscall number) per machine; the filter is only installed on these
_ARCHES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}
_X32_SYSCALL_BIT = 0x40000000
_AF_UNIX = 1
_EACCES = 13
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_LD_ABS_W, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06


def _socket_filter(arch: int, socket_nr: int) -> bytes:
    """The BPF program: on this architecture, socket(family != AF_UNIX) returns EACCES."""
    program = [
        (_LD_ABS_W, 0, 0, 4),                        # A = seccomp_data.arch
        (_JEQ_K, 0, 5, arch),                        # another ABI (int 0x80...): refuse
        (_LD_ABS_W, 0, 0, 0),                        # A = seccomp_data.nr
        (_JGE_K, 4, 0, _X32_SYSCALL_BIT),            # x32 numbers: refuse
        (_JEQ_K, 0, 4, socket_nr),                   # not socket(): allow
        (_LD_ABS_W, 0, 0, 16),                       # A = low word of args[0], the family
        (_JEQ_K, 2, 0, _AF_UNIX),                    # AF_UNIX: allow
        (_RET_K, 0, 0, _RET_ERRNO | _EACCES),        # another family, another ABI: refuse
        (_RET_K, 0, 0, _RET_ERRNO | _EACCES),        # an x32 system call: refuse
        (_RET_K, 0, 0, _RET_ALLOW),
    ]
    return b"".join(struct.pack("=HBBI", *insn) for insn in program)


def forbid_sockets() -> bool:
    """Install the filter in this process; True when it is in place."""
    if platform.system() != "Linux" or platform.machine() not in _ARCHES:
        return False
    arch, socket_nr = _ARCHES[platform.machine()]
    code = _socket_filter(arch, socket_nr)
    filters = ctypes.create_string_buffer(code, len(code))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    prog = SockFprog(len(code) // 8, ctypes.addressof(filters))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return False
        return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) == 0
    except (OSError, AttributeError):
        return False


def isolate_network() -> bool:
    """Linux: move this (single-threaded, fresh) process into its own user and network
    namespaces, where there is no network at all. False where the kernel does not allow it."""
    if os.environ.get("KG_SERVE_NETNS", "1") == "0":      # the escape hatch (kg.serve's doc)
        return False
    try:
        uid, gid = os.getuid(), os.getgid()
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(0x10000000 | 0x40000000) != 0:     # CLONE_NEWUSER | CLONE_NEWNET
            return False
        # keep our own uid and gid inside, so the store's files stay readable
        for name, content in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"),
                              ("gid_map", f"{gid} {gid} 1")):
            try:
                with open(f"/proc/self/{name}", "w") as fh:
                    fh.write(content)
            except OSError:
                pass
        return True
    except (OSError, AttributeError):
        return False
