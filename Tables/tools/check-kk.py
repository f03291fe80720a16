#!/usr/bin/env python3
"""Check the Kazakh scheme tables (Tables/kk-*.json) with ICU's own uconv.

Stdlib only; needs `uconv` (Debian package icu-devtools) on PATH.

  python3 Tables/tools/check-kk.py            # all kk-*.json tables
  python3 Tables/tools/check-kk.py kk-iso-9   # some of them

Checks, per table:
  * fields as in docs/tables.md (no unknown keys, id = file name, rules start with ::NFC;)
  * every sample and reverse sample, run through uconv
  * the whole Kazakh + Russian alphabet (small and capital, alone, in every two-letter
    combination, in words) gives no Cyrillic
  * a line gives the same as its tokens transliterated one by one (Atau caches per token)
  * capitals: a capital's value is the small letter's value with its first letter
    capitalised (alone, before a small letter) or all capitals (next to a capital)
  * reversible tables: reverse(forward(w)) == w for Kazakh words in small, title and
    capital case, leaving out words the scheme's merges make ambiguous
Exit status 0 when everything passes; mismatches are printed.
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.dirname(HERE)

ALPHABET = "АаӘәБбВвГгҒғДдЕеЁёЖжЗзИиЙйКкҚқЛлМмНнҢңОоӨөПпРрСсТтУуҰұҮүФфХхҺһЦцЧчШшЩщЪъЫыІіЬьЭэЮюЯя"
CAPITALS = ALPHABET[0::2]
SMALLS = ALPHABET[1::2]
CYRILLIC = re.compile("[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F]")

REQUIRED = ["id", "name", "language", "authority", "year", "url", "source", "reversible",
            "undefined", "fallback", "rules", "samples"]
OPTIONAL = ["reverseRules", "reverseSamples"]

# Kazakh words and names for the round trips (hand-picked, native spelling).
WORDS = """
ана ата бала қыз ұл үй жер су тау тас дала қала ауыл өзен көл теңіз күн ай жұлдыз аспан
бұлт жел қар жаңбыр орман ағаш гүл шөп құс ит мысық жылқы түйе сиыр қой ешкі бөрі түлкі аю
қасқыр кітап мектеп мұғалім оқушы дәптер қалам сөз тіл әріп дыбыс ән күй домбыра би жыр ақын
өлең халық ел мемлекет отан тәуелсіздік бостандық бейбітшілік достық махаббат бақыт өмір уақыт
жыл апта таң кеш түн бүгін ертең кеше қазір әрқашан үлкен кіші жақсы жаман әдемі ақ қара
қызыл сары көк жасыл бір екі үш төрт бес алты жеті сегіз тоғыз он жүз мың бару келу жазу оқу
айту көру білу істеу жүру тұру отыру ұйықтау тамақ нан сүт ет шай қымыз бауырсақ сүйек жүрек
бас көз құлақ мұрын ауыз қол аяқ шаш тіс бай той ой сай жай қайда айран бейне мейрам тайпа
үйрену кию жию тию сүю дария қария ұя ояну аяз аялдама баян биік кісі сый қалайын бұрыңғы
үйіне айтса кетсе жетсе бітсе шығу кіру алу беру ерлік дастан мықты ғой қазағым
Қазақстан Алматы Астана Шымкент Қарағанды Ақтөбе Атырау Маңғыстау Жаңаөзен Түркістан Тараз
Орал Семей Павлодар Көкшетау Қызылорда Талдықорған Петропавл Өскемен Ертіс Іле Есіл Балқаш
Арал Жетісу Сарыарқа Алатау Баянауыл Ұясай Ясауи Шиелі Жамбыл Өскенбай Рысқұлов Даңғылы Әшім
Үшқұлын Іңқардария Әуезов
Асқар Қайырбек Бағдат Әлихан Смайылов Нұрсұлтан Назарбаев Қасым Жомарт Тоқаев Ерлан Ержан
Айгерім Өтепова Ғалым Жұмағұлов Бөкейхан Мұхтар Абай Құнанбайұлы Шоқан Уәлиханов Ахмет
Байтұрсынұлы Міржақып Дулатұлы Жабаев Сәкен Сейфуллин Жансүгіров Бейімбет Майлин
Мағжан Жұмабаев Құрманғазы Дина Нұрпейісова Әлия Молдағұлова Мәншүк Мәметова Бауыржан
Момышұлы Қаныш Сәтбаев Динмұхамед Қонаев Айбек Айдос Айжан Айнұр Айсұлу Ақерке Ақмарал
Ақтоты Алмас Амангелді Арман Асан Әсел Әсем Әйгерім Балжан Бақытжан Бекзат Болат Гүлнара
Гүлмира Дамир Дархан Дәурен Дәулет Ерболат Ербол Еркебұлан Жандос Жанар Жансая Зарина Зере
Ислам Қайрат Қанат Қарлығаш Қуаныш Лаура Мадина Мақсат Марат Меруерт Мирас Мұрат Нұрлан
Нұржан Нұрбол Ораз Оралхан Өмірзақ Рахат Райымбек Сабит Салтанат Сәуле Сұлтан Талғат Тимур
Төлеген Ұлан Ұлжан Үміт Шынар Шыңғыс Ырысты Бибігүл Бекжан Жақсылық Қуандық Темірлан
Мейрамбек Серік Сержан Жәнібек Абылай Кенесары Қабанбай Бөгенбай Наурызбай Төле Әйтеке
Қазыбек Есім Тәуке Жәңгір Махамбет Исатай Құлманбет Шәкәрім Сүйінбай Біржан Ақан Мәди
Естай Кенен Жүсіпбек Еркін Ахинжанов Мамин Асхат Аймағамбетов Анар Фазылжанова Рустем
Қаракесов Самат Ерғалиев Бибісара Асаубаева Динара Сәдуақасова Санжар Мусаев Омар Мусин
Нөгербек Бейбарыс Толымбеков Әбенова Ермек Қонышбаев Жанмұрат Аштаев Нұрғалиев Байболат
Күнболатұлы Гүлнұр Қосдәулетқызы Данияр Хасенов Берікбол Садыбай Ердембеков бағалануы
әліпби Тасмағамбетов Алёна чемпион Юрий Ильич Горький Щеглова Жанна Цой Эльвира Подъячев
Дарья Объявление Горько-Солёное Сергеевич Ерёменко Юлия Андрей Дмитрий Евгений Виталий Худяков
Вьюга Съезд Вьюн Бьёрн Ташчишма Съёмка Вьётся Пьеса Игорь Ильин Соловьёв Подъезд Адъютант Марьина
Ульяна Компьютер Интервью Мышь Ночь Рожь Ёж Цюрих Мцыри Щёлоков Хрущёв Чайковский Йошкар-Ола
""".split()

VOWELS = set("аәеёиоөуұүыіэюя")

# Capitals whose standard form has every letter capital, also before a small letter:
# ALA-LC writes the tied pairs T͡S, N͡G, I͡U, I͡A (LC records: T︠S︡vetaeva).
ALL_CAPS_LETTERS = {"kk-ala-lc": "ЦҢЮЯ"}


def uconv(rules, text):
    """Transliterate text exactly as given (no newline added: text edges are text edges)."""
    p = subprocess.run(["uconv", "-f", "UTF-8", "-t", "UTF-8", "-x", rules],
                       input=text.encode("utf-8"), capture_output=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr.decode("utf-8", "replace").strip())
    return p.stdout.decode("utf-8")


def batch(rules, texts):
    """Many single-line texts in one uconv run, one per line."""
    texts = list(texts)
    assert all("\n" not in t for t in texts)
    out = uconv(rules, "\n".join(texts) + "\n").split("\n")
    assert out[-1] == "" and len(out) == len(texts) + 1, (len(out), len(texts))
    return out[:-1]


def each(rules, texts):
    """Each text in its own uconv run (so it stands at both text edges)."""
    texts = list(dict.fromkeys(texts))
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as ex:
        return dict(zip(texts, ex.map(lambda t: uconv(rules, t), texts)))


def tokens(line):
    return [t for t in re.split(r"(\s+)", line) if t]


def title_first(s, table_id):
    if not s:
        return s
    c = s[0]
    if c == "i" and table_id == "kk-latin-2021":
        c = "İ"
    elif c == "ı":
        c = "I"
    else:
        c = c.upper()
    return c + s[1:]


def all_caps(s, table_id):
    if table_id == "kk-latin-2021":
        s = s.replace("i", "İ")
    return s.upper()


def round_trip_ok(table_id, w):
    """Words the forward merges of a reversible table leave unambiguous."""
    low = w.lower()
    if table_id == "kk-latin-2021":
        if re.search("[һцэъь]", low):
            return False
        for i, ch in enumerate(low):
            prev = low[i - 1] if i else ""
            if ch == "и" and prev in VOWELS:
                return False          # и after a vowel reads back as й (Ибраим)
            if ch == "й" and (prev not in VOWELS or prev == "у"):
                return False          # й only reads back after a vowel other than у
        if re.search("ы[аоу]", low):
            return False              # ya/yo/yu read back as я/ё/ю
        return True
    if table_id == "kk-ala-lc":
        return "шч" not in low        # shch is щ
    return True


class Checker:
    def __init__(self):
        self.failures = 0
        self.passed = 0

    def expect(self, what, got, want):
        if got == want:
            self.passed += 1
        else:
            self.failures += 1
            print(f"  FAIL {what}: got {got!r}, want {want!r}")

    def ok(self, what, cond, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failures += 1
            print(f"  FAIL {what} {detail}")


def check_table(path, c):
    name = os.path.basename(path)[:-5]
    print(f"== {name}")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    t = json.loads(raw)
    c.ok("pretty-printed (json.dumps indent=2, ensure_ascii=False)",
         raw == json.dumps(t, indent=2, ensure_ascii=False) + "\n")
    keys = set(t)
    c.ok("required keys", set(REQUIRED) <= keys, str(set(REQUIRED) - keys))
    c.ok("no unknown keys", keys <= set(REQUIRED + OPTIONAL), str(keys - set(REQUIRED + OPTIONAL)))
    c.ok("id = file name", t.get("id") == name)
    c.ok("language kk", t.get("language") == "kk")
    c.ok("year int or null", t.get("year") is None or isinstance(t.get("year"), int))
    for k in ("name", "authority", "url", "source", "undefined", "fallback"):
        c.ok(f"{k} is a string", isinstance(t.get(k), str))
    c.ok("undefined letters are small Cyrillic",
         all(ch in SMALLS for ch in t.get("undefined", "")))
    c.ok("fallback given when undefined is not empty", not t["undefined"] or t["fallback"])
    c.ok("rules start with ::NFC;", t["rules"][:1] == ["::NFC;"])
    c.ok("reverseRules iff reversible", bool(t["reversible"]) == ("reverseRules" in t))
    c.ok("at least one sample", len(t["samples"]) >= 1)
    for r in t["rules"] + t.get("reverseRules", []):
        c.ok("one rule per item", "\n" not in r, repr(r))

    fwd = "\n".join(t["rules"])
    tid = t["id"]

    # samples
    ins = [s[0] for s in t["samples"]]
    for (src, want), got in zip(t["samples"], batch(fwd, ins)):
        c.expect(f"sample {src!r}", got, want)
    # samples standing alone (text edges) give the same
    alone = each(fwd, ins)
    for src, want in t["samples"]:
        c.expect(f"sample alone {src!r}", alone[src], want)

    # alphabet: no Cyrillic left
    lines = [ALPHABET, ALPHABET.upper(), ALPHABET.lower(), " ".join(ALPHABET),
             "-".join(ALPHABET), ". ".join(ALPHABET) + "."]
    bigrams = [a + b for a in ALPHABET for b in ALPHABET]
    trigrams = [a + b + d for a in ALPHABET for b in "аАсСеЕ" for d in ALPHABET]
    for src, got in zip(lines + bigrams + trigrams, batch(fwd, lines + bigrams + trigrams)):
        c.ok("no Cyrillic left", not CYRILLIC.search(got), f"{src!r} -> {got!r}")
    singles = each(fwd, list(ALPHABET))
    for ch, got in singles.items():
        c.ok("single letter gives no Cyrillic", not CYRILLIC.search(got), f"{ch!r} -> {got!r}")
    words = WORDS + [w.upper() for w in WORDS]
    for src, got in zip(words, batch(fwd, words)):
        c.ok("word gives no Cyrillic", not CYRILLIC.search(got), f"{src!r} -> {got!r}")

    # capitals
    for cap, small in zip(CAPITALS, SMALLS):
        v = singles[small]
        tv = all_caps(v, tid) if cap in ALL_CAPS_LETTERS.get(tid, "") else title_first(v, tid)
        got = batch(fwd, [cap + "б", cap * 3, small * 3, cap + ".", "Б" + cap, "б" + small])
        c.expect(f"capital {cap} alone", singles[cap], tv)
        c.ok(f"capital {cap} before a small letter", got[0].startswith(tv), f"{got[0]!r}")
        c.expect(f"capital {cap}{cap}{cap}", got[1], all_caps(got[2], tid))
        c.expect(f"capital {cap}.", got[3], tv + ".")
        c.expect(f"capital Б{cap}", got[4], "B" + all_caps(got[5][1:], tid))

    # a line equals its tokens done one by one
    lines = ins + [" ".join(WORDS), " ".join(w.upper() for w in WORDS),
                   "Ж. Жанна ЖАННА ЖЖ ж. Ш.Ч.Щ. Ё-Ю-Я ЕЕ ее Ей ий ИЙ Дмитрий-Ерлан",
                   "\t".join(ALPHABET), ALPHABET + " " + ALPHABET.upper()]
    whole = batch(fwd, lines)
    toks = each(fwd, [tok for line in lines for tok in tokens(line) if not tok.isspace()])
    for line, got in zip(lines, whole):
        joined = "".join(tok if tok.isspace() else toks[tok] for tok in tokens(line))
        c.expect(f"token by token {line[:40]!r}", joined, got)

    # reverse
    if t["reversible"]:
        rev = "\n".join(t["reverseRules"])
        rs = t.get("reverseSamples", [])
        for (src, want), got in zip(rs, batch(rev, [s[0] for s in rs])):
            c.expect(f"reverse sample {src!r}", got, want)
        ralone = each(rev, [s[0] for s in rs])
        for src, want in rs:
            c.expect(f"reverse sample alone {src!r}", ralone[src], want)
        cands = []
        for w in WORDS:
            if round_trip_ok(tid, w):
                cands += [w.lower(), w[0].upper() + w[1:].lower(), w.upper()]
        cands = list(dict.fromkeys(cands))
        latin = batch(fwd, cands)
        back = batch(rev, latin)
        for w, l, b in zip(cands, latin, back):
            c.expect(f"round trip {w!r} via {l!r}", b, w)
        # round trip of the whole line too, and of the letters
        if tid in ("kk-iso-9", "kk-ala-lc"):
            # ʺ ʹ have no case: Ъ Ь come back as capitals only after a capital
            for src in [ALPHABET.upper(), ALPHABET.lower()]:
                c.expect(f"round trip alphabet {src[:12]!r}", batch(rev, batch(fwd, [src]))[0], src)
            for a in ALPHABET:
                if a not in "ЪЬ":
                    c.expect(f"round trip letter {a!r}", batch(rev, batch(fwd, [a]))[0], a)
        print(f"  round trips: {len(cands)} words")


def main():
    names = sys.argv[1:]
    paths = sorted(os.path.join(TABLES, f) for f in os.listdir(TABLES)
                   if f.startswith("kk-") and f.endswith(".json"))
    if names:
        paths = [p for p in paths if os.path.basename(p)[:-5] in names]
    c = Checker()
    for p in paths:
        try:
            check_table(p, c)
        except Exception as e:  # noqa: BLE001 - report and go on
            c.failures += 1
            print(f"  ERROR {e}")
    print(f"{c.passed} passed, {c.failures} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
