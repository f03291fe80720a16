import Atau
import Testing

@testable import AtauMatch

@Suite struct MatchKeyTests {
    static let keyMaker: KeyMaker = {
        let catalog = try! SchemeCatalog.bundled()
        return KeyMaker(alphabet: try! MatchAlphabet(catalog: catalog))
    }()

    private func meet(_ spellings: [String]) -> Bool {
        let keySets = spellings.map { Set(Self.keyMaker.keys($0)) }
        return keySets.dropFirst().allSatisfy { !$0.isDisjoint(with: keySets[0]) }
    }

    @Test(arguments: [
        ["Қайырбек", "Кайырбек", "Qaiyrbek", "Kairbek", "Kaiyrbek", "Qayırbek", "QAIYRBEK", "Qaıyrbek", "Qayyrbek", "Ķajyrbek"],
        ["Ернар", "Ernar", "Yernar"],
        ["Жомарт", "Zhomart", "Jomart", "Žomart"],
        ["Kassymov", "Kasymov", "Қасымов"],
        ["Nazarbayev", "Nazarbaev", "Назарбаев", "NAZARBAYEV"],
        ["Smirnoff", "Smirnov"],
        ["Tokayev", "Toqaev", "Тоқаев", "Tokajew"],
        ["Щеглова", "Shcheglova", "Ŝeglova", "Scheglova", "Shheglova"],
        ["Юлия", "Yuliya", "Iuliia", "Julija", "Ûliâ"],
        ["Дмитрий", "Dmitriy", "Dmitry", "Dmitrii", "Dmitrij"],
        ["Соловьёв", "Solovyov", "Solovev", "Solov’yëv"],
        ["Бағдат", "Baghdat", "Bagdat", "Bağdat", "Baǵdat", "Bag'dat"],
        ["Mukhtar", "Мухтар", "Muhtar"],
        ["Ғалым", "Ghalym", "Galym", "Ğalym"],
        ["Данияр", "Daniyar", "Daniiar"],
        ["Жанбулатов", "Джанбулатов", "Zhanbulatov", "Dzhanbulatov"],
        // щ in the spellings of other languages; Romanian ț and ș.
        ["Щукин", "Szczukin", "Sjtjukin", "Sjtsjukin", "Štšukin", "Schtschukin", "Ščukin", "Shchukin"],
        ["Жванецкий", "Jvanețki", "Jvaneţki", "Zhvanetskiy"],
        ["Фёдор", "Fyodor", "Feodor", "Fedor", "Fjodor"],
        ["Леонид", "Leonid"],
        // English and French ph for ф.
        ["Филипп", "Philip", "Filipp", "Phillip"],
        // Belarusian -енка for -енко.
        ["Лукашенко", "Лукашэнка", "Lukashenka", "Lukashenko"],
        // Ukrainian ьо, йо for ё.
        ["Королёв", "Корольов", "Korolyov", "Korolev"],
        // English ee for и, while е + е stays the first reading.
        ["Рашид", "Rasheed", "Rashid"], ["Алексеев", "Alekseev"],
        // Lithuanian and Latvian forms of a patronymic.
        ["Алексеевич", "Aleksejevičius", "Aleksejevičs"],
        // Latin ng: ң, or н + г.
        ["Жәңгір", "Жангир", "Zhangir", "Zhañgir"],
        ["Жаңболат", "Жанболат", "Zhanbolat", "Zhangbolat", "Jañbolat"],
        // A spelling met twice in a word is read one way: j twice as й, w twice as в.
        ["Евгеньевич", "Jewgenjewitsch"],
        // Tajik and Uzbek letters; Turkmen ý for й; eh for е + х as well as GOST 16876's э.
        ["Раҳмон", "Рахмон", "Rahmon"], ["Ҷалолов", "Джалолов", "Jalolov"], ["Назарӣ", "Nazariy", "Назари"],
        ["Ӯроқов", "Уроков", "Uroqov"], ["Nyýazow", "Ниязов"], ["Мехри", "Mehri"], ["Эдуард", "Eduard", "Ehduard"],
        // The Persian -заде for the Tajik -зода.
        ["Турсунзода", "Турсун-заде", "Tursunzade", "Tursunzoda"],
    ])
    func spellingsOfOneNameMeet(_ spellings: [String]) {
        #expect(meet(spellings), "\(spellings.map { ($0, Self.keyMaker.keys($0)) })")
    }

