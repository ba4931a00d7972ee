/// The character between the fields of a delimited text file.
public enum CSVDelimiter: String, CaseIterable, Sendable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"
    case pipe = "|"

    /// Parses a `--delimiter` argument: the character itself, or `tab`, `\t`, `comma`, `semicolon`, `pipe`.
    public init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        case "|", "pipe": self = .pipe
        default: return nil
        }
    }

    /// The delimiter as a `--delimiter` argument: `,`, `;`, `tab` or `|`.
    public var argument: String { self == .tab ? "tab" : rawValue }

    /// `comma`, `semicolon`, `tab` or `pipe`, for messages.
    var name: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        case .pipe: "pipe"
        }
    }

    /// `commas (',')`, `tabs`, for messages.
    var plural: String { self == .tab ? "tabs" : "\(name)s ('\(rawValue)')" }

    /// `a comma ','`, `a tab`, for messages.
    var phrase: String { self == .tab ? "a tab" : "a \(name) '\(rawValue)'" }

    var text: String { rawValue }

    var byte: UInt8 { UInt8(ascii: rawValue.unicodeScalars.first!) }

    /// The delimiter that the first line of `bytes` uses most often outside double quotes, or a
    /// comma when it holds none of them.
    ///
    /// - Complexity: O(length of the first line).
    static func sniffed(from bytes: [UInt8]) -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var quoted = false
        for byte in bytes {
            if byte == .quote { quoted.toggle(); continue }
            if !quoted, byte == .lineFeed || byte == .carriageReturn { break }
            if !quoted, let delimiter = allCases.first(where: { $0.byte == byte }) { counts[delimiter, default: 0] += 1 }
        }
        // Ties go to the earlier case: a comma before a semicolon before a tab.
        var best = CSVDelimiter.comma
        for delimiter in allCases where counts[delimiter, default: 0] > counts[best, default: 0] {
            best = delimiter
        }
        return best
    }

    /// The delimiter that `line` holds most often, if it holds any.
    static func likeliest(in line: String) -> CSVDelimiter? {
        let found = sniffed(from: Array(line.utf8))
        return line.utf8.contains(found.byte) ? found : nil
    }
}
