#!/usr/bin/env python3
"""Build Atau's name-matching evaluation pairs from attested spellings
(attested.tsv) plus outputs of third-party transliterators.  Deterministic
(hash-based ordering and a fixed-seed RNG).  Not part of the test suite and
independent of Atau's code.

Needs: uconv (ICU 72.1, Debian icu-devtools) and, from PyPI, iuliia==0.13.0
cyrtranslit==1.2.0 transliterate==1.10.2 unidecode==1.4.0 anyascii==0.3.3
qazaq-transliterator==2.0 turkic-translit==0.5.9.

Inputs : attested.tsv    pid <TAB> spelling exactly as printed <TAB> source
         near-pairs.txt  reviewed pid pairs for near-surnames / extra namesakes
Outputs: ../dev-pairs.tsv, ../heldout-pairs.tsv, people-split.tsv; prints stats
"""
import collections, hashlib, itertools, random, re, subprocess, sys, unicodedata, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)   # the Fixtures directory
os.makedirs(OUT, exist_ok=True)
rng = random.Random(20240601)

# ---------------------------------------------------------------- attested data
spell = collections.OrderedDict()          # pid -> OrderedDict(spelling -> source)
for line in open(os.path.join(HERE, 'attested.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    pid, s, src = line.rstrip('\n').split('\t')
    assert s == s.strip() and '  ' not in s, (pid, s)
    spell.setdefault(pid, collections.OrderedDict()).setdefault(s, src)

# Same human under two pids (maiden vs married surname): never a negative, never a positive.
SAME_HUMAN = [('sara', 'sara_n')]

# Documented family relations (used for `relatives` negatives and to keep families in one split).
RELATIONS = [
    ('nazarbayev', 'dariga', 'father/daughter'), ('nazarbayev', 'abish_nazarbayev', 'son/father'),
    ('nazarbayev', 'aisultan', 'grandfather/grandson'), ('nazarbayev', 'sara_n', 'spouses'),
    ('dariga', 'aisultan', 'mother/son'), ('dariga', 'sara_n', 'daughter/mother'),
    ('rakhat', 'nurali', 'father/son'), ('dariga', 'rakhat', 'former spouses'),
    ('nazarbayev', 'nurali', 'grandfather/grandson'), ('aisultan', 'nurali', 'brothers'),
    ('aisultan', 'alima_boranbayeva', 'spouses'), ('boranbayev', 'alima_boranbayeva', 'father/daughter'),
    ('kulibayev', 'dinara', 'spouses'), ('nazarbayev', 'dinara', 'father/daughter'),
    ('ablyazov', 'qabyl_ablyazov', 'son/father'), ('ablyazov', 'shalabayeva', 'spouses'),
    ('tokayev', 'kemel_tokayev', 'son/father'), ('tokayev', 'kassym_tokayev', 'nephew/uncle'),
    ('kemel_tokayev', 'kassym_tokayev', 'brothers'),
    ('massimov', 'qazhymqan_massimov', 'son/father'),
    ('shoigu', 'irina_shoigu', 'spouses'), ('shoigu', 'yulia_shoigu', 'father/daughter'),
    ('shoigu', 'kseniya_shoigu', 'father/daughter'), ('shoigu', 'larisa_shoigu', 'siblings'),
    ('shoigu', 'kuzhuget_shoygu', 'son/father'), ('shoigu', 'alexandra_shoygu', 'son/mother'),
    ('yulia_shoigu', 'kseniya_shoigu', 'sisters'), ('irina_shoigu', 'yulia_shoigu', 'mother/daughter'),
    ('irina_shoigu', 'kseniya_shoigu', 'mother/daughter'), ('kuzhuget_shoygu', 'alexandra_shoygu', 'spouses'),
    ('golovkin', 'golovkin_father', 'son/father'), ('golovkin', 'elizaveta_golovkina', 'son/mother'),
    ('golovkin_father', 'elizaveta_golovkina', 'spouses'),
    ('putintseva', 'anton_putintsev', 'daughter/father'), ('putintseva', 'anna_putintseva', 'daughter/mother'),
    ('anton_putintsev', 'anna_putintseva', 'spouses'),
    ('rybakina', 'andrei_rybakin', 'daughter/father'),
    ('efimova', 'andrey_yefimov', 'daughter/father'),
    ('prigozhin', 'violetta_prigozhina', 'son/mother'), ('prigozhin', 'pavel_prigozhin', 'father/son'),
    ('prigozhin', 'lyubov_prigozhina', 'spouses'), ('pavel_prigozhin', 'lyubov_prigozhina', 'son/mother'),
    ('peskov', 'nikolay_peskov', 'father/son'), ('peskov', 'sergei_peskov', 'son/father'),
    ('peskov', 'navka', 'spouses'),
    ('navalny', 'navalnaya', 'spouses'),
    ('abrosimov_ba', 'abrosimova_av', 'former spouses'), ('navalnaya', 'abrosimov_ba', 'daughter/father'),
    ('bokayev', 'zhanargul_bokayeva', 'brother/sister'),
    ('dzhakishev', 'aygerim_dzhakisheva', 'father/daughter'),
    ('bublik', 'stanislav_bublik', 'son/father'),
    ('prokhanov', 'prokhanov_as', 'grandson/grandfather'), ('prokhanov', 'prokhanov_is', 'great-nephew/great-uncle'),
    ('prokhanov_as', 'prokhanov_is', 'brothers'),
    ('mamay', 'imanbay', 'spouses'), ('kozlov', 'turusbekova', 'spouses'),
    ('abish_nazarbayev', 'dariga', 'grandfather/granddaughter'),
    ('abish_nazarbayev', 'aisultan', 'great-grandfather/great-grandson'),
    ('abish_nazarbayev', 'sara_n', 'father-in-law/daughter-in-law'),
    ('sara_n', 'aisultan', 'grandmother/grandson'), ('dariga', 'dinara', 'sisters'),
]
# Relations whose two people share a surname root (the hard `relatives` negatives).
# Others above are only used to keep families in one split.

# Person kind: 'ru' = Russian-language name (Latin-vs-Latin pairs go to `russian`).
RU = set('''shoigu irina_shoigu yulia_shoigu kseniya_shoigu larisa_shoigu alexandra_shoygu serdyukov
boris_gromov gryzlov kasyanov puchkov tsalikov lavrov rogozin medvedev putin golovkin golovkin_father
elizaveta_golovkina mashkin ovechkin rybakina andrei_rybakin putintseva anton_putintsev anna_putintseva
gavrilova lapko vinokourov kivilev kashechkin kolobnev navalnaya navalny abrosimov_ba abrosimov_bb
abrosimova_eb abrosimova_av kashin zolotov sobchak bykov efimova andrey_yefimov vyatchanina chepik
prigozhin violetta_prigozhina pavel_prigozhin lyubov_prigozhina mandel potepkin lavrenkov utkin peskov
nikolay_peskov sergei_peskov navka alexey_gromov timakova budennaya solotsinskaya zubkov golunov gromov
pavlov_a klebanov novachuk belovich kulagin vladimir_kim vyacheslav_kim lomtadze balandin rypakova sheiko
gidich gankin khudyakov zhirov melnichenko parygin belyayev khrapaty vokhmyanin shishigina igor_son
berultseva sklyar ilyin_yuri bublik stanislav_bublik golubev kukushkin popko nedovyesov andreeva
medvedev_d rublev zhovtis pasko kozlov bladtseva rylov somov kliueva minakov grigory_ivanov vladimir_ivanov
egorova kozhakin goncharov sorokina tulupova kolesnikova kozyakina lifintsev dronova ivanchenko vlasov
gracheva malysheva korovashkov prokhanov prokhanov_as prokhanov_is bondarenko smirnov_v sakhnov garanin
goricheva zaichikov larionova skryl paraskevich afanasenko chebotarev yakusheva kwan sergey_kwan
mishustin zas uporov mishustin'''.split())

CYR = re.compile('[\u0400-\u04FF]')
KAZ_LETTERS = set('әғқңөұүһіӘҒҚҢӨҰҮҺІ')


def is_cyr(s):
    return bool(CYR.search(s))


# ---------------------------------------------------------------- helpers
def strip_stress(s):
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s) if c != '\u0301'))


