"""A raw HTTP/1.1 server on 127.0.0.1 that answers each connection with scripted bytes, for
what httpx.MockTransport cannot show: interim (1xx) responses before the final one, header
blocks past the client's limit, bytes dripping over a real socket, a body cut mid-chunk."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

__all__ = ["Piece", "RawServer", "chunked", "response"]

Piece = tuple[bytes, float]  # bytes to send, after waiting this many seconds
Script = Callable[[bytes], list[Piece]]  # the request's head -> what to send back


def response(status: int, headers: list[tuple[bytes, bytes]], body: bytes = b"") -> bytes:
    """The bytes of one response (interim responses have no body)."""
    lines = [f"HTTP/1.1 {status} X".encode()] + [k + b": " + v for k, v in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def chunked(*chunks: bytes, end: bool = True) -> bytes:
    """A chunked body (without its last, empty chunk when ``end`` is False: a cut)."""
    body = b"".join(f"{len(c):x}\r\n".encode() + c + b"\r\n" for c in chunks)
    return body + (b"0\r\n\r\n" if end else b"")


class RawServer:
    """Serves ``script`` to every connection, then closes it; stops when closed (each
    connection's thread ends after its script, at most 30 s of gaps)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.script: Script = lambda head: []
        self.heads: list[bytes] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            head = self._read_head(conn)
            if head is None:
                return
            self.heads.append(head)
            deadline = time.monotonic() + 30
            for data, gap in self.script(head):
                if gap:
                    time.sleep(gap)
                if self.stop.is_set() or time.monotonic() > deadline:
                    return
                try:
                    conn.sendall(data)
                except OSError:
                    return

    @staticmethod
    def _read_head(conn: socket.socket) -> bytes | None:
        """The request's head, after reading its body too (a socket closed with unread
        bytes resets the connection, and the client may lose the answer)."""
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 1 << 20:
            part = RawServer._recv(conn)
            if not part:
                return None
            data += part
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":")[1])
                for line in head.lower().split(b"\r\n")
                if line.startswith(b"content-length:")
            ),
            0,
        )
        while len(body) < length:
            part = RawServer._recv(conn)
            if not part:
                return None
            body += part
        return head

    @staticmethod
    def _recv(conn: socket.socket) -> bytes:
        try:
            return conn.recv(65536)
        except OSError:
            return b""

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        self.thread.join(timeout=5)


def serving() -> Iterator[RawServer]:
    """A fixture body: one server, closed after use."""
    server = RawServer()
    try:
        yield server
    finally:
        server.close()
