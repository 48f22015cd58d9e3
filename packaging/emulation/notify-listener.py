#!/usr/bin/python3
"""Stands in for systemd's notify socket: binds an AF_UNIX datagram socket at PATH and appends every datagram to
OUT as one line (newlines inside a datagram written as a literal \\n), prefixed with the seconds since start.
Runs until killed. Usage: notify-listener.py PATH OUT"""
import socket
import sys
import time

path, out = sys.argv[1], sys.argv[2]
started = time.monotonic()
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(path)
with open(out, "a", encoding="utf-8") as log:
    while True:
        datagram = sock.recv(65536).decode("utf-8", "replace")
        log.write("%.2f %s\n" % (time.monotonic() - started, datagram.replace("\n", "\\n")))
        log.flush()
