"""Scoring extraction against a gold-annotated corpus (the format of ``../shared/corpus``).

A predicted figure matches a gold one when the metric agrees (the corpus calls soldiers who
fled ``other``) and the quantity equals the gold figure, its parenthesised conversion, or its
value in km². Each gold record matches at most one prediction. A matched figure's claimant
is right when both resolve to the same canonical claimant, or one name's words contain the
other's; an unattributed gold figure is right only if the extractor also found no claimant.
"""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

from ..claimants import resolve_claimant
from ..numbers import parse_number
from ..units import to_km2
from .extractor import extract_claims

#: The corpus annotates soldiers who fled as "other"; the ledger calls them personnel_fled.
LEDGER_TO_GOLD = {"personnel_fled": "other"}
_STOP = {"the", "of", "a", "an", "and", "ukraine's", "ukraine’s"}


def load(corpus: Path):
    manifest = {r["id"]: r for r in csv.DictReader((corpus / "manifest.csv").open(encoding="utf-8"))}
    gold = defaultdict(list)
    for line in (corpus / "gold.jsonl").open(encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            gold[g["doc"]].append(g)
    texts = {doc: (corpus / f"{doc}.txt").read_text(encoding="utf-8") for doc in manifest}
    return manifest, gold, texts


def _gold_values(g) -> list[float]:
    values = [float(g["quantity"])]
    if g.get("alt_quantity") is not None:
        values.append(float(g["alt_quantity"]))
    unit = (g.get("unit") or "").lower()
    if unit in ("sq mi", "km2"):
        values.append(to_km2(float(g["quantity"]), unit))
    return values


def _matches(pred, g) -> bool:
    metric = LEDGER_TO_GOLD.get(pred["metric"], pred["metric"])
    if metric == "personnel_losses" and pred.get("count_kind") == "prisoners":
        metric = "other"  # the corpus annotates soldiers who surrendered or were taken prisoner as "other"
    if metric != g["metric"]:
        return False
    try:
        raw = parse_number(pred["quantity_raw"])
    except ValueError:
        raw = None
    ours = [v for v in (raw, float(pred["quantity"])) if v is not None]
    return any(abs(a - b) <= max(0.005 * b, 0.01) for a in ours for b in _gold_values(g))


def _same_items(pred, g) -> bool:
    """The gold unit names what the prediction counts ("drones" for item class ``drone``)."""
    unit = (g.get("unit") or "").lower().rstrip("s")
    return bool(unit) and (unit in (pred.get("item_class") or "") or unit in (pred.get("unit_raw") or "").lower())


def _tokens(name: str) -> set[str]:
    name = name.lower().replace("defense", "defence").replace("’", "'")
    return {t for t in re.findall(r"[\w'-]+", name) if t not in _STOP}


def _same_speaker(gold: str, ours: str) -> bool:
    resolved = resolve_claimant(gold)
    if resolved and resolved[0] == ours:
        return True
    # The gold keeps the text's spelling ("the British Defence Minstry"): read it as the
    # extractor reads a name, typos in long names tolerated.
    from .attribution import resolve_name

    named = resolve_name(gold)
    if named.known and named.name == ours:
        return True
    a, b = _tokens(gold), _tokens(ours)
    return bool(a) and bool(b) and (a <= b or b <= a)


def claimant_right(pred, g) -> bool:
    """The claimant is right when it names the gold speaker or one of its ``claimant_alt``."""
    gold = g.get("claimant")
    unattributed = "unattributed" in pred.get("notes", "")
    if gold is None:
        return unattributed
    if unattributed:
        return False
    alternatives = g.get("claimant_alt") or []
    if isinstance(alternatives, str):
        alternatives = [alternatives]
    return any(_same_speaker(name, pred["claimant"]) for name in [gold, *alternatives])


def side_right(pred, g) -> bool:
    """The subject side is right when it equals the gold side (an unknown side is never right)."""
    return (pred.get("subject_side") or "unknown") == (g.get("subject_side") or "unknown")


#: Words in a place phrase that name no place ("the Donetsk direction", "Kursk region").
_PLACE_WORDS = {"region", "regions", "oblast", "province", "direction", "directions", "district", "sector", "city", "town",
                "village", "villages", "near", "in", "around", "south", "north", "east", "west", "eastern", "western",
                "southern", "northern", "people's", "republic"}


def _place_tokens(text: str | None) -> set[str]:
    return {t for t in _tokens(text or "") if t not in _PLACE_WORDS}


def location_right(pred, g) -> bool:
    """The place agrees: both name none, or they share a place name ("Kupyansk and Lyman"
    against "Kupyansk and Lyman directions")."""
    ours, theirs = _place_tokens(pred.get("place_raw")), _place_tokens(g.get("location"))
    return ours == theirs if not ours or not theirs else bool(ours & theirs)


#: The documents of the first corpus, which the rules were developed against; the ones after
#: them (041 on) arrived later and are scored apart, as reporting the rules were not fitted to.
FIRST_CORPUS_LAST_DOC = "040"
#: Eight of the new documents, drawn at random (seed 14) before work on issue 14 began and never
#: looked at while writing rules: the check on reporting the rules were not developed against.
HELD_OUT = frozenset({"044", "048", "049", "057", "059", "060", "061", "063"})


def score(corpus: Path, show: bool = False, docs=None) -> dict:
    """Precision, recall and F1 for figures; claimant, side, qualifier and place accuracy on matched figures.

    Parameters
    ----------
    corpus : Path
        A folder in the corpus format (``manifest.csv``, ``gold.jsonl``, ``NNN.txt``).
    show : bool
        Print every false positive, miss and wrong field.
    docs : callable, optional
        A predicate on document ids; only the documents it accepts are scored.
    """
    manifest, gold, texts = load(corpus)
    tp = fp = fn = right = side_ok = qualifier_ok = place_ok = other_side = 0
    for doc, meta in sorted(manifest.items()):
        if docs is not None and not docs(doc):
            continue
        preds = [c.row for c in extract_claims(texts[doc], published=meta["published_date"] or None,
                                               source_url=meta["url"], publisher=meta["publisher"])]
        unmatched = list(gold.get(doc, []))
        for p in preds:
            fits = [g for g in unmatched if _matches(p, g)]
            # Of gold claims of the same number, the one that counts the same things ("two landing
            # ships" and "two drones" in one article): else the first.
            hit = next((g for g in fits if _same_items(p, g)), fits[0] if fits else None)
            if hit is None:
                fp += 1
                if show:
                    print(f"{doc} FP  {p['metric']} {p['quantity_raw']} {p['unit_raw']!r} | {p['claimant']} | {p['evidence']}")
                continue
            unmatched.remove(hit)
            tp += 1
            ok = claimant_right(p, hit)
            right += ok
            side_ok += side_right(p, hit)
            # The worst error: a figure put on the other side (not merely left unknown).
            other_side += {p["subject_side"], hit.get("subject_side")} == {"ukraine", "russia"}
            if show and not side_right(p, hit):
                print(f"{doc} SIDE {p['metric']} {p['quantity_raw']} | ours {p['subject_side']!r} gold {hit['subject_side']!r}")
            qualifier_ok += p["qualifier"] == (hit.get("qualifier") or "exact")
            place_ok += location_right(p, hit)
            if show and not ok:
                print(f"{doc} WHO {p['metric']} {p['quantity_raw']} | ours {p['claimant']!r} gold {hit['claimant']!r}")
            if show and not location_right(p, hit):
                print(f"{doc} WHERE {p['metric']} {p['quantity_raw']} | ours {p['place_raw']!r} gold {hit.get('location')!r}")
        fn += len(unmatched)
        if show:
            for g in unmatched:
                print(f"{doc} FN  {g['metric']} {g['quantity']} {g['unit']} | {g['claimant']} | {g['evidence']}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"true_positives": tp, "false_positives": fp, "false_negatives": fn, "precision": precision,
            "recall": recall, "f1": f1, "claimant_accuracy": right / tp if tp else 0.0,
            "side_accuracy": side_ok / tp if tp else 0.0, "documents": sum(1 for d in manifest if docs is None or docs(d)),
            "qualifier_accuracy": qualifier_ok / tp if tp else 0.0, "place_accuracy": place_ok / tp if tp else 0.0,
            "other_side": other_side}


