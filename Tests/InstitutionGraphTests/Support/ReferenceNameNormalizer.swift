import Foundation
@testable import InstitutionGraph

/// ``NameNormalizer/key(for:)`` as it was written before its byte-wise paths: every step on
/// `String`s with Foundation, kept to check that the fast paths give the same keys.
enum ReferenceNameNormalizer {
    static func key(for name: String) -> String {
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        var text = (isASCII ? name : name.precomposedStringWithCompatibilityMapping).lowercased()
        for word in NameNormalizer.removedWords where (!isASCII || word.utf8.first! < 0x80) && text.contains(word) {
            text = text.replacingOccurrences(of: word, with: " ")
        }
        text = text.trimmingCharacters(in: .whitespaces)
        for word in NameNormalizer.trailingWords where text.hasSuffix(word) {
            text.removeLast(word.count)
        }
        let dropped: Set<Character> = [".", ",", "·", "-", "_", "'", "’", "\""]
        return String(text.filter { !$0.isWhitespace && !dropped.contains($0) })
    }
}
