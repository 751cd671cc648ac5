"""Which network addresses Triglot may connect to, and a connection backend that enforces it.

A link that a stranger sends must never make Triglot fetch something inside its own
network (SSRF). Checking the URL's host name is not enough: the name may resolve to a
private address, resolve differently a second later (DNS rebinding), or be an odd spelling
of an address (``0x7f000001``, ``2130706433``, ``017700000001``, ``127.1``,
``[::ffff:127.0.0.1]``). So the check happens where the socket is opened:
:class:`GuardedNetworkBackend` resolves the name once, refuses it if any address it
resolves to is not public, and connects to exactly the address it checked. httpcore still
uses the original host name for TLS (SNI and certificate check), so HTTPS works as usual.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import typing
from collections.abc import Iterable, Sequence

import httpcore

from bot.ingest.errors import FetchBadURL, FetchRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: Cloud metadata and platform endpoints. Most already fall in non-global ranges, but a few
#: (Azure's wire server, Oracle's metadata) are formally global, so they are listed.
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud (classic)
        "168.63.129.16",  # Azure wire server
        "fd00:ec2::254",  # AWS IPv6 metadata
    )
)

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def parse_ip_literal(host: str) -> IPAddress | None:
    """Return the address that ``host`` spells, or ``None`` if it is a name.

    Accepts every spelling that ``inet_aton`` (and so browsers and most HTTP stacks)
    accept for IPv4: dotted quads with fewer parts (``127.1``), and decimal, octal
    (leading 0) and hex (leading 0x) numbers per part (``2130706433``, ``0x7f.1``,
    ``017700000001``). IPv6 may come with or without brackets and with a zone id.
    """
    host = host.strip().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return None
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers: list[int] = []
    for part in parts:
        try:
            if part.lower().startswith("0x"):
                numbers.append(int(part[2:] or "0", 16))
            elif len(part) > 1 and part.startswith("0"):
                numbers.append(int(part, 8))
            else:
                if not part.isdigit():
                    return None
                numbers.append(int(part, 10))
        except ValueError:
            return None
    # inet_aton: the last part fills all remaining bytes.
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = 0
    for n in head:
        value = value << 8 | n
    value = value << (8 * (4 - len(head))) | last
    return ipaddress.IPv4Address(value)


def valid_host_name(raw_host: bytes | str) -> bool:
    """Whether an (ASCII, IDNA-encoded) host can be looked up: an address literal, or a
    name of at most 253 characters whose dot-separated labels are 1 to 63 characters.

    The resolver's IDNA codec raises ``UnicodeError`` on anything else, deep inside the
    connection; checked here, such a link fails alone, with a reason.
    """
    host = raw_host.decode("ascii", "replace") if isinstance(raw_host, bytes) else raw_host
    if parse_ip_literal(host) is not None:
        return True
    name = host[:-1] if host.endswith(".") else host
    if not name or len(name) > 253 or not name.isascii():
        return False
    return all(0 < len(label) <= 63 for label in name.split("."))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried inside an IPv6 one (mapped, 6to4, Teredo, NAT64)."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal_reason(ip: IPAddress) -> str | None:
    """Why connecting to ``ip`` is not allowed, or ``None`` if it is a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            reason = refusal_reason(inner)
            if reason:
                return reason
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).split("%", 1)[0])
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    checks: Sequence[tuple[bool, str]] = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_private, "a private network address"),
        (ip.is_reserved, "a reserved address"),
        (not ip.is_global, "a non-public address"),
    )
    for failed, reason in checks:
        if failed:
            return reason
    return None


class AddressPolicy:
    """Decides whether an address may be connected to.

    ``allow_private`` switches the check off (tests, trusted deployments);
    ``allowed_networks`` lets specific ranges through (an internal feed mirror, say).
    """

    def __init__(self, *, allow_private: bool = False, allowed_networks: Iterable[str] = ()):
        self.allow_private = allow_private
        self.allowed_networks: tuple[IPNetwork, ...] = tuple(
            ipaddress.ip_network(n, strict=False) for n in allowed_networks
        )

    def check(self, ip: IPAddress, host: str) -> None:
        """Raise :class:`FetchRefused` if ``ip`` (which ``host`` named) is not allowed."""
        if self.allow_private:
            return
        if any(ip.version == net.version and ip in net for net in self.allowed_networks):
            return
        reason = refusal_reason(ip)
        if reason:
            shown = host if host == str(ip) else f"{host} ({ip})"
            raise FetchRefused(f"refused to fetch {shown}: {reason}")

    def check_host_literal(self, host: str) -> None:
        """Refuse early (before any DNS) when the URL's host is an address spelling."""
        ip = parse_ip_literal(host)
        if ip is not None:
            self.check(ip, host)


async def resolve(host: str, port: int) -> list[tuple[socket.AddressFamily, IPAddress]]:
    """All addresses ``host`` resolves to, in the resolver's order (duplicates dropped)."""
    literal = parse_ip_literal(host)
    if literal is not None:
        family = socket.AF_INET6 if literal.version == 6 else socket.AF_INET
        return [(family, literal)]
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from exc
    except UnicodeError as exc:  # the IDNA codec refused the name
        raise FetchBadURL(f"the link's host name is not valid: {host[:200]}") from exc
    seen: list[tuple[socket.AddressFamily, IPAddress]] = []
    for family, _type, _proto, _name, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if (family, ip) not in seen:
            seen.append((family, ip))
    return seen


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects only to addresses the policy allows.

    The name is resolved here, every address it resolves to is checked (one bad address
    refuses the whole name: mixing public and private answers is a rebinding trick), and
    the socket is opened to the checked address itself, so there is no second lookup
    that could answer differently. TLS still uses the host name that httpcore passes to
    ``start_tls``.
    """

    def __init__(self, policy: AddressPolicy, inner: httpcore.AsyncNetworkBackend | None = None):
        self.policy = policy
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await resolve(host, port)
        for _family, ip in addresses:
            self.policy.check(ip, host)
        last_error: Exception | None = None
        for _family, ip in addresses:
            try:
                return await self.inner.connect_tcp(
                    str(ip),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        if last_error is None:
            raise httpcore.ConnectError(f"{host} resolves to no address")
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise FetchRefused("refused to fetch through a Unix socket")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
