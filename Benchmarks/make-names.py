#!/usr/bin/env python3
"""Writes deterministic benchmark inputs for Atau: personal names, one per line, or pairs.

    make-names.py --unique     [--lang kk|ru] [-n 100000] [--seed 1] -o FILE
    make-names.py --realistic  [--lang kk|ru] [-n 100000] [--people 3000] [--seed 1] -o FILE
    make-names.py --pairs      [-n 100000] [--seed 1] -o FILE

--unique:    as many distinct full names as the lists allow (cold caches: every line new).
--realistic: a population of --people persons, drawn with Zipf-like frequencies
             (weight 1/rank), so a few thousand names repeat as in a real register.
--pairs:     'A<TAB>B' lines for `atau match`: the same person written another way
             (order, initials, patronymic dropped, capitals) and different persons.

--lang kk gives the mix of a Kazakhstani register (Kazakh names with Kazakh letters, about a
third Russian names); --lang ru gives Russian names only. Same seed, same bytes.
Standard library only.
"""

import argparse
import random
import sys

# Given names: real, common names. Kazakh ones keep their Kazakh letters (ә ғ қ ң ө ұ ү һ і).
KK_MALE = """
Асқар Нұрлан Ерлан Бауыржан Қайрат Дәулет Ерболат Серік Мұхтар Жандос Әлібек Ғалым
Нұрсұлтан Қанат Арман Дархан Ермек Жасұлан Мақсат Талғат Абай Әділ Бекзат Ерғали Жұмабек
Олжас Рүстем Сәкен Тимур Ұлан Шыңғыс Ілияс Құдайберген Мейірхан Нұржан Ақжол Бақытжан
Дінмұхамед Еркебұлан Әмір Ғабит Жәнібек Қуаныш Мәди Өркен Сұлтан Тәуекел Үмбет Һашим Ыбырай
""".split()

KK_FEMALE = """
Айгүл Әсел Гүлнар Динара Жанар Қарлығаш Меруерт Нұргүл Сәуле Толқын Ұлжан Айжан Ақмарал
Балжан Гүлмира Дана Жібек Зере Іңкәр Мөлдір Назерке Әйгерім Салтанат Томирис Ләззат Бибігүл
Шынар Айнұр Ақбота Күнсұлу Ғалия Жұлдыз Қымбат Мәдина Әмина Үміт Гүлшат Әлия Сымбат Аружан
""".split()

RU_MALE = """
Александр Сергей Дмитрий Андрей Алексей Иван Михаил Николай Владимир Евгений Павел Юрий Игорь
Олег Виктор Максим Артём Кирилл Григорий Фёдор Вячеслав Константин Илья Роман Станислав
Эдуард Валерий Геннадий Аркадий Ярослав
""".split()

RU_FEMALE = """
Анна Елена Ольга Наталья Татьяна Ирина Светлана Мария Екатерина Юлия Людмила Галина Надежда
Ксения Дарья Валентина Жанна Любовь Софья Алёна Виктория Полина Вера Эльвира Юлиана
""".split()

# Surnames: the masculine form; the feminine is derived (-ов/-ев/-ин + а, -ский → -ская);
# -ұлы/-қызы and invariant surnames are handled apart.
KK_SURNAMES = """
Қайырбеков Нұрланов Сәтбаев Тоқаев Назарбаев Әлімжанов Жақсылықов Құнанбаев Мұқанов
Бөкейханов Әуезов Сейітов Жұмабаев Оспанов Ахметов Омаров Есенов Қасымов Серікбаев Төлегенов
Дүйсенов Ғабдуллин Мұсабаев Байтұрсынов Шәріпов Иманғалиев Көшербаев Ыбыраев Әбішев Үсенов
Бекмұхамбетов Қожахметов Тұрсынов Ізбасаров Жанұзақов Мәмбетов Сүлейменов Әбдірахманов
Нұрмағамбетов Тәжібаев Өтепов Қалиев Смағұлов Шаяхметов Ермеков Дауылбаев Жүсіпов Ғалымжанов
""".split()

KK_PATRONYMIC_SURNAMES = """Момышұлы Әлімханұлы Сағатұлы Бекұлы Жұмаұлы Нұрланұлы""".split()

RU_SURNAMES = """
Иванов Петров Смирнов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Волков Соловьёв
Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев
Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин
Кудрявцев Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов
Королёв Герасимов Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков
Цветков Данилов Жуков Фролов Журавлёв Николаев Крылов Максимов Сидоров Осипов Белоусов
Федотов Дорофеев Егоров Матвеев Бобров Дмитриев Калинин Анисимов Петухов Антонов Тимофеев
Никифоров Веселов Филиппов Марков Большаков Суханов Миронов Ширяев Александров Коновалов
Шестаков Казаков Ефимов Денисов Громов Фомин Давыдов Мельников Щербаков Блинов Колесников
Чайковский Вишневский Шевченко Коваленко Ким Цой Эйхман Юсупов
""".split()

