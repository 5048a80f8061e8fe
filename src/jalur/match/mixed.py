"""Mixed farming: a survey answer that names both crop work and livestock ("bertani sayur dan pelihara
sapi", "tanam padi sambil ternak kambing") is the mixed crop and animal producers' group (ISCO-08 6130),
or, for a labourer ("buruh tani dan ngarit buat sapi orang"), the mixed crop and livestock farm
labourers' (9213) — by the classification's own definitions, whatever single crop or animal the words
match best. Selling produce ("jual sayur dan ayam") is trade, not farming. Pure word tests.
"""

from __future__ import annotations

import re

#: crop work: farming, planting, harvesting (a field named as the place — "angon bebek di sawah", ducks
#: herded on a harvested paddy — is no crop work)
_CROP = re.compile(
    r"\b(?:bertani|tani|petani|nandur|tanam|menanam|nanam|bercocok|berkebun|nyawah|berladang|memanen|manen|"
    r"metik)\b",
    re.I,
)
#: livestock work: keeping, raising, herding animals
_LIVESTOCK = re.compile(
    r"\b(?:ternak|beternak|peternak|ternakan|pelihara|memelihara|piara|ngingu|angon|ngangon|ngarit|"
    r"gembala|menggembala)\b[^.;]{0,40}?\b(?:sapi|kambing|domba|kerbau|ayam|bebek|itik|babi|kuda|ternak)\b|"
    r"\b(?:ternak|beternak|peternak)\b",
    re.I,
)
_TRADE = re.compile(r"\b(?:jual|jualan|berjualan|menjual|dagang|berdagang|pedagang|warung|toko|kios)\b", re.I)
_LABOUR = re.compile(r"\b(?:buruh|kuli|upahan|diupah|harian\s+lepas|bhl|ikut\s+orang)\b", re.I)

MIXED_PRODUCER = "6130"
MIXED_LABOURER = "9213"


def mixed_farming(text: str) -> str | None:
    """The mixed-farming unit group a text names (6130, or 9213 for a labourer), None when it does not
    name both crop and livestock work, or names trade."""
    t = text or ""
    if not (_CROP.search(t) and _LIVESTOCK.search(t)) or _TRADE.search(t):
        return None
    return MIXED_LABOURER if _LABOUR.search(t) else MIXED_PRODUCER
