"""The ledger's controlled vocabularies.

Kept in one module so the schema, the loaders, the extractor and the notebooks use the same
words. Categorical dtypes built from these lists keep their order in charts and tables.
"""
from __future__ import annotations

#: Which side a claimant speaks for, and which side a figure is about.
SIDES = ["ukraine", "russia", "third_party"]
#: A figure's subject side may be ``unknown`` where the report does not say whose losses or
#: gains it counts: marked so, never guessed from the claimant's side.
SUBJECT_SIDES = SIDES + ["unknown"]

#: What a personnel figure counts. Killed and casualties (killed plus wounded) are different
#: figures and are never drawn on one line without saying so.
COUNT_KINDS = ["killed", "wounded", "casualties", "missing", "prisoners", "killed_or_missing"]
PERSONNEL_METRICS = {"personnel_losses"}

#: What a figure counts. Territory in km², everything else in counts.
METRICS = [
    "territory_gained",
    "territory_lost",
    "settlements_retaken",
    "personnel_losses",
    "personnel_fled",
    "equipment_losses",
    "vehicles_fled",
    "vehicles_stolen",
    "vehicles_captured",
]
AREA_METRICS = {"territory_gained", "territory_lost"}
#: Metrics that count what a side lost in fighting (people, equipment).
LOSS_METRICS = frozenset({"personnel_losses", "equipment_losses"})
#: Metrics whose figure is about a kind of item, so ``item_class`` must say which.
ITEM_METRICS = {"equipment_losses", "vehicles_fled", "vehicles_stolen", "vehicles_captured"}
VEHICLE_METRICS = {"vehicles_fled", "vehicles_stolen", "vehicles_captured"}

#: The largest figure each metric can plausibly take, in its canonical unit, and why. A larger
#: one is a typing or extraction error (an extra zero, a year read as a count) and is refused.
PLAUSIBLE_MAX = {
    "territory_gained": (700_000, "Ukraine's whole area (603,550 km²) and the Russian border oblasts"),
    "territory_lost": (700_000, "Ukraine's whole area (603,550 km²) and the Russian border oblasts"),
    "settlements_retaken": (30_000, "about the number of settlements in Ukraine"),
    "personnel_losses": (3_000_000, "more than either side's whole mobilised force"),
    "personnel_fled": (1_000_000, "more than any army in the field"),
    "equipment_losses": (2_000_000, "far above any side's inventory, drones and missiles shot down included"),
    "vehicles_fled": (200_000, "far above any army's vehicle park"),
    "vehicles_stolen": (200_000, "far above any army's vehicle park"),
    "vehicles_captured": (200_000, "far above any army's vehicle park"),
}

#: Canonical unit of each metric's ``quantity``.
CANONICAL_UNIT = {m: ("km2" if m in AREA_METRICS else "count") for m in METRICS}

#: How exactly the figure was stated ("about 150", "at least 19", "more than 1,100").
QUALIFIERS = ["exact", "about", "at least", "more than", "nearly", "up to", "estimated"]

#: Item classes for equipment and vehicles. The raw text ("Kamaz trucks") is kept beside.
ITEM_CLASSES = [
    "tank",
    "armoured_car",
    "apc",
    "ifv",
    "armoured_vehicle",
    "artillery",
    "mlrs",
    "air_defence",
    "aircraft",
    "helicopter",
    "drone",
    "ship",
    "missile",
    "truck",
    "bus",
    "car",
    "vehicle",
    "special_equipment",
    "other_equipment",
]

#: Whether an item is military materiel or a civilian vehicle (stolen cars, buses).
ITEM_ORIGINS = ["military", "civilian", "unknown"]

#: How far a figure has been checked, and by whom (``verified_by``).
VERIFICATION_STATUSES = ["unverified", "disputed", "partly_confirmed", "confirmed"]

#: Units the ledger converts to km². 1 mile = 1609.344 m exactly (international mile).
AREA_UNITS_TO_KM2 = {
    "km2": 1.0,
    "sq mi": 1.609344**2,
    "ha": 0.01,
    # Street-by-street claims (Wagner's daily gains inside Bakhmut) come in square metres.
    "m2": 1e-6,
}
#: Spellings of area units as they appear in reporting, mapped to the keys above.
AREA_UNIT_SPELLINGS = {
    "km2": "km2",
    "km²": "km2",
    "sq km": "km2",
    "sq. km": "km2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "square kilometre": "km2",
    "square kilometer": "km2",
    "sq mi": "sq mi",
    "sq. mi": "sq mi",
    "sq. miles": "sq mi",
    "square miles": "sq mi",
    "square mile": "sq mi",
    "ha": "ha",
    "hectares": "ha",
    "hectare": "ha",
    "m2": "m2",
    "m²": "m2",
    "sq m": "m2",
    "sq. m": "m2",
    "square metres": "m2",
    "square meters": "m2",
}

#: ISO 3166-2:UA subdivision codes. Places in Russia use ISO 3166-2:RU codes (RU-KRS, ...).
UA_OBLASTS = {
    "UA-05": "Vinnytsia Oblast",
    "UA-07": "Volyn Oblast",
    "UA-09": "Luhansk Oblast",
    "UA-12": "Dnipropetrovsk Oblast",
    "UA-14": "Donetsk Oblast",
    "UA-18": "Zhytomyr Oblast",
    "UA-21": "Zakarpattia Oblast",
    "UA-23": "Zaporizhzhia Oblast",
    "UA-26": "Ivano-Frankivsk Oblast",
    "UA-30": "Kyiv",
    "UA-32": "Kyiv Oblast",
    "UA-35": "Kirovohrad Oblast",
    "UA-40": "Sevastopol",
    "UA-43": "Crimea",
    "UA-46": "Lviv Oblast",
    "UA-48": "Mykolaiv Oblast",
    "UA-51": "Odesa Oblast",
    "UA-53": "Poltava Oblast",
    "UA-56": "Rivne Oblast",
    "UA-59": "Sumy Oblast",
    "UA-61": "Ternopil Oblast",
    "UA-63": "Kharkiv Oblast",
    "UA-65": "Kherson Oblast",
    "UA-68": "Khmelnytskyi Oblast",
    "UA-71": "Cherkasy Oblast",
    "UA-74": "Chernihiv Oblast",
    "UA-77": "Chernivtsi Oblast",
}

#: Kinds of claimant, for the claimant table.
CLAIMANT_KINDS = ["government", "military", "official", "publisher", "analyst", "open_source"]

#: Kinds of place, for the place table.
PLACE_KINDS = ["settlement", "oblast", "region", "country"]
