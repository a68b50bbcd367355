"""warclaims: an attributed, validated ledger of claimed figures in war reporting.

The notebooks call into this package; it does the work:

- :func:`load_claims` / :func:`read_ledger` / :func:`append_claims`: the claims ledger;
- :mod:`warclaims.datasets`: public loss and territory datasets, fetched with provenance;
- :mod:`warclaims.evidence`: tidy frames of those datasets, comparable with claims;
- :mod:`warclaims.charts`: one style and one ``finalise`` step for every chart;
- :mod:`warclaims.runner`: the papermill runner behind ``warclaims run``;
- :mod:`warclaims.extract`: candidate claims from article text.
"""
import importlib

from .errors import (
    DatasetError,
    DatasetMissingError,
    LedgerValidationError,
    ParameterError,
    WarclaimsError,
)

# The functions load on first use (PEP 562), so that `import warclaims` and the command
# line start without importing pandas.
_LAZY = {
    "append_claims": ".ledger",
    "load_claimants": ".claimants",
    "load_claims": ".ledger",
    "load_places": ".places",
    "read_ledger": ".ledger",
    "resolve_claimant": ".claimants",
}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DatasetError",
    "DatasetMissingError",
    "LedgerValidationError",
    "ParameterError",
    "WarclaimsError",
    *_LAZY,
]
__version__ = "0.1.0"