def toks(s, split_hyphen=False):
    s = strip_stress(s).lower().replace(',', ' ').replace('.', ' ')
    if split_hyphen:
        s = s.replace('-', ' ')
    return s.split()


def order_format(a, b):
    """Same spelling of every shared token; differs only in order, case, comma,
    stress marks, added/dropped patronymic or second surname, or initials."""
    for sh in (False, True):
        ta, tb = toks(a, sh), toks(b, sh)
        if sorted(ta) == sorted(tb):
            return True
        for short, long_ in ((ta, tb), (tb, ta)):
            if len(short) > len(long_):
                continue
            if len(short) >= 1 and set(short) <= set(long_) and len(set(short)) >= min(2, len(set(long_))):
                return True
            # initials
            ok = True
            pool = list(long_)
            for t in short:
                if t in pool:
                    pool.remove(t)
                    continue
                m = [x for x in pool if len(t) <= 2 and x.startswith(t)]
                if m:
                    pool.remove(m[0])
                else:
                    ok = False
                    break
            if ok and any(len(t) <= 2 for t in short):
                return True
    return False


def category(pid, a, b):
    if is_cyr(a) != is_cyr(b):
        return 'cross-script'
    if order_format(a, b):
        return 'order-format'
    if is_cyr(a):
        return 'cross-scheme'          # Kazakh-Cyrillic vs Russian-Cyrillic form of one name
    return 'russian' if pid in RU else 'cross-scheme'


