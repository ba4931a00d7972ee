/// How many terminal columns text takes: East Asian wide characters such as Hangul take two.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    ///
    /// Each character (grapheme cluster) counts once, as terminals draw it: 2 for an emoji drawn
    /// as a picture (emoji presentation, or an emoji followed by the variation selector U+FE0F;
    /// flags, skin tones and joined sequences are one character), 2 for East Asian Wide and
    /// Fullwidth characters (Hangul, CJK ideographs, full-width forms), 0 for control characters,
    /// 1 otherwise.
    public static func of(_ text: some StringProtocol) -> Int {
        // ASCII, most names and every number: one column per printable byte, no grapheme breaking.
        if let width = text.utf8.withContiguousStorageIfAvailable(asciiWidth) ?? asciiWidth(of: text.utf8) { return width }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// One column per printable byte of ASCII text; `nil` for text beyond ASCII.
    private static func asciiWidth(of bytes: some Sequence<UInt8>) -> Int? {
        var printable = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte >= 0x20 && byte != 0x7F { printable += 1 }
        }
        return printable
    }

    static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // A lone scalar that cannot be an emoji drawn as a picture (Latin, Hangul, CJK) needs no
        // look-up of its Unicode properties, which is slow.
        if scalars.index(after: scalars.startIndex) == scalars.endIndex, !mayPresentAsEmoji(first) {
            return width(of: first)
        }
        let properties = first.properties
        if properties.isEmojiPresentation || (properties.isEmoji && scalars.contains("\u{FE0F}")) { return 2 }
        return width(of: first)
    }

    /// Whether `scalar` may be drawn as an emoji picture on its own (Unicode's Emoji_Presentation):
    /// every such character is in U+231A…U+2B55 or U+1F004…U+1FAFF (the tests check all of Unicode).
    static func mayPresentAsEmoji(_ scalar: Unicode.Scalar) -> Bool {
        (0x231A...0x2B55).contains(scalar.value) || (0x1F004...0x1FAFF).contains(scalar.value)
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: 0
        // East Asian Wide and Fullwidth outside the emoji, which the character's emoji
        // properties decide.
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x20000...0x3FFFD:
            2
        default: 1
        }
    }
}
