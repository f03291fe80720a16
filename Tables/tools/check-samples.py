#!/usr/bin/env python3
"""Check scheme tables with ICU's own `uconv -x` (icu-devtools).

Usage:
    python3 Tables/tools/check-samples.py [TABLE.json ...] [--iuliia SCHEMA_DIR] [--random N]

Without table arguments it checks Tables/ru-*.json.  For every table:
  - every sample (and reverse sample) gives the expected text;
  - the whole Kazakh + Russian alphabet, and names in capitals, give no Cyrillic;
  - a line gives the same as its whitespace-separated tokens one by one;
  - for reversible tables, reverse(forward(x)) == x on Russian words (lower, title, capitals)
    and, for ru-gost-779, on random letter strings.
With --iuliia (the iuliia schemas folder) it also compares the rules with the reference
engine of import-iuliia.py (iuliia's algorithm + the documented deviations) on random text,
and with iuliia's own engine (the package around SCHEMA_DIR) on lowercase and title-case
text, where the only expected difference is Latin ë for Cyrillic ё.
Exit status 1 when anything fails.  Standard library only.
"""

import argparse
import glob
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.dirname(HERE)
ALPHABET = "АаӘәБбВвГгҒғДдЕеЁёЖжЗзИиЙйКкҚқЛлМмНнҢңОоӨөПпРрСсТтУуҰұҮүФфХхҺһЦцЧчШшЩщЪъЫыІіЬьЭэЮюЯя"
CAPS_NAMES = ["ҚАЙЫРБЕК ӘБІШҰЛЫ НАЗАРБАЕВ", "ЖАННА ЩЕГЛОВА", "ЁЛКИН ЮРЬЕВ ПОДЪЯЧЕВ ЭЛЬВИРА ЦОЙ",
              "Ж. Щ. Ю.", "Ғалым Жұмағұлов", "Әлихан Бөкейхан"]
RU_WORDS = """
Александр Сергеевич Пушкин Юлия Щеглова Жанна Ерёменко Соловьёв Подъячев Игорь Ильин Артём
Краевой Оксана Клеёнкина Мадыр Чёткий Андрей Видный Гайа Васильева Ян Разъездной Ельцин Юрьев
Объезд Вьюга Цой Царёв Цыганов Цинциннат Улица Лицей Щукин Ёлкин Эльвира Эдуард Зинаида Шишкин
Хрущёв Чайковский Достоевский Мусоргский Шостакович Жуковский Майя Ксения Татьяна Наталья Дарья
Илья Григорьевич Анатольевна Фёдор Пётр Семён Вячеслав Святослав Владислав Любовь Надежда Вера
Евгений Евгения Юрий Дмитрий Аркадий Всеволод Ярослав Ядвига Эмма Элеонора Съезд Подъезд Адъютант
Отъезд Вьюн Бьёрн Марьина Роща Воробьёвы горы Битцевский Тёплый стан Ильича Революции Измайлово
Кожухово Крылатское Лихоборы Пятницкое шоссе Румянцево Саларьево Текстильщики Третьяковская
Тропарёво Фонвизинская Чистые пруды Энтузиастов Электрозаводская Юго-Западная Йошкар-Ола Бийск
Тыайа Сайылык Ойусардах Тыэкан Суык-Су Улан-Удэ Руэм Вяртсиля Ташчишма Змииёвка Айёган Кебанъёль
Озёрный Мейеровка Чапаевск Елизово Ёдва Белкино Зябликово Выхино Новый Уренгой Щегловитовка
Елабуга Бабаево Подъёмная Подъяпольского Цюрих Цапля Конец Отец Кузнецов Кузнецы Цеце Мцыри
Жёлудев Щёлоков Чечня Объявление Съёмка Разъярённый Вьётся Пьеса Бульон Компьютер Интервью
Мышь Ночь Рожь Ёж Ёжиков Шампунь Марья Ульяна Ульяновск Ъ Ь
""".split()
CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")


