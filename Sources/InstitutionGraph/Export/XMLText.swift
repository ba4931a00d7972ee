/// Text made safe for XML 1.0 documents.
enum XMLText {
    /// `text` escaped for element content or a double-quoted attribute: `&`, `<`, `>`, `"` and `'`
    /// become entities; tabs and line breaks become character references (so attribute values
    /// keep them); characters XML 1.0 forbids (other control characters, U+FFFE, U+FFFF, lone
    /// surrogates cannot occur in Swift strings) become U+FFFD.
    static func escaped(_ text: String) -> String {
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
}
