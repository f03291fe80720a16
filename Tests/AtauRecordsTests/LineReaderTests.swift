import Foundation
import Testing

@testable import AtauRecords

@Suite struct LineReaderTests {
    private func lines(_ bytes: [UInt8], maximum: Int = 64) throws -> [LineReader.Line] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return Array(LineReader(try InputSource.file(url.path), maximumLineBytes: maximum))
    }

    @Test func splitsLinesAndDropsCarriageReturns() throws {
        let read = try lines(Array("Асқар\r\nЖанна\n\nlast".utf8))
        #expect(read.map(\.content) == [.text("Асқар"), .text("Жанна"), .text(""), .text("last")])
        #expect(read.map(\.number) == [1, 2, 3, 4])
    }

    @Test func rejectsInvalidUTF8WithTheByteOffset() throws {
        let read = try lines(Array("ok\n".utf8) + [0x41, 0x42, 0xC3, 0x28, 0x0A] + Array("after\n".utf8))
        #expect(read.count == 3)
        #expect(read[1].content == .rejected("invalid UTF-8 at byte 3"))
        #expect(read[2].content == .text("after"))
    }

    @Test func rejectsNulAndControlCharactersButKeepsTabs() throws {
        let read = try lines(Array("a\u{0}b\nc\u{1B}d\ne\tf\n".utf8))
        #expect(read[0].content == .rejected("a NUL byte at byte 2"))
        #expect(read[1].content == .rejected("control character U+001B at byte 2"))
        #expect(read[2].content == .text("e\tf"))
    }

    @Test func rejectsOverLongLinesAndGoesOn() throws {
        let long = [UInt8](repeating: 0x61, count: 200_000)
        let read = try lines(long + [0x0A] + Array("next".utf8), maximum: 100)
        #expect(read.count == 2)
        #expect(read[0].content == .rejected("line is longer than 100 bytes"))
        #expect(read[1] == LineReader.Line(number: 2, content: .text("next")))
    }

    @Test func emptyInputHasNoLines() throws {
        #expect(try lines([]).isEmpty)
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: RecordError.unreadable(path: "/nonexistent/x", reason: "no such file")) {
            _ = try InputSource.file("/nonexistent/x")
        }
    }
}
