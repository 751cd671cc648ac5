"""Content-Encoding undone with the output capped: a gzip bomb stops at the size limit."""

from __future__ import annotations

import zlib

from bot.ingest.errors import FetchFailed, FetchTooLarge


class BoundedDecoder:
    """Undo Content-Encoding with the output capped at ``limit`` bytes (bomb-proof)."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.produced = 0
        encoding = encoding.strip().lower()
        # "deflate" should be zlib-wrapped, but some servers send raw deflate: if the
        # first bytes are not a zlib header, start again as raw deflate.
        self._may_be_raw_deflate = encoding == "deflate"
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchFailed(f"the server used an unsupported compression ({encoding})")

    def feed(self, data: bytes) -> bytes:
        if self._zlib is None:
            self._count(len(data))
            return data
        out: list[bytes] = []
        pending = data
        while pending and not self._zlib.eof:
            try:
                chunk = self._zlib.decompress(pending, self.limit - self.produced + 1)
            except zlib.error as exc:
                if self._may_be_raw_deflate:
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._may_be_raw_deflate = False
                    continue
                raise FetchFailed("the server sent corrupt compressed data") from exc
            self._may_be_raw_deflate = False
            self._count(len(chunk))
            out.append(chunk)
            pending = self._zlib.unconsumed_tail
        return b"".join(out)

    def flush(self) -> bytes:
        if self._zlib is None:
            return b""
        rest = self._zlib.flush()
        self._count(len(rest))
        return rest

    def _count(self, n: int) -> None:
        self.produced += n
        if self.produced > self.limit:
            raise FetchTooLarge(f"the content is larger than {human_bytes(self.limit)}")


def human_bytes(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n / 1000:g} kB"
