/// The rows of a worksheet as membership-table records: each cell's place is its row and column,
/// printed `book.xlsx:Sheet1!C12`.
struct SpreadsheetRecordReader: TableRecordSource {
    private let sheet: XLSXSheet
    private let file: String
    private var position = 0

    init(_ sheet: XLSXSheet, displayPath: String) {
        self.sheet = sheet
        self.file = displayPath
    }

    mutating func next() throws -> TableRecord? {
        while position < sheet.rows.count {
            let (row, cells) = sheet.rows[position]
            position += 1
            guard cells.contains(where: { !$0.trimmingSpaces.isEmpty }) else { continue }
            return TableRecord(fields: cells, fieldStarts: cells.indices.map { (row, $0 + 1) }, line: row)
        }
        return nil
    }

    func location(of field: Int, in record: TableRecord) -> SourceLocation {
        SourceLocation(file: file, line: record.line, column: field + 1, sheet: sheet.name)
    }

    func location(ofRow record: TableRecord) -> SourceLocation {
        SourceLocation(file: file, line: record.line, sheet: sheet.name)
    }

    var rowsMatchHeaderWidth: Bool { false }

    func splittingHint(for header: TableRecord) -> String? {
        "the header is row \(header.line) of sheet '\(sheet.name)'"
            + (sheet.sheetNames.count > 1 ? " (the workbook's sheets: \(sheet.sheetNames.joined(separator: ", ")); --sheet picks another)" : "")
    }

    var displayPath: String { file }
}
