// atau-bench: in-process throughput of Atau's hot paths, single thread.
//
//   atau-bench --names FILE --realistic FILE --pairs FILE [--runs N] [--budget SECONDS]
//              [--only WORKLOAD] [--scheme ID]
//
// FILE inputs come from `make-names.py` (one name per line; pairs as `A<TAB>B`). Each
// workload runs untimed over its first 5000 items (warm-up), then `--runs` timed passes
// (default 5) over the whole file, fewer once `--budget` seconds (default 30) are spent; the
// median pass is reported by wall clock and by thread CPU time (robust on a shared machine).
// Workloads (`--only` picks one, e.g. under `valgrind --tool=callgrind`):
//   keys      parser.parse(name).matchKey for each name of --names
//   fastkey   parser.matchKey(of: name), the one-pass key, for each name of --names; names
//             whose fast key differs from parse(name).matchKey are counted and shown
//   coldkey   the same with a parser that remembers no words (`remembersWords: false`):
//             every word read as if met for the first time
//   compare   matcher.compare(a, b) with evidence for each pair of --pairs, from the texts
//             (each name parsed, or found in the matcher's cache of recent names)
//   parsed    matcher.compare(a, b) with evidence for each pair of --pairs, the names parsed
//             beforehand: the comparison alone, as when each name of a block is parsed once
//             and compared with many
//   translit  Transliterator.transliterate for each name of --names (distinct names: cold)
//   session   a fresh TransliterationSession per pass over --realistic (names repeat)
//   plain     Transliterator.transliterate over --realistic, to compare with `session`
// Last line: peak RSS of the process (getrusage ru_maxrss).

import Atau
import AtauMatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct Options {
    var names: String?
    var realistic: String?
    var pairs: String?
    var runs = 5
    var only: String?
    var scheme = "kk-latin-2021"
    var budget = 30.0

    static let usage = """
        usage: atau-bench --names FILE [--realistic FILE] [--pairs FILE] [--runs N] \
        [--budget SECONDS] [--only keys|fastkey|coldkey|compare|parsed|translit|session|plain] [--scheme ID]
        """

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var iterator = arguments.makeIterator()
        func value(_ flag: String) -> String {
            guard let next = iterator.next() else { fail("\(flag) needs a value\n\(usage)") }
            return next
        }
        while let argument = iterator.next() {
            switch argument {
            case "--names": options.names = value(argument)
            case "--realistic": options.realistic = value(argument)
            case "--pairs": options.pairs = value(argument)
            case "--scheme": options.scheme = value(argument)
            case "--only": options.only = value(argument)
            case "--budget":
                guard let budget = Double(value(argument)), budget > 0 else { fail("--budget takes positive seconds") }
                options.budget = budget
            case "--runs":
                guard let runs = Int(value(argument)), runs > 0 else { fail("--runs takes a positive number") }
                options.runs = runs
            case "-h", "--help":
                say(usage)
                exit(0)
            default: fail("unknown argument '\(argument)'\n\(usage)")
            }
        }
        return options
    }
}

/// Writes a line at once, unbuffered: lines show up as they are measured, even through a pipe.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("atau-bench: \(message)\n".utf8))
    exit(64)
}

func readLines(_ path: String) -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path) is not UTF-8") }
    return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
}

func peakRSSKiB() -> Int {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)  // KiB on Linux
    #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) / 1024  // bytes on Darwin
    #endif
}

/// CPU time of this thread, in seconds: unlike wall time, it does not grow when other
/// processes take the core (the machine may be shared).
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

/// Times `pass` (which handles the first `prefix` items and returns a checksum) over all
/// `count` items `runs` times (fewer once `--budget` seconds are spent, at least once) after
/// an untimed warm-up over at most 5000 items, and prints one line: items/s of the median pass by wall clock, then by
/// thread CPU time, the best pass, time per item and the checksum (which also keeps the
/// optimizer from dropping the work).
func measure(_ label: String, unit: String, count: Int, runs: Int, _ pass: (_ prefix: Int) -> Int) {
    let clock = ContinuousClock()
    var checksum = pass(min(count, 5_000))
    var wall: [Double] = []
    var cpu: [Double] = []
    var total = 0.0
    while wall.count < runs && (wall.isEmpty || total < options.budget) {
        let cpuStart = threadCPUSeconds()
        let elapsed = clock.measure { checksum &+= pass(count) }
        cpu.append(threadCPUSeconds() - cpuStart)
        let parts = elapsed.components
        wall.append(Double(parts.seconds) + Double(parts.attoseconds) * 1e-18)
        total += wall.last!
    }
    wall.sort()
    cpu.sort()
    let median = wall[wall.count / 2]
    let line =
        "\(label.padding(toLength: 10, withPad: " ", startingAt: 0)) "
        + "\(format(Double(count) / median).leftPadded(10)) \(unit)/s   "
        + "(cpu \(format(Double(count) / cpu[cpu.count / 2])) \(unit)/s, best \(format(Double(count) / wall[0])); "
        + "\(count) \(unit), median of \(wall.count): \(format(median * 1e3, decimals: 1)) ms, "
        + "\(format(median / Double(count) * 1e9, decimals: 0)) ns each; checksum \(checksum & 0xFFFF))"
    say(line)
}

