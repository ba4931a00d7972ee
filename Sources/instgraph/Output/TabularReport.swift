import Foundation
import InstitutionGraph

/// A command's result as titled sections of tables and lines, printable in every text format.
///
/// JSON is not produced from this: each command encodes its own JSON model, so JSON keeps
/// numbers as numbers.
struct TabularReport: Sendable {
    /// One titled part of a report.
    struct Section: Sendable {
        var title: String?
        /// Lines printed before the table (notes such as which graph produced the numbers).
        var lines: [String]
        var table: PrintedTable?

        init(title: String? = nil, lines: [String] = [], table: TextTable? = nil) {
            self.init(title: title, lines: lines, table: table.map(PrintedTable.init))
        }

        init(title: String? = nil, lines: [String] = [], table: PrintedTable?) {
            self.title = title
            self.lines = lines
            self.table = table
        }
    }

    var sections: [Section]

    init(sections: [Section]) { self.sections = sections }

    /// The report in `format` (`.json` is not a tabular format and gives the Markdown form).
    ///
    /// CSV holds the tables only, one block per section separated by a blank line.
    func rendered(as format: TextFormat) -> String {
        String(decoding: renderedBytes(as: format), as: UTF8.self)
    }

    /// The report in `format`, as ``rendered(as:)`` gives it, in UTF-8: made in one buffer, with
    /// no copy of a long table's text.
    func renderedBytes(as format: TextFormat) -> [UInt8] {
        var text: [UInt8] = []
        let separated = format == .csv ? sections.filter { $0.table != nil } : sections
        for (position, section) in separated.enumerated() {
            if position > 0 { text.append(UInt8(ascii: "\n")) }
            switch format {
            case .csv:
                section.table?.appendCSV(to: &text)
            case .table:
                if let title = section.title { text.append(contentsOf: "\(title)\n".utf8) }
                for line in section.lines { text.append(contentsOf: "\(line)\n".utf8) }
                section.table?.appendAligned(to: &text)
            case .markdown, .json:
                if let title = section.title { text.append(contentsOf: "## \(title)\n\n".utf8) }
                if !section.lines.isEmpty { text.append(contentsOf: (section.lines.joined(separator: "\n") + "\n\n").utf8) }
                section.table?.appendMarkdown(to: &text)
            }
        }
        return text
    }
}

/// JSON the way every command prints it: pretty, keys sorted (so output is the same from run to
/// run), slashes unescaped.
enum JSONOutput {
    /// `value` as JSON text ending in a newline.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
