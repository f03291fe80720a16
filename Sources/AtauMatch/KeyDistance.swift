/// A weighted edit distance between match keys that only admits the small differences
/// romanization and name practice make; any other edit puts two keys out of reach.
enum KeyDistance {
    /// The cost of an edit that no variant explains.
    static let forbidden = 10.0

    /// Whether a class is a, e or o.
    @inline(__always)
    private static func isOpenVowel(_ byte: UInt8) -> Bool { byte == 0x61 || byte == 0x65 || byte == 0x6F }

    /// Whether a class is r, l, n or m.
    @inline(__always)
    private static func isSonorant(_ byte: UInt8) -> Bool { byte == 0x72 || byte == 0x6C || byte == 0x6E || byte == 0x6D }

    /// The cost of inserting or deleting `key[index]`.
    ///
    /// - Parameter latinSeen: Whether either key was read from Latin: an `h` or a `c` that
    ///   spells a letter with the one beside it (sh, zh, kh, ch, th) is only dropped or added
    ///   then. Between two Cyrillic spellings ш and с, ж and з, ч and х are letters apart
    ///   (Чанов and Ханов are two names).
    @inline(__always)
    private static func indel(_ key: UnsafeBufferPointer<UInt8>, _ index: Int, latinSeen: Bool) -> Double {
        let byte = key[index]
        let before: UInt8? = index > 0 ? key[index - 1] : nil
        let after: UInt8? = index + 1 < key.count ? key[index + 1] : nil
        switch byte {
        case 0x69:  // i beside a vowel, or between consonants inside the word, beside r, l, n or m
            // Polish ie for е after a consonant (Siergiej, Aleksiej): often twice in a word.
            if let before, !KeyMaker.isVowel(before), after == 0x65 { return 0.25 }
            if let before, KeyMaker.isVowel(before) { return 0.5 }
            if let after, KeyMaker.isVowel(after) { return 0.5 }
            if let before, let after, isSonorant(before) || isSonorant(after) { return 0.5 }
        case 0x68:  // h after s, c, z, k; th for т (Elizabeth); a final h after a vowel (Aliyah)
            guard latinSeen else { break }
            if let before, before == 0x73 || before == 0x63 || before == 0x7A || before == 0x6B || before == 0x74 { return 0.5 }
            if after == nil, let before, KeyMaker.isVowel(before) { return 0.5 }
        case 0x63:  // c before h
            if latinSeen, after == 0x68 { return 0.5 }
        case 0x67:  // g after n (ң written ng or n: Shyngys ~ Шыңғыс, Zhangeldin ~ Жангельдин)
            if before == 0x6E { return 0.5 }
        case 0x75:  // u between g and e or i; a Kazakh ұ dropped between consonants beside l or r
            if before == 0x67, after == 0x65 || after == 0x69 { return 0.5 }
            if let before, let after, !KeyMaker.isVowel(before), !KeyMaker.isVowel(after), before != 0x75,
               after == 0x6C || after == 0x72 { return 0.5 }
        case 0x74:  // t before zh: тж said and written дж, which reads as ж (Мұхаметжан ~ Мухамеджан);
            // t before d: the -утдин of Arabic names in -ud-din (Нурутдинов ~ Nurudinov)
            if after == 0x7A, index + 2 < key.count, key[index + 2] == 0x68 { return 0.5 }
            if after == 0x64 { return 0.5 }
        case 0x65:  // a final e after a consonant or i; e before a final r after a consonant;
            // e after i before a consonant (German ie for и in a name of German origin: Krieger ~ Кригер)
            if after == nil, let before, !KeyMaker.isVowel(before) || before == 0x69 { return 0.5 }
            if before == 0x69, let after, !KeyMaker.isVowel(after), index >= 2, !KeyMaker.isVowel(key[index - 2]) { return 0.5 }
            if after == 0x72, index + 2 == key.count, let before, !KeyMaker.isVowel(before) { return 0.5 }
        case 0x61:  // a before a final r after a consonant (Bulgarian and Serbian Aleksandar, Petar)
            if after == 0x72, index + 2 == key.count, let before, !KeyMaker.isVowel(before) { return 0.5 }
        default:
            break
        }
        return forbidden
    }

