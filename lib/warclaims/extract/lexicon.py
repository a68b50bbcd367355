"""The words that say what a figure counts and what happened to it.

Every pattern here is about the language of war reporting in general (units, weapons,
verbs of loss, capture and flight), not about any one article.
"""
from __future__ import annotations

import re

from . import guard

# --- what is counted ----------------------------------------------------------------------

#: Area units, longest spelling first; mapped to the ledger's area unit keys.
AREA_UNITS = [
    (r"square\s+kilomet(?:er|re)s?|square\s+kms?\b|sq\.?\s*kms?\b|km2\b|km²|kilomet(?:er|re)s?\s+squared", "km2"),
    (r"square\s+miles?|sq\.?\s*mi(?:les?)?\b", "sq mi"),
    (r"hectares?\b", "ha"),
]

#: Makes of wheeled armour named without "vehicle" ("four MaxxPros"), or with it.
_ARMOUR_MAKES = r"(?:Cougar|MaxxPro|Kozak|Roshel|Novator|Varta)"

#: Drones and missiles counted together as what an air defence shot down ("12 airborne targets", "66
#: air targets", "two aerial objects"): an item of mixed class, whose side tells as a drone's does.
AIR_TARGETS = r"(?:aerial|airborne|air)\s+(?:targets?|objects?)"
AIR_TARGETS_RE = re.compile(AIR_TARGETS, re.IGNORECASE)

