#!/usr/bin/env python3
"""Generate the Russian scheme tables Tables/ru-*.json from the iuliia schemas.

Usage:
    python3 Tables/tools/import-iuliia.py SCHEMA_DIR [--out DIR]

SCHEMA_DIR is the `schemas` folder of the iuliia 0.13.0 Python package (MIT licence,
https://github.com/nalgeon/iuliia), e.g. /tmp/iuliia/iuliia/schemas.  DIR defaults to the
`Tables` folder this script lives in.  Standard library only.

iuliia's engine (schema.py, nlp.py) works word by word (words split at \\b) and letter by
letter; for each letter it takes, in this order,
  1. prev_mapping["XY"]  (Y after the input letter X; a one-letter key "Y" = Y at the start
     of a word),
  2. next_mapping["XY"]  (X before the input letter Y),
  3. mapping["X"],
and a word longer than two letters whose last two letters are a key of ending_mapping gets
that value for them (the letter before them then has no next letter).  Case: keys match
"xy", "Xy" and "XY" (never "xY"); the value of a capital letter is capitalised.

The rules compile this into three ICU passes:
  1. (after ::NFC) Kazakh letters → their Russian counterparts, so every scheme gives Latin;
  2. endings, and every letter whose value depends on the letter before it, are rewritten
     into private-use placeholders (one per letter, case and value).  ICU before-contexts
     see already transliterated text, so this pass is where they still see Cyrillic; the
     context sets include the placeholders, so "ее" still reads as е after е;
  3. placeholders → their values, next_mapping as after-contexts (which see the input),
     then the base mapping.
Deliberate differences from iuliia (docs/tables.md conventions):
  - Cyrillic ё (U+0451) in iuliia's values and samples is Latin ë (U+00EB);
  - a capital whose value has two or more letters is all capitals when the next letter is a
    capital or the previous output letter is one (ЖАННА → ZHANNA), else title case
    (Жанна → Zhanna, Ж. → Zh.); iuliia gives ZhANNA;
  - every letter of a capital's value is upper case (iuliia leaves "·y" of Ы lower case).

The module also exposes `Reference`, a direct port of iuliia's algorithm with the same
deliberate differences; check-samples.py uses it for differential tests.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

IULIIA_VERSION = "0.13.0"
RU_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# Official "Russian rendering of Kazakh anthroponyms" (reference section 2.4).
KK_FOLD = [("ә", "а"), ("ғ", "г"), ("қ", "к"), ("ң", "н"), ("ө", "о"),
           ("ұ", "у"), ("ү", "у"), ("һ", "х"), ("і", "и")]
KK_FOLD_MAP = {**{k: v for k, v in KK_FOLD}, **{k.upper(): v.upper() for k, v in KK_FOLD}}
KK_UNDEFINED = "".join(k for k, _ in KK_FOLD)
KK_FALLBACK = ("Kazakh letters are first folded to the Russian letters of the official Russian "
               "rendering of Kazakh names (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у, һ→х, і→и, both cases) "
               "and then romanized by this scheme.")
PH_BASE = 0xE000  # private-use placeholders used between pass 2 and pass 3

# Names, authorities and years (reference section 1; iuliia's pages).
META = {
    "ala_lc": ("ALA-LC romanization of Russian, with diacritics and ligature ties",
               "Library of Congress and American Library Association", 2012),
    "ala_lc_alt": ("ALA-LC romanization of Russian, without diacritics or ties",
                   "Library of Congress and American Library Association", 2012),
    "bgn_pcgn": ("BGN/PCGN 1947 romanization of Russian, with middle dots",
                 "US Board on Geographic Names and UK Permanent Committee on Geographical Names", 1947),
    "bgn_pcgn_alt": ("BGN/PCGN 1947 romanization of Russian, without middle dots",
                     "US Board on Geographic Names and UK Permanent Committee on Geographical Names", 1947),
    "bs_2979": ("British Standard 2979:1958 (ы → ȳ, Oxford University Press)",
                "British Standards Institution", 1958),
    "bs_2979_alt": ("British Standard 2979:1958, simplified",
                    "British Standards Institution", 1958),
    "gost_16876": ("GOST 16876-71, table 1 (with diacritics)",
                   "USSR State Committee for Standards (Gosstandart)", 1971),
    "gost_16876_alt": ("GOST 16876-71, table 2 (ASCII)",
                       "USSR State Committee for Standards (Gosstandart)", 1971),
    "gost_52290": ("GOST R 52290-2004 (road signs)", "Gosstandart of Russia", 2004),
    "gost_52535": ("GOST R 52535.1-2006 (machine-readable passports, Russian passports 2010-2013)",
                   "Federal Agency on Technical Regulating and Metrology (Russia)", 2006),
    "gost_7034": ("GOST R 7.0.34-2014 (simplified transliteration, first listed alternatives)",
                  "Federal Agency on Technical Regulating and Metrology (Rosstandart)", 2014),
    "gost_779": ("GOST 7.79-2000 system A (= ISO 9:1995)",
                 "Interstate Council for Standardization, Metrology and Certification; ISO", 2000),
    "gost_779_alt": ("GOST 7.79-2000 system B (ASCII)",
                     "Interstate Council for Standardization, Metrology and Certification", 2000),
    "icao_doc_9303": ("ICAO Doc 9303, transliteration of Cyrillic (Russian passports since FMS Order No. 320 of 2012)",
                      "International Civil Aviation Organization", 2006),
    "iso_9_1954": ("ISO/R 9:1954", "International Organization for Standardization", 1954),
    "iso_9_1968": ("ISO/R 9:1968", "International Organization for Standardization", 1968),
    "iso_9_1968_alt": ("ISO/R 9:1968, alternative (English-style) values",
                       "International Organization for Standardization", 1968),
    "mosmetro": ("Moscow Metro map transliteration", "Moscow Metro (as documented by iuliia)", None),
    "mvd_310": ("MVD Order No. 310 of 26 May 1997, English table (Russian passports 1997-2010)",
                "Ministry of Internal Affairs of Russia (MVD)", 1997),
    "mvd_310_fr": ("MVD Order No. 310 of 26 May 1997, French table",
                   "Ministry of Internal Affairs of Russia (MVD)", 1997),
    "mvd_782": ("MVD 782-2000", "Ministry of Internal Affairs of Russia (MVD), as documented by iuliia", 2000),
    "scientific": ("Scientific (scholarly linguistic) transliteration",
                   "Academic convention, no issuing body", None),
    "telegram": ("Telegram transliteration", "Telegram (as documented by iuliia)", None),
    "ungegn_1987": ("UNGEGN 1987, UN resolution V/18",
                    "United Nations Conference on the Standardization of Geographical Names (UNGEGN)", 1987),
    "wikipedia": ("English Wikipedia romanization of Russian (WP:RUS, modified BGN/PCGN)",
                  "English Wikipedia", None),
    "yandex_maps": ("Yandex.Maps transliteration", "Yandex (as documented by iuliia)", None),
    "yandex_money": ("Yandex.Money transliteration (bank card names)", "Yandex (as documented by iuliia)", None),
}
REVERSIBLE = {"gost_779", "gost_779_alt"}


# ---------------------------------------------------------------------------------------------
# Values and case


def fix_value(value):
    """NFC, and iuliia's Cyrillic ё (a bug) → Latin ë."""
    value = unicodedata.normalize("NFC", value)
    return value.replace("\u0451", "\u00eb").replace("\u0401", "\u00cb")


