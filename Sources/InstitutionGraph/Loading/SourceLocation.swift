/// A place in an input file, printed the way compilers print it: `path:line:column`, or
/// `book.xlsx:Sheet1!C12` for a cell of a spreadsheet.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line (the row, in a spreadsheet), when the input has lines.
    public var line: Int?
    /// The 1-based column in characters (the column's number, in a spreadsheet), when known.
    public var column: Int?
    /// The worksheet, for a spreadsheet.
    public var sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    public var description: String {
        if let sheet {
            let cell =
                switch (line, column) {
                case let (row?, column?): "!\(Self.columnLetters(column))\(row)"
                case let (row?, nil): "!\(row):\(row)"
                default: ""
                }
            return "\(file):\(sheet)\(cell)"
        }
        switch (line, column) {
        case let (line?, column?): return "\(file):\(line):\(column)"
        case let (line?, nil): return "\(file):\(line)"
        default: return file
        }
    }

    /// A spreadsheet column's letters: 1 is `A`, 27 is `AA`.
    public static func columnLetters(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }
}
