import Atau
import Foundation
import Testing

@testable import AtauMatch

@Suite struct NameParserTests {
    static let parser = NameParser(alphabet: try! MatchAlphabet(catalog: try! SchemeCatalog.bundled()))

    private func roles(_ text: String) throws -> [String] {
        try Self.parser.parse(text).tokens.map { "\($0.text):\($0.role.rawValue)" }
    }

    @Test func givenFirstAndSurnameFirst() throws {
        #expect(try roles("Askar Kairbek") == ["Askar:given", "Kairbek:surname"])
        #expect(try roles("KAIRBEK Askar") == ["KAIRBEK:surname", "Askar:given"])
        #expect(try roles("Kairbek, Askar") == ["Kairbek:surname", "Askar:given"])
        #expect(try Self.parser.parse("KAIRBEK Askar").isSurnameFirst)
    }

    @Test func initials() throws {
        #expect(try roles("A. Kairbek") == ["A.:given", "Kairbek:surname"])
        #expect(try roles("Қайырбек А.") == ["Қайырбек:surname", "А.:given"])
        #expect(try roles("Ж.Әлімханұлы") == ["Ж.:given", "Әлімханұлы:surname"])
        #expect(try roles("K.-Zh. Tokayev") == ["K.:given", "Zh.:given", "Tokayev:surname"])
    }

    @Test func patronymicsAndOrder() throws {
        #expect(try roles("Иван Иванович Петров") == ["Иван:given", "Иванович:patronymic", "Петров:surname"])
        #expect(try roles("Петров Иван Иванович") == ["Петров:surname", "Иван:given", "Иванович:patronymic"])
        #expect(try roles("Nursultan Abishuly Nazarbayev") == ["Nursultan:given", "Abishuly:patronymic", "Nazarbayev:surname"])
        #expect(try roles("Нұрсұлтан Әбіш ұлы Назарбаев") == ["Нұрсұлтан:given", "Әбіш ұлы:patronymic", "Назарбаев:surname"])
        #expect(try roles("Gulnur Qosdauletqyzy Bekova").contains("Qosdauletqyzy:patronymic"))
        // -ич alone in a longer word (Кузьмич), but a German name in -rich is a given name.
        #expect(try roles("Иван Кузьмич Петров").contains("Кузьмич:patronymic"))
        #expect(try roles("Heinrich Zertik") == ["Heinrich:given", "Zertik:surname"])
        // Ukrainian and Belarusian patronymics.
        #expect(try roles("Галина Леонідівна Петренко").contains("Леонідівна:patronymic"))
        #expect(try roles("Аляксандр Рыгоравіч Мельнік").contains("Рыгоравіч:patronymic"))
    }

    @Test func oneNameHasOnePatronymic() throws {
        #expect(try roles("Ivan Ivanovich Petrovich") == ["Ivan:given", "Ivanovich:patronymic", "Petrovich:surname"])
        #expect(try roles("Petrovich Ivan Ivanovich") == ["Petrovich:surname", "Ivan:given", "Ivanovich:patronymic"])
        // Two words of patronymic form: the last is chosen, then read as a surname beside one
        // given name, as in Bauyrzhan Momyshuly.
        #expect(try roles("Иванович Петрович") == ["Иванович:given", "Петрович:surname"])
        #expect(try roles("Абрамович Роман").contains("Абрамович:surname"))
        // A Russian form outranks the Kazakh form that some given names end with.
        #expect(try roles("Бердымухамедов Гурбангулы Мяликгулыевич") == ["Бердымухамедов:surname", "Гурбангулы:given", "Мяликгулыевич:patronymic"])
    }

    @Test func aFathersNameWithKyzyOrUuluAloneIsTheSurname() throws {
        // Kyrgyz names: the father's name and кызы or уулу written apart, beside one given name.
        #expect(try roles("Махабат Тажибек кызы") == ["Махабат:given", "Тажибек кызы:surname"])
        #expect(try roles("Maksat Tajibek uulu") == ["Maksat:given", "Tajibek uulu:surname"])
        // Uulu is the Kazakh ұлы, and a doubled class at the joint is written once, as in the
        // word written together.
        #expect(try Self.parser.parse("Maksat Tajibek uulu").matchKey == Self.parser.parse("Максат Тажибекұлы").matchKey)
        #expect(try Self.parser.parse("Айгерім Серік қызы").matchKey == Self.parser.parse("Айгерім Серікқызы").matchKey)
        // The Uzbek oʻgʻli and the Azerbaijani oğlu are the Kazakh ұлы too.
        #expect(try roles("Akbar Xusnidilla oʻgʻli Joʻrayev") == ["Akbar:given", "Xusnidilla oʻgʻli:patronymic", "Joʻrayev:surname"])
        #expect(try roles("Arif Jahangir oğlu Melikov").contains("Jahangir oğlu:patronymic"))
        // Beside a surname it is the patronymic.
        #expect(try roles("Нұрсұлтан Әбіш ұлы Назарбаев").contains("Әбіш ұлы:patronymic"))
    }

