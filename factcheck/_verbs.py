"""Verb forms the comparisons need and the crude stem cannot give: irregular past forms and participles."""

from __future__ import annotations

__all__ = ["IRREGULAR_PAST", "PAST_AS_OTHER"]

# Irregular past forms and participles news prints, with their verb: "swam" / "did not swim". Forms that are
# as often another word ("left", "found", "saw", "rose", "fell", "felt", "lay") are left out.
IRREGULAR_PAST = {
    **dict.fromkeys(("arose", "arisen"), "arise"), "ate": "eat", "eaten": "eat", "became": "become",
    "began": "begin", "begun": "begin", "bit": "bite", "bitten": "bite", "blew": "blow", "blown": "blow",
    "broke": "break", "broken": "break", "brought": "bring", "built": "build", "bought": "buy", "caught": "catch",
    "chose": "choose", "chosen": "choose", "came": "come", "dealt": "deal", "drew": "draw", "drawn": "draw",
    "drank": "drink", "drunk": "drink", "drove": "drive", "driven": "drive", "fought": "fight", "fled": "flee",
    "flew": "fly", "flown": "fly", "forgot": "forget", "forgotten": "forget", "froze": "freeze",
    "frozen": "freeze", "gave": "give", "given": "give", "went": "go", "gone": "go", "grew": "grow",
    "grown": "grow", "heard": "hear", "hid": "hide", "hidden": "hide", "held": "hold", "kept": "keep",
    "knew": "know", "known": "know", "led": "lead", "lost": "lose", "made": "make", "meant": "mean", "met": "meet",
    "paid": "pay", "ran": "run", "rang": "ring", "rung": "ring", "risen": "rise", "sought": "seek", "sold": "sell",
    "sent": "send", "shook": "shake", "shaken": "shake", "shot": "shoot", "shown": "show", "sang": "sing",
    "sung": "sing", "sank": "sink", "sunk": "sink", "sat": "sit", "slept": "sleep", "spoke": "speak",
    "spoken": "speak", "spent": "spend", "stood": "stand", "stole": "steal", "stolen": "steal", "struck": "strike",
    "swore": "swear", "sworn": "swear", "swam": "swim", "swum": "swim", "took": "take", "taken": "take",
    "taught": "teach", "tore": "tear", "torn": "tear", "told": "tell", "thought": "think", "threw": "throw",
    "thrown": "throw", "understood": "understand", "woke": "wake", "woken": "wake", "wore": "wear", "worn": "wear",
    "won": "win", "wrote": "write", "written": "write", "withdrew": "withdraw", "withdrawn": "withdraw",
}  # fmt: skip

# Past forms left out of IRREGULAR_PAST because they are as often another word ("left" wing, "found" a
# charity): where only "is this a past form?" is asked, they count.
PAST_AS_OTHER = frozenset("left found saw rose fell felt lay hit".split())
