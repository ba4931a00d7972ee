/// Text made safe for XML 1.0 documents.
enum XMLText {
    /// `text` escaped for element content or a double-quoted attribute: `&`, `<`, `>`, `"` and `'`
    /// become entities; tabs and line breaks become character references (so attribute values
    /// keep them); characters XML 1.0 forbids (other control characters, U+FFFE, U+FFFF, lone
    /// surrogates cannot occur in Swift strings) become U+FFFD.
    static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether XML 1.0 can write every character of `text`, escaped or not: it has no control
    /// characters but tab and line breaks, and no U+FFFE or U+FFFF.
    static func canWrite(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 ? scalar.value != 0xFFFE && scalar.value != 0xFFFF : scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
    }

    /// `text` with the characters XML 1.0 cannot hold replaced by U+FFFD, and nothing else
    /// changed: what a reader gets back from ``escaped(_:)``.
    static func writable(_ text: String) -> String {
        guard !canWrite(text) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.value >= 0x20
                        ? (scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : scalar)
                        : (scalar == "\t" || scalar == "\n" || scalar == "\r" ? scalar : "\u{FFFD}")
                }))
    }

    /// Whether `text` has a character that ``escaped(_:)`` changes: most names have none, and
    /// are written as they are.
    private static func needsEscaping(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
            case 0..<0x20: return true
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            case 0xBE...0xBF: if previous == (0xEF, 0xBF) { return true }
            default: break
            }
            previous = (previous.1, byte)
        }
        return false
    }
}
