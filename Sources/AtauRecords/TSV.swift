/// Tab-separated values: one record per line, fields separated by tabs.
public enum TSV {
    /// A field made safe for TSV: tabs, newlines and backslashes are escaped as `\t`, `\n`,
    /// `\r` and `\\`, the convention of PostgreSQL's and MySQL's text formats.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text unchanged when it has none of those characters.
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else { return text }
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\\": escaped += "\\\\"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