def cased(ch):
    return unicodedata.category(ch) in ("Ll", "Lu", "Lt")


def n_cased(value):
    return sum(1 for ch in value if cased(ch))


def upper_all(value):
    return "".join(ch.upper() if cased(ch) else ch for ch in value)


def upper_first(value):
    out, done = [], False
    for ch in value:
        if not done and cased(ch):
            out.append(ch.upper())
            done = True
        else:
            out.append(ch)
    return "".join(out)


def skip_chars(schema):
    """Characters of the values that are not cased letters (quotes, dots, modifier letters):
    the case rule looks through them for the previous output letter."""
    chars = set()
    for table in ("mapping", "prev_mapping", "next_mapping", "ending_mapping"):
        for value in (schema.get(table) or {}).values():
            for ch in fix_value(value):
                if not cased(ch) and not unicodedata.category(ch).startswith("M"):
                    chars.add(ch)
    return "".join(sorted(chars))


def multi_letter(schema):
    return any(n_cased(fix_value(v)) >= 2
               for t in ("mapping", "prev_mapping", "next_mapping", "ending_mapping")
               for v in (schema.get(t) or {}).values())


# ---------------------------------------------------------------------------------------------
# Reference engine: iuliia's algorithm + Kazakh fold + ё fix + the case rule