def short_src(src):
    return src


def pair_src(sa, sb):
    if sa == sb:
        return sa
    return 'a: %s; b: %s' % (sa, sb)


def h(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


# ---------------------------------------------------------------- split by family groups
parent = {p: p for p in spell}


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def union(a, b):
    parent[find(a)] = find(b)


for a, b, _ in RELATIONS:
    assert a in spell and b in spell, (a, b)
    union(a, b)
for a, b in SAME_HUMAN:
    union(a, b)
same_human = {frozenset(x) for x in SAME_HUMAN}

groups = collections.defaultdict(list)
for p in spell:
    groups[find(p)].append(p)
order = sorted(groups, key=lambda g: h('split:' + g))
total = len(spell)
held = set()
for g in order:
    if len(held) + len(groups[g]) <= 0.30 * total + 1 and len(groups[g]) <= 12:
        held.update(groups[g])
    if len(held) >= 0.30 * total - 1:
        break
split = {p: ('heldout' if p in held else 'dev') for p in spell}

# ---------------------------------------------------------------- positives (attested)
CAP = 9
pos = []
for pid, d in spell.items():
    names = list(d)
    cands = collections.defaultdict(list)
    for a, b in itertools.combinations(names, 2):
        c = category(pid, a, b)
        cands[c].append((a, b))
    for c in cands:
        cands[c].sort(key=lambda ab: h(pid + ab[0] + '|' + ab[1]))
    chosen = []
    cats = sorted(cands, key=lambda c: (len(cands[c]), c))
    while len(chosen) < CAP and any(cands[c] for c in cats):
        for c in cats:
            if cands[c] and len(chosen) < CAP:
                chosen.append((c, cands[c].pop(0)))
    for c, (a, b) in chosen:
        if rng.random() < 0.5:
            a, b = b, a
        pos.append(dict(a=a, b=b, label='match', category=c,
                        source=pair_src(d[a], d[b]), people=(pid,)))

# ---------------------------------------------------------------- positives (transliterators)
def uconv(s, rule):
    return subprocess.run(['uconv', '-f', 'utf-8', '-t', 'utf-8', '-x', rule], input=s.encode(),
                          capture_output=True, check=True).stdout.decode().strip()


import iuliia, cyrtranslit, unidecode, anyascii
from transliterate import translit as tr_translit, get_available_language_codes
get_available_language_codes()
import qazaq_transliterator
import turkic_translit.core as tt

ICU = 'uconv (ICU 72.1)'
RU_TOOLS = [
    ('iuliia 0.13.0 ICAO_DOC_9303', lambda s: iuliia.ICAO_DOC_9303.translate(s)),
    ('iuliia 0.13.0 WIKIPEDIA', lambda s: iuliia.WIKIPEDIA.translate(s)),
    ('iuliia 0.13.0 BGN_PCGN', lambda s: iuliia.BGN_PCGN.translate(s)),
    ('iuliia 0.13.0 MOSMETRO', lambda s: iuliia.MOSMETRO.translate(s)),
    ('iuliia 0.13.0 GOST_7034', lambda s: iuliia.GOST_7034.translate(s)),
    ('iuliia 0.13.0 SCIENTIFIC', lambda s: iuliia.SCIENTIFIC.translate(s)),
    ('iuliia 0.13.0 MVD_782', lambda s: iuliia.MVD_782.translate(s)),
    ('iuliia 0.13.0 MVD_310', lambda s: iuliia.MVD_310.translate(s)),
    ('iuliia 0.13.0 TELEGRAM', lambda s: iuliia.TELEGRAM.translate(s)),
    ('iuliia 0.13.0 ISO_9_1954', lambda s: iuliia.ISO_9_1954.translate(s)),
    (ICU + ' Russian-Latin/BGN', lambda s: uconv(s, 'Russian-Latin/BGN')),
    (ICU + ' Any-Latin; Latin-ASCII', lambda s: uconv(s, 'Any-Latin; Latin-ASCII')),
    ('cyrtranslit 1.2.0 ru', lambda s: cyrtranslit.to_latin(s, 'ru')),
    ('transliterate 1.10.2 ru', lambda s: tr_translit(s, 'ru', reversed=True)),
    ('unidecode 1.4.0', lambda s: unidecode.unidecode(s)),
    ('anyascii 0.3.3', lambda s: anyascii.anyascii(s)),
]
KZ_TOOLS = [
    (ICU + ' Kazakh-Latin/BGN', lambda s: uconv(s, 'Kazakh-Latin/BGN')),
    (ICU + ' Kazakh-Latin/BGN; Latin-ASCII', lambda s: uconv(s, 'Kazakh-Latin/BGN; Latin-ASCII')),
    ('qazaq-transliterator 2.0 (2021 Kazakh Latin)', lambda s: qazaq_transliterator.translit(s)),
    ('turkic-translit 0.5.9 kk', lambda s: tt.to_latin(s, 'kk')),
    ('anyascii 0.3.3', lambda s: anyascii.anyascii(s)),
    ('unidecode 1.4.0', lambda s: unidecode.unidecode(s)),
]


def latin_ok(s):
    return not CYR.search(s) and s.strip() == s and s and '?' not in s


trans = []
tool_pair_counter = collections.Counter()
for pid, d in spell.items():
    cyrs = [s for s in d if is_cyr(s) and '\u0301' not in s and s.upper() != s]
    for s in cyrs[:2]:
        tools = KZ_TOOLS if set(s) & KAZ_LETTERS else RU_TOOLS
        outs = []
        for name, f in tools:
            o = unicodedata.normalize('NFC', f(s))   # some tools emit decomposed letters
            if latin_ok(o):
                outs.append((name, o))
        combos = [(x, y) for x, y in itertools.combinations(outs, 2) if x[1] != y[1]]
        # spread coverage over tool pairs: least-used tool pair first
        combos.sort(key=lambda xy: (tool_pair_counter[(xy[0][0], xy[1][0])], h(s + xy[0][0] + xy[1][0])))
        seen_out = set()
        k = 0
        for (n1, o1), (n2, o2) in combos:
            key = frozenset((o1, o2))
            if key in seen_out:
                continue
            seen_out.add(key)
            tool_pair_counter[(n1, n2)] += 1
            trans.append(dict(a=o1, b=o2, label='match', category='transliterator',
                              source='%s vs %s, input %s (attested: %s)' % (n1, n2, s, d[s]), people=(pid,)))
            k += 1
            if k >= 1:
                break

# ---------------------------------------------------------------- negatives
import unidecode as _ud
GIVEN_VARIANTS = [
    {'sergei', 'sergey', 'sergej', 'siergiej'}, {'alexei', 'alexey', 'aleksei', 'aleksey'},
    {'andrei', 'andrey', 'andrej'}, {'yulia', 'yuliya', 'julia', 'julija', 'iulia', 'ioulia'},
    {'dmitry', 'dmitriy', 'dmitri', 'dmitrii'}, {'erlan', 'yerlan'}, {'asqar', 'askar'},
    {'qairat', 'kairat', 'kayrat'}, {'bolat', 'bulat'}, {'alexander', 'aleksandr', 'alexandr', 'alexandre'},
    {'yevgeny', 'yevgeniy', 'evgeny', 'evgeniy', 'evgenii', 'jevgenij'}, {'mikhail', 'mykhail'},
    {'bakhytzhan', 'bakytzhan'}, {'nurlan'}, {'vladimir', 'wladimir'},
]
VAR = {}
for grp in GIVEN_VARIANTS:
    k = sorted(grp)[0]
    for g in grp:
        VAR[g] = k


def norm_tok(t):
    t = _ud.unidecode(t).lower().strip(',.')
    return VAR.get(t, t)


def given_sur(s):
    """(given, surname) for plain 'Given Surname' spellings, else None."""
    if ',' in s or s.upper() == s:
        return None
    t = strip_stress(s).split()
    if len(t) != 2:
        return None
    return norm_tok(t[0]), norm_tok(t[1])


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


related = {}
for a, b, r in RELATIONS:
    related[frozenset((a, b))] = r


def has_initial(s):
    return any(len(t.strip('.,')) <= 1 or t.endswith('.') for t in strip_stress(s).replace('-', ' ').split())


def skel(t):
    t = t.lower()
    for a_, b_ in (('sz', 's'), ('zs', 'j'), ('dzh', 'j'), ('dsch', 'j'), ('tsch', 'ch'), ('sch', 'sh'), ('zh', 'j'), ('dj', 'j'),
                   ('kh', 'h'), ('x', 'h'), ('q', 'k'), ('w', 'v'), ('ss', 's')):
        t = t.replace(a_, b_)
    return re.sub("[aeiouy'`\u2019\u02b9]", '', t)


def tok_eq(x, y):
    if x == y:
        return True
    if len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4]:
        return True
    sx, sy = skel(x), skel(y)
    if len(sx) >= 3 and len(sy) >= 3 and (sx == sy or sx[:3] == sy[:3]):
        return True
    return (len(x) <= 2 and y.startswith(x)) or (len(y) <= 2 and x.startswith(y))