    @inline(__always)
    private static func substitution(_ left: UnsafeBufferPointer<UInt8>, _ i: Int, _ right: UnsafeBufferPointer<UInt8>, _ j: Int,
                                     misheard: Double, latin: Latin) -> Double {
        let x = left[i], y = right[j]
        if x == y { return 0 }
        let (low, high) = (min(x, y), max(x, y))
        // ch and sh at the start: the Russian form of a Kazakh ш (Шоқан ~ Чокан); inside a word,
        // a Latin ch for ш (French Chichkine ~ Шишкин), not a Cyrillic ч (Свечников, Свешников)
        if low == 0x63, high == 0x73, i + 1 < left.count, j + 1 < right.count, left[i + 1] == 0x68, right[j + 1] == 0x68,
           (i == 0 && j == 0) || (x == 0x63 ? latin.left : latin.right) {
            return 0.5
        }
        // u and v before a vowel, at the start too; and after a, e or o, where a Kazakh ау
        // is written ав in the Tatar and Russian form (Даулет ~ Давлет, Nauryz ~ Navruz)
        if low == 0x75, high == 0x76, i + 1 < left.count, j + 1 < right.count, KeyMaker.isVowel(left[i + 1]), KeyMaker.isVowel(right[j + 1]) {
            return 0.5
        }
        if low == 0x75, high == 0x76, i > 0, j > 0, left[i - 1] == right[j - 1], isOpenVowel(left[i - 1]) {
            return 0.5
        }
        // g and h, at the start too: a Russian г for a foreign h (Гейдар ~ Heydar, Герман ~ Herman)
        if low == 0x67, high == 0x68 { return 0.5 }
        // f and p, at the start too: the Kazakh form of a foreign ф (Латифа ~ Латипа, Фатима ~
        // Патима, Шафик ~ Шапық)
        if low == 0x66, high == 0x70 { return 0.5 }
        // s and z at the start: German s for з (Samanbek, Sarina)
        if low == 0x73, high == 0x7A, i == 0, j == 0 { return 0.5 }
        // o and u at the start: a Kazakh ө written either way (Otepova ~ Utepova), as a misheard
        // vowel, so in long keys only (Omarov and Umarov are two names)
        if low == 0x6F, high == 0x75, i == 0, j == 0 { return misheard }
        // h and k at the start: a Latin kh or h for қ (Khorlan ~ Қорлан, Halida ~ Қалида); an
        // Arabic х the Kazakh form writes қ (Ходжаназаров ~ Қожаназаров), between Cyrillic
        // spellings in long keys only (Хазин and Казин are two Russian names)
        if low == 0x68, high == 0x6B, i == 0, j == 0 { return (x == 0x68 ? latin.left : latin.right) ? 0.5 : 0.75 }
        guard i > 0, j > 0 else { return forbidden }
        // g before i for d before i or e inside a word: Hungarian gy for a soft д (Vlagyimir,
        // Medvegyev)
        if low == 0x64, high == 0x67, i + 1 < left.count, j + 1 < right.count {
            let (g, d) = x == 0x67 ? (left[i + 1], right[j + 1]) : (right[j + 1], left[i + 1])
            if g == 0x69, d == 0x69 || d == 0x65 { return 0.5 }
        }
        // n and m before b or p, as they are said (Сарсенбаев ~ Sarsembaev)
        if low == 0x6D, high == 0x6E, i + 1 < left.count, j + 1 < right.count,
           left[i + 1] == 0x62 || left[i + 1] == 0x70, right[j + 1] == 0x62 || right[j + 1] == 0x70 {
            return 0.5
        }
        // b and p, d and t, g and k where voicing is lost or taken from a neighbour: at the end or
        // before a consonant (Bekzat ~ Bekzad, Mukhametkarim ~ Mukhammedkarim), or after a
        // voiceless consonant (Сәтбаев ~ Satpayev)
        if (low == 0x64 && high == 0x74) || (low == 0x62 && high == 0x70) || (low == 0x67 && high == 0x6B) {
            if isVoicingLost(left, i), isVoicingLost(right, j) { return 0.5 }
        }
        // g and k after n, as they are said (Аманкелді ~ Амангельды), and after a vowel before e:
        // the name element -келді, written -гельды (Жақсыкелді ~ Жаксыгельды)
        if low == 0x67, high == 0x6B, left[i - 1] == right[j - 1] {
            if left[i - 1] == 0x6E { return 0.5 }
            if KeyMaker.isVowel(left[i - 1]), i + 1 < left.count, j + 1 < right.count, left[i + 1] == 0x65, right[j + 1] == 0x65 {
                return 0.5
            }
        }
        switch (low, high) {
        case (0x73, 0x7A): return 0.4  // s, z
        case (0x69, 0x75):  // i, u after a rounded vowel
            if followsRoundedVowel(left, i) || followsRoundedVowel(right, j) { return 0.5 }
            return misheard
        case (0x6F, 0x75): return 0.5  // o u
        case (0x68, 0x6B):
            // h and k: a Kazakh қ written kh (Бақыт ~ Bakhyt); not the h of sh, ch or zh, which
            // no scheme writes k (Mishina, Myskina)
            let h = x == 0x68 ? (left, i) : (right, j)
            switch h.0[h.1 - 1] {
            case 0x73, 0x63, 0x7A: return forbidden
            default: return 0.5
            }
        case (0x65, 0x6F):  // e, o after ch, sh, zh
            if i >= 2, left[i - 1] == 0x68, [0x63, 0x73, 0x7A].contains(left[i - 2]) { return 0.5 }
            return misheard
        case (0x65, 0x69):
            // e and i: an unstressed е said as и, so written either way in Cyrillic too
            // (Мельдебеков ~ Мельдибеков), once in a long key only
            return 0.75
        case (0x61, 0x6F):
            // a and o: an unstressed о said as а (Zhandosov ~ Zhandasov), and the Uzbek and Tajik
            // о for a Russian а, in Cyrillic too (Soipov ~ Saipov, Абдуллоев ~ Абдуллаев)
            return 0.5
        case (0x61, 0x65):
            // a and e: an unstressed vowel as it is heard (Akhmedyarov ~ Akhmadyarov); like e and
            // o, i and u above, for the Kazakh ө and ү (Төреғожина ~ Тереғожина), allowed once in a
            // long key only.
            return misheard
        default:
            return forbidden
        }
    }