WORD_SPLIT = re.compile(r"\b")


class Reference:
    def __init__(self, schema):
        self.map = {k: fix_value(v) for k, v in schema["mapping"].items()}
        self.prev = {k: fix_value(v) for k, v in (schema.get("prev_mapping") or {}).items()}
        self.next = {k: fix_value(v) for k, v in (schema.get("next_mapping") or {}).items()}
        self.end = {k: fix_value(v) for k, v in (schema.get("ending_mapping") or {}).items()}
        self.skip = set(skip_chars(schema))

    @staticmethod
    def _lower(ch):
        return unicodedata.category(ch) == "Ll"

    @staticmethod
    def _upper(ch):
        return unicodedata.category(ch) == "Lu"

    def _base(self, prev, cur, nxt):
        """The lowercase value iuliia picks for `cur`, or None."""
        cl = cur.lower()
        up = self._upper(cur)
        if prev == "":
            if cl in self.prev:
                return self.prev[cl]
        elif prev.lower() + cl in self.prev and (not up or self._upper(prev)):
            # keys "xy", "Xy", "XY" (iuliia builds no "xY")
            return self.prev[prev.lower() + cl]
        if nxt == "":
            if cl in self.next:
                return self.next[cl]
        elif cl + nxt.lower() in self.next and (up or not self._upper(nxt)):
            return self.next[cl + nxt.lower()]
        return self.map.get(cl)

    def _prev_is_capital(self, out):
        i = len(out) - 1
        while i >= 0 and (out[i] in self.skip or unicodedata.category(out[i]).startswith("M")):
            i -= 1
        return i >= 0 and self._upper(out[i])

    def translate(self, text):
        text = unicodedata.normalize("NFC", text)
        text = "".join(KK_FOLD_MAP.get(ch, ch) for ch in text)
        out = ""
        pos = 0
        for word in WORD_SPLIT.split(text):
            if not word:
                continue
            stem, ending = (word[:-2], word[-2:]) if len(word) > 2 else (word, "")
            end_value = None
            if ending in self.end:
                end_value = self.end[ending]
            elif ending and ending == ending.upper() and ending.lower() in self.end:
                end_value = upper_all(self.end[ending.lower()])
            letters = stem if end_value is not None else word
            for j, cur in enumerate(letters):
                prev = letters[j - 1] if j > 0 else ""
                nxt = letters[j + 1] if j + 1 < len(letters) else ""
                value = self._base(prev, cur, nxt)
                if value is None:
                    out += cur
                    continue
                if not self._upper(cur):
                    out += value
                elif n_cased(value) < 2:
                    out += upper_all(value)
                else:
                    following = text[pos + j + 1] if pos + j + 1 < len(text) else ""
                    if (following and self._upper(following)) or self._prev_is_capital(out):
                        out += upper_all(value)
                    else:
                        out += upper_first(value)
            if end_value is not None:
                out += end_value
            pos += len(word)
        return out


# ---------------------------------------------------------------------------------------------
# ICU rule text