def compat(a, b):
    """True when the shorter name could be a form of the longer one (every token
    matches a distinct token by equality, 4-letter prefix or initial, across scripts).
    Such pairs are excluded from negatives: no name matcher could tell them apart."""
    A = [norm_tok(t) for t in toks(a, True)]
    B = [norm_tok(t) for t in toks(b, True)]
    short, long_ = (A, B) if len(A) <= len(B) else (B, A)
    pool = list(long_)
    for t in short:
        m = [x for x in pool if tok_eq(t, x)]
        if not m:
            return False
        pool.remove(m[0])
    return True


def pick_spellings(p, q, n, key):
    """Pick up to n (a,b) spelling pairs for people p,q, mixing scripts."""
    A = [x for x in spell[p] if not has_initial(x)]
    B = [y for y in spell[q] if not has_initial(y)]
    combos = [(x, y) for x in A for y in B if not compat(x, y)]
    combos.sort(key=lambda xy: h(key + xy[0] + xy[1]))
    out, kinds = [], set()
    # prefer one Latin-Latin, one cross-script, one Cyr-Cyr, then anything
    for want in [(False, False), (True, False), (False, True), (True, True)]:
        for x, y in combos:
            if (is_cyr(x), is_cyr(y)) == want and (x, y) not in out:
                out.append((x, y))
                break
        if len(out) >= n:
            break
    for x, y in combos:
        if len(out) >= n:
            break
        if (x, y) not in out:
            out.append((x, y))
    return out[:n]