    /// Whether the consonant at `key[at]` stands where voicing is lost or assimilated: at the
    /// end, before a consonant or after a voiceless one.
    @inline(__always)
    private static func isVoicingLost(_ key: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        if at + 1 == key.count || !KeyMaker.isVowel(key[at + 1]) { return true }
        switch key[at - 1] {
        case 0x66, 0x68, 0x6B, 0x70, 0x73, 0x74: return true  // f, h (kh, sh, ch), k, p, s (ts), t
        default: return false
        }
    }

    /// Whether the nearest vowel before `key[at]` is `o` or `u`: there a Kazakh ы or і is often
    /// written у (Тұрсын ~ Турсун, Sauytbay ~ Sawutbay).
    @inline(__always)
    private static func followsRoundedVowel(_ key: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var index = at - 1
        while index >= 0, !KeyMaker.isVowel(key[index]) { index -= 1 }
        return index >= 0 && (key[index] == 0x6F || key[index] == 0x75)
    }

    /// Whether `left[..<i]` and `right[..<j]` end in `iu` and `ui`, one each: ю written for
    /// a Kazakh үй or ұй (Дүйсен ~ Дюсен), 0.5.
    @inline(__always)
    private static func isGlideSwap(_ left: UnsafeBufferPointer<UInt8>, _ i: Int, _ right: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard i >= 2, j >= 2, left[i - 2] == right[j - 1], left[i - 1] == right[j - 2] else { return false }
        return (left[i - 2] == 0x69 && left[i - 1] == 0x75) || (left[i - 2] == 0x75 && left[i - 1] == 0x69)
    }

    /// Whether the last two letters of `long[..<i]` stand for the last letter of `short[..<j]`
    /// (`io` for `e`, `ts` for `z`): a two-letter edit, costing 0.5.
    @inline(__always)
    private static func isTwoLetterEdit(_ long: UnsafeBufferPointer<UInt8>, _ i: Int, _ short: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard i >= 2, j >= 1 else { return false }
        let (first, second, single) = (long[i - 2], long[i - 1], short[j - 1])
        return (first == 0x69 && second == 0x6F && single == 0x65) || (first == 0x74 && second == 0x73 && single == 0x7A)
    }