    @Test(arguments: [
        ("Asqar", "Askhat"), ("Zheksebaev", "Zheksenbaev"), ("Ablyazov", "Abilov"),
        ("Nazarbayev", "Nazarbayeva"), ("Marat", "Murat"), ("Erlan", "Ernar"), ("Aleksandr", "Aleksandra"),
        ("Nurlan", "Nurbol"), ("Асқар", "Асхат"),
    ])
    func differentNamesStayApart(_ pair: (String, String)) {
        #expect(!meet([pair.0, pair.1]), "\(Self.keyMaker.keys(pair.0)) \(Self.keyMaker.keys(pair.1))")
    }

    /// Every form in `given-names.json` is read, and no key stands for two names.
    @Test func givenNameFormsAreKeyedApart() throws {
        let alphabet = try MatchAlphabet(catalog: SchemeCatalog.bundled())
        #expect(alphabet.givenNameForms.count >= 30)
        var group: [String: Int] = [:]
        for (index, forms) in alphabet.givenNameForms.enumerated() {
            #expect(forms.count >= 2)
            for form in forms {
                let keys = Self.keyMaker.keys(form)
                #expect(!keys.isEmpty, "'\(form)' has no key")
                for key in keys {
                    if let other = group[key], other != index { Issue.record("'\(form)' has the key '\(key)' of group \(other)") }
                    group[key] = index
                }
            }
        }
    }

    @Test func twoVowelsForOneLetterAreReadBothWays() {
        // French ou for у is a scheme's spelling: read so first, о + у after.
        #expect(Self.keyMaker.keys("Noursoultan").first == "nursultan")
        #expect(Self.keyMaker.keys("Belousova").contains("belousova"))
        // Dutch oe for у is only attested: о + е first, so Ossetian -oev keeps its key.
        #expect(Self.keyMaker.keys("Kokoev").first == "kokoev")
        #expect(Self.keyMaker.keys("Nursoeltan").contains("nursultan"))
    }

    @Test func aSpellingsFirstKeyIsTheReadingNamesMeanMostOften() {
        // x is кс in the press of every language, х in GOST 7.79 and Uzbek Latin: both are keys,
        // кс first.
        #expect(Self.keyMaker.keys("Alexander").first == "aleksander")
        #expect(Self.keyMaker.keys("Oxana").first == Self.keyMaker.keys("Оксана").first)
        #expect(Self.keyMaker.keys("Xudoyberdiyev").contains(Self.keyMaker.keys("Худойбердиев")[0]))
        // eh is е + х first, GOST 16876's э second.
        #expect(Self.keyMaker.keys("Mehri").first == Self.keyMaker.keys("Мехри").first)
    }

    @Test func latinLookalikesInACyrillicWordReadAsCyrillic() {
        // Latin c in Асқар, Latin H in Назарбаев, Latin i for Kazakh і: typed on the wrong keyboard.
        #expect(Self.keyMaker.keys("А\u{63}қар") == Self.keyMaker.keys("Асқар"))
        #expect(Self.keyMaker.keys("\u{48}азарбаев") == Self.keyMaker.keys("Назарбаев"))
        #expect(Self.keyMaker.keys("Әб\u{69}шұлы") == Self.keyMaker.keys("Әбішұлы"))
        // A Latin spelling that left Kazakh letters keeps its Latin reading (y is ы, not у).
        #expect(Self.keyMaker.keys("Nұrlanұly").first == "nurlanuli")
    }

    @Test func keysAreLowerCaseClassStrings() {
        #expect(Self.keyMaker.keys("Қайырбек") == ["kairbek"])
        #expect(Self.keyMaker.keys("...").isEmpty)
    }
}
