"""The extractor's vocabulary speaks the ledger's: every class and word set it names exists there."""
from __future__ import annotations

from warclaims import vocabulary
from warclaims.extract import lexicon


def test_item_classes_are_the_ledgers():
    named = {item_class for _, item_class, _ in lexicon.ITEMS} | lexicon.VEHICLE_CLASSES | lexicon.CIVILIAN_CLASSES
    assert named <= set(vocabulary.ITEM_CLASSES), named - set(vocabulary.ITEM_CLASSES)
    assert lexicon.CIVILIAN_CLASSES <= lexicon.VEHICLE_CLASSES


def test_origins_and_qualifiers_are_the_ledgers():
    assert {origin for _, _, origin in lexicon.ITEMS} <= set(vocabulary.ITEM_ORIGINS)
    assert {q for _, q in lexicon.QUALIFIERS} <= set(vocabulary.QUALIFIERS)
    assert {kind for _, kind, _ in lexicon.COUNT_KINDS} <= set(vocabulary.COUNT_KINDS)
