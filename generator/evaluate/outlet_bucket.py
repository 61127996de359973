"""Which corpus bucket an article URL belongs to: sealed, dev-a or dev-b (disjoint by outlet).

usage: python -m generator.evaluate.outlet_bucket URL [URL ...]
"""

import hashlib
import sys
from urllib.parse import unquote, urlsplit

PREFIXES = ("www.", "m.", "amp.", "api.", "arabic.", "ar.", "araby.")
# Hosts that serve an outlet's pages under another name: the outlet is the one named here.
MIRRORS = {"eremnews-fe-app-production.azurewebsites.net": "eremnews.com"}


def outlet_key(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    changed = True
    while changed:
        changed = False
        for prefix in PREFIXES:
            if host.startswith(prefix):
                host = host[len(prefix) :]
                changed = True
    host = MIRRORS.get(host, host)
    if host in ("masress.com", "masrawy.com/news"):  # aggregator: the outlet is the first path segment
        segment = unquote(parts.path.strip("/").split("/")[0])
        return f"{host}/{segment}"
    return host


def bucket(url: str) -> str:
    digit = hashlib.md5(outlet_key(url).encode()).hexdigest()[0]
    if digit in "0123":
        return "sealed"
    return "dev-a" if digit in "456789" else "dev-b"


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(bucket(arg), outlet_key(arg), arg)
