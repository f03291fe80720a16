import Foundation
internal import CAtauICU

/// One compiled ICU transliterator handle.
///
/// ICU's rule-based transliterators keep per-call state and are not thread safe, so a handle
/// is used by one thread at a time: ``Transliterator`` lends clones out of a pool, and a
/// ``TransliterationSession`` owns one. `@unchecked Sendable` only lets a handle move between
/// threads; it is never shared.
struct ICUTransform: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Compiles rules (or opens a stock ID when `rules` is nil).
    static func open(name: String, rules: String?, reverse: Bool) -> Result<ICUTransform, ICUFailure> {
        var status = atau_status()
        let nameUnits = Array(name.utf16)
        let handle: OpaquePointer?
        if let rules {
            let ruleUnits = Array(rules.utf16)
            handle = atau_translit_open_rules(
                nameUnits, Int32(nameUnits.count), ruleUnits, Int32(ruleUnits.count),
                reverse ? 1 : 0, &status)
        } else {
            handle = atau_translit_open_id(nameUnits, Int32(nameUnits.count), reverse ? 1 : 0, &status)
        }
        guard let handle else { return .failure(ICUFailure(status)) }
        return .success(ICUTransform(pointer: handle))
    }

    func clone() -> ICUTransform? {
        var status = atau_status()
        return atau_translit_clone(pointer, &status).map(ICUTransform.init(pointer:))
    }

    func close() {
        atau_translit_close(pointer)
    }

    /// Transliterates `text` using `scratch` as the UTF-16 work buffer.
    func run(_ text: String, scratch: inout [UInt16]) -> String {
        let input = text.utf16
        var capacity = max(input.count * 3 + 16, scratch.count)
        while true {
            if scratch.count < capacity { scratch = [UInt16](repeating: 0, count: capacity) }
            var status = atau_status()
            let length = scratch.withUnsafeMutableBufferPointer { buffer -> Int32 in
                var written = 0
                for unit in input {
                    buffer[written] = unit
                    written += 1
                }
                return atau_translit_run(pointer, buffer.baseAddress, Int32(written), Int32(buffer.count), &status)
            }
            if status.code == atau_buffer_overflow_code() {
                capacity = Int(length) + 16
                continue
            }
            if status.code > 0 {
                // ICU fails on a valid, bounded string only when out of memory: keep the text.
                return text
            }
            return scratch.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[0..<Int(length)]), as: UTF16.self)
            }
        }
    }
}

/// What ICU reported when a transliterator could not be opened.
struct ICUFailure: Error {
    /// ICU's symbolic error name, e.g. `U_MISSING_SEMICOLON`.
    let name: String
    /// UTF-16 offset into the rules where ICU stopped, or -1.
    let offset: Int
    /// The rules text just before and after the error, as ICU quotes it.
    let context: (before: String, after: String)

    init(_ status: atau_status) {
        name = String(cString: atau_error_name(status.code))
        offset = Int(status.offset)
        var pre = status.pre
        var post = status.post
        let before = withUnsafeBytes(of: &pre) { Self.string(from: $0) }
        let after = withUnsafeBytes(of: &post) { Self.string(from: $0) }
        context = (before, after)
    }

    private static func string(from raw: UnsafeRawBufferPointer) -> String {
        let units = raw.bindMemory(to: UInt16.self)
        let length = units.firstIndex(of: 0) ?? units.count
        return String(decoding: units[0..<length], as: UTF16.self)
    }

    /// A readable form of the ICU error name: `U_MISSING_SEMICOLON` → `missing semicolon`.
    var message: String {
        var words = name
        if words.hasPrefix("U_") { words.removeFirst(2) }
        return words.lowercased().replacingOccurrences(of: "_", with: " ")
    }
}

/// The version of the system ICU library, e.g. `72.1`.
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    atau_icu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
