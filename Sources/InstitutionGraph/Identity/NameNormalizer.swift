import Foundation

/// Turns the many ways an announcement writes a name into one key for matching.
///
/// The key is the name after Unicode NFKC, case folding, with legal-form words removed
/// (`(주)`, `주식회사`, `Inc.`, `Co., Ltd.`, …), a university's `산학협력단` (its industry
/// cooperation foundation, which stands for the university itself) removed, and without
/// white space or the punctuation that names are written with or without (`.`, `,`, `·`, `-`).
public enum NameNormalizer {
    /// Legal forms and suffixes removed wherever they stand, longest first, already folded.
    static let removedWords: [String] = [
        "산학협력단", "주식회사", "유한회사", "재단법인", "사단법인", "(주)", "(유)", "(재)", "(사)",
        "co., ltd.", "co.,ltd.", "co., ltd", "co.,ltd", "co ltd", "corporation", "limited", "corp.", "inc.",
        "ltd.", "llc", "gmbh", "s.a.", "plc",
    ]
    /// Legal-form words removed only as whole words at the end (`Foo Inc`, `Foo Corp`, `Foo Ltd`).
    static let trailingWords: [String] = [" inc", " corp", " ltd", " co"]

    /// The matching key for `name`.
    ///
    /// - Complexity: O(length × legal forms). ASCII names, the most common, take a byte-wise path
    ///   that gives the same key (see `asciiKey(for:)`); for the others, Foundation searches
    ///   only for the legal forms whose bytes the name contains.
    public static func key(for name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(for: name.utf8) }
        var text = name.precomposedStringWithCompatibilityMapping.lowercased()
        var bytes = Array(text.utf8)
        // Foundation matches canonically equivalent text, but in text after NFKC and lowercasing
        // a legal form is only ever written with its own bytes: without them, it is absent.
        for (word, wordBytes) in zip(removedWords, removedWordBytes)
        where firstOccurrence(of: wordBytes, in: bytes, from: 0) != nil && text.contains(word) {
            text = text.replacingOccurrences(of: word, with: " ")
            bytes = Array(text.utf8)
        }
        text = text.trimmingCharacters(in: .whitespaces)
        for word in trailingWords where text.hasSuffix(word) {
            text.removeLast(word.count)
        }
        let dropped: Set<Character> = [".", ",", "·", "-", "_", "'", "’", "\""]
        return String(text.filter { !$0.isWhitespace && !dropped.contains($0) })
    }
}
