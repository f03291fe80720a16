/// Endings of match keys that tell a token's role and gender across scripts: the keys of
/// `-ович`, `-ovich` and `-ovič` are all `…ovich`, of `-ұлы`, `-uly` and `-ulı` all `…uli`.
enum NameSuffixes {
    /// Patronymic endings, longest first, with the gender they show (`ovits`: a č that lost its
    /// caron, Ivanovic, read as ц).
    static let patronymic: [(suffix: String, gender: Gender)] = [
        ("ovich", .male), ("evich", .male), ("avich", .male), ("ovna", .female),
        ("evna", .female), ("inichna", .female), ("ichna", .female), ("ich", .male), ("ovits", .male), ("evits", .male), ("uli", .male),
        ("kizi", .female), ("kisi", .female),
        // Ukrainian -івна (Леонідівна); Belarusian -аўна, -еўна (Рыгораўна), and -авіч above
        // (Рыгоравіч)
        ("ivna", .female), ("auna", .female), ("euna", .female),
    ]

    /// ``patronymic`` as bytes, by the ASCII byte they end in: only those are tried.
    private static let patronymicByLastByte = byLastByte(patronymic.map { (suffix: Array($0.suffix.utf8), gender: $0.gender) }, \.suffix)

    /// Endings sorted into buckets by their last ASCII byte, each in the order given, so that a
    /// key is tried only against the endings it can have.
    private static func byLastByte<Entry>(_ entries: [Entry], _ ending: (Entry) -> [UInt8]) -> [[Entry]] {
        var buckets = [[Entry]](repeating: [], count: 128)
        for entry in entries {
            guard let last = ending(entry).last, last < 0x80 else { continue }
            buckets[Int(last)].append(entry)
        }
        return buckets
    }

    /// Surname endings, longest first, with the gender they show and whether given names end so
    /// too (-in, -ina: Asain, Galina), which makes them weaker signs of a surname.
    static let surname: [(suffix: String, gender: Gender?, givenNamesToo: Bool)] = [
        ("tska", .female, false), ("ska", .female, false), ("ova", .female, false), ("eva", .female, false),
        ("ina", .female, true), ("ski", .male, false), ("ov", .male, false), ("ev", .male, false), ("in", .male, true),
        ("enko", nil, false), ("iuk", nil, false), ("uk", nil, false),
        // The feminine of an adjectival surname (Толстая, Белая); a few given names end so too
        // (Аглая).
        ("aia", .female, true),
    ]

