/// A cell's place on a sheet, read from an A1-style reference such as `C12`.
struct CellReference: Equatable {
    /// Excel's last column, `XFD`.
    static let maxColumn = 16_384
    /// Excel's last row.
    static let maxRow = 1_048_576

    /// The 1-based column: `A` is 1.
    let column: Int
    /// The 1-based row.
    let row: Int

    /// Reads `reference` (letters, then digits), or `nil` when it is not a reference inside
    /// Excel's grid, `A1` to `XFD1048576`.
    init?(_ reference: String) {
        let letters = reference.utf8.prefix { Self.isLetter($0) }
        guard (1...3).contains(letters.count) else { return nil }
        let column = letters.reduce(0) { $0 * 26 + Int(($1 & Self.upperCaseMask) - UInt8(ascii: "A")) + 1 }
        guard column <= Self.maxColumn, let row = Self.row(Substring(reference.utf8.dropFirst(letters.count))) else {
            return nil
        }
        self.column = column
        self.row = row
    }

    /// A row number as written in a reference or in `<row r="…">`: digits only, 1 to ``maxRow``.
    static func row(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let row = Int(digits), (1...maxRow).contains(row)
        else { return nil }
        return row
    }

    /// Clears the bit that makes an ASCII letter lower case.
    private static let upperCaseMask: UInt8 = 0xDF

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte & upperCaseMask) && byte < 0x80
    }
}
