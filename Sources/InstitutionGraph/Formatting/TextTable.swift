import Foundation

/// A table of text cells: the rows of a CSV file the library writes (exports, the report's full
/// tables), and of the tables the command-line tool prints.
public struct TextTable: Sendable {
    /// Which side of a column its cells line up on.
    public enum Alignment: Sendable {
        case left, right
    }

    /// A column's header and alignment.
    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment

        public init(_ header: String, alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// RFC 4180 CSV with a header row; fields holding commas, quotes or line breaks are quoted.
    public func csv() -> String {
        var text = ""
        for line in [columns.map(\.header)] + rows {
            for (position, field) in line.enumerated() {
                if position > 0 { text += "," }
                Self.appendCSVField(field, to: &text)
            }
            text += "\n"
        }
        return text
    }

    /// Appends `field` to `text`, quoted when it holds a comma, a quote or a line break.
    static func appendCSVField(_ field: String, to text: inout String) {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { text += field; return }
        text += "\""
        text += field.replacingOccurrences(of: "\"", with: "\"\"")
        text += "\""
    }
}
