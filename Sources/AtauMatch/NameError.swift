import Foundation

/// Why a text could not be read as a personal name.
public enum NameError: Error, Equatable, CustomStringConvertible {
    /// Nothing but white space, punctuation or titles.
    case empty
    /// Longer than ``NameParser/maximumLength`` characters.
    case tooLong(length: Int)
    /// More than ``NameParser/maximumTokens`` words.
    case tooManyWords(count: Int)
    /// A control character, digit or symbol that has no place in a name.
    case invalidCharacter(Character, offset: Int)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .empty:
            return "no name: the text has no letters (titles such as 'Dr.' or 'судья' are not a name)"
        case .tooLong(let length):
            return "name is \(length) characters long; at most \(NameParser.maximumLength) are read as one name"
        case .tooManyWords(let count):
            return "name has \(count) words; at most \(NameParser.maximumTokens) are read as one name"
        case .invalidCharacter(let character, let offset):
            let shown = character.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? String(format: "U+%04X", $0.value) : String($0) }.joined()
            return "character '\(shown)' at position \(offset + 1) is not part of a name"
        }
    }
}