    /// The cost of turning `left` into `right` with the edits romanization makes:
    /// - `s` ↔ `z` inside a word (German-style Nasarbajew): 0.4; at the start (Samanbek): 0.5;
    /// - an `i` dropped or added beside a vowel (Бауыржан ~ Бауржан, Vyacheslav ~ Vaceslav), or
    ///   inside a word between consonants, one of them r, l, n or m (a Kazakh ы or і the Russian
    ///   form drops beside them: Ыдырысов ~ Idrisov, Абылай ~ Ablai; Рыжиков and Рыжков are two
    ///   names): 0.5; between a consonant and `e` (Polish ie: Siergiej ~ Sergei): 0.25;
    /// - a `u` dropped or added between consonants before l or r (a Kazakh ұ the Russian form
    ///   drops there: Жасұлан ~ Жаслан): 0.5;
    /// - an `e` dropped or added after a consonant and `i`, before a consonant (German ie for и
    ///   in a name of German origin: Krieger ~ Кригер): 0.5;
    /// - an `h` dropped or added after s, c, z or k, a `c` before `h` (German ch for х), where
    ///   one key is Latin: 0.5;
    /// - `o` ↔ `u` and `k` ↔ `h` inside a word (Болат ~ Булат, Бақыт ~ Bakhyt), but not the `h`
    ///   of sh, ch or zh (Mishina, Myskina): 0.5;
    /// - `e` ↔ `io` (ё written e or io: Fedor ~ Fiodor, Петр ~ Piotr) and `e` ↔ `o` after ch,
    ///   sh or zh (ё written o: Gorbachev ~ Gorbachov): 0.5;
    /// - `ts` ↔ `z` (German z for ц: Jelzin, Zoi): 0.5;
    /// - `g` ↔ `h`, at the start too (a Russian г for a foreign h: Гейдар ~ Heydar), and `g` ↔
    ///   `d` inside a word, `g` before `i` and `d` before `i` or `e` (Hungarian gy for a soft
    ///   д: Vlagyimir, Medvegyev): 0.5;
    /// - `b` ↔ `p`, `d` ↔ `t`, `g` ↔ `k` at the end, before a consonant or after a voiceless
    ///   one (Bekzat ~ Bekzad, Сәтбаев ~ Satpayev), `iu` ↔ `ui` (ю for a Kazakh үй: Дүйсен ~
    ///   Дюсен), `ch` ↔ `sh` at the start (the Russian form of a Kazakh ш: Chokan ~ Shokan) and
    ///   inside a word where `ch` is Latin (French ch for ш: Chichkine ~ Шишкин), an `h` after
    ///   `t` or a final one after a vowel (Elizabeth, Aliyah): 0.5;
    /// - `i` ↔ `u` after a rounded vowel (ы written у: Тұрсын ~ Турсун), `n` ↔ `m` before `b`
    ///   or `p` (Сарсенбаев ~ Sarsembaev), `g` ↔ `k` after `n` or after a vowel before `e`
    ///   (Аманкелді ~ Амангельды, Жақсыкелді ~ Жаксыгельды): 0.5;
    /// - `f` ↔ `p`, at the start too (the Kazakh form of a foreign ф: Латифа ~ Латипа): 0.5;
    /// - `h` ↔ `k` at the start: 0.5 where the `h` is Latin (kh or h for қ: Khorlan ~ Қорлан),
    ///   else 0.75, in a long key only (an Arabic х the Kazakh form writes қ: Ходжаназаров ~
    ///   Қожаназаров);
    /// - `a` ↔ `o` inside a word, between Cyrillic spellings too (an unstressed о said as а:
    ///   Zhandosov ~ Zhandasov; the Uzbek and Tajik о for a Russian а: Soipov ~ Saipov,
    ///   Абдуллоев ~ Абдуллаев): 0.5;
    /// - `e` ↔ `i`, `a` ↔ `e`, and elsewhere `e` ↔ `o` and `i` ↔ `u`, inside a word (an
    ///   unstressed vowel as it is heard, a Kazakh ө or ү: Akhmedyarov ~ Akhmadyarov,
    ///   Төреғожина ~ Тереғожина), and `o` ↔ `u` at the start (a Kazakh ө written either way:
    ///   Otepova ~ Utepova): 0.75, so once and in a long key only (Gref and Graf are two
    ///   names); between two Cyrillic spellings, which write their vowels as they are, only
    ///   `e` ↔ `i`, an unstressed е said as и (Мельдебеков ~ Мельдибеков; Керимова and Каримова
    ///   are two names); not `a` ↔ `u`, `a` ↔ `i`, `o` ↔ `i` or `e` ↔ `u`, which no reduction
    ///   makes (Maratov and Muratov are two names);
    /// - `u` ↔ `v` before a vowel (у read as a consonant: Ualikhanov ~ Walikhanov ~
    ///   Valikhanov), or after a, e or o (a Kazakh ау written ав: Даулет ~ Давлет): 0.5;
    /// - a `u` added after `g` before `e` or `i` (French gu: Sergueï, Evguéni), a `g` after `n`
    ///   (ң written ng or n: Shyngys ~ Шыңғыс): 0.5;
    /// - a `t` dropped before `zh` (тж said and written дж, read as ж: Мұхаметжан ~
    ///   Мухамеджан) or before `d` (the -утдин of Arabic names in -ud-din: Нурутдинов ~
    ///   Nurudinov): 0.5;
    /// - a final `e` added after a consonant (French -ine, -ne: Prigojine, Eltsine;
    ///   Aleksandr ~ Alexandre) or after `i` (English -ie: Nellie ~ Нелли), and an `e` or `a`
    ///   before a final `r` after a consonant (Alexander; Bulgarian and Serbian Aleksandar,
    ///   Petar): 0.5;
    /// - anything else: ``forbidden``.
    ///
    /// - Parameters:
    ///   - limit: Where to stop: once every path costs more, the result is `infinity`.
    ///   - latin: Which keys were read from Latin. A vowel may stand for another than `e` ↔ `i`
    ///     (0.75 above) only when one was: two Cyrillic spellings write their vowels as they are.
    static func weighted(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>, limit: Double, latin: Latin) -> Double {
        let latinSeen = latin.left || latin.right
        let misheard = latinSeen ? 0.75 : forbidden
        if abs(left.count - right.count) > 3 { return .infinity }
        let width = right.count + 1
        // The table, then the cost of inserting each letter of `right` (the same on every row).
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: (left.count + 1) * width + right.count) { table in
            let insertion = UnsafeMutableBufferPointer(rebasing: table[((left.count + 1) * width)...])
            for j in 0..<right.count { insertion[j] = indel(right, j, latinSeen: latinSeen) }
            table[0] = 0
            for j in stride(from: 1, through: right.count, by: 1) { table[j] = table[j - 1] + insertion[j - 1] }
            if left.isEmpty { return table[right.count] }
            var previousMinimum = 0.0
            for i in 1...left.count {
                let row = i * width, above = row - width
                let deletion = indel(left, i - 1, latinSeen: latinSeen)
                table[row] = table[above] + deletion
                var rowMinimum = table[row]
                for j in stride(from: 1, through: right.count, by: 1) {
                    var value = min(
                        table[above + j] + deletion,
                        table[row + j - 1] + insertion[j - 1],
                        table[above + j - 1] + substitution(left, i - 1, right, j - 1, misheard: misheard, latin: latin))
                    if isTwoLetterEdit(left, i, right, j) { value = min(value, table[above - width + j - 1] + 0.5) }
                    if isTwoLetterEdit(right, j, left, i) { value = min(value, table[above + j - 2] + 0.5) }
                    if isGlideSwap(left, i, right, j) { value = min(value, table[above - width + j - 2] + 0.5) }
                    table[row + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                // An edit reaches back at most two rows.
                if rowMinimum > limit, previousMinimum > limit { return .infinity }
                previousMinimum = rowMinimum
            }
            return table[left.count * width + right.count]
        }
    }

    /// Which of two keys were read from Latin spellings: some variants only Latin makes.
    struct Latin {
        let left: Bool
        let right: Bool
        /// Both keys, or keys whose spellings are not known.
        static let both = Latin(left: true, right: true)
    }

    /// The variant cost of two keys when it is within their allowance (see
    /// ``weighted(_:_:limit:latin:)``), else nil.
    static func variantCost(_ a: String, _ b: String, latin: Latin = .both) -> Double? {
        UTF8Reading.withBytes(of: a) { left in
            UTF8Reading.withBytes(of: b) { right in variantCost(left, right, latin: latin) }
        }
    }

    /// ``variantCost(_:_:latin:)`` on keys' bytes.
    static func variantCost(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, latin: Latin = .both) -> Double? {
        guard mayBeVariants(a, b) else { return nil }
        let allowance = allowance(a, b)
        guard letterCountsAreWithin(a, b, allowance: allowance) else { return nil }
        let cost = weighted(a, b, limit: allowance, latin: latin)
        return cost <= allowance ? cost : nil
    }

    /// The most variant cost two keys may differ by and still be one name: 0.5 for keys of
    /// up to six classes, 1 for longer ones.
    private static func allowance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        // Scalars counted as the UTF-8 bytes that start one.
        func classes(_ key: UnsafeBufferPointer<UInt8>) -> Int { key.count { $0 & 0xC0 != 0x80 } }
        return min(classes(a), classes(b)) <= 6 ? 0.5 : 1.0
    }

