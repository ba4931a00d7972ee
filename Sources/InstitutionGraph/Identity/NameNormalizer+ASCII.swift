/// ``NameNormalizer``'s steps on bytes: all of them for an ASCII name, and the search for legal
/// forms for any name.
///
/// For ASCII text every step reduces to plain byte operations: NFKC leaves it unchanged,
/// lowercasing maps `A`–`Z` to `a`–`z`, the legal forms that can occur are the ASCII ones
/// (searched for and replaced left to right without overlaps, as Foundation does), trimming
/// `.whitespaces` removes spaces and tabs, and the characters dropped at the end are the white
/// space `\t`, `\n`, `\v`, `\f`, `\r` and space, and `.`, `,`, `-`, `_`, `'` and `"`.
extension NameNormalizer {
    /// ``removedWords`` as bytes, in the same order.
    static let removedWordBytes: [[UInt8]] = removedWords.map { Array($0.utf8) }
    /// ``trailingWords`` as bytes.
    static let trailingWordBytes: [[UInt8]] = trailingWords.map { Array($0.utf8) }

    /// The key of a name whose bytes are all ASCII.
    ///
    /// - Complexity: O(length × legal forms).
    static func asciiKey(for name: String.UTF8View) -> String {
        var text = name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        // The Korean forms cannot occur in ASCII text.
        for word in removedWordBytes where word[0] < 0x80 && firstOccurrence(of: word, in: text, from: 0) != nil {
            text = replacingOccurrences(of: word, in: text)
        }
        let isTrimmed = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        if let first = text.firstIndex(where: { !isTrimmed($0) }), let last = text.lastIndex(where: { !isTrimmed($0) }) {
            text = Array(text[first...last])
        } else {
            text = []
        }
        for word in trailingWordBytes where text.count >= word.count && text.suffix(word.count).elementsEqual(word) {
            text.removeLast(word.count)
        }
        text.removeAll { byte in
            switch byte {
            case 0x09...0x0D, 0x20, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "_"),
                UInt8(ascii: "'"), UInt8(ascii: "\""):
                true
            default:
                false
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Where `word` first occurs in `text` at or after `start`.
    ///
    /// - Complexity: O(text length × word length) at worst; names and legal forms are short.
    static func firstOccurrence(of word: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        var position = start
        while position + word.count <= text.count {
            if text[position] == word[0], text[position..<position + word.count].elementsEqual(word) { return position }
            position += 1
        }
        return nil
    }

    /// `text` with every occurrence of `word`, found left to right without overlaps, replaced by a space.
    private static func replacingOccurrences(of word: [UInt8], in text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var position = 0
        while let found = firstOccurrence(of: word, in: text, from: position) {
            result.append(contentsOf: text[position..<found])
            result.append(0x20)
            position = found + word.count
        }
        result.append(contentsOf: text[position...])
        return result
    }
}
