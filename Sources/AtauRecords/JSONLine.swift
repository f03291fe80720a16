/// A minimal, fast JSON writer for flat objects, one per line (JSON Lines).
///
/// Keys keep the order given; strings are escaped per RFC 8259 and written as UTF-8.
public enum JSONLine {
    /// A JSON value.
    public enum Value {
        /// A string.
        case string(String)
        /// An integer.
        case int(Int)
        /// null.
        case null
        /// Already-encoded JSON, inserted as is.
        case raw(String)
    }

    /// Encodes an object.
    ///
    /// - Parameter fields: Keys and values, in output order.
    /// - Returns: One line of JSON, without a newline.
    public static func object(_ fields: [(String, Value)]) -> String {
        var out = "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { out += "," }
            appendString(key, to: &out)
            out += ":"
            append(value, to: &out)
        }
        out += "}"
        return out
    }

    /// Encodes a value.
    ///
    /// - Parameter value: The value.
    /// - Returns: Its JSON text.
    public static func encode(_ value: Value) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    private static func append(_ value: Value, to out: inout String) {
        switch value {
        case .string(let text): appendString(text, to: &out)
        case .int(let number): out += String(number)
        case .null: out += "null"
        case .raw(let json): out += json
        }
    }

    private static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