#: Item nouns: (pattern, item_class, origin, unit word as the gold annotations simplify it).
#: Ordered: the first pattern that matches at the head of the noun phrase wins.
ITEMS = [
    # "tanks with fuel and lubricants" (the General Staff's tally) are fuel tankers, not tanks.
    (r"tanks?\s+with\s+fuel(?:\s+and\s+lubricants)?", "truck", "military"),
    # "tanks and other armoured vehicles" counts both together: a mixed class.
    (r"tanks?(?:,\s+infantry\s+fighting\s+vehicles)?\s+and\s+(?:other\s+)?armou?red(?:\s+(?:combat|fighting))?\s+vehicles|tanks,\s+infantry\s+fighting\s+vehicles\s+and\s+armou?red\s+personnel\s+carriers", "armoured_vehicle", "military"),
    (r"main\s+battle\s+tanks?|tanks?\b", "tank", "military"),
    (r"infantry\s+(?:(?:fighting|combat)\s+)?vehicles?|IFVs?\b|BMP(?:-\d+)?s?\b|(?:Bradley|Marder|CV90)s?\b(?!\s+(?:infantry\s+)?(?:fighting|combat)\s+vehicles?)", "ifv", "military"),
    (r"armou?red\s+personnel\s+(?:carriers?|vehicles?)|APCs?\b|BTR(?:-\d+)?s?\b|Strykers?\b|M113s?\b|MT-LBs?\b", "apc", "military"),
    # "two armored infantry carriers", "armoured troop carriers": carriers of infantry are APCs.
    (r"armou?red\s+(?:infantry|troop)\s+carriers?", "apc", "military"),
    (r"(?:Tigr?|Tiger)\s+armou?red\s+(?:cars?|vehicles?)|armou?red\s+cars?", "armoured_car", "military"),
    (r"armou?red\s+(?:combat\s+|fighting\s+)?vehicles?|armou?red\s+vehicles?|(?:combat|fighting)\s+vehicles?|AFVs?\b|APVs?\b|armou?r\b", "armoured_vehicle", "military"),
    (r"High\s+Mobility\s+Artillery\s+Rocket\s+Systems?(?:\s+\(HIMARS\))?(?:\s+(?:missile\s+|rocket\s+)?launchers?)?|HIMARS\s+(?:missile|rocket)\s+(?:launch\s+)?(?:systems?|launchers?)|"
     r"multiple[-\s]+(?:launch\s+)?rocket\s+(?:launcher\s+)?systems?|multiple\s+missile\s+(?:launch\s+)?systems?|multiple\s+rocket\s+launchers?|(?:HIMARS\s+)?rocket\s+(?:artillery\s+)?systems?|MLRS(?:es)?\b|MRLs?\b|rocket\s+launchers?|HIMARS\s+launchers?|HIMARS\b(?!\s+(?:missiles?|rockets?|shells?|munitions?))|(?:Grad|Uragan|Smerch|Tornado(?:-[SG])?)(?:\s+(?:launchers?|systems?|MLRS))?\b(?!\s+(?:rockets?|missiles?|shells?))", "mlrs", "military"),
    (r"(?:missile\s+)?(?:anti-aircraft|air[-\s]defen[cs]e|surface-to-air)\s+(?:warfare\s+|missile\s+)?(?:systems?|units?|complexes|vehicles?|means|assets|equipment)|anti-aircraft\s+guns?|SAM\s+systems?", "air_defence", "military"),
    (r"(?:units?|pieces?)\s+of\s+(?:field\s+)?artillery|self-propelled\s+(?:guns?|howitzers?|artillery(?:\s+(?:systems?|units?|mounts?))?)|howitzers?|(?:field\s+)?artillery(?:\s+(?:systems?|units?|guns?|pieces?))?|(?:field\s+|artillery\s+)?guns\s+and\s+mortars|field\s+guns?|mortars?|artillery", "artillery", "military"),
    # "2 152-mm guns": guns of an artillery calibre, counted after it.
    (r"\d{2,3}(?:\.\d)?\s?-?\s?mm\s+(?:(?:towed|field|anti-tank|howitzer)\s+)?(?:guns?|cannons?)\b", "artillery", "military"),
    # "aircraft-type unmanned aerial vehicles" are drones; "helicopters and fighter jets" a mix.
    (r"aircraft[-‑–—\s]+type\s+(?:unmanned\s+aerial\s+vehicles|drones?|UAVs?)", "drone", "military"),
    # "plane-type" and "airplane-type" ones too, and one alone ("a plane-type unmanned aerial vehicle").
    (r"(?:air)?plane[-‑–—\s]+type\s+(?:unmanned\s+aerial\s+vehicles?|drones?|UAVs?)|aircraft[-‑–—\s]+type\s+unmanned\s+aerial\s+vehicle", "drone", "military"),
    # "12 airborne targets", "66 air targets", "two aerial objects" shot down: drones and missiles
    # counted together, as governors and air forces report them (a mix of classes).
    (AIR_TARGETS, "other_equipment", "military"),
    (r"helicopters\s+and\s+(?:fighter\s+)?(?:jets|planes|aircraft)|(?:planes|aircraft|jets)\s+and\s+helicopters", "other_equipment", "military"),
    (r"(?:(?:attack|fixed[-\s]wing|combat|military|transport|fighter)\s+)?(?:(?:war|air)?planes?|aircraft|jets?\b)|fighter\s+jets?|warplanes?", "aircraft", "military"),
    (r"helicopters?", "helicopter", "military"),
    # Sea drones ("two naval drones", "drone boats", "unmanned boats", "uncrewed surface vessels"): drones
    # that sail, not ships of a navy.
    (r"(?:naval|sea|maritime|marine|surface|water(?:borne)?|seaborne)\s+drones?|drone\s+boats?|(?:unmanned|uncrewed)\s+(?:(?:naval|sea|surface|high-speed)\s+)?(?:boats?|vessels?|craft)|USVs?\b", "drone", "military"),
    (r"(?:(?:attack|kamikaze|strike|reconnaissance|Shahed(?:-type)?)\s+)?(?:drones?|UAVs?\b|unmanned\s+aerial\s+vehicles?)|Shaheds?\b", "drone", "military"),
    (r"(?:naval\s+|military\s+|surface\s+)?(?:war)?ships?(?:/boats?|\s+and\s+(?:boats?|cutters?))?|boats?|(?:naval\s+)?vessels?|submarines?|naval\s+units?|watercraft", "ship", "military"),
    # Launchers of missiles ("five anti-ship missile launch systems") are weapons, not the missiles they fire.
    (r"missile\s+launch(?:ing)?\s+(?:systems?|units?|vehicles?|complexes)|missile\s+launchers?", "other_equipment", "military"),
    (r"(?:(?:air[\s-]+(?:launched\s+)?)?cruise\s+)?missiles?|HIMARS\s+missiles?|rockets?|(?:(?:guided|glide|gliding|aerial|corrected)\s+){0,2}(?:air\s+)?bombs?\b|JDAMs?\b", "missile", "military"),
    (r"(?:counter-battery\s+)?radars?(?:\s+stations?)?", "special_equipment", "military"),
    # Electronic warfare and satellite communication kit, as the tallies count it ("7 EW stations").
    (r"(?:electronic\s+warfare|EW|radio\s+electronic\s+warfare)\s+(?:systems?|stations?|complexes|units?|equipment)|Starlink\s+(?:stations?|terminals?)|satellite\s+(?:communication\s+)?(?:stations?|terminals?)", "special_equipment", "military"),
    # Anti-tank missile launchers and ground robots are weapons of no class of their own.
    (r"anti-tank\s+(?:guided\s+)?missile\s+(?:systems?|launchers?|complexes)|ATGMs?\b(?!\s+(?:missiles?|rounds?))|(?:unmanned\s+)?ground\s+(?:robotic\s+)?(?:systems|vehicles|robots|drones)|UGVs?\b", "other_equipment", "military"),
    (r"(?:units\s+of\s+)?special\s+equipment", "special_equipment", "military"),
    # "units of automotive equipment" are the General Staff's trucks and other vehicles.
    # "about 5,000 various armaments": weapons of every class counted together, as Moscow's tallies put them.
    (r"various\s+(?:armaments|weapons|arms)", "other_equipment", "military"),
    # ("914 special vehicle equipment", "units of special automotive equipment": Shoigu's tallies, translated.)
    (r"(?:(?:units?|pieces?)\s+of\s+)?special\s+(?:vehicle|automotive|motor)\s+(?:equipment|vehicles)", "truck", "military"),
    (r"(?:units?|pieces?)\s+of\s+(?:automotive|motor)\s+(?:equipment|vehicles)|automotive\s+(?:equipment|vehicles|technology|machinery)(?:\s+and\s+fuel\s+tank(?:er)?s)?|(?:special\s+)?military\s+motor\s+vehicles|(?:units?\s+of\s+)?special\s+(?:military\s+)?(?:motor\s+)?vehicles", "truck", "military"),
    (r"(?:units?|pieces?|items?)\s+of\s+(?:military\s+|(?:[\w-]+\s+){0,3}?)(?:equipment|hardware|materiel|weaponry|weapons|armaments?)(?:\s+and\s+(?:vehicles|military\s+equipment(?:\s+and\s+materiel)?))?|weapons?\s+systems?|pieces\s+of\s+hardware"
     # "lost 66,000 men and 7,600 weapons and equipment": the tally's pieces, counted without "units of"
     r"|(?:weapons|arms|weaponry)\s+and\s+(?:other\s+)?(?:military\s+)?(?:equipment|hardware)", "other_equipment", "military"),
    # "48 units of armored combat vehicles", "135 units of various vehicles": a count of vehicles in units.
    (r"(?:units?|pieces?)\s+of\s+(?:[\w-]+\s+){0,2}?armou?red\s+(?:combat\s+|fighting\s+)?vehicles|(?:units?|pieces?)\s+of\s+armou?r\b", "armoured_vehicle", "military"),
    (r"(?:units?|pieces?)\s+of\s+(?:various\s+|other\s+|different\s+)?vehicles", "vehicle", "unknown"),
    (r"tractors?|(?:combine\s+)?harvesters?|combines?\b(?!\s+(?:of|with|to)\b)|harvesting\s+machines?|seeders?|seed\s+drills?"
     r"|(?:(?:units?|pieces?|items?)\s+of\s+)?(?:farm|agricultural)\s+(?:machine(?:s|ry)|equipment|vehicles)", "vehicle", "civilian"),
    (r"(?:motor\s+)?vehicles\s+and\s+fuel\s+tank(?:er)?s|fuel\s+tank(?:er)?s|fuel\s+(?:vehicles|trucks)|motor\s+vehicles", "truck", "military"),
    (r"(?:pickup\s+)?trucks?|lorr(?:y|ies)|KAMAZ(?:\s+trucks?)?|Kamaz(?:\s+trucks?)?|Ural\s+trucks?", "truck", "unknown"),
    (r"bus(?:es)?\b|minibus(?:es)?", "bus", "unknown"),
    (r"cars?\b|automobiles?|jeeps?", "car", "unknown"),
    # Light vehicles assault groups ride ("9 motorcycles, 3 ATVs and 2 buggies").
    (r"motorcycles?|motorbikes?|dirt\s+bikes?|ATVs?\b|all-terrain\s+vehicles?|quad\s+bikes?|quad\s+bicycles?|buggies|buggy", "vehicle", "unknown"),
    (r"vehicles?", "vehicle", "unknown"),
    # "1,113 units were abandoned": bare units are pieces of equipment once a verb of loss
    # governs them (a unit of troops is never counted as a loss by itself).
    (r"units\b(?!\s+(?:of|in|from|on|at|near|to)\b)", "other_equipment", "military"),
    # Models and types named without their class noun ("five Leopards", "six Su-25s", "two
    # landing ships"): the class is the model's. A model before a word for its munitions
    # ("Patriot missiles", "S-300 missiles") names the munitions, which the missile row counts.
    # A model both sides fly (Su-25, MiG-29) counts only with its class noun ("two Su-25 jets"):
    # named bare, its figures were mostly put on the wrong side in text the rules had not seen.
    (r"(?:Su|MiG|Tu|Il|Yak|A)-\d+\w*\s+(?:fighter\s+)?(?:jets?|aircraft|(?:war|air)?planes?|bombers?|fighters?)|(?:Su-(?:30|34|35|57)|Tu-(?:22|95|160)|A-50|Il-(?:20|22)|Be-12)\w*"
     r"|(?:fighter|strategic)?\s*bombers?|fighter-bombers?", "aircraft", "military"),
    (r"(?:Ka|Mi)-\d+\w*(?:\s+(?:attack\s+|transport\s+)?helicopters?)?", "helicopter", "military"),
    (r"(?:T-\d+\w*|Leopard(?:\s+\d\w*)?s?|Abrams|Challengers?(?:\s+2)?)(?:\s+(?:main\s+battle\s+)?tanks?)?", "tank", "military"),
    (r"(?:M777|M109|M119|L119|FH-?70|PzH\s?2000|Caesar|Krab|AS-?90|Archer|Zuzana|Msta(?:-[SB])?|Gvozdika|Akatsiya|Giatsint(?:-[SB])?|Pion|Malka|2S\d+\w*|D-(?:20|30))s?(?:\s+(?:self-propelled\s+)?(?:howitzers?|guns?|(?:artillery\s+)?systems?))?", "artillery", "military"),
    (r"(?:Patriot|NASAMS|IRIS-T|Buk(?:-M\d\w*)?|Tor(?:-M\d\w*)?|Pantsir(?:-S\d)?|S-[34]00|Osa|Strela-10|Tunguska|Gepard)s?\b(?!\s+(?:missiles?|rockets?|interceptors?|munitions?))(?:\s+(?:air[-\s]defen[cs]e\s+)?(?:systems?|launchers?|batter(?:y|ies)|units?|complexes))?", "air_defence", "military"),
    (r"(?:(?:large\s+)?landing|patrol|missile|amphibious(?:\s+assault)?|assault|reconnaissance|supply|fast|small|light)\s+(?:ships?|boats?|vessels?|craft)|corvettes?|frigates?|cruisers?|minesweepers?|tugs?\b", "ship", "military"),
    # Mine-resistant and other wheeled armour named by make ("two Cougar mine-resistant vehicles", "four MRAPs").
    (rf"(?:{_ARMOUR_MAKES}s?\b|(?:Roshel\s+)?Senator|Spartan)(?:\s+(?:mine-resistant(?:\s+ambush-protected)?\s+|armou?red\s+)?(?:vehicles?|cars?)\b)|"
     rf"{_ARMOUR_MAKES}s?\b|MRAPs?\b|mine-resistant(?:\s+ambush-protected)?\s+vehicles?", "armoured_vehicle", "military"),
]