def surname_root(s):
    t = strip_stress(s).replace(',', ' ').split()
    if not t:
        return ''
    # surname-first forms ('Surname, Given' or all-caps surname) are rare; take last token otherwise
    sur = t[0] if (',' in s) else t[-1]
    r = _ud.unidecode(sur).lower()
    r = re.sub('(ova|eva|yeva|ayeva|ina|aya|a)$', '', r)
    return r


neg = []
# relatives: documented relations whose members share a surname (root)
for (a, b, r) in RELATIONS:
    if split[a] != split[b]:
        continue
    ra = {surname_root(s) for s in spell[a]}
    rb = {surname_root(s) for s in spell[b]}
    if not (ra & rb) and not any(lev(x, y) <= 2 for x in ra for y in rb if x and y):
        continue
    for x, y in pick_spellings(a, b, 3, 'rel' + a + b):
        neg.append(dict(a=x, b=y, label='no-match', category='relatives',
                        source=pair_src(spell[a][x], spell[b][y]) + ' [%s]' % r, people=(a, b)))

pids = list(spell)
people_pairs = [(p, q) for p, q in itertools.combinations(pids, 2)
                if split[p] == split[q] and frozenset((p, q)) not in same_human
                and frozenset((p, q)) not in related]

# namesakes: same (variant-normalised) given name or same surname, different people
by_key = collections.defaultdict(set)
for p in pids:
    for s in spell[p]:
        gs = given_sur(s)
        if gs:
            by_key[('g', gs[0])].add(p)
            by_key[('s', gs[1])].add(p)