    /// A quick test before ``weighted(_:_:limit:latin:)``: false when two keys cannot
    /// be variants, because their lengths are too far apart or they start with letters no
    /// variant edit can change there.
    private static func mayBeVariants(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // As weighted(_:_:limit:latin:): more than three letters apart is out of reach.
        guard abs(a.count - b.count) <= 3, let x = a.first, let y = b.first else { return false }
        // At the start: i and c can be added or dropped, u and v, ch and sh, ts or s and z, g
        // and h, f and p swapped.
        return x == y || isChangeableAtStart(x) || isChangeableAtStart(y)
    }

    /// The second quick test: false when the letter counts of two keys differ by more than
    /// the edits of `allowance` can make. An edit changes the counts by at most six per unit
    /// of cost (e ↔ io: three for 0.5; s ↔ z: two for 0.4; a Polish i: one for 0.25).
    private static func letterCountsAreWithin(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, allowance: Double) -> Bool {
        // Byte counters from 128 up for `a` and down for `b`; the lengths (at most 127 bytes
        // each) keep them from wrapping. Summed eight at a time: each byte's distance from
        // 128, then the bytes of the word added up.
        guard a.count < 128, b.count < 128 else { return true }
        var words: (UInt64, UInt64, UInt64, UInt64) = (.bias, .bias, .bias, .bias)
        return withUnsafeMutableBytes(of: &words) { counts in
            for byte in a { counts[Int(byte & 31)] &+= 1 }
            for byte in b { counts[Int(byte & 31)] &-= 1 }
            var difference: UInt64 = 0
            for word in counts.bindMemory(to: UInt64.self) {
                let signed = word ^ .bias  // each byte its count difference, two's complement
                let negative = ((signed >> 7) & .ones) &* 0xFF
                let magnitude = (signed ^ negative) &+ (negative & .ones)
                difference &+= (magnitude &* .ones) >> 56
            }
            return Double(difference) <= 6 * allowance
        }
    }

