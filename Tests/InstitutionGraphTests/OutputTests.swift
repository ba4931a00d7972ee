import Foundation
@testable import InstitutionGraph
import Testing

@Suite("Formatting numbers, widths and CSV")
struct OutputTests {
    @Test(
        "counts are grouped by threes for readers",
        arguments: [
            (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (35_000, "35,000"), (1_234_567, "1,234,567"), (-1_234, "-1,234"),
            (Int.min, "-9,223,372,036,854,775,808"),
        ])
    func groupedDigits(value: Int, expected: String) {
        #expect(value.groupedDigits == expected)
    }

    @Test(
        "Hangul and emoji take two terminal columns, whole emoji sequences too",
        arguments: [
            ("KAIST", 5), ("서울대학교", 10), ("LG유플러스", 10), ("Ｕ", 2), ("é", 1), ("e\u{301}", 1),
            ("🚀", 2), ("AI🚀", 4), ("🇰🇷", 2), ("👩‍💻", 2), ("👍🏽", 2), ("❤️", 2), ("❤", 1), ("1️⃣", 2), ("\u{7}", 0),
        ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("no character outside the emoji ranges has Unicode's Emoji_Presentation, so skipping its look-up is safe")
    func emojiRangesHoldEveryEmojiPresentation() {
        var outside = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !DisplayWidth.mayPresentAsEmoji(scalar) else { continue }
            #expect(!scalar.properties.isEmojiPresentation, "U+\(String(value, radix: 16, uppercase: true))")
            outside += 1
        }
        #expect(outside > 1_000_000)
    }

    @Test("ASCII text is measured as any other text is, control characters and CR LF included")
    func asciiWidthAgreesWithCharacters() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 0..<0x80, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.width(of: $1) }, "\(bytes)")
        }
    }

    @Test("no character is wider than its UTF-8 bytes, so a table need not measure a cell of fewer bytes than its column's width")
    func widthNeverExceedsBytes() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(DisplayWidth.width(of: character) <= String(character).utf8.count, "U+\(String(value, radix: 16, uppercase: true))")
        }
        for text in ["👩‍💻", "🇰🇷", "1️⃣", "❤️", "e\u{301}", "서울대학교"] { #expect(DisplayWidth.of(text) <= text.utf8.count) }
    }

    @Test("CSV quotes what needs quoting")
    func csv() {
        let table = TextTable(columns: [.init("a"), .init("b", alignment: .right)], rows: [["x, y", "say \"hi\""], ["p|q", "1"]])
        #expect(table.csv() == "a,b\n\"x, y\",\"say \"\"hi\"\"\"\np|q,1\n")
    }

    @Test("FixedDecimal writes what %.Nf writes: ties to even on the exact value, signed zeros, huge and odd values")
    func fixedDecimalMatchesC() {
        var generator = SplitMix64(seed: 11)
        var values: [Double] = [
            0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1e-7, -1e-7, 0.0000005, 123456.7890125,
            4_294_967_295.5, 1e15, -1e300, .pi, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        ]
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -8...10, using: &generator)
            values.append((Bool.random(using: &generator) ? -1 : 1) * Double.random(in: 0..<1, using: &generator) * pow(10, magnitude))
            // Exact decimal ties at every digit count: k + 0.5 scaled down.
            let digits = Int.random(in: 0...9, using: &generator)
            values.append((Double(Int.random(in: 0..<1_000_000, using: &generator)) + 0.5) / pow(10, Double(digits)))
        }
        for value in values {
            for digits in 0...9 {
                #expect(FixedDecimal.text(value, digits: digits) == String(format: "%.\(digits)f", value), "\(value) with \(digits) digits")
            }
        }
    }
}
