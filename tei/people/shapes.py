"""What a personal name looks like: general shapes, not lists of the names in our corpus.

Korean names with a hyphenated given name (``Kim Byeong-jik``, ``PAK Dong-hwan``), Chinese
names (a common surname and a pinyin given name: ``Qiao Minghua``), Vietnamese names (a common
surname and two syllables: ``Tran Duc Minh``), names with initials (``A.N. Belov``,
``Ralph T. Morley``), and any capitalised words after a title (``Comrade Kurt Wendler``).
"""

from __future__ import annotations

import re
import unicodedata


def one_of(alternatives: str) -> str:
    """The alternation ``alternatives`` (``a|b|…``, every branch opening with a letter),
    grouped by first letter: ``(?:C(?:omrade|hairman)|M(?:inister|ajor))``.

    The regex engine tries the branches of an alternation one after the other at every place
    it could start; grouped, it tries only those that open with the letter there (half the
    time of the title searches). The branches keep their order within a group, and branches
    with another first letter cannot match there anyway, so every match is the same.
    """
    groups: dict[str, list[str]] = {}
    for branch in alternatives.split("|"):
        if not branch[:1].isalpha():
            raise ValueError(f"a branch must open with a letter: {branch!r}")
        groups.setdefault(branch[0], []).append(branch[1:])
    parts = [
        first + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in groups.items()
    ]
    return f"(?:{'|'.join(parts)})"


CHINESE_SURNAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng "
    "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia "
    "Ding Wei Xue Ye Yan Lu Lü Du Dai Fu Zhong Qian Qiao Jin Wen Gu Shen Kong Mao Qiu Qin Shi "
    "Tan Liao Zou Xiong Meng Bai Kang Hou Shao Yin Chang Fan Fang Tao Geng Zhu Hao Ji Ke Lei "
    "Long Mo Ni Ou Qi Ren Ruan Tong Wan Xiang Xing Yao Yi Yue Zhan Zuo Bo Chu Ge Guan Hua Lai "
    "Lian Lou Min Mu Ning Pu Rao Sang Sha Tu Wen Xi Xia Xian Yun Zang Zhai".split()
)
VIETNAMESE_SURNAMES = frozenset(
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Truong Lam "
    "Mai Trinh Cao Luong Ha Ta Doan Van Vuong Quach Chu Luu Kieu".split()
)
_PINYIN = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo"
    r"|ue|ui|er|a|o|e|i|u|ü)"
)
_PINYIN_NAME = re.compile(rf"(?:{_PINYIN.pattern}){{1,3}}")

UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper() and chr(c).isalpha())
"""Every capital letter of the Latin alphabets (``Ș``, ``Ł``, ``Ž``, ``Ö``), for a character
class: a name is found by its place and its capital, whatever its letters."""
ARTICLE_PREFIX = one_of("al|el|ad|ar|as|ash|at|az|an|ul|ud") + "-"
"""The Arabic article glued to a name (``al-Ubaydi``): the word is a name word all the same."""
NAME_WORD = rf"(?:[A-Z]\.(?:[A-Z]\.)*+|[{UPPER}][\w-]*+(?:[’'][a-rt-z]\w*+)*+)"
"""A word of a name: a capitalised word (without a possessive ’s) or initials (``A.N.``).

The quantifiers are possessive (``*+``): what follows a name word is a space, an apostrophe
or the end, never a word character, so giving back letters can never lead to a match; the
regex engine would otherwise give them back one by one at every capitalised word of a text
(a third of the time of the name searches). The matches are the same."""
PARTICLES = (
    "de la|de las|de los|del|de|da|das|dos|do|di|du|van der|van den|van de|van|von der|von|"
    "bin|ibn|ben|ter|ten|le|la|y"
)
"""Lower-case words inside a name of many conventions (``José Ramón de la Peña``, ``Ludwig van
Beethoven``, ``Osama bin Laden``); only between name words, or after a title."""
PARTICLE = one_of(PARTICLES)
PARTICLE_WORDS = frozenset(" ".join(PARTICLES.split("|")).split())
ASCII_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*+|[A-Z][\w-]*+(?:[’'][a-rt-z]\w*+)*+)"
"""A name word with an ASCII capital: where a scan of a whole text starts, since the regex
engine skips to ``A``-``Z`` far faster than to any capital (half the time of the scan)."""
ANY_NAME_WORD = rf"(?:{ARTICLE_PREFIX})?{NAME_WORD}"
"""A name word, or one with the article glued on (``al-Ubaydi``): not where a scan starts,
since a pattern that may open with a lower-case letter is tried at every such letter."""
NAME_SEQ = rf"{NAME_WORD}(?: (?:{PARTICLE} )?{ANY_NAME_WORD})"
"""A name word, then the name words after it, each perhaps after a particle (with a count)."""
NAME_START = rf"(?:{PARTICLE} )?(?:{ARTICLE_PREFIX})?"
"""What may come before the first capital of a name after a title (``de la``, ``al-``)."""


def is_name_word(word: str) -> bool:
    """Whether a word (punctuation stripped) may be part of a name: a capital, or the
    Arabic article glued to one."""
    if word[:1].isupper():
        return True
    head, dash, rest = word.partition("-")
    return bool(dash) and head in _ARTICLES and rest[:1].isupper()


_ARTICLES = frozenset("al el ad ar as ash at az an ul ud".split())


KOREAN = r"(?:[A-Z][a-z]{0,5}|[A-Z]{2,6}) [A-Z][a-z]+-[a-z]+"
INITIALS = r"(?:[A-Z]\.\s?){1,3}(?:[A-Z][a-z’'-]+|[A-Z]{2,})"
MIDDLE_INITIAL = r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z’'-]+"
TWO_OR_THREE = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}"

TITLE_WORDS = (
    "Comrade|Cde\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Prof\\.|Professor|Ing\\.|Amb\\.|Ambassador|"
    "Chargé d’Affaires|Chargé d'Affaires|Chargé|Director-General|DG|Secretary-General|"
    "Minister-Counselor|Minister-Counsellor|Minister Resident|"
    "Vice Minister|Deputy Minister|Prime Minister|Foreign Minister|Vice Foreign Minister|"
    "Deputy Foreign Minister|Minister|"
    "Vice Premier|Deputy Premier|Premier|Vice President|President|Vice Chairman|Chairman|"
    "Deputy Director|Director|Section Chief|Chief Officer|Chief|"
    "Counselor|Counsellor|"
    "First Secretary|Second Secretary|Third Secretary|General Secretary|"
    "Deputy Assistant Secretary|Assistant Secretary|Under Secretary|Secretary|"
    "Consul General|Consul|Military Attaché|Attaché|General|Colonel|Major|Captain|Lieutenant|"
    "Marshal|Admiral|Interpreter|Senator|Governor|Mayor|Liaison Officer|Officer"
)
"""Every title, each alternative a plain phrase (``Vice Minister`` before ``Minister``): an
alternation whose every branch opens with a letter lets the regex engine skip through a text
to the letters a title can begin with (see ``tei.people.scan``)."""
LOWER_TITLES = (
    "ambassador|chargé d’affaires|chargé d'affaires|minister|director|counselor|interpreter"
)
"""Titles as running text writes them (``the DPRK’s ambassador Han Seong-ho``); searched on
their own, since a look-ahead on lower-case letters would skip nothing."""
TITLE_INITIALS = "ACDFGILMOPSTUV"
"""Every letter a title can begin with."""
TITLE_START = f"(?=[{TITLE_INITIALS}])"
TITLE = one_of(TITLE_WORDS)
TITLE_CHAIN = rf"{TITLE}(?: {TITLE})*"
ORG_WORDS = frozenset(
    "Embassy Ministry Department Office Committee Legation Consulate Party Government Council "
    "Bureau Agency Section Division Archive Archives Union Republic People Press Foundation "
    "Institute University Army Navy Command Headquarters Mission Delegation Side Fleet Troupe "
    "Ensemble Plant Combine Affairs State Culture Industry Trade Commission Conference "
    "Assembly Congress Secretariat Service House Room Station Agreement Treaty Program "
    "Programme".split()
)
PERSON_NOUNS = (
    "engineer|performer|journalist|correspondent|fisherman|driver|pilot|doctor|nurse|student|"
    "teacher|writer|poet|artist|scientist|specialist|national|technician|diplomat|merchant|"
    "businessman|priest|translator|seaman|sailor|skipper|master|soldier|worker|farmer|official|"
    "citizen|lawyer|prisoner|professor|economist|geologist|delegate|clerk|employee"
)
"""Lower-case nouns for people, which make the capitalised words after them a name."""
LOCATIVE = frozenset(
    ["in", "at", "to", "from", "near", "via", "through", "towards", "into", "across", "of"]
)
"""Words before a place name; a bare name-shaped pair after one is taken as a place."""
PLACE_LIKE = frozenset(
    ["North", "South", "East", "West", "Soviet", "Chinese", "Korean", "American"]
)


_TWO_SYLLABLES = re.compile(rf"(?:{_PINYIN.pattern}){{2}}")


def is_pinyin_given(word: str, *, two_syllables: bool = False) -> bool:
    """A pinyin given name; bare in running text it must have two syllables (``Minghua``),
    since one-syllable pairs are as often places (``Dong Dang``, ``Hong Kong``)."""
    pattern = _TWO_SYLLABLES if two_syllables else _PINYIN_NAME
    return bool(pattern.fullmatch(word.lower()))


def strong_name(words: list[str], *, bare: bool = False) -> str:
    """The shape of a name that is a name without any title before it, or ""."""
    shape = _shape(words, bare)
    if shape and any(_TITLE_WORD.fullmatch(w) for w in words):
        return ""
    return shape


TITLE_WORD = re.compile(one_of(f"{TITLE_WORDS}|Comrade|Cde\\.|Vice|Deputy|First|Second|Foreign"))
_TITLE_WORD = TITLE_WORD
_KOREAN = re.compile(KOREAN)
_INITIALS = re.compile(INITIALS)
_MIDDLE_INITIAL = re.compile(MIDDLE_INITIAL)


def _shape(words: list[str], bare: bool) -> str:
    # Cheap tests first: this runs on every run of capitalised words in a record.
    n = len(words)
    if n == 0:
        return ""
    if n == 2 and "-" in words[1] and _KOREAN.fullmatch(f"{words[0]} {words[1]}"):
        return "korean"
    if n == 2 and words[0] in CHINESE_SURNAMES and is_pinyin_given(words[1], two_syllables=bare):
        return "chinese"
    if (
        n == 3
        and words[0] in VIETNAMESE_SURNAMES
        and all(w[:1].isupper() and w[1:].islower() for w in words[1:])
    ):
        return "vietnamese"
    if "." in words[0] or (n == 3 and words[1].endswith(".")):
        text = " ".join(words)
        if _INITIALS.fullmatch(text) or _MIDDLE_INITIAL.fullmatch(text):
            return "western"
    return ""


def surname_first(shape: str) -> bool:
    return shape in ("korean", "chinese", "vietnamese", "listed")


def normal_case(word: str) -> str:
    """``PAK`` → ``Pak``, ``ORLOV`` → ``Orlov``; mixed-case words and initials stay."""
    if len(word) > 1 and word.isupper() and word.isalpha():
        return word.capitalize()
    return word


_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
     "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "ħ": "h"}
)  # fmt: skip
"""Letters that Unicode does not decompose into a base letter and a mark (``Białek`` would
lose its ``ł`` and become ``biaek``)."""

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """An ``xml:id`` from a name, in ASCII (``Lü Zhenhai`` → ``lu-zhenhai``)."""
    ascii_name = (
        unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
        .encode("ascii", "ignore")
        .decode()
    )
    text = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")
    return text if text[:1].isalpha() else f"p-{text}" if text else "person"
