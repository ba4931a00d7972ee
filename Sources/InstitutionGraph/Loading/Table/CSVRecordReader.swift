/// An RFC 4180 reader over UTF-8 bytes: fields separated by a delimiter (a comma, or `;`, tab or
/// `|`), fields in double quotes may hold delimiters, line breaks and doubled quotes (`""`),
/// records end with LF or CRLF.
///
/// It works on bytes rather than `String`s so that large membership files stream quickly, and it
/// reports where a malformed record starts. The input must already be checked to be UTF-8
/// (``InputText`` does that), so splitting at ASCII bytes never cuts a character in two.
struct CSVRecordReader: TableRecordSource {
    private let bytes: [UInt8]
    private let file: String
    /// The byte between fields.
    let delimiter: CSVDelimiter
    /// Why this delimiter: `sniffed from the header`, `given`, or `for a .tsv file`.
    let delimiterOrigin: String
    private var position = 0
    private var line = 1
    /// The offset of the first byte of the current line, so columns cost only the line's length.
    private var lineStart = 0
    /// How many characters lie between `lineStart` and `columnCountedTo` (see ``column(of:)``).
    private var columnCountedTo = 0
    private var columnsCounted = 0

    /// A reader of `text` split at `delimiter`, or at the delimiter its first line suggests.
    ///
    /// - Parameter origin: why `delimiter` was chosen, for messages (`given`, `for a .tsv file`).
    init(_ text: InputText, delimiter: CSVDelimiter? = nil, origin: String = "given") {
        self.bytes = text.bytes
        self.file = text.displayPath
        self.delimiter = delimiter ?? CSVDelimiter.sniffed(from: text.bytes)
        self.delimiterOrigin = delimiter == nil ? "sniffed from the header" : origin
    }

    /// Where the next record starts: its byte offset and its line, for a reader that goes on
    /// from here on its own (``PlainTableReader``).
    var resumePoint: (offset: Int, line: Int) { (position, line) }

    /// The next record, or `nil` at the end of the input. Blank lines are skipped.
    ///
    /// - Throws: ``DatasetLoadError`` for an unterminated quoted field or a quote in the middle
    ///   of an unquoted field.
    mutating func next() throws -> TableRecord? {
        while position < bytes.count, bytes[position] == .lineFeed || bytes[position] == .carriageReturn {
            position += 1
            if bytes[position - 1] == .lineFeed { startLine(at: position) }
        }
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        var starts: [(line: Int, column: Int)] = []
        while true {
            starts.append((line, column(of: position)))
            let (field, terminator) = try readField()
            fields.append(field)
            switch terminator {
            case .delimiter: continue
            case .endOfRecord, .endOfInput: return TableRecord(fields: fields, fieldStarts: starts, line: startLine)
            }
        }
    }

    private enum Terminator { case delimiter, endOfRecord, endOfInput }

    private mutating func readField() throws -> (String, Terminator) {
        if position < bytes.count, bytes[position] == .quote {
            return try readQuotedField()
        }
        let start = position
        let separator = delimiter.byte
        while position < bytes.count {
            switch bytes[position] {
            case separator:
                defer { position += 1 }
                return (text(start..<position), .delimiter)
            case .lineFeed, .carriageReturn:
                let field = text(start..<position)
                consumeLineBreak()
                return (field, .endOfRecord)
            case .quote:
                throw DatasetLoadError(
                    "a double quote inside an unquoted field; put the whole field in double quotes and write the quote twice (\"\")",
                    at: SourceLocation(file: file, line: line, column: column(of: position)))
            default:
                position += 1
            }
        }
        return (text(start..<position), .endOfInput)
    }

    private mutating func readQuotedField() throws -> (String, Terminator) {
        let openingLocation = SourceLocation(file: file, line: line, column: column(of: position))
        position += 1
        var content: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .quote {
                if position + 1 < bytes.count, bytes[position + 1] == .quote {
                    content.append(.quote)
                    position += 2
                    continue
                }
                position += 1
                let field = String(decoding: content, as: UTF8.self)
                guard position < bytes.count else { return (field, .endOfInput) }
                switch bytes[position] {
                case delimiter.byte:
                    position += 1
                    return (field, .delimiter)
                case .lineFeed, .carriageReturn:
                    consumeLineBreak()
                    return (field, .endOfRecord)
                default:
                    throw DatasetLoadError(
                        "unexpected text after a closing double quote; a quoted field must end at \(delimiter.phrase) or the end of the line (this one opened at \(openingLocation.lineAndColumn): is a quote missing there, or should a quote inside it be doubled?)",
                        at: SourceLocation(file: file, line: line, column: column(of: position)))
                }
            }
            content.append(byte)
            position += 1
            if byte == .lineFeed { startLine(at: position) }
        }
        throw DatasetLoadError(
            "unterminated quoted field: the double quote opened here is never closed; close it, or write a quote inside a quoted field as \"\"",
            at: openingLocation)
    }

    private mutating func consumeLineBreak() {
        if bytes[position] == .carriageReturn { position += 1 }
        if position < bytes.count, bytes[position] == .lineFeed { position += 1 }
        startLine(at: position)
    }

    private mutating func startLine(at offset: Int) {
        line += 1
        lineStart = offset
        columnCountedTo = offset
        columnsCounted = 0
    }

    /// The 1-based column, in characters, of the byte at `offset` on the current line.
    ///
    /// Counted on from where the last call stopped, so that a line of many fields costs its
    /// length once, not once per field.
    private mutating func column(of offset: Int) -> Int {
        if offset < columnCountedTo || columnCountedTo < lineStart {
            (columnCountedTo, columnsCounted) = (lineStart, 0)
        }
        for byte in bytes[columnCountedTo..<offset] where byte & 0xC0 != 0x80 { columnsCounted += 1 }
        columnCountedTo = offset
        return 1 + columnsCounted
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    func location(of field: Int, in record: TableRecord) -> SourceLocation {
        SourceLocation(file: file, line: record.fieldStarts[field].line, column: record.fieldStarts[field].column)
    }

    func location(ofRow record: TableRecord) -> SourceLocation { location(of: 0, in: record) }

    var rowsMatchHeaderWidth: Bool { true }

    func splittingHint(for header: TableRecord) -> String? {
        var hint = "the header was split at \(delimiter.phrase) (\(delimiterOrigin))"
        if let suspect = CSVDelimiter.likeliest(in: header.fields.joined(separator: delimiter.text)), suspect != delimiter {
            hint += "; it holds \(suspect.plural): is the file \(suspect.name)-separated? give --delimiter '\(suspect.argument)'"
        }
        return hint
    }

    /// The file's name in diagnostics.
    var displayPath: String { file }
}

extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