    /// Words written apart that make the word before them a patronymic (`Әбіш ұлы`, the Kyrgyz
    /// `Тажибек кызы`, `Бакыт уулу`, the Uzbek `Xusnidilla oʻgʻli`, `Ravshan qizi` and the
    /// Azerbaijani `Jahangir oğlu`), as UTF-8 bytes, each with the ending it gives that word:
    /// the Kyrgyz уулу (`ulu`), the Uzbek oʻgʻli, ўғли (`ogli`, `ugli`) and the Azerbaijani
    /// oğlu (`oglu`) are the Kazakh ұлы.
    private static let patronymicWords: [(word: [UInt8], ending: [UInt8])] = [
        ("uli", "uli"), ("kizi", "kizi"), ("ulu", "uli"), ("ogli", "uli"), ("ugli", "uli"), ("oglu", "uli"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The length of the longest key of ``patronymicWords``.
    static let longestPatronymicWord = patronymicWords.map(\.word.count).max() ?? 0

    /// The ending a patronymic word written apart gives the word before it (see
    /// ``patronymicWords``); nil when the key is no such word.
    static func patronymicWordEnding<Key: Collection<UInt8>>(_ key: Key) -> [UInt8]? {
        patronymicWords.first { $0.word.count == key.count && $0.word.elementsEqual(key) }?.ending
    }

    /// The key of a word and the patronymic word written after it, as the key of the two
    /// written together: the ending joined on (see ``joined(_:after:)``).
    static func joiningPatronymic(_ head: String, ending: [UInt8]) -> String {
        head + String(decoding: joined(ending, after: head.utf8.last), as: UTF8.self)
    }

    /// A patronymic word's ending as it joins a key that ends in `last`: a class doubled at
    /// the joint is written once (`Серік қызы` → `serikizi`, as `Серікқызы`).
    static func joined(_ ending: [UInt8], after last: UInt8?) -> ArraySlice<UInt8> {
        last == ending.first ? ending.dropFirst() : ending[...]
    }

    /// The kind of patronymic ending a key has.
    enum PatronymicForm {
        /// The Kazakh -ұлы or -қызы, which some given names end with too (Turkmen Гурбангулы).
        case kazakh
        /// A Russian, Ukrainian or Belarusian ending (-ович, -івна, -авіч).
        case russian
    }

    /// Which of a name's words is its patronymic when several have the form: the first that
    /// follows a word without it (Ivan Ivanovich Petrovich, Petrovich Ivan Ivanovich), else the
    /// last (Иванович Петрович). A name has one patronymic, and never as its first word (a
    /// patronymic follows a given name: Абрамович Роман is a surname first); the others are
    /// surnames or given names that happen to end the same way. A Russian form, where a word has
    /// one, outranks the Kazakh form of the others (Бердымухамедов Гурбангулы Мяликгулыевич).
    ///
    /// - Parameters:
    ///   - words: How many words (not initials) the name has.
    ///   - form: The patronymic form of the word at a place among the words, if any; asked
    ///     once a word, in written order, until the patronymic is found.
    /// - Returns: The place of the patronymic among the words, or nil when none has the form.
    static func patronymicIndex(words: Int, form: (Int) -> PatronymicForm?) -> Int? {
        // Chosen among all forms, and among the Russian ones only, which win when there are any.
        var previousHasForm = true, previousIsRussian = true
        var firstWithForm: Int?, lastWithForm: Int?, lastRussian: Int?
        for word in 0..<words {
            let kind = form(word)
            if word > 0, kind == .russian {
                if !previousIsRussian { return word }
                lastRussian = word
            }
            if word > 0, kind != nil {
                if !previousHasForm, firstWithForm == nil { firstWithForm = word }
                lastWithForm = word
            }
            previousHasForm = kind != nil
            previousIsRussian = kind == .russian
        }
        return lastRussian ?? firstWithForm ?? lastWithForm
    }

    /// Whether a key ends with an ASCII suffix, leaving at least `stem` bytes before it.
    @inline(__always)
    private static func ends<Key: BidirectionalCollection<UInt8>>(_ key: Key, with suffix: [UInt8], stem: Int) -> Bool {
        guard key.count >= suffix.count + stem else { return false }
        return key[key.index(key.endIndex, offsetBy: -suffix.count)...].elementsEqual(suffix)
    }

    /// Whether `long` is `short` with a Russian surname ending (-ov, -ev, -in, or the feminine
    /// -ova, -eva, -ina) added (Жанбулатов ~ Жанбулат, Сарсенбаев ~ Сарсенбай, Оспанова ~
    /// Оспан), or the Kazakh -ұлы or -қызы of a surname made of the father's name, which is
    /// often written without it (Құнболатұлы ~ Құнболат).
    static func isSurnameWithEnding(_ long: String, of short: String) -> Bool {
        UTF8Reading.withBytes(of: long) { long in
            guard let last = long.last, last < 0x80,
                  let ending = surnameEndingsByLastByte[Int(last)].first(where: { ends(long, with: $0, stem: 0) }) else { return false }
            return UTF8Reading.withBytes(of: short) { short in
                areSameStem(UnsafeBufferPointer(rebasing: long.dropLast(ending.count)), short, ending: ending)
            }
        }
    }

    /// Whether `long` is `short` with the ending Lithuanian or Latvian adds to a man's name:
    /// -as, -us, -ius, -is or -s after a consonant or a й (Popovas, Aleksandras, Nikolajus,
    /// Stepanovičius; Popovs, Sergejs). `short` has at least four classes, so that a short
    /// name is not read as the stem of a longer one.
    static func isBalticForm(_ long: String, of short: String) -> Bool {
        UTF8Reading.withBytes(of: long) { long in
            UTF8Reading.withBytes(of: short) { short in
                guard short.count >= 4, long.count > short.count, let last = short.last, last == 0x69 || !KeyMaker.isVowel(last),
                      long.starts(with: short) else { return false }
                let ending = UnsafeBufferPointer(rebasing: long[short.count...])
                return balticEndings.contains { $0.elementsEqual(ending) }
            }
        }
    }

    private static let balticEndings = ["as", "us", "ius", "is", "s"].map { Array($0.utf8) }

    /// The Central Asian name element `long` adds to `short`, a given name whose key has at
    /// least four letters, or a spelling variant of one (Kanat ~ Kanatbek, Nadir ~ Nodirbek,
    /// Kamil ~ Kamiljan, Hayot ~ Hayotkhon, Aman ~ Amanbai), as its key: nil when it adds none.
    static func nameElement(_ long: String, of short: String) -> String? {
        UTF8Reading.withBytes(of: long) { long -> String? in
            // Each element ends in k, n or i.
            guard let last = long.last, last == 0x6B || last == 0x6E || last == 0x69 else { return nil }
            return UTF8Reading.withBytes(of: short) { short -> String? in
                for (element, bytes) in zip(nameElements, nameElementBytes)
                where long.count >= short.count + bytes.count && ends(long, with: bytes, stem: 4) {
                    let stem = UnsafeBufferPointer(rebasing: long.dropLast(bytes.count))
                    if stem.elementsEqual(short) || KeyDistance.variantCost(stem, short) != nil { return element }
                }
                return nil
            }
        }
    }

    /// The keys of the name elements -бек, -жан (-джан, -jan), -жон (-джон, -jon), -хан, -хон
    /// and -бай.
    private static let nameElements = ["bek", "zhan", "zhon", "han", "hon", "bai"]
    private static let nameElementBytes = nameElements.map { Array($0.utf8) }

    /// Whether two stems of a surname are the same: equal; equal but for a й that ends the
    /// second and merges into the Russian `ending` (Сарсенбай ~ Сарсенбаев), with the vowel
    /// before it when the ending begins with that vowel (Бөкей ~ Бокеев, where the key writes
    /// the doubled е once); or spelling variants of each other (Otemis ~ Utemis).
    private static func areSameStem(_ stem: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>, ending: [UInt8]) -> Bool {
        if stem.elementsEqual(other) { return true }
        if other.last == 0x69 {
            if stem.elementsEqual(other.dropLast()) { return true }
            if other.count >= 2, other[other.count - 2] == ending.first, stem.elementsEqual(other.dropLast(2)) { return true }
        }
        return KeyDistance.variantCost(stem, other) != nil
    }

    /// The endings a surname adds to its stem, longest first, by the ASCII byte they end in.
    private static let surnameEndingsByLastByte = byLastByte(["kizi", "ova", "eva", "ina", "uli", "ov", "ev", "in"].map { Array($0.utf8) }) { $0 }
    /// The Kazakh endings of a surname made of the father's name, and their Russian ones.
    private static let kazakhAndRussianEndings = [("uli", ["ov", "ev"]), ("kizi", ["ova", "eva"])]
        .map { (Array($0.0.utf8), $0.1.map { Array($0.utf8) }) }

    /// ``surname`` with its endings as bytes.
    private static let surnameBytes = surname.map { (suffix: Array($0.suffix.utf8), gender: $0.gender, givenNamesToo: $0.givenNamesToo) }
    private static let ich = Array("ich".utf8), vich = Array("vich".utf8), rich = Array("rich".utf8)
    /// The keys of the patronymics in -ич shorter than seven classes: of Илья, Фома and Лука.
    private static let shortIchPatronymics = ["ilich", "fomich", "lukich"].map { Array($0.utf8) }

    /// The patronymic ending of a key's bytes, if any, leaving a stem of at least two classes
    /// (a doubled class is written once: Бекқызы → `bekizi`).
    static func patronymicEnding<Key: BidirectionalCollection<UInt8>>(_ key: Key) -> (length: Int, gender: Gender)? {
        guard let last = key.last, last < 0x80 else { return nil }
        for (suffix, gender) in patronymicByLastByte[Int(last)] where ends(key, with: suffix, stem: 2) {
            // -ich alone only in a longer key (Мирзоевич, Кузьмич; not Бич), or after the short
            // fathers' names in -а or -я that make one (Ильич, Фомич, Лукич); and never after r,
            // as German given names end (Heinrich, Friedrich, Dietrich).
            if suffix == ich, !ends(key, with: vich, stem: 0),
               (key.count < 7 && !shortIchPatronymics.contains { $0.elementsEqual(key) }) || ends(key, with: rich, stem: 0) { continue }
            return (suffix.count, gender)
        }
        return nil
    }

    /// The kind of patronymic ending a key's bytes have, if any: the Kazakh endings are the
    /// ones that end in `i` (`uli`, `kizi`, `kisi`).
    static func patronymicForm<Key: BidirectionalCollection<UInt8>>(_ key: Key) -> PatronymicForm? {
        guard patronymicEnding(key) != nil else { return nil }
        return key.last == 0x69 ? .kazakh : .russian
    }

    /// Whether a key has a patronymic ending (``patronymicMatch(_:)`` without making the stem).
    static func hasPatronymicEnding(_ key: String) -> Bool {
        UTF8Reading.withBytes(of: key) { patronymicEnding($0) } != nil
    }

    /// Whether a key ends in a Kazakh patronymic ending, -ұлы or -қызы (`uli`, `kizi`, `kisi`).
    static func hasKazakhPatronymicEnding(_ key: String) -> Bool {
        key.hasSuffix("uli") || key.hasSuffix("kizi") || key.hasSuffix("kisi")
    }

    /// Whether a key has a surname ending (see ``surnameEnding(_:)``).
    static func hasSurnameEnding(_ key: String) -> Bool {
        surnameEnding(key) != nil
    }

    /// The patronymic ending of a key, if any: the stem before it and the gender it shows.
    static func patronymicMatch(_ key: String) -> (stem: String, gender: Gender)? {
        guard let (length, gender) = UTF8Reading.withBytes(of: key, { patronymicEnding($0) }) else { return nil }
        return (String(key.utf8.dropLast(length))!, gender)
    }

    /// The father's names a patronymic key can hold: its stem, and the stem with `k` when the
    /// ending is -қызы, whose қ the key writes once after a к or қ (Серікқызы → `serikizi`,
    /// the father Серік). Empty when the key has no patronymic ending.
    ///
    /// A Russian -евич or -евна drops the й or ий of the father's name (Сергеевич, Юрьевич,
    /// Николаевич), which the Ukrainian form keeps (Сергійович, Юрійович): their stems get
    /// `i` and `ei` added too (Юрий, Сергей, Николай).
    static func patronymicStems(_ key: String) -> [String] {
        guard let (stem, _) = patronymicMatch(key) else { return [] }
        // Of the Kazakh endings, only -қызы is four bytes long.
        if key.utf8.count - stem.utf8.count == 4, hasKazakhPatronymicEnding(key), stem.utf8.last != 0x6B {
            return [stem, stem + "k"]
        }
        if key.hasSuffix("evich") || key.hasSuffix("evna"), stem.utf8.last != 0x69 {
            return [stem, stem + "i", stem + "ei"]
        }
        return [stem]
    }

    /// Whether a key has a surname ending that given names do not have (see ``surname``).
    static func hasStrongSurnameEnding(_ key: String) -> Bool {
        surnameEntry(key).map { !$0.givenNamesToo } ?? false
    }

    /// The surname ending of a key, if any, leaving a stem of at least three classes: its
    /// length in bytes and the gender it shows.
    static func surnameEnding(_ key: String) -> (length: Int, gender: Gender?)? {
        surnameEntry(key).map { ($0.suffix.count, $0.gender) }
    }

    /// The entry of ``surname`` a key ends with, leaving a stem of at least three classes.
    private static func surnameEntry(_ key: String) -> (suffix: [UInt8], gender: Gender?, givenNamesToo: Bool)? {
        UTF8Reading.withBytes(of: key) { bytes in surnameBytes.first { ends(bytes, with: $0.suffix, stem: 3) } }
    }

    /// The Kazakh and Russian forms of one surname among two tokens' keys: the father's name
    /// with -uly or -qyzy, and with -ov/-ev or -ova/-eva, of the same gender
    /// (Kunanbaiuly ~ Kunanbayev, Nurlanqyzy ~ Nurlanova). A й that ends the stem merges
    /// into the Russian ending (Құнанбай → Кунанбаев).
    ///
    /// - Returns: The Kazakh-form key and the Russian-form key, or nil.
    static func kazakhAndRussianForms(_ left: [String], _ right: [String]) -> (kazakh: String, russian: String)? {
        kazakhForm(in: left, russianIn: right) ?? kazakhForm(in: right, russianIn: left)
    }

    /// ``kazakhAndRussianForms(_:_:)`` with the Kazakh form among `kazakhKeys`.
    private static func kazakhForm(in kazakhKeys: [String], russianIn russianKeys: [String]) -> (kazakh: String, russian: String)? {
        for kazakh in kazakhKeys {
            let found = UTF8Reading.withBytes(of: kazakh) { kazakhBytes -> String? in
                for (ending, russianEndings) in kazakhAndRussianEndings where ends(kazakhBytes, with: ending, stem: 3) {
                    let stem = UnsafeBufferPointer(rebasing: kazakhBytes.dropLast(ending.count))
                    for russian in russianKeys {
                        let same = UTF8Reading.withBytes(of: russian) { russianBytes in
                            russianEndings.contains { russianEnding in
                                ends(russianBytes, with: russianEnding, stem: 3)
                                    && areSameStem(UnsafeBufferPointer(rebasing: russianBytes.dropLast(russianEnding.count)), stem,
                                                   ending: russianEnding)
                            }
                        }
                        if same { return russian }
                    }
                }
                return nil
            }
            if let found { return (kazakh, found) }
        }
        return nil
    }
}