    /// Whether a key's first letter can differ between variants: i, c, s, u, v, t, z, g, h, f, p.
    @inline(__always)
    private static func isChangeableAtStart(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x69, 0x63, 0x73, 0x75, 0x76, 0x74, 0x7A, 0x67, 0x68, 0x66, 0x70: return true
        default: return false
        }
    }

    /// Whether `a` and `b` differ by one swap of adjacent letters, in keys of six bytes or more:
    /// a misprint where few other names are one swap apart.
    static func isTransposition(_ a: String, _ b: String) -> Bool {
        let left = a.utf8, right = b.utf8
        guard left.count >= 6, left.count == right.count else { return false }
        var first: (String.UTF8View.Index, String.UTF8View.Index)?
        var second: (String.UTF8View.Index, String.UTF8View.Index)?
        var l = left.startIndex, r = right.startIndex
        while l < left.endIndex {
            if left[l] != right[r] {
                if first == nil { first = (l, r) } else if second == nil { second = (l, r) } else { return false }
            }
            l = left.index(after: l)
            r = right.index(after: r)
        }
        // Class letters are ASCII: bytes of other letters are not swapped as letters.
        guard let first, let second, left.index(after: first.0) == second.0,
              left[first.0] < 0x80, left[second.0] < 0x80 else { return false }
        return left[first.0] == right[second.1] && left[second.0] == right[first.1]
    }

    /// Whether `short` is `long` with one letter dropped, not its first (Алексадрович for
    /// Александрович): a misprint where the keys are long enough (five letters left) that few
    /// other names are one letter apart.
    static func isLetterDropped(_ long: String, _ short: String) -> Bool {
        let (long, short) = (long.utf8, short.utf8)
        guard short.count >= 5, long.count == short.count + 1, long.first == short.first else { return false }
        var (l, s) = (long.startIndex, short.startIndex)
        while s < short.endIndex, long[l] == short[s] {
            long.formIndex(after: &l)
            short.formIndex(after: &s)
        }
        // Class letters are ASCII: a byte of another letter is not dropped as a letter.
        return long[l] < 0x80 && long[long.index(after: l)...].elementsEqual(short[s...])
    }

    /// Whether two keys are the masculine and feminine forms of one name: the feminine is the
    /// masculine with an `a` added (Nazarbayev, Nazarbayeva), or its -ska for -ski (Kaspersky,
    /// Kasperskaya, whose keys end `kasperski`, `kasperska`), or an adjectival surname's -ая
    /// for -ой, -ый or -ий (Толстой, Толстая; Белый, Белая: keys `tolstoi`, `tolstaia`).
    ///
    /// - Returns: True when `a` is the masculine form, false when `b` is, nil when neither.
    static func genderForms(_ a: String, _ b: String) -> Bool? {
        UTF8Reading.withBytes(of: a) { x in UTF8Reading.withBytes(of: b) { y in genderForms(x, y) } }
    }

    /// ``genderForms(_:_:)`` on keys' bytes.
    private static func genderForms(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let xLast = x.last, let yLast = y.last else { return nil }
        let oneEach = (xLast == 0x69 && yLast == 0x61) || (xLast == 0x61 && yLast == 0x69)
        if oneEach, let adjectival = adjectivalForms(x, y) { return adjectival }
        if y.count == x.count + 1 { return yLast == 0x61 && y.starts(with: x) ? true : nil }
        if x.count == y.count + 1 { return xLast == 0x61 && x.starts(with: y) ? false : nil }
        // -ski and -ska: the same length, the same bytes before the last, and `ks` before it.
        guard oneEach, x.count == y.count, x.count >= 6, x[x.count - 2] == 0x6B, x[x.count - 3] == 0x73,
              x.dropLast().elementsEqual(y.dropLast()) else { return nil }
        return xLast == 0x69
    }

    /// ``genderForms(_:_:)`` for adjectival surnames: a stem of three classes or more ending in
    /// a consonant, with `oi` or `i` for the masculine and `aia` for the feminine.
    private static func adjectivalForms(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        func stemLength(ofFeminine key: UnsafeBufferPointer<UInt8>) -> Int? {
            let count = key.count
            guard count >= 6, key[count - 3] == 0x61, key[count - 2] == 0x69, key[count - 1] == 0x61,
                  !KeyMaker.isVowel(key[count - 4]) else { return nil }
            return count - 3
        }
        func isMasculine(_ key: UnsafeBufferPointer<UInt8>, of feminine: UnsafeBufferPointer<UInt8>, stem: Int) -> Bool {
            let ending = key.count - stem
            guard ending == 1 || ending == 2, key.prefix(stem).elementsEqual(feminine.prefix(stem)) else { return false }
            return ending == 1 ? key[stem] == 0x69 : key[stem] == 0x6F && key[stem + 1] == 0x69
        }
        if let stem = stemLength(ofFeminine: y), isMasculine(x, of: y, stem: stem) { return true }
        if let stem = stemLength(ofFeminine: x), isMasculine(y, of: x, stem: stem) { return false }
        return nil
    }
}

private extension UInt64 {
    /// 0x80 in every byte.
    static let bias: UInt64 = 0x8080_8080_8080_8080
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
}
