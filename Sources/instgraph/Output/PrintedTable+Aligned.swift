import Foundation
import InstitutionGraph

extension PrintedTable {
    /// Rows measured or rendered together, as one task.
    private static let rowsPerPart = 4096
    /// Parts rendered side by side before their text is appended, per core: the rows' text is
    /// then held twice for a few parts only.
    private static let partsPerCoreInFlight = 8

    /// Appends the columns padded to the widest cell by display width (Hangul counts two),
    /// separated by two spaces, with a rule under the header, in UTF-8. Trailing spaces are
    /// trimmed.
    ///
    /// The rows are made twice, on every core: once to measure them, once to write them.
    ///
    /// - Complexity: O(characters), in memory O(columns) beyond the text.
    func appendAligned(to text: inout [UInt8]) {
        // A left-aligned last column needs no padding: its cells end the line.
        let paddedColumns = columns.last?.alignment == .left ? columns.count - 1 : columns.count
        let header = columns.map(\.header)
        let parts = stride(from: 0, to: rowCount, by: Self.rowsPerPart).map { $0..<min($0 + Self.rowsPerPart, rowCount) }
        var widths = header.map(DisplayWidth.of)
        var bytesBeyondWidths = 0
        for part in parts.concurrentMap(minimumPerStretch: 1, { [widths] part in measure(part, from: widths, paddedColumns: paddedColumns) }) {
            widths = zip(widths, part.widths).map { Swift.max($0, $1) }
            bytesBeyondWidths += part.bytesBeyondWidths
        }
        let layout = Layout(widths: widths, alignments: columns.map(\.alignment), paddedColumns: paddedColumns)
        layout.appendLine(header, to: &text)
        text.append(contentsOf: widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8)
        text.append(UInt8(ascii: "\n"))
        // A row's line is at most its padded columns' widths, its separators and line feed, and
        // the bytes its cells take beyond their widths: reserved once, the text is not copied as
        // it grows.
        let lineBytes = widths[..<paddedColumns].reduce(0, +) + 2 * Swift.max(0, columns.count - 1) + 1
        text.reserveCapacity(text.count + rowCount * lineBytes + bytesBeyondWidths)
        let inFlight = Self.partsPerCoreInFlight * ProcessInfo.processInfo.activeProcessorCount
        for first in stride(from: 0, to: parts.count, by: inFlight) {
            let rendered = parts[first..<min(first + inFlight, parts.count)].map { $0 }.concurrentMap(minimumPerStretch: 1) { part in
                var partText: [UInt8] = []
                for index in part { layout.appendLine(row(index), to: &partText) }
                return partText
            }
            for partText in rendered { text.append(contentsOf: partText) }
        }
    }

    /// What one part's rows need: each column's width, and the bytes beyond those widths.
    private struct Measure: Sendable {
        var widths: [Int]
        /// The bytes a padded cell takes beyond its display width (a Hangul syllable takes three
        /// for two columns), and every byte of an unpadded one.
        var bytesBeyondWidths = 0
    }

    /// Each column's width over the rows of `part`, starting from `widths`.
    private func measure(_ part: Range<Int>, from widths: [Int], paddedColumns: Int) -> Measure {
        var measure = Measure(widths: widths)
        for index in part {
            for (column, cell) in row(index).enumerated() {
                let bytes = cell.utf8.count
                // A cell is never wider than its UTF-8 bytes: an unpadded one that cannot widen
                // its column (only the rule needs that width) is not measured.
                guard column < paddedColumns else {
                    measure.bytesBeyondWidths += bytes
                    if bytes > measure.widths[column] { measure.widths[column] = Swift.max(measure.widths[column], DisplayWidth.of(cell)) }
                    continue
                }
                let width = DisplayWidth.of(cell)
                measure.bytesBeyondWidths += Swift.max(0, bytes - width)
                measure.widths[column] = Swift.max(measure.widths[column], width)
            }
        }
        return measure
    }

    /// How each line of an aligned table is laid out.
    private struct Layout: Sendable {
        let widths: [Int]
        let alignments: [TextTable.Alignment]
        let paddedColumns: Int

        /// Appends `cells` as a line, each padded to its column's width, trailing spaces trimmed.
        func appendLine(_ cells: [String], to text: inout [UInt8]) {
            for (column, cell) in cells.enumerated() {
                if column > 0 { text.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
                guard column < paddedColumns else {
                    text.append(contentsOf: cell.utf8)
                    continue
                }
                let padding = repeatElement(UInt8(ascii: " "), count: Swift.max(0, widths[column] - DisplayWidth.of(cell)))
                if alignments[column] == .left {
                    text.append(contentsOf: cell.utf8)
                    text.append(contentsOf: padding)
                } else {
                    text.append(contentsOf: padding)
                    text.append(contentsOf: cell.utf8)
                }
            }
            while text.last == UInt8(ascii: " ") { text.removeLast() }
            text.append(UInt8(ascii: "\n"))
        }
    }
}