def esc(text):
    """A string as literal ICU rule text (ASCII punctuation escaped)."""
    out = []
    for ch in text:
        if ord(ch) < 128 and not ch.isalnum():
            out.append("\\" + ch)
        elif unicodedata.category(ch) in ("Zs", "Cc", "Cf", "Co"):
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def name_part(value):
    """A variable-name part for a value: letters and digits only."""
    parts = []
    for ch in value:
        if ch.isalnum():
            if parts and parts[-1] != "dot":
                parts[-1] += ch
            else:
                parts.append(ch)
        elif ch == "\u00b7":
            parts.append("dot")
    return "_".join(parts) or "none"


def show(value):
    return value if value else "∅"


class Compiler:
    def __init__(self, schema):
        self.s = schema
        self.map = {k: fix_value(v) for k, v in schema["mapping"].items()}
        self.prev = {k: fix_value(v) for k, v in (schema.get("prev_mapping") or {}).items()}
        self.next = {k: fix_value(v) for k, v in (schema.get("next_mapping") or {}).items()}
        self.end = {k: fix_value(v) for k, v in (schema.get("ending_mapping") or {}).items()}
        self.skip = skip_chars(schema)
        self.placeholders = {}  # (letter with case, value) → (variable, code point)
        # prev groups: (lowercase letter, value) → [previous letters], initial flag
        self.prev_groups = {}
        for key, value in self.prev.items():
            cur = key[-1]
            group = self.prev_groups.setdefault((cur, value), {"after": [], "initial": False})
            if len(key) == 1:
                group["initial"] = True
            else:
                group["after"].append(key[0])
        for (cur, value) in self.prev_groups:
            for letter in (cur, cur.upper()):
                var = "$%s_%s" % (letter, name_part(value))
                while any(v == var for v, _ in self.placeholders.values()):
                    var += "x"
                self.placeholders[(letter, value)] = (var, PH_BASE + len(self.placeholders))

    def family(self, letter):
        """A letter as context: the letter itself or its variable with its placeholders."""
        if any(l == letter for l, _ in self.placeholders):  # defined in rules() for these
            return "$" + letter
        return letter

    def caps(self, src, value, ctx=None, ctx_upper=None, comment=""):
        """Rules for a capital letter (or its placeholder) `src`."""
        after = " } %s" % ctx if ctx else ""
        note = "  # " + comment if comment else ""
        if n_cased(value) < 2:
            return ["%s%s → %s ;%s" % (src, after, esc(upper_all(value)), note)]
        up, title = esc(upper_all(value)), esc(upper_first(value))
        if ctx:
            return ["$pc { %s } %s → %s ;%s" % (src, ctx, up, note),
                    "%s } %s → %s ;" % (src, ctx_upper, up),
                    "%s } %s → %s ;" % (src, ctx, title)]
        return ["$pc { %s → %s ;%s" % (src, up, note),
                "%s } $U → %s ;" % (src, up),
                "%s → %s ;" % (src, title)]

    def rules(self):
        r = ["::NFC;",
             "# Pass 1: Kazakh letters → their Russian counterparts (official Russian rendering of",
             "# Kazakh names), so that the whole Kazakh and Russian alphabet gives Latin.",
             ]
        for k, v in KK_FOLD:
            r.append("%s → %s ;" % (k, v))
            r.append("%s → %s ;" % (k.upper(), v.upper()))
        needs_pass2 = bool(self.prev or self.end)
        if needs_pass2:
            r += ["::Null;",
                  "# Pass 2: iuliia reads words split at \\b; $w are word characters (with the placeholders).",
                  "$w = [[:L:][:M:][:N:]_[:Co:]] ;",
                  "$nw = [^$w] ;  # not a word character, also the text edges"]
            if self.end:
                r.append("# ending_mapping: the last two letters of a word of three or more letters.")
                for key, value in self.end.items():
                    r.append("$w { %s } $nw → %s ;  # -%s → %s" % (key, esc(value), key, show(value)))
                    r.append("$w { %s } $nw → %s ;" % (key.upper(), esc(upper_all(value))))
            if self.prev:
                r += ["# prev_mapping: a letter whose value depends on the input letter before it becomes a",
                      "# placeholder here, where before-contexts still see Cyrillic; pass 3 writes its value."]
                for (letter, value), (var, cp) in self.placeholders.items():
                    case = "capital " if letter.isupper() else ""
                    r.append("%s = \\u%04X ;  # %s%s read as %s" % (var, cp, case, letter, show(value)))
                # letters that stand in a context (before a prev_mapping letter, after a
                # next_mapping letter) and have placeholders get a class with them
                in_context = {k[0] for k in self.prev if len(k) == 2} | {k[1] for k in self.next}
                in_context |= {l.upper() for l in in_context}
                letters = sorted({l for l, _ in self.placeholders if l in in_context},
                                 key=lambda l: (l.isupper(), RU_LOWER.index(l.lower())))
                for letter in letters:
                    members = " ".join(v for (l, _), (v, _) in self.placeholders.items() if l == letter)
                    r.append("$%s = [%s %s] ;  # %s, also when marked" % (letter, letter, members, letter))
                for (cur, value), group in self.prev_groups.items():
                    low_var = self.placeholders[(cur, value)][0]
                    up_var = self.placeholders[(cur.upper(), value)][0]
                    desc = "%s → %s" % (cur, show(value))
                    where = []
                    if group["initial"]:
                        where.append("at the start of a word")
                    after = group["after"]
                    if after:
                        where.append("after " + " ".join(after))
                    comment = "%s %s" % (desc, " and ".join(where))
                    if group["initial"]:
                        r.append("$nw { %s → %s ;  # %s" % (cur, low_var, comment))
                        r.append("$nw { %s → %s ;" % (cur.upper(), up_var))
                        comment = ""
                    if after:
                        lower_set = " ".join(self.family(x) for x in after)
                        upper_set = " ".join(self.family(x.upper()) for x in after)
                        r.append("[%s %s] { %s → %s ;%s" % (lower_set, upper_set, cur, low_var,
                                                          "  # " + comment if comment else ""))
                        r.append("[%s] { %s → %s ;" % (upper_set, cur.upper(), up_var))
        r.append("::Null;")
        r.append("# Pass 3: placeholders, next_mapping (after-contexts see the input), base mapping.")
        if multi_letter(self.s):
            upper_ph = " ".join(v for (l, _), (v, _) in self.placeholders.items() if l.isupper())
            r.append("# Case: a capital whose value has two or more letters is all capitals when the next")
            r.append("# letter is a capital or the previous output letter is one (ЖАННА → ZHANNA), else")
            r.append("# title case (Жанна → Zhanna, Ж. → Zh.).")
            r.append("$U = [[:Lu:]%s] ;  # a capital letter, also a marked one" % (" " + upper_ph if upper_ph else ""))
            skip = "[%s[:M:]]" % esc(self.skip) if self.skip else "[:M:]"
            r.append("$pc = [:Lu:] %s* ;  # the previous output letter is a capital (quotes, dots between)" % skip)
        for (letter, value), (var, _) in self.placeholders.items():
            if letter.islower():
                r.append("%s → %s ;" % (var, esc(value)))
            else:
                r += self.caps(var, value)
        next_groups = {}
        for key, value in self.next.items():
            next_groups.setdefault((key[0], value), []).append(key[1:])
        for letter in RU_LOWER:
            value = self.map.get(letter)
            for (cur, nvalue), nexts in next_groups.items():
                if cur != letter:
                    continue
                comment = "%s → %s before %s" % (cur, show(nvalue), " ".join(nexts))
                low = "[%s]" % " ".join(self.family(y) for y in nexts)
                any_case = "[%s %s]" % (" ".join(self.family(y) for y in nexts),
                                        " ".join(self.family(y.upper()) for y in nexts))
                upper_only = "[%s]" % " ".join(self.family(y.upper()) for y in nexts)
                r.append("%s } %s → %s ;  # %s" % (cur, low, esc(nvalue), comment))
                r += self.caps(cur.upper(), nvalue, any_case, upper_only)
            if value is None:
                continue
            note = ""
            if "\u0451" in self.s["mapping"][letter]:
                note = "  # iuliia has Cyrillic ё here; Latin ë is meant"
            r.append("%s → %s ;%s" % (letter, esc(value), note))
            r += self.caps(letter.upper(), value)
        return r