#: People: soldiers and their equivalents. "people" counts only beside a loss verb.
PERSONNEL = r"(?:soldiers?|troops?|servicem[ae]n|service\s*(?:members?|people|persons|personnel)|servicepeople|servicewom[ae]n|militaries|comrades(?:[-\s]in[-\s]arms)?|personnel|military\s+personnel|fighters?|mercenar(?:y|ies)|deserters?|invaders?|occupiers?|occupants?|militants|nationalists|paratroopers?|marines?|officers?|generals?|commanders?|pilots?|sailors?|crew\s*members?|crewmen|snipers?|saboteurs?|members(?=\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:group|unit|squad|cell|detachment|DRG)s?\b)|infantrym[ae]n|stormtroopers?|assault\s+troopers?|commandos?|reservists?|recruits?|defenders|inmates|convicts|Wagnerites|combatants|casualties|losses|fatalities|deaths|injuries|bodies|victims|conscripts?|prisoners(?:\s+of\s+war)?|POWs?|people|men|Russians|Ukrainians)"
#: Participles counted as people ("444,000 killed and wounded"): only right after a figure.
#: "600 wounded and 40 captured", "250 missing near X", "3 more taken prisoner": captured and missing
#: only where the phrase ends or a place or time follows ("40 captured tanks" counts tanks).
KILLED = r"(?:others?\s+)?(?:(?:taken\s+(?:as\s+)?prisoners?|(?:captured|missing)(?=\s*(?:[,.;)]|(?:and|or|near|in|at|on|during|over|since)\b|$)))|(?:killed|dead)(?:\s+(?:and|or)\s+(?:wounded|injured))?|(?:wounded|injured)(?!\s+(?:[\w-]+\s+){0,2}?(?:for\s+every|per|to\s+(?:each|every))\b))"
#: Nouns that are themselves a loss ("824 victims a day", "36 bodies").
LOSS_NOUNS = re.compile(r"^(?:casualties|losses|fatalities|deaths|bodies|victims|dead)\b", re.IGNORECASE)
#: After a personnel noun, words that make the people civilians ("two bodies of civilians").
CIVILIANS_AFTER = re.compile(r"^\s+(?:(?:of\s+)?(?:civilians?|residents?|children|women|local\s+people|inhabitants|refugees)\b|aged\s+(?:between\s+|from\s+)?\d)", re.IGNORECASE)
#: (Or their ages: "four men aged 19 to 45" are victims of a strike listed one by one, not soldiers; rule people_aged.)
#: After a people word, a noun of a formation or thing it describes ("two troop companies", "a
#: soldier transport"): the people word is a modifier, and the figure counts no people.
UNITS_AFTER_PEOPLE = re.compile(r"^\s+(?:compan(?:y|ies)|battalions?|brigades?|regiments?|platoons?|squads?|divisions?|formations?|units?|groups?|positions?|"
                                r"rotations?|deployments?|concentrations?|carriers?|transports?|trains?|columns?|convoys?|contingents?|bases?)\b", re.IGNORECASE)
#: Words that make "people" soldiers in a sentence. ("the Regional Military Administration", Ukraine's civil
#: government of a region or city in wartime, is no word of forces: its counts of people hurt are
#: civilians; rule military_administration_is_civil. Mediazona counts soldiers' deaths only: "people" whose
#: deaths it confirmed are soldiers.)
MILITARY_CONTEXT = re.compile(r"\b(?:troops?|PMC|Wagner|Mediazona|army|forces|military(?![\s-]+(?:(?:civil(?:ian)?|civic)[\s-]+)?administrations?\b)|soldiers|servicemen|personnel|enemy|fighters|mercenaries|brigades?|battalions?|regiments?|occupiers|invaders|units?|losses|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b", re.IGNORECASE)
#: Forces named only as the ones who struck ("Russian forces attacked a parking lot with drones,
#: killing two people", "the enemy shelled the town", "an enemy drone strike"): a word of forces
#: that is the attacker makes no people counted in the sentence soldiers (rule people_hit_by_forces).
FORCES_AS_ATTACKER = re.compile(r"\b(?:enemy|troops|army|forces|military|units?|occupiers|invaders)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:also\s+)?"
                                r"(?:attack(?:ed|s|ing)?|shell(?:ed|s|ing)|struck|strikes?|striking|hit|launch(?:ed|es|ing)|fired|fires|firing|bomb(?:ed|s|ing)|"
                                r"target(?:ed|s|ing)|dropp?(?:ed|s|ing)|used|opened\s+fire|carried\s+out)\b"
                                r"|\benemy\s+(?:shell\w*|strikes?|attacks?|drones?|missiles?|artillery|fire|bomb\w*|UAVs?|aviation|aircraft)\b", re.IGNORECASE)
#: Military places struck: people killed there may be soldiers, whoever struck.
MILITARY_TARGETS = re.compile(r"\b(?:positions?|bases?|headquarters|command\s+posts?|barracks|dugouts?|trenches|deployment|concentrations?|garrisons?|training\s+ground)\b", re.IGNORECASE)
#: A sentence that says the people just counted were soldiers ("Most of them were soldiers of the
#: 3rd brigade", "They were all servicemen"): the figure before it counts soldiers.
THEY_WERE_SOLDIERS = re.compile(r"^\W*(?:(?:most|all|many|nearly\s+all|almost\s+all|the\s+majority|the\s+bulk)\s+of\s+(?:them|those\s+(?:killed|wounded|dead)|the\s+(?:dead|victims|casualties))|they)"
                                r"\s+(?:were|are|had\s+been)\s+(?!not\b|civilian)(?:all\s+)?(?:[\w-]+\s+){0,3}?"
                                r"(?:soldiers|servicem[ae]n|troops|military\s+personnel|service\s*(?:members|personnel)|fighters|mercenaries|conscripts|officers|marines|paratroopers|cadets)\b", re.IGNORECASE)
#: A side as the one that lost or suffered ("Russia has likely suffered"): the people it lost
#: are its soldiers even where no word of the military is written ("315,000 dead and injured").
SIDE_SUFFERED = re.compile(r"\b(?:Russia|Ukraine|Moscow|Kyiv|Kiev)(?:'s|’s)?\s+(?:(?:may|might|could|would|will|must)\s+)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:lost|suffered|sustained|incurred)\b"
                           # "Russia had 700,000 dead and wounded": a side's dead and wounded are its soldiers.
                           r"|\b(?:Russia|Ukraine|Moscow|Kyiv|Kiev)\s+(?:has|have|had)\s+(?:(?:about|around|some|over|nearly|almost|more\s+than|up\s+to)\s+)?[\d,.]+\s*(?:thousand|million)?\s+(?:dead|killed)\s+(?:and|or)\s+(?:wounded|injured)\b"
                           # "Russia was believed to have about 45,000 killed": a side said to have a figure of dead or wounded.
                           r"|\b(?:Russia|Ukraine)\s+(?:is|was)\s+(?:said|believed|estimated|thought|reported)\s+to\s+have\s+(?:[a-z]+\s+){0,3}?\d[\d,.]*\s+(?:killed|dead|wounded|injured)\b", re.IGNORECASE)
#: A side that admits a figure right before it ("The Kremlin has admitted only 4,300 dead",
#: "Kyiv admitted 31,000 killed"): a government admits its own soldiers' losses, read only where
#: the figure follows the verb at once (sides.admitted_own; figures: the people are soldiers).
SIDE_ADMITTED = re.compile(r"\b(?P<side>Russia|Ukraine|Moscow|Kyiv|Kiev|Kremlin)(?:'s|’s)?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:only\s+)?"
                           r"(?:acknowledged|admitted|conceded)\s+(?:to\s+)?(?:(?:only|just)\s+)?"
                           r"(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly|approximately)\s+)?$", re.IGNORECASE)