def uconv(rules, lines):
    """Transliterate each line with ICU rules; returns the output lines."""
    for line in lines:
        if "\n" in line:
            raise ValueError("newline in input")
    proc = subprocess.run(["uconv", "-x", rules], input="\n".join(lines) + "\n",
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("uconv failed: %s" % proc.stderr.strip())
    out = proc.stdout.split("\n")
    if out and out[-1] == "":
        out.pop()
    if len(out) != len(lines):
        raise RuntimeError("uconv gave %d lines for %d" % (len(out), len(lines)))
    return out


def uconv_exact(rules, text):
    """Transliterate text exactly as given: no newline, so the text edges are the edges."""
    proc = subprocess.run(["uconv", "-x", rules], input=text, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("uconv failed: %s" % proc.stderr.strip())
    return proc.stdout


def load_generator():
    spec = importlib.util.spec_from_file_location("import_iuliia", os.path.join(HERE, "import-iuliia.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tokens_of(line):
    return re.split(r"(\s+)", line)


def random_text(rng, n_words, mixed=True):
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    words = []
    for _ in range(n_words):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 7)))
        style = rng.random()
        if style < 0.35:
            pass
        elif style < 0.65:
            word = word[:1].upper() + word[1:]
        elif style < 0.85 or not mixed:
            word = word.upper()
        else:
            word = "".join(c.upper() if rng.random() < 0.5 else c for c in word)
        words.append(word)
    seps = [" ", "-", " ", ". ", "’", "'", "1", " "]
    out = words[0]
    for w in words[1:]:
        out += rng.choice(seps) + w
    return out


def check_table(path, args, gen, schemas, failures):
    with open(path, encoding="utf-8") as f:
        table = json.load(f)
    tid = table["id"]
    rules = "\n".join(table["rules"])
    problems = []

    def fail(msg):
        problems.append(msg)

    if table["rules"][0] != "::NFC;":
        fail("rules do not start with ::NFC;")
    # samples
    inputs = [s[0] for s in table["samples"]]
    got = uconv(rules, inputs)
    for (src, want), out in zip(table["samples"], got):
        if out != want:
            fail("sample %r: got %r, want %r" % (src, out, want))
    # the same at the true text edges (no newline after the text), also token by token
    for src, want in table["samples"]:
        out = uconv_exact(rules, src)
        if out != want:
            fail("sample %r without newline: got %r, want %r" % (src, out, want))
        for tok, want_tok in zip(src.split(), want.split()):
            out = uconv_exact(rules, tok)
            if out != want_tok:
                fail("token %r of sample %r alone: got %r, want %r" % (tok, src, out, want_tok))
    # reverse samples
    if table.get("reversible"):
        rrules = "\n".join(table["reverseRules"])
        rev = table.get("reverseSamples") or []
        got = uconv(rrules, [s[0] for s in rev])
        for (src, want), out in zip(rev, got):
            if out != want:
                fail("reverse sample %r: got %r, want %r" % (src, out, want))
    # no Cyrillic left
    probes = [ALPHABET, ALPHABET.upper(), ALPHABET.lower()] + CAPS_NAMES + inputs
    for src, out in zip(probes, uconv(rules, probes)):
        left = sorted(set(CYRILLIC.findall(out)))
        if left:
            fail("Cyrillic left in %r → %r: %s" % (src, out, " ".join(left)))
    # line == tokens
    lines = inputs + CAPS_NAMES + [" ".join(RU_WORDS[i:i + 6]) for i in range(0, len(RU_WORDS), 6)]
    rng = random.Random(7)
    lines += [random_text(rng, 6).replace("-", " ") for _ in range(200)]
    whole = uconv(rules, lines)
    toks = [[t for t in tokens_of(l) if t and not t.isspace()] for l in lines]
    flat = [t for ts in toks for t in ts]
    tok_out = iter(uconv(rules, flat))
    for line, ts, out in zip(lines, toks, whole):
        joined = "".join(t if t.isspace() else next(tok_out) for t in tokens_of(line) if t)
        if joined != out:
            fail("line vs tokens differ for %r: %r vs %r" % (line, out, joined))
    # round trips
    if table.get("reversible"):
        rrules = "\n".join(table["reverseRules"])
        words = []
        for w in RU_WORDS:
            words += [w.lower(), w[:1].upper() + w[1:].lower(), w.upper()]
        if tid in ("ru-gost-779", "ru-gost-779-alt"):
            rng = random.Random(11)
            letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
            for _ in range(3000):
                w = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
                if w[0] in "ъь":
                    w = "а" + w
                if tid == "ru-gost-779-alt":
                    # system B is exact for Russian spelling, which never has е э ъ ь before ъ ь
                    w = re.sub("(?<=[еэъь])[ъь]+", "", w)
                words.append(w)
                words.append(w.upper())
                if w[1:].strip("ъь"):  # a capital followed by signs only is ambiguous
                    words.append(w[:1].upper() + w[1:])
        words = [w for w in words if w not in ("Ъ", "Ь", "ъ", "ь")]
        fwd = uconv(rules, words)
        back = uconv(rrules, fwd)
        bad = [(w, f, b) for w, f, b in zip(words, fwd, back) if w != b]
        for w, f, b in bad[:10]:
            fail("round trip %r → %r → %r" % (w, f, b))
        if len(bad) > 10:
            fail("... %d round-trip failures in all" % len(bad))
    # differential tests against the reference engine / iuliia
    if schemas is not None:
        name = tid[3:].replace("-", "_")
        schema = schemas.get(name)
        if schema is not None:
            ref = gen.Reference(schema)
            rng = random.Random(hash(name) & 0xffff)
            texts = [random_text(rng, rng.randint(1, 5)) for _ in range(args.random)]
            texts += [w for w in RU_WORDS] + [w.upper() for w in RU_WORDS] + CAPS_NAMES
            outs = uconv(rules, texts)
            bad = [(t, o, ref.translate(t)) for t, o in zip(texts, outs) if o != ref.translate(t)]
            for t, o, r in bad[:10]:
                fail("reference differs on %r: icu %r, reference %r" % (t, o, r))
            if len(bad) > 10:
                fail("... %d reference differences in all" % len(bad))
            if args.iuliia_engine is not None:
                eng = args.iuliia_engine.schemas.get(name)
                texts = [random_text(rng, rng.randint(1, 5), mixed=False) for _ in range(args.random)]
                texts = [" ".join(w.lower() if rng.random() < 0.5 else w[:1].upper() + w[1:].lower()
                                  for w in re.split(r"\s+", t)) for t in texts]
                texts = ["".join({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                                  "һ": "х", "і": "и", "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О",
                                  "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"}.get(c, c) for c in t) for t in texts]
                texts += RU_WORDS + [s[0] for s in schema["samples"]]
                outs = uconv(rules, texts)
                bad = []
                for t, o in zip(texts, outs):
                    want = unicodedata.normalize("NFC", eng.translate(t)).replace("ё", "ë").replace("Ё", "Ë")
                    if o != want:
                        bad.append((t, o, want))
                for t, o, w in bad[:10]:
                    fail("iuliia differs on %r: icu %r, iuliia %r" % (t, o, w))
                if len(bad) > 10:
                    fail("... %d iuliia differences in all" % len(bad))
    n_rev = len(table.get("reverseSamples") or [])
    status = "ok" if not problems else "FAIL"
    print("%-24s %-4s %2d samples%s" % (tid, status, len(table["samples"]),
                                         ", %d reverse samples" % n_rev if n_rev else ""))
    for p in problems:
        print("    " + p)
    if problems:
        failures.append(tid)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tables", nargs="*")
    parser.add_argument("--iuliia", help="iuliia's schemas folder, for differential tests")
    parser.add_argument("--random", type=int, default=300, help="random texts per table (with --iuliia)")
    args = parser.parse_args()
    paths = args.tables or sorted(glob.glob(os.path.join(TABLES, "ru-*.json")))
    gen = load_generator()
    schemas = None
    args.iuliia_engine = None
    if args.iuliia:
        schemas = gen.load_schemas(args.iuliia)
        package_parent = os.path.dirname(os.path.dirname(os.path.abspath(args.iuliia)))
        sys.path.insert(0, package_parent)
        try:
            import iuliia  # the package the schemas come from

            class Engines:
                pass
            Engines.schemas = {n: iuliia.schemas.get(n) for n in schemas}
            args.iuliia_engine = Engines
        except Exception as error:  # the package is optional
            print("iuliia's own engine not available (%s); reference engine only" % error)
    failures = []
    for path in paths:
        check_table(path, args, gen, schemas, failures)
    if failures:
        print("\n%d table(s) failed: %s" % (len(failures), ", ".join(failures)))
        sys.exit(1)
    print("\nall %d tables pass" % len(paths))


if __name__ == "__main__":
    main()
