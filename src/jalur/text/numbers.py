"""Counts written as words, in Indonesian and English ("lima juta", "empat hari lalu", "two weeks ago")."""

from __future__ import annotations

#: one to ten as words → the number
NUMBER_WORDS: dict[str, int] = {
    w: n
    for n, words in enumerate(
        (
            "",
            "satu one",
            "dua two",
            "tiga three",
            "empat four",
            "lima five",
            "enam six",
            "tujuh seven",
            "delapan eight",
            "sembilan nine",
            "sepuluh ten",
        )
    )
    for w in words.split()
}