#: A side's government, army or the side itself admitting deaths, the deaths named or not ("the
#: Russian authorities admitted to just under 500 deaths", "Russia has publicly acknowledged the
#: deaths of just over 6,000 soldiers", "acknowledged only just over 6,000 soldier deaths"): what a
#: side admits is its own loss (sides.body_admitted_own).
SIDE_BODY_ADMITTED = re.compile(r"\b(?:(?:the\s+)?(?P<side>Russian|Ukrainian)\s+(?:authorities|government|military|army|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|officials|command)"
                                # "Russia's Defence Ministry has conceded the deaths of 89 troops": the side's own body
                                r"|(?P<side2>Russia|Ukraine|Moscow|Kyiv|Kiev|Kremlin)(?:'s|’s)?(?:\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army|government|armed\s+forces))?)\s+"
                                r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:only\s+)?(?:acknowledged|admitted|conceded)\s+(?:to\s+)?"
                                r"(?:(?:the\s+)?(?:deaths|death|loss|losses)\s+of\s+)?(?:only\s+)?(?:just\s+)?"
                                r"(?:(?:more\s+than|over|under|about|around|some|nearly|almost|at\s+least|roughly|approximately)\s+)?$", re.IGNORECASE)
#: Words that make a figure both sides' toll together ("the combined toll for both sides", "each
#: side had lost"): no one side's, so no side is carried to it from the sentences before
#: (sides.listed_losses, joint toll).
JOINT_TOLL = r"both\s+(?:sides|armies|countries)|each\s+side|either\s+side|(?:the\s+)?two\s+(?:sides|armies|countries)|all\s+sides|combined|joint"
#: Trackers whose count of the dead covers one side only, by canonical claimant: a count of soldiers
#: they give with no side told is that side's (Mediazona and BBC Russian count Russia's named dead).
#: A fact about the tracker's scope, not a side guessed from the claimant's own side.
ONE_SIDED_TALLIES = {"Mediazona": "russia"}
#: A side's losses named ("Russian casualties have exceeded 600,000 killed or wounded"): the
#: people counted are its soldiers, as with :data:`SIDE_SUFFERED`.
SIDE_LOSSES_NAMED = re.compile(r"\b(?:Russia|Ukraine|Russian|Ukrainian|enemy|Moscow|Kyiv)(?:'s|’s)?\s+(?:military\s+|army\s+|troop\s+)?(?:casualties|losses|death\s+toll|dead|casualty\s+(?:rates?|figures?|counts?|totals?|tally))\b", re.IGNORECASE)
#: Other wars a figure may be compared with ("official Soviet troop losses in the Afghanistan war
#: were 15,000"): a figure whose clause names one counts that war's losses, no claim about this one.
OTHER_WARS_RE = re.compile(r"\b(?:Soviet(?![-‑](?:era|made|designed|built|type|style)\b)|Afghanistan|Chechnya|Chechen\s+wars?|World\s+War|Second\s+World\s+War|Vietnam|Korean\s+War|Iraq|Napoleon\w*)\b", re.IGNORECASE)
#: Places taken or lost.
SETTLEMENTS = r"(?:settlements?|villages?|towns?\s+and\s+villages?|towns?|communities|localities|populated\s+(?:areas?|localities|points)|inhabited\s+(?:points|localities|areas)|hamlets?)"

# --- what happened ------------------------------------------------------------------------

#: ("the army controlled about 450 km²": "controlled" right before its figure holds the land, as "controls" does;
#: an area held that "rose to" or "was reduced to" N km² is held too: "its hold shrank from 900 km² to 300 km²".)
#: Verbs of freeing ground as translations of Russian and Ukrainian reports write them ("released
#: 2,000 km² and 89 inhabited points", "land purged of invaders", "2 km² have been added to
#: that", "returned 24 km²"): "released" and "returned" only right before their figure ("released
#: 500 prisoners" counts no ground).
_TRANSLATED_TAKING = (r"(?:released|returned)(?=\s+(?:about|around|approximately|some|over|more\s+than|at\s+least|nearly|almost|up\s+to|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|dozens|a\s+dozen)\b))"
                      r"|(?:purg|cleans)(?:ed|ing)\b|(?:(?:has|have|had)\s+been\s+)?added\s+to\s+(?:that|this|it|them)\b"
                      r"|restored\s+control|control\s+(?:has\s+been\s+|was\s+|had\s+been\s+|have\s+been\s+)?restored")

LIBERATED = r"liberat\w*|" + _TRANSLATED_TAKING + r"|increased\s+to|rose\s+to|grew\s+to|(?:reduced|shrunk|shrank|fell|dropped|diminished|decreased|declined|contracted)(?=\s+(?:from\s[^.;]{0,60}?\s)?to\s)|took|taken(?!\s+to\s+(?:the|a|an)\s)|tak(?:e|es|ing)\b|retak\w*|retook|recaptur\w*|reclaim\w*|took\s+back|taken\s+back|tak\w*\s+back|freed|free\b|de-?occupied|regain\w*|won\s+back|returned|(?:gained|regained|taken)\s+control|secur(?:ed|es|ing)\b|came\s+under\s+(?:the\s+)?control|control(?:s|ling)?\b|controlled\s+by\b|(?<!-)controlled(?=\s+(?:about|around|approximately|roughly|some|over|more\s+than|at\s+least|nearly|almost|up\s+to|\d))|captur\w*|conquer\w*|seiz\w*|occup\w*|gain\w*|advanc\w*|(?<!been\s)(?<!were\s)(?<!was\s)push\w*|expel\w*|oust\w*|drove\s+(?:\w+\s+){0,2}?out|clear(?:ed|s|ing)\b(?![^.;]{0,60}\b(?:mines?|explosives?|ordnance|debris|rubble|snow|roads?|of\s+(?:mines|explosives))\b)|hold(?:s|ing)?\b(?!\s+(?:talks|meetings?|elections?|a|an|the)\b)|held\b(?!\s+(?:talks|meetings?|elections?|a|an|the|by)\b)"
#: Verbs that give the size of a place ("the X region, which spans about 27,000 km²", "a country
#: that covers 450,000 km²"): after "which" or "that" the figure is the place's extent, no gain.
EXTENT = r"spans?|spanned|covers?|covered|measures?|measured|stretches\s+(?:over|across)|extends\s+over|(?:has|had)\s+(?:an?\s+)?(?:total\s+)?(?:area|size)\s+of"
LOSS = r"lost|los(?:e|es|ing)|intercept\w*|(?:death\s+)?toll\b|tally\b|loss(?:es)?\b|reduced|decreased|kill(?:s|ed|ing)?\b|downs?(?=\s+(?:\d|an?\s))|wound(?:ed|ing)\b|injur(?:ed|ing)\b|eliminat\w*|liquidat\w*|destroy\w*|destruction|knocked\s+out|wiped\s+out|wip(?:e|es|ing)\s+out|(?:took|taken|tak(?:e|es|ing))\s+out(?!\s+(?:of|from)\b)|shot\s+down|shoot\s+down|shooting\s+down|downed|downing|hit|struck|neutrali[sz]\w*|casualt\w*|dead|died|deaths\b|bodies|captur\w*|seized|abandon\w*|damaged|trophy|trophies|surrender\w*|suffered|put\s+out\s+of\s+action|disabled|left\s+behind|left(?=\s+(?:[\w,-]+\s+){1,4}?behind\b)|leaving(?=\s+(?:[\w,-]+\s+){1,4}?behind\b)|sank|sunk|sinking|cost\b"
# "Minus 5 boats from the enemy", "the Russians have minus 75 tanks": Kyiv's officials' word for what the enemy lost.
LOSS += r"|minus(?=\s+(?:\d|an?\s|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b))"
FLED = r"fled|flee(?!ts?\b)\w*|escap\w*|retreat\w*|withdr[ae]w\w*|ran\s+away|run\s+away|evacuated\s+themselves|desert(?:ed|ing|ion|ers?)\b|went\s+AWOL"
#: Soldiers taken captive: a loss of people (count_kind ``prisoners``) only in these phrases, not
#: wherever "captured" stands ("troops captured the village" says nothing of soldiers lost).
CAPTIVE = (r"(?:were|was|been|being)\s+(?:\w+ly\s+)?(?:taken\s+(?:as\s+)?(?:prisoners?|captive)|captured)|capture\s+of(?!\s+(?:the|a|an)\b)|(?:\w+ly\s+)?surrendered|laid\s+down\s+(?:their\s+)?arms|"
           r"(?:captured|took\s+prisoner)(?=\s+(?:about|around|some|over|more\s+than|at\s+least|nearly|almost|up\s+to|another|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+dozen)\b))|"
           # "took 250 soldiers prisoner", "have taken 400 servicemen captive": the figure between verb and noun.
           r"(?:took|taken|tak(?:e|es|ing))(?=\s+[^.;:]{1,60}?\b(?:prisoners?|captive)\b)|"
           # "with 370 prisoners already taken": the noun, then "already" and its participle (not "200
           # prisoners taken in the battle were exchanged": prisoners described, no one newly taken).
           r"(?:prisoners(?:\s+of\s+war)?|POWs)\s+(?:already|so\s+far)\s+(?:taken|captured)\b")