    @Test func wordsInParenthesesAreAsides() throws {
        let name = try Self.parser.parse("Denis Nikisha (KAZ)")
        #expect(name.surname?.text == "Nikisha")
        #expect(name.tokens.filter(\.isAside).map(\.text) == ["KAZ"])
        #expect(name.matchKey == "denis nikisha")
        #expect(try Self.parser.matchKey(of: "Denis Nikisha (KAZ)") == "denis nikisha")
        // Parentheses around the whole name hold the name.
        #expect(try Self.parser.parse("(Denis Nikisha)").matchKey == "denis nikisha")
        #expect(try Self.parser.parse("(Denis Nikisha)").surname?.text == "Nikisha")
    }

    @Test func aGivenNameOfTheTableIsNoSurnameByItsEnding() throws {
        #expect(try roles("Konstantin Tszyu") == ["Konstantin:given", "Tszyu:surname"])
    }

    @Test func aStrongEndingTellsTheSurnameBesideAWeakOne() throws {
        // Both end like surnames; -in and -ina are also given names' endings, -ova is not.
        #expect(try roles("Ivanova Galina") == ["Ivanova:surname", "Galina:given"])
        #expect(try roles("Baikhanov Assain") == ["Baikhanov:surname", "Assain:given"])
    }

    @Test func compoundGivenNameKeepsItsHyphen() throws {
        let name = try Self.parser.parse("Kassym-Jomart Tokayev")
        #expect(name.given.map(\.text) == ["Kassym-Jomart"])
        #expect(name.given.first?.key == "kasimzhomart")
    }

    @Test func genderFromForms() throws {
        #expect(try Self.parser.parse("Dariga Nazarbayeva").gender == .female)
        #expect(try Self.parser.parse("Нурсултан Назарбаев").gender == .male)
        #expect(try Self.parser.parse("Айгерім Бекқызы").gender == .female)
        #expect(try Self.parser.parse("Askar Kairbek").gender == nil)
        // A surname in -ич is a woman's too; a Kazakh one in -ұлы still tells a man.
        #expect(try Self.parser.parse("Екатерина Самуцевич").gender == nil)
        #expect(try Self.parser.parse("Bauyrzhan Momyshuly").gender == .male)
        #expect(try Self.parser.parse("Татьяна Толстая").gender == .female)
    }

    @Test func titlesAreNotPartOfTheName() throws {
        let name = try Self.parser.parse("Judge Askar Kairbek")
        #expect(name.titles == ["Judge"])
        #expect(name.tokens.map(\.text) == ["Askar", "Kairbek"])
        #expect(try Self.parser.parse("судья Қайырбек Асқар").titles == ["судья"])
        #expect(try Self.parser.parse("Dr. Ivanov").tokens.map(\.text) == ["Ivanov"])
        // A generation marker glued on by a hyphen, as the Russian press writes it.
        let junior = try Self.parser.parse("Сергей Бодров-младший")
        #expect(junior.titles == ["младший"])
        #expect(junior.tokens.map(\.text) == ["Сергей", "Бодров"])
        #expect(try Self.parser.matchKey(of: "Сергей Бодров-младший") == junior.matchKey)
        #expect(try Self.parser.parse("Gen. Sergei Shoigu").titles == ["Gen."])
        #expect(try Self.parser.parse("Mme Tatiana Golikova").tokens.map(\.text) == ["Tatiana", "Golikova"])
    }