name_cands = collections.defaultdict(list)
for key, ps in by_key.items():
    for p, q in itertools.combinations(sorted(ps), 2):
        if split[p] != split[q] or frozenset((p, q)) in same_human or frozenset((p, q)) in related:
            continue
        name_cands[key].append((p, q))
ns_pairs = []
for key in sorted(name_cands, key=lambda k: h(str(k))):
    lst = sorted(name_cands[key], key=lambda pq: h(str(key) + pq[0] + pq[1]))
    cap = 3 if key[0] == 'g' else 4
    for p, q in lst[:cap]:
        ns_pairs.append((key, p, q))
seen_pp = set()
for key, p, q in ns_pairs:
    if frozenset((p, q)) in seen_pp:
        continue
    seen_pp.add(frozenset((p, q)))
    n = 2 if key[0] == 's' else 1
    fam = find(p) == find(q)      # same family (e.g. grandfather/granddaughter not listed above)
    for x, y in pick_spellings(p, q, n, 'ns' + p + q):
        neg.append(dict(a=x, b=y, label='no-match', category='relatives' if fam else 'namesakes',
                        source=pair_src(spell[p][x], spell[q][y]) + (' [same family]' if fam else ''),
                        people=(p, q)))

# near-surnames: reviewed whitelist (pid pairs, both real people), see README
NEAR = [l.split() for l in open(os.path.join(HERE, 'near-pairs.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')]
for row in NEAR:
    p, q = row[0], row[1]
    cat = row[2] if len(row) > 2 else 'near-surnames'
    assert p in spell and q in spell, (p, q)
    assert frozenset((p, q)) not in related and frozenset((p, q)) not in same_human, (p, q)
    if split[p] != split[q] or frozenset((p, q)) in seen_pp:
        continue
    seen_pp.add(frozenset((p, q)))
    for x, y in pick_spellings(p, q, 2, 'near' + p + q):
        neg.append(dict(a=x, b=y, label='no-match', category=cat,
                        source=pair_src(spell[p][x], spell[q][y]), people=(p, q)))

# different: easy negatives, <= 20% of negatives (per split)
cands = [pq for pq in people_pairs if frozenset(pq) not in seen_pp]
cands.sort(key=lambda pq: h('diff' + pq[0] + pq[1]))
for sp in ('dev', 'heldout'):
    hard = sum(1 for r in neg if split[r['people'][0]] == sp and r['category'] != 'different')
    want_diff = int(hard * 0.18 / 0.82)
    nd = 0
    for p, q in cands:
        if nd >= want_diff:
            break
        if split[p] != sp:
            continue
        xs = [x for x in spell[p] if not has_initial(x)]
        ys = [y for y in spell[q] if not has_initial(y)]
        if not xs or not ys:
            continue
        x = sorted(xs, key=lambda s: h('dx' + s))[0]
        y = sorted(ys, key=lambda s: h('dy' + s))[0]
        tx = {norm_tok(t) for t in toks(x, True)}
        ty = {norm_tok(t) for t in toks(y, True)}
        if tx & ty:
            continue
        if any(lev(a_, b_) <= 3 for a_ in tx for b_ in ty):
            continue
        neg.append(dict(a=x, b=y, label='no-match', category='different',
                        source=pair_src(spell[p][x], spell[q][y]), people=(p, q)))
        nd += 1

# ---------------------------------------------------------------- write
rows = pos + trans + neg
seen = set()
final = {'dev': [], 'heldout': []}
for r in rows:
    k = frozenset((r['a'], r['b']))
    if r['a'] == r['b'] or k in seen:
        continue
    seen.add(k)
    sp = {split[p] for p in r['people']}
    assert len(sp) == 1, r
    final[sp.pop()].append(r)

for name, lst in final.items():
    lst.sort(key=lambda r: (['cross-scheme', 'cross-script', 'order-format', 'russian', 'transliterator',
                             'relatives', 'namesakes', 'near-surnames', 'different'].index(r['category']),
                            h(r['a'] + r['b'])))
    with open(os.path.join(OUT, '%s-pairs.tsv' % name), 'w', encoding='utf-8') as f:
        f.write('a\tb\tlabel\tcategory\tsource\n')
        for r in lst:
            for v in (r['a'], r['b'], r['source']):
                assert '\t' not in v and '\n' not in v
            f.write('\t'.join([r['a'], r['b'], r['label'], r['category'], r['source']]) + '\n')

with open(os.path.join(HERE, 'people-split.tsv'), 'w', encoding='utf-8') as f:
    f.write('pid\tsplit\n')
    for p in spell:
        f.write('%s\t%s\n' % (p, split[p]))

stats = {}
for name, lst in final.items():
    c = collections.Counter((r['category'], r['label']) for r in lst)
    ppl = {p for r in lst if r['label'] == 'match' for p in r['people']}
    stats[name] = dict(counts={'%s/%s' % k: v for k, v in sorted(c.items())},
                       positives=sum(1 for r in lst if r['label'] == 'match'),
                       negatives=sum(1 for r in lst if r['label'] == 'no-match'),
                       people_in_positives=len(ppl),
                       people_in_attested_positives=len({p for r in lst if r['label'] == 'match' and r['category'] != 'transliterator' for p in r['people']}),
                       people_total=len({p for r in lst for p in r['people']}))
print(json.dumps(stats, indent=1, ensure_ascii=False))
