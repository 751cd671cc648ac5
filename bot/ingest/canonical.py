"""Canonical URLs: one key for every spelling of the same article's address.

News links arrive decorated: tracking parameters (``utm_*``, ``fbclid``, ...), fragments,
AMP and mobile variants (``/amp``, ``?amp=1``, ``amp.``/``m.`` hosts, Google's AMP cache),
``www.``, default ports, trailing slashes, shuffled query parameters. The canonical form
strips all of that. It is a de-duplication key, not an address to fetch: the original URL
is kept for fetching and showing.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

#: The width of every URL column (feeds, articles' URL, canonical key and GUID): a longer
#: link is refused as such, on SQLite (which would store it) as on PostgreSQL (which would
#: fail the whole transaction).
MAX_URL_LENGTH = 2000

#: Query parameters that only track where a click came from.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "igsh", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi",
        "ref", "ref_src", "ref_url", "referrer", "src", "source", "cmpid", "cmp", "ocid",
        "smid", "smtyp", "partner", "ito", "xtor", "at_medium", "at_campaign",
        "at_custom1", "at_custom2", "at_custom3", "at_custom4", "spm", "share", "shared",
        "s_cid", "sr_share", "fsrc", "ns_mchannel", "ns_source", "ns_campaign",
        "ns_linkname", "ns_fee", "rss", "from", "feed", "output", "outputtype", "amp",
        "amp_js_v", "usqp", "guccounter", "guce_referrer", "guce_referrer_sig", "sh",
        "utm", "__twitter_impression", "cid",
    }
)  # fmt: skip
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "hsa_", "pk_", "mtm_", "at_", "oly_", "vero_")
_MOBILE_HOST = re.compile(r"^(?:www\d*|m|mobile|amp|touch)\.", re.I)
_AMP_PATH = re.compile(r"(?:/amp/?$|\.amp(?=\.html?$|$)|/amp(?=/)|^/amp(?=/))", re.I)
_AMP_CACHE = re.compile(r"^[\w-]+\.cdn\.ampproject\.org$", re.I)


def _strip_amp_cache(scheme: str, host: str, path: str) -> tuple[str, str, str]:
    """``https://x-com.cdn.ampproject.org/c/s/x.com/a`` -> ``https``, ``x.com``, ``/a``."""
    if not _AMP_CACHE.match(host):
        return scheme, host, path
    match = re.match(r"^/(?:c|v|i|r|wp)/(s/)?([^/]+)(/.*)?$", path)
    if not match:
        return scheme, host, path
    return ("https" if match.group(1) else "http"), match.group(2), match.group(3) or "/"


def _normalise_path(path: str) -> str:
    # Decode what never needs encoding, encode what must be, so %7E and ~, or a raw
    # Hebrew path and its %D7%.. spelling, become one key.
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~%")
    path = re.sub(r"/{2,}", "/", path)
    path = _AMP_PATH.sub("", path) or "/"
    for index in ("index.html", "index.htm", "index.php"):
        if path.endswith("/" + index):
            path = path[: -len(index)]
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return path


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The de-duplication key of ``url``; never raises.

    ``http`` is folded into ``https``: the same article is often linked both ways, and
    the key is never fetched. A malformed address (a bad port, a broken IPv6 literal) is
    its own key, trimmed and without its fragment.
    """
    try:
        return _canonical(url)
    except ValueError:
        return url.strip().split("#", 1)[0]


def _canonical(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        scheme = "https"
    host = (parts.hostname or "").lower().rstrip(".")
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii") if host else host
    scheme, host, path = _strip_amp_cache(scheme, host, parts.path or "/")
    if scheme == "http":
        scheme = "https"
    host = _MOBILE_HOST.sub("", host)
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" + ("" if port in (None, 80, 443) else f":{port}")
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    query.sort()
    return urlunsplit((scheme, netloc, _normalise_path(path), urlencode(query, doseq=True), ""))


def site_of(url: str) -> str:
    """The site a URL belongs to, for "also reported by": its host without ``www.``."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return _MOBILE_HOST.sub("", host)