#: Words of taking farm machinery away, which soldiers can only steal ("the seizure of two combines").
TAKEN_AWAY = r"seiz\w*|took|taken|confiscat\w*|commandeer\w*|remov(?:ed|al)|expropriat\w*|carried\s+off|driven\s+off|drove\s+off"
STOLEN = r"stol(?:e|en)|steal\w*|thefts?|loot\w*|plunder\w*|taken\s+from\s+(?:locals|residents|civilians)|from\s+(?:the\s+)?(?:locals|local\s+(?:people|residents|farms?|villagers)|residents|villagers|civilians)|requisition\w*|confiscat\w*|hijack\w*"

#: Verbs that put a figure outside any metric: making, giving, having or sending things
#: ("can produce at least 100 tanks a month", "received 31 tanks", "deployed 10,000 troops").
NOT_A_LOSS = r"produc\w*|us(?:e|es|ed|ing)\b|employ(?:s|ed|ing)?\b|manufactur\w*|build\w*|built|deliver\w*|suppl(?:y|ied|ies)|receiv\w*|sent|send\w*|provid\w*|donat\w*|pledg\w*|promis\w*|refurbish\w*|deploy\w*|mobili[sz]\w*|recruit\w*|select(?:ed|s|ing)?|train\w*|own(?:s|ed)?|operat(?:e|es|ed|ing)\b|field(?:s|ed)|has|have|had|needs?|order\w*|bought|buy\w*|purchas\w*|transferr?\w*|launch(?:ed|es|ing)\b|fired|firing"

#: What a count of people lost counts (the ledger's count_kind), first match wins, looked for in
#: the counted noun and the words right around the figure.
COUNT_KINDS = [
    (r"kill(?:ed|ing)\s+(?:and|or)\s+(?:wound|injur)(?:ed|ing)|(?:dead|killed)\s+(?:and|or)\s+(?:wounded|injured)|casualt\w*|losses|loss", "casualties", "casualties_named"),
    (r"killed\s+or\s+missing|dead\s+or\s+missing", "killed_or_missing", "killed_or_missing_named"),
    (r"missing", "missing", "missing_named"),
    (r"(?<!former\s)(?<!ex-)prisoners?|POWs?|captive|captured|capture\s+of(?=\s+(?:more|over|about|around|some|nearly|almost|at|up|\d))|surrendered|taken\s+prisoner"
     # "82 servicemen laid down their arms": soldiers who gave themselves up, as "surrendered" (rule prisoners_named).
     r"|laid\s+down\s+(?:their\s+|its\s+|his\s+)?(?:arms|weapons)", "prisoners", "prisoners_named"),
    (r"wounded|injured|injuries|injuring|wounding|medical\s+losses", "wounded", "wounded_named"),
    (r"killed|killing|dead|died|deaths?|fatalities|bodies|fallen|lost\s+their\s+lives|irretrievabl\w*|irrecoverabl\w*|irreversibl\w*|liquidated|eliminated|perished", "killed", "killed_named"),
]
COUNT_KIND_RES = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), kind, rule) for p, kind, rule in COUNT_KINDS]

# --- whose figure: verbs that say who did what to whom (read by sides.py) ---------------------

#: Verbs whose subject did it to the other side ("Russian forces destroyed 14 drones").
AGENT_VERBS = (r"destroy\w*|intercept\w*|shot\s+down|shoot\w*\s+down|downed|downing|downs?(?=\s+(?:\d|an?\s))|killed|kill(?:s|ing)?|knocked\s+out|wiped\s+out|wip(?:e|es|ing)\s+out|(?:took|taken|tak(?:e|es|ing))\s+out(?!\s+(?:of|from)\b)|eliminat\w*|liquidat\w*|hit|struck|"
               r"neutrali[sz]\w*|disabled|damag(?:ed|ing)|captur\w*|seiz\w*|took\s+prisoner|inflict(?:ed|ing)|sank|sunk|sinking|"
               # "were taken prisoner by Ukrainian forces", "took 300 soldiers prisoner": the taker is the other side.
               r"taken\s+(?:as\s+)?(?:prisoners?|captive)|took(?=\s+(?:[\w,-]+\s+){1,4}?(?:prisoners?|captives?)\b)")
#: Verbs whose subject is the one that loses ("Kyiv lost 120 troops").
PATIENT_VERBS = r"lost|los(?:e|es|ing)|suffered|suffer(?:s|ing)?|abandon\w*|sustain\w*|incurred|left\s+behind|left(?=\s+(?:[\w,-]+\s+){1,4}?behind\b)|leaving(?=\s+(?:[\w,-]+\s+){1,4}?behind\b)|died|endured|endur(?:e|es|ing)"
#: Nouns that name a side's losses ("enemy losses", "the Ukrainian casualties"); "troops killed"
#: with a count after it is a verb and its object ("Ukrainian troops killed 40 soldiers"), not a noun.
LOSSES_NAMED = r"losses|loss|casualty\s+(?:counts?|figures?|totals?|tally|rates?)|casualties|death\s+toll|toll|dead|deaths|fatalities|(?:soldiers|troops|servicemen|personnel)\s+(?:killed(?!\s*$|\s+(?:\d|more\s+than|over|about|around|some|nearly|almost|up\s+to|at\s+least|an?\s|dozens|hundreds|thousands))|dead|lost)"
#: Verbs that are the speaker's own side taking ground, whoever speaks.
LIBERATION = _TRANSLATED_TAKING + r"|liberat\w*|freed|de-?occupied|regain\w*|retak\w*|retook|recaptur\w*|won\s+back|took\s+back|taken\s+back"
#: Verbs of holding land, for who held places before they were taken ("which Russian troops had held").
HOLDING = r"held|occupied|controlled|captured|seized|taken|kept"
#: Verbs of giving up land ("has suffered losses of 2,000 km² of land": the nouns too).
LAND_LOST = r"lost|los(?:e|es|ing)|(?:net\s+)?loss(?:es)?\s+of|minus(?=\s+\d)|ceded|gave\s+up|surrendered|(?:been|were|was)\s+(?:pushed|driven|forced)\s+(?:out\s+of|from)|(?:shr[au]nk|shrinking|contracted)\s+by|(?:retreated|withdr[ae]wn?|pulled\s+(?:back|out))\s+(?:from|of)"
#: Before a verb of gain, words that turn it into a loss ("lost control of 200 km²").
LOST_BEFORE_GAIN = re.compile(r"\b(?:lost|los(?:e|es|ing)|ceded|relinquish\w*)\s+(?:(?:full|complete|effective)\s+)?$", re.IGNORECASE)

# --- how exactly --------------------------------------------------------------------------