# ---------------------------------------------------------------------------------------------
# Reverse rules (Latin → Cyrillic), written out by hand

ISO9_REVERSE = [
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("ë", "ё"),
    ("ž", "ж"), ("z", "з"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("f", "ф"), ("h", "х"), ("c", "ц"), ("č", "ч"), ("š", "ш"), ("ŝ", "щ"), ("y", "ы"),
    ("è", "э"), ("û", "ю"), ("â", "я"),
]


def sign_rules(latin, lower, upper, what):
    return ["[:Lu:] { %s } $sign* [^[:Ll:] $sign] → %s ;  # %s: capital after a capital, unless a lowercase letter follows"
            % (esc(latin), upper, what),
            "%s → %s ;" % (esc(latin), lower)]


def reverse_gost_779():
    r = ["::NFC;",
         "# GOST 7.79-2000 system A (ISO 9:1995), Latin → Cyrillic: one letter for one letter.",
         "# ʺ (U+02BA) and ʹ (U+02B9) have no case.",
         "$sign = [ʺʹ] ;"]
    r += sign_rules("\u02ba", "ъ", "Ъ", "ʺ → ъ")
    r += sign_rules("\u02b9", "ь", "Ь", "ʹ → ь")
    for lat, cyr in ISO9_REVERSE:
        r.append("%s → %s ;" % (lat, cyr))
        r.append("%s → %s ;" % (lat.upper(), cyr.upper()))
    return r


# System B: longest sequences first.  ц is c before е и й ы, else cz; both read back as ц.
GOST_B_REVERSE = [
    ("shh", "щ"), ("sh", "ш"), ("zh", "ж"), ("ch", "ч"), ("cz", "ц"), ("c", "ц"),
    ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("y`", "ы"), ("e`", "э"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("x", "х"),
]


def reverse_gost_779_alt():
    r = ["::NFC;",
         "# GOST 7.79-2000 system B, Latin → Cyrillic; longest sequence first. Exact for Russian",
         "# spelling (it never has е or э before ъ or ь, nor two signs in a row).",
         "# `` and ` have no case.",
         "$sign = [\\`] ;"]
    r += sign_rules("``", "ъ", "Ъ", "`` → ъ")
    r += sign_rules("`", "ь", "Ь", "` → ь")
    for lat, cyr in GOST_B_REVERSE:
        forms = [lat]
        if n_cased(lat) >= 2:
            forms += [upper_first(lat), upper_all(lat)]
        else:
            forms.append(upper_all(lat))
        for i, form in enumerate(forms):
            target = cyr if i == 0 else cyr.upper()
            note = ""
            if lat == "c" and i == 0:
                note = "  # ц before е и й ы"
            elif lat == "cz" and i == 0:
                note = "  # ц elsewhere"
            r.append("%s → %s ;%s" % (esc(form), target, note))
    return r


REVERSE_RULES = {"gost_779": reverse_gost_779, "gost_779_alt": reverse_gost_779_alt}


# ---------------------------------------------------------------------------------------------
# Tables


def has_yo_bug(schema):
    values = [v for t in ("mapping", "prev_mapping", "next_mapping", "ending_mapping")
              for v in (schema.get(t) or {}).values()]
    return any("\u0451" in v for v in values + [p[1] for p in schema["samples"]])


def table_id(name):
    return "ru-" + name.replace("_", "-")


def fix_sample(pair):
    return [unicodedata.normalize("NFC", pair[0]), fix_value(pair[1])]


def build(schema):
    name = schema["name"]
    title, authority, year = META[name]
    samples = [fix_sample(p) for p in schema["samples"]]
    ref = Reference(schema)
    if multi_letter(schema):
        # Passports and lists print names in capitals; the standard's letter values in capitals.
        inputs = [p[0] for p in samples]
        person = "Юлия Щеглова" if "Юлия Щеглова" in inputs else "Жанна Щеглова"
        extra = []
        if name == "bgn_pcgn":
            extra.append([person, ref.translate(person)])
        extra.append([person.upper(), ref.translate(person).upper()])
        if name == "bgn_pcgn":
            extra.append(["ЮЛИЯ", ref.translate("Юлия").upper()])
        samples += extra
    table = {
        "id": table_id(name),
        "name": title,
        "language": "ru",
        "authority": authority,
        "year": year,
        "url": schema.get("url") or "https://iuliia.ru/%s/" % name.replace("_", "-"),
        "source": ("iuliia %s schema %s (MIT); samples from the standard as published by iuliia"
                   % (IULIIA_VERSION, name)
                   + (", with Latin ë for iuliia's Cyrillic ё (a bug in iuliia)" if has_yo_bug(schema) else "")
                   + ("; all-capital sample: the same name in capitals, as passports and lists print "
                      "names (the standard's letter values, all capitals next to a capital)"
                      if multi_letter(schema) else "")
                   + ("; reverse samples: iuliia's samples and the words of its sample sentence, inverted"
                      if name in REVERSIBLE else "")),
        "reversible": name in REVERSIBLE,
        "undefined": KK_UNDEFINED,
        "fallback": KK_FALLBACK,
        "rules": Compiler(schema).rules(),
    }
    if name in REVERSIBLE:
        table["reverseRules"] = REVERSE_RULES[name]()
    table["samples"] = samples
    if name in REVERSIBLE:
        # iuliia's samples inverted, and the words of its pangram that hold the letters a
        # reverse table has to tell apart (signs, ё, щ, ц, э, ю, я, й, ы)
        rev = [[lat, cyr] for cyr, lat in samples]
        cyr_words = samples[0][0].replace(",", "").split()
        lat_words = samples[0][1].replace(",", "").split()
        for cyr, lat in zip(cyr_words, lat_words):
            if any(ch in cyr.lower() for ch in "ъьёщцэюяйы") and [lat, cyr] not in rev:
                rev.append([lat, cyr])
        table["reverseSamples"] = rev
    return table


def dump(table):
    """Pretty JSON: 2-space indent, one rule per line, one sample pair per line."""
    lines = ["{"]
    items = list(table.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        k = json.dumps(key)
        if isinstance(value, list) and value and isinstance(value[0], list):
            lines.append("  %s: [" % k)
            for j, pair in enumerate(value):
                c = "," if j + 1 < len(value) else ""
                lines.append("    %s%s" % (json.dumps(pair, ensure_ascii=False), c))
            lines.append("  ]%s" % comma)
        elif isinstance(value, list):
            lines.append("  %s: [" % k)
            for j, item in enumerate(value):
                c = "," if j + 1 < len(value) else ""
                lines.append("    %s%s" % (json.dumps(item, ensure_ascii=False), c))
            lines.append("  ]%s" % comma)
        else:
            lines.append("  %s: %s%s" % (k, json.dumps(value, ensure_ascii=False), comma))
    lines.append("}")
    return "\n".join(lines) + "\n"


def load_schemas(schema_dir):
    schemas = {}
    for file in sorted(os.listdir(schema_dir)):
        if not file.endswith(".json"):
            continue
        with open(os.path.join(schema_dir, file), encoding="utf-8") as f:
            schema = json.load(f)
        if schema["name"] in META:
            schemas[schema["name"]] = schema
    missing = sorted(set(META) - set(schemas))
    if missing:
        sys.exit("missing iuliia schemas: %s" % ", ".join(missing))
    return schemas


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("schema_dir", help="iuliia's schemas folder")
    parser.add_argument("--out", default=os.path.dirname(here), help="output folder (default: Tables)")
    args = parser.parse_args()
    for name, schema in load_schemas(args.schema_dir).items():
        table = build(schema)
        path = os.path.join(args.out, table["id"] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(dump(table))
        print("wrote %s (%d rules, %d samples)" % (path, len(table["rules"]), len(table["samples"])))


if __name__ == "__main__":
    main()
