// libFuzzer entry point for Atau: name parsing, match keys, `compare` and kk-latin-2021
// transliteration on arbitrary bytes. Built with `-sanitize=fuzzer` (and `address`) and
// `-parse-as-library`; libFuzzer provides `main`. See Tests/Fuzz/README.md.
//
// The input is cut into two texts at the first tab or newline (else in the middle); each is
// decoded both lossily (`String(decoding:as:)`, bad bytes become U+FFFD) and strictly
// (`String(validating:as:)`, nil for invalid UTF-8). A crash, a trap, a sanitizer report, a
// time-out or runaway memory is a finding. With ATAU_FUZZ_CHECKS=1 in the environment, some
// properties are checked too and a violation aborts (libFuzzer saves the input); with
// ATAU_FUZZ_CHECKS=log, violations are printed (the first 5 of each kind) and fuzzing goes on.

import Atau
import AtauMatch
import CFuzzerDriver

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bundled schemes, loaded once (a global `let` is initialised lazily, once).
let catalog: SchemeCatalog = {
    do {
        return try SchemeCatalog.bundled()
    } catch {
        fatalError("atau-fuzz: cannot load the bundled scheme tables: \(error)")
    }
}()

/// The matcher, built once.
let matcher: NameMatcher = {
    do {
        return try NameMatcher(catalog: catalog)
    } catch {
        fatalError("atau-fuzz: cannot build the matcher: \(error)")
    }
}()

/// The kk-latin-2021 transliterator, compiled once.
let kazakh: Transliterator = {
    do {
        return try catalog.transliterator(for: "kk-latin-2021")
    } catch {
        fatalError("atau-fuzz: cannot compile kk-latin-2021: \(error)")
    }
}()

/// One session for the whole run, so its token cache fills and is reset as in a long stream.
/// libFuzzer calls the entry point from one thread only.
nonisolated(unsafe) let session = kazakh.makeSession(cacheCapacity: 4096)

/// Whether ATAU_FUZZ_CHECKS=1: check properties as well as looking for crashes.
/// What ATAU_FUZZ_CHECKS asks for: nothing (unset, `0`), properties that abort (`1`), or
/// properties that are logged (`log`).
enum CheckMode {
    case off, abort, log
}

let checkMode: CheckMode = {
    switch getenv("ATAU_FUZZ_CHECKS").map({ String(cString: $0) }) {
    case "1": return .abort
    case "log": return .log
    default: return .off
    }
}()

/// Whether properties are checked.
var checking: Bool { checkMode != .off }

/// How many violations of each property were seen (log mode); one thread only.
nonisolated(unsafe) var violations: [String: Int] = [:]

/// Like `precondition`, but the message is printed in release builds too (which drop
/// `precondition`'s), before the abort that libFuzzer reports as a crash. A `property`
/// violation in log mode is printed (the first 5 of its kind) and the run goes on.
func check(_ condition: Bool, _ kind: String, property: Bool = false, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    var seen = 0
    if property, checkMode == .log {
        seen = violations[kind, default: 0] + 1
        violations[kind] = seen
        if seen > 5 { return }
    }
    let line = Array("atau-fuzz: check failed [\(kind)]: \(message())\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    if seen == 0 { abort() }
}

/// Parses a text, computes its match key (both ways) and the keys of each word, and returns
/// the name.
func parseAll(_ text: String) -> PersonName? {
    let parser = matcher.parser
    let name: PersonName
    do {
        name = try parser.parse(text)
    } catch {
        // A rejection is a result; its message must build without trapping.
        check(!error.description.isEmpty, "error-description", "empty NameError description")
        let fast = try? parser.matchKey(of: text)
        if checking {
            check(
                fast == nil, "fastkey-accepts", property: true,
                "matchKey(of:) keys \(text.debugDescription), which parse rejects")
        }
        return nil
    }
    let key = name.matchKey
    // The one-pass key must be the parsed name's key (checked with ATAU_FUZZ_CHECKS=1).
    let fast = try? parser.matchKey(of: text)
    if checking {
        check(
            fast == key, "fastkey-differs", property: true,
            "matchKey(of:) \(fast.debugDescription) != parse().matchKey \(key.debugDescription) for \(text.debugDescription)"
        )
    }
    _ = name.gender
    _ = name.scripts
    for token in name.tokens { _ = parser.keys(of: token.text) }
    return name
}

/// Compares two texts (when both parse) and reads the whole result.
func compareAll(_ a: String, _ b: String) -> MatchResult? {
    guard let result = try? matcher.compare(a, b) else { return nil }
    check(
        result.score.isFinite && result.score >= 0 && result.score <= 1, "score-range",
        "score \(result.score) out of [0, 1]")
    _ = result.explanation
    return result
}

/// Properties that should hold for every input (ATAU_FUZZ_CHECKS=1).
func checkProperties(_ a: String, _ b: String, _ result: MatchResult?) {
    if let result, let swapped = compareAll(b, a) {
        check(
            result.verdict == swapped.verdict, "symmetry", property: true,
            "compare is not symmetric: \(result.verdict) vs \(swapped.verdict) for \(a.debugDescription), \(b.debugDescription)"
        )
    }
    if let same = compareAll(a, a) {
        check(
            same.isMatch, "reflexive", property: true,
            "a name does not match itself: \(a.debugDescription)\n\(same.explanation)")
    }
    // Rules never look across white space, so a session (token by token) and a whole-line
    // call agree.
    let whole = kazakh.transliterate(a)
    let byToken = session.transliterate(a)
    check(
        whole == byToken, "session", property: true,
        "session \(byToken.debugDescription) != line \(whole.debugDescription) for \(a.debugDescription)")
}

/// The fuzzer's entry point.
///
/// - Parameters:
///   - data: The input bytes.
///   - size: Their count.
/// - Returns: 0 (the input is kept in the corpus when it adds coverage).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let cut = bytes.firstIndex(of: 0x09) ?? bytes.firstIndex(of: 0x0A)
    let first = Array(bytes[..<(cut ?? bytes.count / 2)])
    let second = Array(bytes[((cut.map { $0 + 1 }) ?? bytes.count / 2)...])

    let lossyA = String(decoding: first, as: UTF8.self)
    let lossyB = String(decoding: second, as: UTF8.self)
    _ = parseAll(lossyA)
    _ = parseAll(lossyB)
    let result = compareAll(lossyA, lossyB)
    _ = kazakh.transliterate(lossyA)
    _ = kazakh.transliterate(String(decoding: bytes, as: UTF8.self))
    _ = session.transliterate(lossyB)

    let strictA = String(validating: first, as: UTF8.self)
    let strictB = String(validating: second, as: UTF8.self)
    if let strictA, let strictB {
        let strict = compareAll(strictA, strictB)
        // Valid UTF-8 decodes the same both ways, so the verdict cannot differ.
        check(
            strict?.verdict == result?.verdict && strict?.score == result?.score, "decodings",
            "strict and lossy decodings of valid UTF-8 disagree")
    } else {
        if let strictA { _ = parseAll(strictA) }
        if let strictB { _ = parseAll(strictB) }
    }
    if checking { checkProperties(lossyA, lossyB, result) }
    return 0
}

/// The program's entry point. SwiftPM links an executable target's `main` to
/// `<module>_main` (`--defsym main=atau_fuzz_main`), and `-parse-as-library` leaves none, so
/// this is it: it hands over to libFuzzer's driver, as libFuzzer's own `main` does.
@_cdecl("atau_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}
