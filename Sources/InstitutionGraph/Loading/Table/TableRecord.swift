/// One row of a membership table: its cells as text and where each cell starts.
struct TableRecord {
    var fields: [String]
    /// The 1-based line and column of each field's first character (row and column number in a
    /// spreadsheet).
    var fieldStarts: [(line: Int, column: Int)]
    /// The line (or row) the record starts on.
    var line: Int
}

/// Where membership rows come from: a delimited text file or a worksheet.
protocol TableRecordSource {
    /// The next record, or `nil` at the end of the table. Blank rows are skipped.
    mutating func next() throws -> TableRecord?
    /// Where a record's field starts, for diagnostics.
    func location(of field: Int, in record: TableRecord) -> SourceLocation
    /// Where a whole row starts, for diagnostics about the row.
    func location(ofRow record: TableRecord) -> SourceLocation
    /// Whether every row must have as many fields as the header (text files), or may stop short
    /// of it, as spreadsheets leave trailing cells empty.
    var rowsMatchHeaderWidth: Bool { get }
    /// A sentence about how the header was split, for errors about missing columns, or `nil`.
    func splittingHint(for header: TableRecord) -> String?
    /// How the input is named in diagnostics.
    var displayPath: String { get }
}
