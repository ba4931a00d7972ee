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
        var table: TextTable?

        init(title: String? = nil, lines: [String] = [], table: TextTable? = nil) {
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
        switch format {
        case .csv:
            return sections.compactMap { $0.table?.csv() }.joined(separator: "\n")
        case .table:
            return sections.map { section in
                var parts: [String] = []
                if let title = section.title { parts.append(title + "\n") }
                parts += section.lines.map { $0 + "\n" }
                if let table = section.table { parts.append(table.aligned()) }
                return parts.joined()
            }.joined(separator: "\n")
        case .markdown, .json:
            return sections.map { section in
                var parts: [String] = []
                if let title = section.title { parts.append("## \(title)\n\n") }
                if !section.lines.isEmpty { parts.append(section.lines.joined(separator: "\n") + "\n\n") }
                if let table = section.table { parts.append(table.markdown()) }
                return parts.joined()
            }.joined(separator: "\n")
        }
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