    @Test func nicknamesInQuotesAreNotPartOfTheName() throws {
        for (text, nickname) in [("Abay \"HObbit\" Khassenov", "\"HObbit\""), ("Abai “HObbit” Hasenov", "“HObbit”"),
                                 ("Adlet 'keeN' Nyrseytov", "'keeN'"), ("Bektiyar ‘fitch’ Baqytov", "‘fitch’"),
                                 ("Владимир «Вова» Иванов", "«Вова»")] {
            let name = try Self.parser.parse(text)
            #expect(name.nicknames == [nickname], "\(text)")
            #expect(name.tokens.count == 2, "\(text)")
            #expect(try Self.parser.matchKey(of: text) == name.matchKey)
        }
        // A whole name in quotes is the name; an apostrophe inside a word is a letter's.
        #expect(try Self.parser.parse("\"Askar Kairbek\"").matchKey == "askar kairbek")
        #expect(try Self.parser.parse("O'ljas O'mirzaq").nicknames.isEmpty)
        // What is not part of a name stays an error inside quotes too.
        #expect(throws: NameError.self) { try Self.parser.parse("Abay \"Ho\u{7}bbit\" Khassenov") }
    }

    @Test func badInputIsAnError() {
        #expect(throws: NameError.empty) { try Self.parser.parse("   ") }
        #expect(throws: NameError.empty) { try Self.parser.parse("Dr.") }
        #expect(throws: NameError.self) { try Self.parser.parse("Agent 007") }
        #expect(throws: NameError.self) { try Self.parser.parse("a\u{0}b") }
        #expect(throws: NameError.tooLong(length: 201)) { try Self.parser.parse(String(repeating: "a", count: 201)) }
        #expect(throws: NameError.tooManyWords(count: 9)) { try Self.parser.parse(Array(repeating: "Ivan", count: 9).joined(separator: " ")) }
    }

    @Test func matchKeyIsOrderFree() throws {
        let keys = try ["Asqar Qaiyrbek", "QAIYRBEK Asqar", "Kairbek, Askar", "Асқар Қайырбек", "Dr. Askar Kairbek"].map { try Self.parser.parse($0).matchKey }
        #expect(keys == Array(repeating: "askar kairbek", count: 5))
        #expect(try Self.parser.parse("Нұрсұлтан Әбіш ұлы Назарбаев").matchKey == "nazarbaev nursultan")
        #expect(try Self.parser.parse("Тоқаев Қ.-Ж.").matchKey == "tokaev")
    }

    /// The one-pass match key agrees with the parsed name's on every name of the pair files and
    /// on hand-made edge cases.
    @Test func fastMatchKeyAgreesWithTheParser() throws {
        var names = ["Әбіш ұлы", "Bauyrzhan Momyshuly", "Ж.Әлімханұлы", "K.-Zh. Tokayev", "Dr. Ivanov", "Judge Asqar, Qaiyrbek",
                     "A.K. Ivanov", "Иван Иванович Петров", "Kassym-Jomart Tokayev", "Kasym Jomart", "(Aidos) Sarym", "Zh Tokayev",
                     "Айгерім Бекқызы", "Нұрлан Серік ұлы", "Prof.Ivanov", "Maksat Tajibek uulu", "Айгерім Серік қызы",
                     "Бердымухамедов Гурбангулы Мяликгулыевич", "Асқар Серікұлы Иванович",
                     // found by the fuzzer: words of signs only, nine words one of them a sign
                     "Щщ Ъъъ", "ЁЁЁЁ ЩЩЩ ЪЪЪ", "g hha b c d  f ь\tg h", "Иванович Петрович",
                     "Ivan Ivanovich Petrovich", "Petrovich Ivan Ivanovich", "Абрамович Роман",
                     // found in review: titles with a hyphen or comma glued on
                     "Askar Kairbek -Judge", "Ivanov -Dr. Ivan", "A.,Judge Kairbek", "Kairbek, -Askar,",
                     // found by the fuzzer: a word whose other readings include "uli"
                     "rtk)ulyjjjjjjjjjjjjjjjjjjjjjjjjjjjjj"]
        // Every name of every pair file.
        let files = Bundle.module.paths(forResourcesOfType: "tsv", inDirectory: "Fixtures").filter { $0.hasSuffix("-pairs.tsv") }
        #expect(files.count >= 16)
        for path in files {
            let url = URL(fileURLWithPath: path)
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst() {
                names += line.split(separator: "\t").prefix(2).map(String.init)
            }
        }
        for name in names {
            let slow = try? Self.parser.parse(name).matchKey
            let fast = try? Self.parser.matchKey(of: name)
            #expect(fast == slow, "\(name)")
        }
    }
}