# Fathers' names for patronymics: (stem, Russian masculine, Russian feminine).
RU_PATRONYMICS = [
    ("Александр", "Александрович", "Александровна"), ("Сергей", "Сергеевич", "Сергеевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Андрей", "Андреевич", "Андреевна"),
    ("Алексей", "Алексеевич", "Алексеевна"), ("Иван", "Иванович", "Ивановна"),
    ("Михаил", "Михайлович", "Михайловна"), ("Николай", "Николаевич", "Николаевна"),
    ("Владимир", "Владимирович", "Владимировна"), ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Павел", "Павлович", "Павловна"), ("Юрий", "Юрьевич", "Юрьевна"),
    ("Игорь", "Игоревич", "Игоревна"), ("Олег", "Олегович", "Олеговна"),
    ("Виктор", "Викторович", "Викторовна"), ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Илья", "Ильич", "Ильинична"), ("Пётр", "Петрович", "Петровна"),
    ("Григорий", "Григорьевич", "Григорьевна"), ("Константин", "Константинович", "Константиновна"),
]
# Kazakh fathers' names: patronymics as <name>ұлы / <name>қызы, or in the Russian form
# (<name>ович / <name>овна) as Kazakhstani documents long wrote them.
KK_FATHERS = """
Асқар Нұрлан Ерлан Қайрат Серік Мұхтар Жандос Ғалым Қанат Арман Дархан Ермек Мақсат Талғат
Әбіш Сағат Болат Бақыт Жұмабек Төлеген
""".split()


def feminine(surname):
    """The feminine form of a masculine surname; invariant surnames stay as they are."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    if surname.endswith("ұлы"):
        return surname[:-3] + "қызы"
    return surname


def person(rng, lang):
    """One person's full name, in one of the orders used in registers and documents."""
    kazakh = lang == "kk" and rng.random() < 0.67
    male = rng.random() < 0.5
    if kazakh:
        given = rng.choice(KK_MALE if male else KK_FEMALE)
        if rng.random() < 0.1:
            surname = rng.choice(KK_PATRONYMIC_SURNAMES)
        else:
            surname = rng.choice(KK_SURNAMES)
        father = rng.choice(KK_FATHERS)
        roll = rng.random()
        if roll < 0.5:
            patronymic = father + ("ұлы" if male else "қызы")
        elif roll < 0.8:
            patronymic = father + ("ович" if male else "овна")
        else:
            patronymic = None
    else:
        given = rng.choice(RU_MALE if male else RU_FEMALE)
        surname = rng.choice(RU_SURNAMES)
        _, masculine_form, feminine_form = rng.choice(RU_PATRONYMICS)
        patronymic = (masculine_form if male else feminine_form) if rng.random() < 0.85 else None
    if not male:
        surname = feminine(surname)
    roll = rng.random()
    if patronymic and roll < 0.45:
        parts = [surname, given, patronymic]  # register order: Сәтбаев Асқар Нұрланұлы
    elif patronymic and roll < 0.75:
        parts = [given, patronymic, surname]  # Асқар Нұрланұлы Сәтбаев
    elif roll < 0.9:
        parts = [given, surname]
    else:
        parts = [surname.upper(), given]  # passport style: САТБАЕВ Асқар
    return " ".join(parts)


def unique_names(rng, lang, count):
    seen = set()
    names = []
    attempts = 0
    while len(names) < count:
        attempts += 1
        if attempts > count * 50:
            sys.exit(f"make-names.py: only {len(names)} distinct names after {attempts} draws")
        name = person(rng, lang)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def realistic_names(rng, lang, count, people):
    population = unique_names(rng, lang, people)
    # Zipf-like: the k-th most frequent person is drawn with weight 1/k.
    cumulative = []
    total = 0.0
    for rank in range(1, len(population) + 1):
        total += 1.0 / rank
        cumulative.append(total)
    return rng.choices(population, cum_weights=cumulative, k=count)


def variant(rng, name):
    """The same person written another way."""
    words = name.split()
    roll = rng.random()
    if roll < 0.3 and len(words) >= 2:
        return " ".join(reversed(words))
    if roll < 0.55 and len(words) >= 2:
        return words[0][0] + ". " + " ".join(words[1:])
    if roll < 0.75 and len(words) == 3:
        # Patronymic dropped (it is the second or third word).
        kept = [w for w in words if not w.endswith(("вич", "вна", "ич", "ична", "ұлы", "қызы"))]
        return " ".join(kept if len(kept) >= 2 else words[:2])
    if roll < 0.9:
        return " ".join(w.upper() if i == 0 else w for i, w in enumerate(words))
    return name


def pair_lines(rng, count):
    lines = []
    for _ in range(count):
        lang = "kk" if rng.random() < 0.7 else "ru"
        a = person(rng, lang)
        b = variant(rng, a) if rng.random() < 0.5 else person(rng, lang)
        lines.append(a + "\t" + b)
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--unique", action="store_true", help="distinct names (cold)")
    mode.add_argument("--realistic", action="store_true", help="Zipf-like repetition")
    mode.add_argument("--pairs", action="store_true", help="A<TAB>B pairs for atau match")
    parser.add_argument("--lang", choices=["kk", "ru"], default="kk")
    parser.add_argument("-n", "--count", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=3000, help="population for --realistic")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    if args.count < 1 or args.people < 1:
        parser.error("-n and --people must be positive")

    rng = random.Random(args.seed)
    if args.unique:
        lines = unique_names(rng, args.lang, args.count)
    elif args.realistic:
        lines = realistic_names(rng, args.lang, args.count, args.people)
    else:
        lines = pair_lines(rng, args.count)
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
