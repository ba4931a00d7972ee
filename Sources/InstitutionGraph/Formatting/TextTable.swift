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
        var text: [UInt8] = []
        Self.appendCSVRecord(columns.map(\.header), to: &text)
        for row in rows { Self.appendCSVRecord(row, to: &text) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `fields` to `text` as one CSV record ending in a line feed, as ``csv()`` writes
    /// each row: a field holding a comma, a quote or a line break quoted, its quotes doubled.
    public static func appendCSVRecord(_ fields: [String], to text: inout [UInt8]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { text.append(UInt8(ascii: ",")) }
            let needsQuotes = field.utf8.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
            }
            guard needsQuotes else {
                text.append(contentsOf: field.utf8)
                continue
            }
            text.append(UInt8(ascii: "\""))
            for byte in field.utf8 {
                if byte == UInt8(ascii: "\"") { text.append(byte) }
                text.append(byte)
            }
            text.append(UInt8(ascii: "\""))
        }
        text.append(UInt8(ascii: "\n"))
    }
}