#: Qualifier phrases just before a figure, longest first.
#: ("regained control over 4.1 km²": "over" after "control" is its preposition, no qualifier.)
QUALIFIERS = [
    (r"more\s+than|greater\s+than|a\s+good|(?<!taken\s)(?<!took\s)(?<!take\s)(?<!takes\s)(?<!control\s)over|above|in\s+excess\s+of|upwards\s+of|exceed\w*|topped|surpass\w*|north\s+of", "more than"),
    (r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than", "at least"),
    (r"nearly|almost|close\s+to|approaching|nearing|just\s+(?:under|short\s+of)|(?:a\s+)?little\s+under", "nearly"),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|less\s+than|fewer\s+than|no\s+more\s+than|at\s+most", "up to"),
    (r"about|around|approximately|roughly|some|approx\.?|circa|ca\.|c\.|~", "about"),
    (r"an\s+estimated|estimated(?:\s+at)?", "estimated"),
]

# --- whose side ---------------------------------------------------------------------------

RUSSIAN = (r"Russians['’ʼ](?!\w)|Russia(?:n|ns|'s|’s|ʼs)?|RF(?=\s+(?:Armed\s+Forces|armed\s+forces|Defen[cs]e|Ministry|MoD|troops|army|forces|military|Aerospace|Navy|servicem[ae]n))|North\s+Korean?s?|DPRK|Moscow(?:'s|’s|ʼs)?|Kremlin(?:'s|’s|ʼs)?|enemy(?:'s|’s|ʼs)?|occupiers['’ʼ](?!\w)|occupiers?|occupying|invaders['’ʼ](?!\w)|invaders?|invading|rashists?|rushists?|orcs?|Wagnerites|Wagner|Chechen|DPR|LPR|separatists?|Putin(?:'s|’s)?|adversar(?:y|ies)(?:'s|’s|ʼs)?|"
           # Ukrainian media's words for Russia's forces ("ruscists", "katsaps"), and "the aggressor", which like
           # "enemy" is the other side from the speaker's.
           r"ru(?:s|ss|sc)ists?|rascists?|katsaps?|aggressors?(?:'s|’s|ʼs)?")
#: ("adversary" and "aggressor" are the enemy: like "enemy", the other side from the speaker's; see sides.side_of_word.
#: "RF" is the Russian Federation only before a body of its state: "the RF Armed Forces".)
#: What "all of them were ..." says of items launched when every one was lost ("all of which were
#: shot down", "All of them were intercepted").
ALL_LOST = r"shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed"
#: News outlets whose names hold a side word ("The Kyiv Independent", "The Moscow Times"): a
#: publisher named, not a side (sides.py blanks them before looking for side words).
SIDE_NAMED_OUTLETS = r"(?:The\s+)?(?:Kyiv\s+(?:Independent|Post)|Kiev\s+Post|Moscow\s+Times|Russia\s+Today|Ukraine\s+Today|Kyiv\s+Insider)\b"
UKRAINIAN = r"Ukrainians['’ʼ](?!\w)|Ukrain(?:e|ian|ians|e's|e’s|eʼs)|Kyiv(?:'s|’s|ʼs)?|Kiev(?:'s|’s|ʼs)?|AFU|ZSU|Zelensk\w*"

#: The two countries and their capitals by bare name: after "in" they name where, not a side
#: ("Russian troops in Ukraine have lost", "the Defence Ministry in Moscow"; sides.py).
COUNTRIES_AND_CAPITALS = r"Ukraine|Russia|Kyiv|Kiev|Moscow"

#: A side's groupings of forces named as a whole ("the Yug battlegroup", "Battlegroup Tsentr",
#: "units of the Southern Group of Forces", "Battlegroups North and Dnepr"; Ukraine's
#: "Khortytsia group"): which side each one is, where it stands as the subject of a verb
#: (sides._battlegroups). The short Russian names take a bare "group"; the English ones need
#: "battlegroup" or "group of forces" ("a Western group of experts" is no grouping).
_RU_GROUP_NAMES = r"Yug|Tsentr|Zapad|Vostok|Dnepr|Dnieper|Sever"
_EN_GROUP_NAMES = r"South(?:ern)?|Cent(?:er|re|ral)|West(?:ern)?|East(?:ern)?|North(?:ern)?"
_GROUP_OF_FORCES = r"(?:battle\s*group|group(?:ing)?\s+of\s+(?:forces|troops)|forces\s+group)"
BATTLEGROUPS = {
    "russia": re.compile(rf"\bBattle\s*groups?\s+(?:{_RU_GROUP_NAMES}|{_EN_GROUP_NAMES})\b(?:\s+and\s+(?:{_RU_GROUP_NAMES}|{_EN_GROUP_NAMES})\b)?"
                         rf"|\b(?:{_RU_GROUP_NAMES})\s+(?:{_GROUP_OF_FORCES}|group(?:ing)?)\b"
                         rf"|\b(?:{_EN_GROUP_NAMES})\s+{_GROUP_OF_FORCES}\b", re.IGNORECASE),
    "ukraine": re.compile(r"\b(?:Khortytsi?a|Tavri?ia|Tavria)\s+(?:operational[-\s]strategic\s+|operational[-\s]tactical\s+)?(?:group(?:ing)?|battle\s*group)\b", re.IGNORECASE),
}

#: Russia's name for its war ("special military operation", "special operation"), not set off as
#: someone else's word ("so-called", "what Moscow calls", in quotation marks): a running tally of
#: items destroyed "since the start of the special military operation" is told in Russia's words,
#: of what it destroyed (sides.operation_tally). "so-called" or a quotation mark between the
#: article and the name breaks the phrase.
SPECIAL_OPERATION_TALLY = re.compile(r"\b(?:since\s+the\s+(?:start|beginning|outset|launch)\s+of\s+(?:the\s+)?|during\s+the\s+|in\s+the\s+course\s+of\s+the\s+)"
                                     r"special\s+(?:military\s+)?operation\b(?![\"”’'])", re.IGNORECASE)


#: Words only Ukraine's side uses of Russia's forces ("occupiers", "orcs"), and only Russia's side
#: of Ukraine's ("the Kiev regime", "neo-Nazis", "AFU militants"): who uses them speaks for that side.
UKRAINIAN_WORDS_FOR_RUSSIANS_RE = re.compile(r"\b(?:occupiers?|invaders?|rashists?|rushists?|orcs?|ru(?:s|ss|sc)ists?|rascists?|katsaps?)\b", re.IGNORECASE)
RUSSIAN_WORDS_FOR_UKRAINIANS_RE = re.compile(r"\b(?:Kiev|Kyiv)\s+regime\b|\bneo-?Nazis?\b|\bBanderites?\b|\bnationalist\s+(?:formations|battalions|units)\b"
                                             r"|\b(?:Ukrainian|AFU)\s+(?:nationalists|militants|armed\s+formations)\b|\bmilitants\s+of\s+the\s+(?:AFU|Ukrainian)\b", re.IGNORECASE)

#: The enemy's fighters named by a word either side uses only of its enemy ("up to 50 nationalists",
#: "30 militants", "foreign mercenaries"): like "enemy", the other side from the speaker's
#: (sides.speakers_word_for_the_enemy); with no speaker's side, no side.
WORDS_FOR_THE_ENEMYS_FIGHTERS_RE = re.compile(r"(?:(?:foreign\s+)?mercenar(?:y|ies)|militants|nationalists|neo-?Nazis|Banderites)", re.IGNORECASE)

#: Third countries and alliances whose people and bodies speak for neither side ("Polish Foreign
#: Minister X", "a senior Nato official", "the North Atlantic Treaty Organization"): a speaker
#: described by one is a third party, whichever side's losses the sentence names. ("an Alliance
#: official", capitalised before a role, is NATO's: rule third_country_speaker.)
THIRD_COUNTRIES = (r"NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|(?:North\s+Atlantic\s+)?Alliance(?=\s+(?:officials?|diplomats?|sources?|intelligence|spokes\w+|leaders?|members?)\b)|EU|European\s+Union|Polish|Poland['’]s|German|Germany['’]s|French|France['’]s|"
                   r"Italian|Spanish|Dutch|Belgian|Danish|Swedish|Norwegian|Finnish|Estonian|Latvian|Lithuanian|Czech|Slovak|Romanian|"
                   r"Hungarian|Bulgarian|Moldovan|Canadian|Australian|Japanese|South\s+Korean|Israeli|Turkish|Chinese|Indian|Swiss|Irish|Austrian|Georgian|"
                   r"(?:Italy|Spain|Netherlands|Belgium|Denmark|Sweden|Norway|Finland|Estonia|Latvia|Lithuania|Czechia|Slovakia|Romania|Hungary|"
                   r"Bulgaria|Moldova|Canada|Australia|Japan|South\s+Korea|Israel|Turkey|China|India|Switzerland|Ireland|Austria)['’]s")

#: Words after a role noun that make it an adjective, not a speaker ("an official update", "the
#: official death toll", "official figures"): the phrase is what was said, not who said it.
ROLE_AS_ADJECTIVE = (r"updates?|figures?|data|counts?|toll|death|casualty|casualties|losses|estimates?|numbers?|reports?|tally|statistics|"
                     r"statements?|announcements?|confirmation|records?|lists?|channels?|websites?|accounts?|positions?|version|line|results?|"
                     r"information|documents?|visit|talks|meeting|language|name|status|recognition|acknowledg\w*")


#: What a body or person named in a sentence did instead of speaking ("Russia's defence ministry |did not
#: respond to a request for comment|", "Kyiv |declined to comment|", "Moscow |denies| the figures"): the
#: name is only mentioned, and a later "the report said" or "the ministry said" does not refer to it.
SILENT_AFTER = (r"(?:(?:has|have|had|did|does|do|was|were|is|are|could|would)\s+)?(?:not|n['’]t|never)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)*"
                r"(?:respond\w*|repl\w*|comment\w*|return\w*|confirm\w*|answer\w*|acknowledg\w*|disclos\w*|publish\w*|give|given|provide\w*|release\w*|"
                r"be\s+reached|been\s+reached|reachable|available)"
                r"|declin\w*|refus\w*|den(?:y|ies|ied)|dismiss\w*|reject\w*|disput\w*|rarely\s+(?:comments|discloses|publishes)|(?:remained|stayed|kept|was|is|been)\s+silent"
                r"|(?:was|is|were|are|has\s+been)\s+unavailable|(?:made|makes|gave|gives|offered|had|has|provided)\s+no\s+(?:immediate\s+|official\s+|further\s+)?(?:comment|figures|details|response|reply|confirmation)")
#: Words right before a name that make it the object of a verb or a preposition ("a request for comment
#: |from| the Defence Ministry", "sent |to| the ministry"): the name does not speak in that sentence.
OBJECT_BEFORE = r"(?:to|from|with|for|against|on|at|about|towards?|asked|contacted|approached|urged|critici[sz]ed|accused|blamed|met|meets|visited|thanked|praised|called|phoned)"


#: Joined to a country's name, a word of where a weapon comes from ("a UK-made howitzer", "US-supplied
#: guns", "German-built tanks", "a Western-donated system"): the country names no speaker.
MADE_IN = r"(?:made|supplied|provided|built|manufactured|produced|donated|designed|delivered|furnished|sent|gifted|funded|origin)"


#: Head nouns of an organisation's name that goes on with "for"/"of" ("the Media Initiative for Human Rights",
#: "the Centre for Civil Liberties"): the capitalised words after them are still the body's name, no person's.
ORG_HEAD_WORDS = (r"(?:Cent(?:er|re)|Institute|Initiative|Foundation|Organi[sz]ation|Committee|Council|Union|Association|Society|Coalition|"
                  r"Network|Fund|Project|Movement|League|Alliance|Commission|Observatory|Mission|Group|Platform|Office|Bureau|Laboratory|Lab)")


#: Words of agreement before someone else's estimate ("agreeing with Western estimates that ..."): the
#: speaker who agrees makes the claim, not the estimate's owner.
AGREEING_WITH = r"(?:agree\w*|in\s+line|consistent|concur\w*|echo\w*|confirm\w*|corroborat\w*|match\w*|support\w*|align\w*|endors\w*|accept\w*)"


#: Words of what the ledger counts or of a report of it ("lost", "casualties", "captured", "drones", "figures",
#: "the following"): a speaker whose sentence has none of them and no figure spoke of something else, and is
#: not carried over to the figures of later paragraphs (rule speaker_off_the_topic).
CLAIM_TOPIC = (r"los[st]\w*|casualt\w*|kill\w*|dead|deaths?|died|wounded|injur\w*|destroy\w*|eliminat\w*|neutrali[sz]\w*|shot|down\w*|intercept\w*|"
               r"captur\w*|liberat\w*|seiz\w*|took|taken|control\w*|advanc\w*|gain\w*|occup\w*|retook|retake\w*|recaptur\w*|regain\w*|withdr[ae]w\w*|"
               r"retreat\w*|fled|flee\w*|surrender\w*|encircl\w*|territor\w*|square|sq|km|kilomet\w*|miles?|settlements?|villages?|towns?|"
               r"tanks?|drones?|uavs?|missiles?|aircraft|planes?|jets?|helicopters?|vehicles?|artillery|equipment|weapons|ships?|boats?|"
               r"troops|soldiers|servicem[ae]n|personnel|fighters|men|army|forces|units|figures?|data|numbers?|toll|statistics|estimates?|tally|count|"
               r"report\w*|update\w*|bulletin|summary|following|below|latest|daily|overnight|past\s+(?:day|24|week)|"
               r"address|statement|briefing|telegram|facebook|posts?|posted|video|interview|source")


def compile_alternatives(pairs) -> list[tuple[re.Pattern, ...]]:
    return [(re.compile(rf"^(?:{p})", re.IGNORECASE), *rest) for p, *rest in pairs]


AREA_UNIT_RES = compile_alternatives(AREA_UNITS)
ITEM_RES = compile_alternatives(ITEMS)
#: ("troop-carrying vehicles": a personnel word inside a compound adjective counts no people.)
#: The noun of a count of people that is only its fate ("one killed", "6-8 wounded").
KILLED_ONLY_RE = re.compile(r"(?:killed|dead|wounded|injured)", re.IGNORECASE)
PERSONNEL_RE = re.compile(rf"^(?:{PERSONNEL}|{KILLED})\b(?!-)", re.IGNORECASE)
SETTLEMENTS_RE = re.compile(rf"^{SETTLEMENTS}\b", re.IGNORECASE)
QUALIFIER_RES = [(re.compile(rf"(?:^|\W)(?:{p})\W*$", re.IGNORECASE), q) for p, q in QUALIFIERS]
LIBERATED_RE = re.compile(rf"\b(?:{LIBERATED})", re.IGNORECASE)
LOSS_RE = re.compile(rf"\b(?:{LOSS})", re.IGNORECASE)
#: Verbs of soldiers dying that say nothing of things: "600 troops would have fallen", "fell in battle".
FALLEN_RE = re.compile(r"\b(?:(?<=have\s)fallen|(?<=has\s)fallen|(?<=had\s)fallen|fell\s+in\s+(?:battle|combat|action))\b", re.IGNORECASE)
FLED_RE = re.compile(rf"\b(?:{FLED})", re.IGNORECASE)
NOT_A_LOSS_RE = re.compile(rf"\b(?:{NOT_A_LOSS})\b", re.IGNORECASE)
CAPTIVE_RE = re.compile(rf"\b(?:{CAPTIVE})", re.IGNORECASE)
STOLEN_RE = re.compile(rf"\b(?:{STOLEN})", re.IGNORECASE)
TAKEN_AWAY_RE = re.compile(rf"\b(?:{TAKEN_AWAY})\b", re.IGNORECASE)
RUSSIAN_RE = re.compile(rf"\b(?:{RUSSIAN})\b", re.IGNORECASE)
UKRAINIAN_RE = re.compile(rf"\b(?:{UKRAINIAN})\b", re.IGNORECASE)
CLAIM_TOPIC_RE = re.compile(rf"\b(?:{CLAIM_TOPIC})\b|:\s*$", re.IGNORECASE)

# --- shared by the stages (one spelling of each, used by figures, periods and extractor) -------

#: Month names as reporting writes them ("Sept.", "June", "Aug"); a full stop after is the caller's.
MONTH_NAMES = r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
#: An optional qualifier before a figure, as :data:`QUALIFIERS` spells them ("more than", "about").
QUALIFIER_WORDS = "(?:(?:" + "|".join(pattern for pattern, _ in QUALIFIERS) + r")\s+)?"
#: Item classes that move on their own and can carry soldiers away (``vehicles_fled``); other
#: items left behind by soldiers who fled are lost equipment.
VEHICLE_CLASSES = frozenset({"bus", "truck", "car", "vehicle", "armoured_car", "apc", "ifv", "armoured_vehicle", "tank", "other_equipment"})
#: Item classes a civilian may own: their origin is told by the words around them.
CIVILIAN_CLASSES = frozenset({"truck", "bus", "car", "vehicle"})
#: Makes and words that make a truck or car military ("Kamaz", "Tigr", "army trucks").
MILITARY_MAKES_RE = re.compile(r"\b(?:Kamaz|KAMAZ|Ural|GAZ|Tigr?|Tiger|military|army|armou?red|UAZ|BMP|BTR|MT-LB)\b")
#: Words that make vehicles civilian ("stolen from locals", "private cars").
CIVILIAN_MARKS_RE = re.compile(r"\b(?:civilian|private|stolen|looted|locals?|residents?)\b", re.IGNORECASE)
#: Words that make a loss figure a running total ("in total", "so far", "as of", "have lost", "has
#: identified by name", "has visually confirmed"; losses
#: that "stood at" or "rose to" a figure with no period of its own).
RUNNING_TOTAL_RE = re.compile(r"\b(?:in\s+total|total|totals|overall|altogether|so\s+far|to\s+date|as\s+of|since|already|st(?:ood|ands?)\s+at|(?:rose|risen|climbed|grew|grown|increased)\s+to|ha(?:ve|s|d)\s+(?:\w+\s+){0,2}(?:lost|destroyed|killed|eliminated|suffered|reached|identified|confirmed|documented|verified|recorded|counted))\b", re.IGNORECASE)


#: Words that make a figure a running total whatever its verb, a narrower
#: test than RUNNING_TOTAL_RE: a bare "has lost" repeats a headline's day figure ("in total", "since the start of the war").
TOTAL_IN_SO_MANY_WORDS_RE = re.compile(r"\b(?:in\s+total|overall|altogether|so\s+far|to\s+date|since\s+the\s+(?:start|beginning|outset)|since\s+(?:Feb(?:ruary|\.)?\s+24|24\s+Feb(?:ruary|\.)?))\b", re.IGNORECASE)
# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
# The long word alternations most sentences are searched with run on the lower-cased text (see .guard).
guard.lower_case(globals(), "MILITARY_CONTEXT", "LIBERATED_RE", "LOSS_RE", "NOT_A_LOSS_RE")
# So do those the stages search whole sentences with, for each sentence with figures.
guard.lower_case(globals(), "CAPTIVE_RE", "STOLEN_RE", "FLED_RE", "UKRAINIAN_RE", "RUNNING_TOTAL_RE", "LOST_BEFORE_GAIN")


#: Regions of Russia that reports name as where drones and missiles were shot down ("over the Saratov
#: region"), beyond the border regions the place table holds; none of them is contested (no Crimea).
RUSSIAN_REGIONS = (r"Moscow|Saratov|Voronezh|Rostov|Oryol|Orel|Tula|Ryazan|Kaluga|Smolensk|Tver|Lipetsk|Tambov|Astrakhan|Volgograd|Krasnodar|"
                   r"Kursk|Belgorod|Bryansk|Leningrad|Novgorod|Pskov|Penza|Nizhny\s+Novgorod|Yaroslavl|Ivanovo|Vladimir|Kostroma|Samara|Tatarstan|"
                   r"Bashkortostan|Chuvashia|Mordovia|Stavropol|Dagestan|Chechnya|Adygea|Kalmykia|Ulyanovsk|Orenburg|Murmansk|Perm|Sverdlovsk|"
                   r"Chelyabinsk|Tyumen|Kirov|Kaliningrad")
RUSSIAN_REGION_RE = re.compile(rf"(?:{RUSSIAN_REGIONS})", re.IGNORECASE)


#: Types only one side fields (sides.only_one_side_fields_it): Russia alone flies the Su-34
#: and launches Shaheds; only Ukraine fields Leopards and HIMARS. Types both sides use (Su-25,
#: Su-27, MiG-29, Mi-8, Mi-24, T-64, T-72, T-80, S-300, Buk, BMP-2) are left out on purpose.
ONLY_RUSSIAN_TYPES = (r"Su-(?:30|34|35|57)|Tu-(?:22|95|142|160)|A-50|Il-(?:20|22)|Be-12|Ka-52|Mi-28|T-90|TOS-1|BMPT|Pantsir|S-400|"
                      r"Iskander|Kalibr|Kinzhal|Kh-\d+|Shahed|Geran|Lancet|Orlan|Zala|Krasnopol")
ONLY_UKRAINIAN_TYPES = (r"Leopard|Abrams|Challenger|Bradley|Marder|Stryker|M113|M777|M109|Caesar|PzH|Krab|HIMARS|M270|MARS\s+II|Patriot|"
                        r"IRIS-T|NASAMS|F-16|Mirage|MaxxPro|Cougar|Kozak|Storm\s+Shadow|SCALP|ATACMS|Neptune|Bohdana|Bogdana|Stugna|Javelin|Gepard")

#: Ukraine's own name for its forces ("the Defense Forces", "Ukraine's Defence Forces"); Russia has
#: none of that name. Written case-sensitive, with "the" right before it: "the Israel Defense
#: Forces", "air defence forces", "the Self-Defense Forces" are not it.
UKRAINE_DEFENCE_FORCES = (r"(?:(?<![\w-])(?:[Tt]he|Ukraine['’]s|Ukrainian)\s+Defen[cs]e\s+Forces\b(?:\s+of\s+Ukraine\b)?"
                          # "Defenders liberate 37 km²": Ukraine's own word for its forces, written with a capital
                          r"|(?<![\w-])(?<!the\s)Defenders\b(?!\s+of\s+the\s+Fatherland))")


#: Nouns for a body of troops, whose size "numbered" gives ("the armed forces numbered 200,000"):
#: a strength, not a loss (counting rule strength_of_a_force).
FORCE_NOUNS = r"forces|force|army|armies|troops|grouping|groupings|group|contingent|garrison|corps|division|brigade|units?"


#: Oblasts of Ukraine (ISO 3166-2) that Russia holds no part of and over which only Ukraine's air
#: defence reports shooting drones and missiles down: what is shot down there was Russia's ("11 Shahed
#: drones were destroyed in the Poltava, Odesa and Vinnytsia regions"). Left out: Crimea, Sevastopol,
#: Donetsk, Luhansk, Zaporizhzhia, Kherson, Kharkiv, Sumy and Mykolaiv (partly held in 2022), where Russia's
#: forces also report downing Ukraine's drones and aircraft.
UNOCCUPIED_OBLASTS = frozenset({"UA-05", "UA-07", "UA-12", "UA-18", "UA-21", "UA-26", "UA-30", "UA-32", "UA-35", "UA-46",
                                "UA-51", "UA-53", "UA-56", "UA-61", "UA-68", "UA-71", "UA-74", "UA-77"})
#: Crimea and Sevastopol: Russia reports downing Ukraine's drones there along with its own regions, so a
#: list of regions naming them is never told as Ukraine's air defence's by its other names.
CONTESTED_ALWAYS = frozenset({"UA-43", "UA-40"})
#: Capitalised words in a list of regions that name no place ("the Mykolaiv and Odesa Regions", "western Chernivtsi Oblast").
REGION_LIST_WORDS = frozenset({"oblast", "oblasts", "region", "regions", "province", "provinces", "the", "and", "city", "of"})
#: The speaker's own region in a report of drones downed ("over our region", "above his oblast").
SPEAKERS_REGION = r"(?:our|his|her)\s+(?:region|oblast|province|city|territory|district)"


#: What confirms a figure without being anyone who claims it ("confirmed by aerial reconnaissance", "verified
#: by satellite imagery"): no speaker, so the one who said it stays the claimant (rule evidence_not_speaker).
EVIDENCE_NOT_SPEAKER_RE = re.compile(r"(?:(?:the|our|their|its)\s+)?(?:(?:aerial|air|satellite|drone|video|photo|radio|radar|visual|objective|geolocated|intercepted|open-source)\s+)+"
                                     r"(?:reconnaissance|imagery|images|footage|photos|photographs|videos|intercepts|surveillance|observation|control|evidence)", re.IGNORECASE)
