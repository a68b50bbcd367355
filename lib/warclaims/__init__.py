"""warclaims: an attributed, validated ledger of claimed figures in war reporting.

The notebooks call into this package; it does the work:

- :func:`load_claims` / :func:`read_ledger` / :func:`append_claims`: the claims ledger;
- :mod:`warclaims.datasets`: public loss and territory datasets, fetched with provenance;
- :mod:`warclaims.evidence`: tidy frames of those datasets, comparable with claims;
- :mod:`warclaims.charts`: one style and one ``finalise`` step for every chart;
- :mod:`warclaims.runner`: the papermill runner behind ``warclaims run``;
- :mod:`warclaims.extract`: candidate claims from article text.
"""
from .claimants import load_claimants, resolve_claimant
from .errors import (
    DatasetError,
    DatasetMissingError,
    LedgerValidationError,
    ParameterError,
    WarclaimsError,
)
from .ledger import append_claims, load_claims, read_ledger
from .places import load_places

__all__ = [
    "DatasetError",
    "DatasetMissingError",
    "LedgerValidationError",
    "ParameterError",
    "WarclaimsError",
    "append_claims",
    "load_claimants",
    "load_claims",
    "load_places",
    "read_ledger",
    "resolve_claimant",
]
__version__ = "0.1.0"
