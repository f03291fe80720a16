import Foundation

/// Turns one name token, in any script and scheme, into its match keys.
///
/// A key is a string of letter classes: `Қайырбек`, `Кайырбек`, `Qaiyrbek`, `Kairbek`,
/// `Qayırbek` and `QAIYRBEK` all give `kairbek`. Cyrillic letters map to their class; Latin is
/// read greedily into the longest known spelling; a spelling that stands for letters of
/// different classes (`j`: ж or й) gives alternative keys, at most ``maximumKeys``.
/// Then, on every key alike: `dzh` → `zh` (Джанбулатов = Жанбулатов), a glide `i` between a
/// vowel and `e` is dropped (Tokayev = Токаев), and doubled classes are written once
/// (Kassym = Касым, Daniiar = Daniyar).
struct KeyMaker: Sendable {
    let alphabet: MatchAlphabet
    static let maximumKeys = 4

    /// The match keys of a token; empty when it has no letter.
    func keys(_ token: some StringProtocol) -> [String] {
        var partial: [[Unicode.Scalar]] = [[]]
        func extend(with options: [String]) {
            if options.count == 1 || partial.count >= Self.maximumKeys {
                let scalars = Array(options[0].unicodeScalars)
                for index in partial.indices { partial[index].append(contentsOf: scalars) }
                return
            }
            var next: [[Unicode.Scalar]] = []
            for key in partial {
                for option in options where next.count < Self.maximumKeys {
                    next.append(key + Array(option.unicodeScalars))
                }
            }
            partial = next
        }
        var latin: [Unicode.Scalar] = []
        func flushLatin() {
            var index = 0
            while index < latin.count {
                if let match = alphabet.spellings.longestMatch(in: latin, from: index) {
                    extend(with: alternatives(for: match, in: latin, from: index))
                    index += match.length
                    continue
                }
                let scalar = latin[index]
                index += 1
                if scalar.properties.isAlphabetic {
                    // An unknown letter with a diacritic: read its base letter.
                    let base = String(scalar).decomposedBase
                    if let base, let match = alphabet.spellings.longestMatch(in: base, from: 0), match.length == base.count {
                        extend(with: match.classes)
                    } else if scalar.properties.generalCategory != .nonspacingMark {
                        extend(with: [String(scalar)])
                    }
                }
            }
            latin.removeAll(keepingCapacity: true)
        }
        for scalar in token.unicodeScalars {
            if let letterClass = alphabet.classes[scalar] {
                flushLatin()
                extend(with: [letterClass])
            } else {
                LatinFolding.append(scalar, to: &latin)
            }
        }
        flushLatin()
        var keys: [String] = []
        for key in partial {
            let final = Self.normalize(key)
            if !final.isEmpty, !keys.contains(final) { keys.append(final) }
        }
        return keys
    }

    /// The classes a matched spelling can stand for. When it is a letter that is itself
    /// ambiguous (`j`: ж or й) followed by a vowel, it may also be that letter and the vowel
    /// (`jo`: ж + о in the Kazakh Latin alphabets, or ё in GOST 16876 and German style); the
    /// letter-by-letter reading comes first.
    private func alternatives(for match: (length: Int, classes: [String]), in latin: [Unicode.Scalar], from index: Int) -> [String] {
        guard match.length > 1,
              let first = alphabet.spellings.longestMatch(in: [latin[index]], from: 0), first.classes.count > 1,
              let rest = alphabet.spellings.longestMatch(in: Array(latin[(index + 1)..<(index + match.length)]), from: 0),
              rest.length == match.length - 1,
              rest.classes.allSatisfy({ $0.unicodeScalars.first.map(Self.vowels.contains) == true })
        else { return match.classes }
        var options: [String] = []
        for head in first.classes {
            for tail in rest.classes where !options.contains(head + tail) { options.append(head + tail) }
        }
        for whole in match.classes where !options.contains(whole) { options.append(whole) }
        return options
    }

    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]

    /// Applies the key's context rules to a string of classes.
    static func normalize(_ key: [Unicode.Scalar]) -> String {
        var scalars = key.filter { $0.properties.isAlphabetic && $0 != "'" }
        // dzh → zh
        var index = 0
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        while index < scalars.count {
            if scalars[index] == "d", index + 2 < scalars.count, scalars[index + 1] == "z", scalars[index + 2] == "h" {
                index += 1
                continue
            }
            out.append(scalars[index])
            index += 1
        }
        scalars = out
        // a glide i between a vowel (or the start) and e
        out.removeAll(keepingCapacity: true)
        for (position, scalar) in scalars.enumerated() {
            if scalar == "i", position + 1 < scalars.count, scalars[position + 1] == "e",
               position == 0 || vowels.contains(scalars[position - 1]) {
                continue
            }
            out.append(scalar)
        }
        // doubled classes once
        var result = ""
        var previous: Unicode.Scalar?
        for scalar in out where scalar != previous {
            result.unicodeScalars.append(scalar)
            previous = scalar
        }
        return result
    }
}

extension String {
    /// The lower-case scalars of this string's canonical decomposition without combining
    /// marks, or nil when there is nothing to strip.
    fileprivate var decomposedBase: [Unicode.Scalar]? {
        let decomposed = decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
            .flatMap { $0.properties.lowercaseMapping.unicodeScalars }
        return decomposed.isEmpty || decomposed.elementsEqual(unicodeScalars) ? nil : decomposed
    }
}