func format(_ value: Double, decimals: Int = 0) -> String {
    String(format: "%.\(decimals)f", value)
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
func wanted(_ workload: String) -> Bool { options.only == nil || options.only == workload }
let known = ["keys", "fastkey", "coldkey", "compare", "parsed", "translit", "session", "plain"]
if let only = options.only, !known.contains(only) { fail("--only takes one of \(known.joined(separator: ", "))") }

let setupClock = ContinuousClock()
let setupStart = setupClock.now
let catalog: SchemeCatalog
let matcher: NameMatcher
let transliterator: Transliterator
do {
    catalog = try SchemeCatalog.bundled()
    matcher = try NameMatcher(catalog: catalog)
    transliterator = try catalog.transliterator(for: options.scheme)
} catch {
    fail("cannot load the schemes: \(error)")
}
say("setup      catalog + matcher + \(options.scheme): \(setupClock.now - setupStart)")

let names = options.names.map(readLines) ?? []
let realistic = options.realistic.map(readLines) ?? []
let pairs: [(String, String)] = (options.pairs.map(readLines) ?? []).compactMap { line in
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
}

func need(_ list: [some Any], _ flag: String, for workload: String) -> Bool {
    if list.isEmpty {
        if options.only == workload { fail("\(workload) needs \(flag)") }
        say("\(workload.padding(toLength: 10, withPad: " ", startingAt: 0)) skipped: no \(flag)")
        return false
    }
    return true
}

if wanted("keys"), need(names, "--names", for: "keys") {
    let parser = matcher.parser
    var rejected = 0
    measure("keys", unit: "names", count: names.count, runs: options.runs) { prefix in
        var sum = 0
        rejected = 0
        for name in names.prefix(prefix) {
            if let parsed = try? parser.parse(name) { sum &+= parsed.matchKey.utf8.count } else { rejected += 1 }
        }
        return sum
    }
    if rejected > 0 { say("keys       note: the parser rejected \(rejected) of \(names.count) names") }
}

if wanted("fastkey"), need(names, "--names", for: "fastkey") {
    // The one-pass key (`NameParser.matchKey(of:)`); it must equal `parse(_:).matchKey`.
    let parser = matcher.parser
    var differing: [(String, String, String)] = []
    for name in names {
        let fast = try? parser.matchKey(of: name)
        let full = try? parser.parse(name).matchKey
        if fast != full { differing.append((name, fast ?? "<error>", full ?? "<error>")) }
    }
    measure("fastkey", unit: "names", count: names.count, runs: options.runs) { prefix in
        var sum = 0
        for name in names.prefix(prefix) {
            if let key = try? parser.matchKey(of: name) { sum &+= key.utf8.count }
        }
        return sum
    }
    if !differing.isEmpty {
        say("fastkey    note: \(differing.count) of \(names.count) keys differ from parse(_:).matchKey, e.g.:")
        for (name, fast, full) in differing.prefix(5) { say("             \(name): '\(fast)' vs '\(full)'") }
    }
}

if wanted("coldkey"), need(names, "--names", for: "coldkey") {
    let parser: NameParser
    do {
        parser = NameParser(alphabet: try MatchAlphabet(catalog: catalog), remembersWords: false)
    } catch {
        fail("cannot load the letter classes: \(error)")
    }
    measure("coldkey", unit: "names", count: names.count, runs: options.runs) { prefix in
        var sum = 0
        for name in names.prefix(prefix) {
            if let key = try? parser.matchKey(of: name) { sum &+= key.utf8.count }
        }
        return sum
    }
}

if wanted("compare"), need(pairs, "--pairs", for: "compare") {
    var rejected = 0
    measure("compare", unit: "pairs", count: pairs.count, runs: options.runs) { prefix in
        var sum = 0
        rejected = 0
        for (a, b) in pairs.prefix(prefix) {
            if let result = try? matcher.compare(a, b) {
                sum &+= result.evidence.count &+ Int(result.score * 100)
            } else {
                rejected += 1
            }
        }
        return sum
    }
    if rejected > 0 { say("compare    note: \(rejected) of \(pairs.count) pairs rejected (NameError)") }
}

if wanted("parsed"), need(pairs, "--pairs", for: "parsed") {
    let parsedPairs = pairs.compactMap { a, b -> (PersonName, PersonName)? in
        guard let left = try? matcher.parser.parse(a), let right = try? matcher.parser.parse(b) else { return nil }
        return (left, right)
    }
    measure("parsed", unit: "pairs", count: parsedPairs.count, runs: options.runs) { prefix in
        var sum = 0
        for (a, b) in parsedPairs.prefix(prefix) {
            let result = matcher.compare(a, b)
            sum &+= result.evidence.count &+ Int(result.score * 100)
        }
        return sum
    }
}

if wanted("translit"), need(names, "--names", for: "translit") {
    measure("translit", unit: "names", count: names.count, runs: options.runs) { prefix in
        var sum = 0
        for name in names.prefix(prefix) { sum &+= transliterator.transliterate(name).utf8.count }
        return sum
    }
}

if wanted("session"), need(realistic, "--realistic", for: "session") {
    measure("session", unit: "names", count: realistic.count, runs: options.runs) { prefix in
        let session = transliterator.makeSession()
        var sum = 0
        for name in realistic.prefix(prefix) { sum &+= session.transliterate(name).utf8.count }
        return sum
    }
}

if wanted("plain"), need(realistic, "--realistic", for: "plain") {
    measure("plain", unit: "names", count: realistic.count, runs: options.runs) { prefix in
        var sum = 0
        for name in realistic.prefix(prefix) { sum &+= transliterator.transliterate(name).utf8.count }
        return sum
    }
}

say("peak-rss   \(peakRSSKiB() / 1024) MiB (\(peakRSSKiB()) KiB, getrusage ru_maxrss)")
