@testable import InstitutionGraph
import PropertyBased
import Testing

@Suite("Name keys")
struct NameKeyTests {
    /// Pieces of names: legal forms in several spellings, white space of every kind, the
    /// punctuation keys drop, letters that NFKC or lowercasing change, combining marks, and Hangul
    /// composed and as jamo.
    static let pieces = [
        "Inc.", "inc", " Inc", " ", "\t", "\r\n", "\n", "Co., Ltd.", "co.,ltd", "CO LTD", " Corp", "corp.", "GmbH", "S.A.", "plc",
        "LLC", "Limited", "(주)", "㈜", "주식회사", "산학협력단", "-", "_", "'", "’", "\"", ".", ",", "·", "A", "b", "Z", "9",
        "é", "e\u{301}", "\u{301}", "İ", "Ｆｕｌｌ", "한", "ㄱ", "\u{1100}\u{1161}", "\u{11A8}", "Ltd", " co", "\u{00A0}", "\u{3000}", "ß",
    ]

    /// Names of up to eight pieces, ASCII-only about as often as not.
    static func names() -> Generator<String, Shrink.None<String>> {
        Generator { rng in
            (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
    }

    @Test("the byte-wise paths give the keys the Foundation steps give")
    func fastPathsAgree() async {
        await propertyCheck(count: 2000, input: Self.names()) { name in
            #expect(NameNormalizer.key(for: name) == ReferenceNameNormalizer.key(for: name), "\(name.debugDescription)")
        }
    }
}
